// ROUGE-1.5.5's XML settings file, walked as its readEvals walks the DOM.
#include "read/rouge_settings.h"
#include "core/shown_path.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>

#include <algorithm>
#include <map>
#include <memory>

namespace lede {
namespace {

std::string_view name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool named(const xmlNode* n, std::string_view want) {
  const std::string_view got = name_of(n);
  if (got.size() != want.size()) return false;
  for (std::size_t i = 0; i < got.size(); ++i) {
    char c = got[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != want[i]) return false;
  }
  return true;
}

// Length of the white space at s[i] as Perl's \s sees it in a character
// string (XML::DOM hands ROUGE-1.5.5 decoded text): ASCII \t\n\v\f\r and
// space, U+0085, U+00A0, U+1680, U+2000-U+200A, U+2028, U+2029, U+202F,
// U+205F, U+3000; else 0.
std::size_t space_at(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = b(i);
  if (c == ' ' || (c >= 0x09 && c <= 0x0D)) return 1;
  if (c == 0xC2 && (b(i + 1) == 0x85 || b(i + 1) == 0xA0)) return 2;
  if (c == 0xE1 && b(i + 1) == 0x9A && b(i + 2) == 0x80) return 3;
  if (c == 0xE2 && b(i + 1) == 0x80 &&
      ((b(i + 2) >= 0x80 && b(i + 2) <= 0x8A) || b(i + 2) == 0xA8 || b(i + 2) == 0xA9 || b(i + 2) == 0xAF))
    return 3;
  if ((c == 0xE2 && b(i + 1) == 0x81 && b(i + 2) == 0x9F) || (c == 0xE3 && b(i + 1) == 0x80 && b(i + 2) == 0x80))
    return 3;
  return 0;
}

std::string trimmed(std::string_view s) {
  std::size_t a = 0, b = s.size();
  for (std::size_t n; a < b && (n = space_at(s, a)) > 0;) a += n;
  for (bool again = true; again && b > a;) {
    again = false;
    for (std::size_t len = 1; len <= 3 && len <= b - a; ++len)
      if (space_at(s, b - len) == len) {
        b -= len;
        again = true;
        break;
      }
  }
  return std::string(s.substr(a, b - a));
}

// The element's text as ROUGE-1.5.5 takes it: each text child in turn, the
// last one kept (a comment splits the text in two). Absent: no text child.
bool text_of(const xmlNode* n, std::string& out) {
  bool found = false;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_TEXT_NODE && c->content) {
      out = trimmed(reinterpret_cast<const char*>(c->content));
      found = true;
    }
  return found;
}

bool attribute(const xmlNode* n, const char* name, std::string& out) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return false;
  out = reinterpret_cast<const char*>(v);
  xmlFree(v);
  return true;
}

struct Eval {
  std::string id, format, peer_root, model_root;
  bool has_format = false, has_peers = false, has_models = false;
  std::vector<std::string> peer_ids;  // first-given order
  // The last file named per ID, with its element's line.
  std::map<std::string, std::pair<std::string, std::size_t>> peer_file;
  std::vector<std::string> model_ids;  // every M, in order
  std::map<std::string, std::pair<std::string, std::size_t>> model_file;
};

class Walker {
 public:
  explicit Walker(const std::string& path) : path_(shown_path(path)) {}

  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // `k`: the enclosing EVAL's index (kNone outside one). An index, not a
  // pointer: an EVAL nested deeper grows `evals`.
  Status walk(const xmlNode* n, std::size_t k) {
    for (; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      if (Status st = element(n, k); !st.ok()) return st;
    }
    return Status::Ok();
  }

  std::vector<Eval> evals;
  std::vector<std::string> systems;

  Status fail(const xmlNode* n, const Eval* e, const std::string& what) const {
    std::string where = path_ + ":" + std::to_string(xmlGetLineNo(n));
    if (e) where += ": EVAL \"" + e->id + "\"";
    return Status::InvalidInput(where + ": " + what);
  }

  // `n` and what is inside it (kNone: outside any EVAL).
  Status element(const xmlNode* n, std::size_t k) {
    if (named(n, "EVAL")) {
      std::string id;
      if (!attribute(n, "ID", id)) return fail(n, nullptr, "<" + std::string(name_of(n)) + "> without an ID");
      auto [it, added] = index_.try_emplace(id, evals.size());
      const std::size_t at = it->second;
      if (added) {
        evals.emplace_back();
        evals.back().id = id;
      }
      return walk(n->children, at);
    }
    if (!known(n)) return walk(n->children, k);
    if (k == kNone) return fail(n, nullptr, "<" + std::string(name_of(n)) + "> outside an <EVAL>");
    Eval* eval = &evals[k];
    if (named(n, "INPUT-FORMAT")) {
      std::string type;
      if (!attribute(n, "TYPE", type)) return fail(n, eval, "<INPUT-FORMAT> without a TYPE");
      if (!is_rouge_text_format(type)) {
        std::string upper = type;
        for (char& c : upper)
          if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        return fail(n, eval,
                    upper == "SIMPLE" ? "INPUT-FORMAT SIMPLE is Basic Elements input (ROUGE-1.5.5's -3), which "
                                        "lede does not score; give SEE, SPL or ISI summary files"
                                      : "unknown INPUT-FORMAT TYPE \"" + type + "\" (SEE, SPL or ISI)");
      }
      eval->format = type;
      eval->has_format = true;
    } else if (named(n, "PEER-ROOT")) {
      text_of(n, eval->peer_root);
    } else if (named(n, "MODEL-ROOT")) {
      text_of(n, eval->model_root);
    } else {
      const bool peers = named(n, "PEERS");
      (peers ? eval->has_peers : eval->has_models) = true;
      for (const xmlNode* c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || !named(c, peers ? "P" : "M")) continue;
        std::string id, file;
        if (!attribute(c, "ID", id)) return fail(c, eval, "<" + std::string(name_of(c)) + "> without an ID");
        auto& ids = peers ? eval->peer_ids : eval->model_ids;
        if (!peers || std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
        if (peers && std::find(systems.begin(), systems.end(), id) == systems.end()) systems.push_back(id);
        if (text_of(c, file) && !file.empty())
          (peers ? eval->peer_file : eval->model_file)[id] = {file, static_cast<std::size_t>(xmlGetLineNo(c))};
      }
    }
    return Status::Ok();
  }

  static bool known(const xmlNode* n) {
    return named(n, "INPUT-FORMAT") || named(n, "PEER-ROOT") || named(n, "MODEL-ROOT") || named(n, "PEERS") ||
           named(n, "MODELS");
  }

 private:
  std::string path_;
  std::map<std::string, std::size_t> index_;  // EVAL ID -> evals[i]: a large file has tens of thousands
};

Status names_no_file(const std::string& where, char element, const std::string& id) {
  std::string m = where;
  m += '<';
  m += element;
  m += " ID=\"";
  m += id;
  m += "\"> names no file";
  return Status::InvalidInput(std::move(m));
}

struct ReaderFree {
  void operator()(xmlTextReader* r) const { xmlFreeTextReader(r); }
};

// The last error libxml2 reported, with its line: the fatal one that
// stopped it when it stopped (warnings are not kept).
struct LastError {
  bool set = false;
  int line = 0;
  std::string message;
  static void take(void* self, xmlErrorPtr e) {
    auto* f = static_cast<LastError*>(self);
    if (!e || e->level < XML_ERR_ERROR) return;
    f->set = true;
    f->line = e->line;
    f->message = e->message ? readable(trimmed(e->message)) : "";
  }
  // libxml2 words its limits for its callers ("Excessive depth in document:
  // 256 use XML_PARSE_HUGE option", "xmlSAX2Characters: huge text node"):
  // a flag no user of lede can set, a function of its own.
  static std::string readable(std::string m) {
    constexpr std::string_view kDepth = "Excessive depth in document: ";
    if (m.rfind(kDepth, 0) == 0) {
      const std::size_t digits = m.find_first_not_of("0123456789", kDepth.size());
      return "elements nested deeper than " + m.substr(kDepth.size(), digits - kDepth.size()) + " levels";
    }
    if (m.find("huge text node") != std::string::npos) return "a text over 10,000,000 bytes";  // XML_MAX_TEXT_LENGTH
    for (std::string_view hint : {", use XML_PARSE_HUGE option", " use XML_PARSE_HUGE option"})
      if (const std::size_t at = m.find(hint); at != std::string::npos) m.erase(at, hint.size());
    return m;
  }
};

}  // namespace

Result<RougeSettings> read_rouge_settings(const std::string& path) {
  Result<std::string> data = read_bounded_file(path, kMaxRougeFileBytes);
  if (!data.ok()) return data.status();
  return parse_rouge_settings(*data, path);
}

Result<RougeSettings> parse_rouge_settings(std::string_view data, const std::string& path) {
  // libxml2 takes an int length; the file readers' bound keeps far below it.
  if (data.size() > kMaxRougeFileBytes)
    return Status::ResourceExhausted(shown_path(path) + ": over the limit of " +
                                     std::to_string(kMaxRougeFileBytes >> 20) + " MiB for one file");
  // No network, no external DTD, no entity expansion beyond XML's own five:
  // a settings file is data, not a fetcher. Streamed, with one EVAL's tree
  // in memory at a time: the whole document's tree took 23 times the file
  // (1.2 GB for 50 MB of EVALs).
  std::unique_ptr<xmlTextReader, ReaderFree> reader(
      xmlReaderForMemory(data.data(), static_cast<int>(data.size()), nullptr, nullptr,
                         XML_PARSE_NONET | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES));
  if (!reader) return Status::ResourceExhausted(shown_path(path) + ": out of memory");
  LastError error;
  xmlTextReaderSetStructuredErrorHandler(reader.get(), &LastError::take, &error);
  Walker w(path);
  int more = xmlTextReaderRead(reader.get());
  while (more == 1) {
    if (xmlTextReaderNodeType(reader.get()) == XML_READER_TYPE_ELEMENT) {
      const xmlNode* n = xmlTextReaderCurrentNode(reader.get());
      if (n && named(n, "EVAL")) {
        n = xmlTextReaderExpand(reader.get());
        if (!n) {
          more = -1;
          break;
        }
        if (Status st = w.element(n, Walker::kNone); !st.ok()) return st;
        more = xmlTextReaderNext(reader.get());
        continue;
      }
      if (n && Walker::known(n)) return w.fail(n, nullptr, "<" + std::string(name_of(n)) + "> outside an <EVAL>");
    }
    more = xmlTextReaderRead(reader.get());
  }
  // Only a fatal error stops the reader; an error it recovers from (an
  // undeclared namespace prefix) leaves the document readable, as before.
  if (more != 0) {
    return Status::InvalidInput(shown_path(path) + ":" + std::to_string(error.line) +
                                ": not a ROUGE-1.5.5 settings file (malformed XML: " +
                                (error.message.empty() ? std::string("not well-formed") : error.message) + ")");
  }
  if (w.evals.empty()) return Status::InvalidInput(shown_path(path) + ": no <EVAL ID=...> element: nothing to score");
  RougeSettings out;
  for (Eval& e : w.evals) {
    const std::string where = shown_path(path) + ": EVAL \"" + e.id + "\": ";
    if (!e.has_format) return Status::InvalidInput(where + "no <INPUT-FORMAT TYPE=\"SEE|SPL|ISI\"/>");
    if (!e.has_peers || e.peer_ids.empty()) return Status::InvalidInput(where + "no <PEERS> with a <P ID=...>");
    if (!e.has_models || e.model_ids.empty()) return Status::InvalidInput(where + "no <MODELS> with an <M ID=...>");
    RougeSettingsEval r;
    r.id = e.id;
    r.format = e.format;
    for (const std::string& id : e.peer_ids) {
      auto f = e.peer_file.find(id);
      if (f == e.peer_file.end()) return names_no_file(where, 'P', id);
      r.peers.push_back({id, (e.peer_root + '/').append(f->second.first), f->second.second});
    }
    for (const std::string& id : e.model_ids) {
      auto f = e.model_file.find(id);
      if (f == e.model_file.end()) return names_no_file(where, 'M', id);
      r.models.push_back({id, (e.model_root + '/').append(f->second.first), f->second.second});
    }
    out.evals.push_back(std::move(r));
  }
  out.systems = std::move(w.systems);
  std::sort(out.systems.begin(), out.systems.end());
  return out;
}

}  // namespace lede
