#include "server/summarize_request.h"

#include <algorithm>
#include <optional>
#include <string>

#include <nlohmann/json.hpp>

#include "core/closest_name.h"
#include "lede/io.h"
#include "lede/text.h"
#include "read/json_error.h"
#include "read/record.h"
#include "read/web_page_sniff.h"
#include "server/json_body.h"

namespace lede::server {
namespace {

using nlohmann::json;

Reply field_error(std::string_view field, std::string_view expected, const json& got) {
  return error_reply(400, "invalid_field",
                     "field '" + std::string(field) + "' must be " + std::string(expected) + ", not " +
                         (got.is_null() ? std::string("null") : std::string(got.type_name())));
}

constexpr bool kHtmlSupported = LEDE_SERVER_HTML != 0;

// JSON null for an optional field means the field is absent (as the
// library's record reader has it): {"method": null} is the default method.
const json* given(const json& j, std::string_view name) {
  auto it = j.find(name);
  return it == j.end() || it->is_null() ? nullptr : &*it;
}

// repair_jsonl_line's warning, for a body rather than a JSONL line.
std::string of_the_body(std::string message) {
  const std::string line = "of the line";
  if (const std::size_t at = message.find(line); at != std::string::npos)
    message.replace(at, line.size(), "of the body");
  return message;
}

// What check_jsonl_utf8 says of a line, in the service's words.
std::string invalid_utf8_message(std::string_view body) {
  return "invalid UTF-8 at byte " + std::to_string(find_invalid_utf8(body)) +
         " of the body (\"lenient\": true replaces it with U+FFFD)";
}

// A record's fields, the request options and "html" (read/record.h).
bool known_field(std::string_view key) {
  const auto in = [&](const auto& names) { return std::find(names.begin(), names.end(), key) != names.end(); };
  return in(kRecordFields) || in(kRequestOptionFields) || key == "html";
}

// "unknown field 'txt'; did you mean 'text'?"
std::string unknown_field_message(const std::string& key) {
  std::vector<std::string> names(kRecordFields.begin(), kRecordFields.end());
  names.insert(names.end(), kRequestOptionFields.begin(), kRequestOptionFields.end());
  if (kHtmlSupported) names.emplace_back("html");
  const std::string near = closest_name(key, names);
  return "unknown field '" + key + "'" + (near.empty() ? "" : "; did you mean '" + near + "'?");
}

}  // namespace

bool parse_summarize_request(std::string_view body, const std::vector<std::string>& known_methods,
                             SummarizeRequest& out, Reply& error) {
  out = SummarizeRequest{};
  const std::string_view original = body;
  json j;
  // Raw invalid UTF-8 makes a body no JSON at all. As `lede summarize -f
  // jsonl --lenient` does for a line, "lenient": true has it replaced with
  // U+FFFD (and a warning); without it the error says which byte.
  std::string repair_warning;
  const std::optional<std::string> repaired = repair_jsonl_line(body, repair_warning);
  if (repaired) body = *repaired;
  // A UTF-8 byte order mark, which RFC 8259 lets a parser ignore: nlohmann
  // skips it (so /v1/rouge takes it), the record reader would not, and
  // `lede summarize` drops it from a JSONL file. Messages keep counting the
  // bytes of the body as sent (`original`).
  if (body.starts_with("\xEF\xBB\xBF")) body.remove_prefix(3);
  // nlohmann's message says where: line, column and the byte that broke it.
  if (std::string why = parse_json_body(body, j); !why.empty()) {
    error = error_reply(400, "malformed_json", repaired ? invalid_utf8_message(original) : why);
    return false;
  }
  if (repaired) {
    const json* lenient = j.is_object() ? given(j, "lenient") : nullptr;
    if (lenient == nullptr || !lenient->is_boolean() || !lenient->get<bool>()) {
      error = error_reply(400, "malformed_json", invalid_utf8_message(original));
      return false;
    }
    out.warnings.push_back(of_the_body(std::move(repair_warning)));
  }
  if (!j.is_object()) {
    error = error_reply(400, "invalid_field", std::string("the request must be a JSON object, not ") + j.type_name());
    return false;
  }
  for (const auto& item : j.items()) {
    if (!known_field(item.key())) {
      error = error_reply(400, "invalid_field", unknown_field_message(item.key()));
      return false;
    }
  }
  if (!kHtmlSupported && j.contains("html")) {
    error = error_reply(400, "invalid_field", "field 'html' needs a lede built with HTML extraction (lede/extract.h)");
    return false;
  }

  auto text = j.find("text");
  auto docs = j.find("documents");
  auto html = j.find("html");
  // "text" with "documents" is the record reader's to refuse (after the id,
  // as for a JSONL line); "html" with either is the service's.
  if (html != j.end() && (text != j.end() || docs != j.end())) {
    error = error_reply(400, "invalid_field", "give one of 'text', 'documents' and 'html', not several");
    return false;
  }
  Document page;              // the article of "html"
  std::string page_language;  // the language the page declares
  if (html != j.end()) {
    if (!html->is_string()) {
      error = field_error("html", "a string", *html);
      return false;
    }
#if LEDE_SERVER_HTML
    Result<Article> article = extract_html_field(html->get_ref<const std::string&>(), false);
    if (!article.ok()) {
      error = error_reply(http_status_for(article.status()), std::string(article.status().code_name()),
                          article.status().message());
      return false;
    }
    page.id = "0";
    page.title = std::move(article->title);
    page.text = std::move(article->text);
    page_language = std::move(article->language);
    out.from_html = true;
#endif
  }
  // "id", "text"/"documents", "title" and "titles" are a JSONL record's
  // fields: read by the library's record reader, so `lede summarize -f jsonl`
  // and the service accept and refuse the same ones, with the same messages.
  Record record;
  if (Status st = parse_record_fields(body, out.from_html ? &page : nullptr, record); !st.ok()) {
    // The body parsed above; the reader refusing it as JSON (nesting past
    // its limit) is still malformed JSON.
    const bool malformed = st.message().rfind("malformed JSON", 0) == 0;
    // No content at all: the reader's message ("a record needs ...") would
    // not mention "html"; a bad id, read first, is still said as it is.
    const bool no_content =
        text == j.end() && docs == j.end() && html == j.end() && st.message().rfind("field 'id'", 0) != 0;
    error = error_reply(400, malformed ? "malformed_json" : "invalid_field",
                        !no_content      ? st.message()
                        : kHtmlSupported ? "the request needs a 'text' string, a 'documents' array or an 'html' page"
                                         : "the request needs a 'text' string or a 'documents' array");
    return false;
  }
  out.cluster = std::move(record.cluster);
  if (record.id_json != "null") out.id_json = std::move(record.id_json);
  // As `lede summarize` warns of a web page read as text: its markup would be
  // summarized along with the article, without a word.
  for (std::size_t d = 0; !out.from_html && d < out.cluster.documents.size(); ++d)
    if (looks_like_web_page(out.cluster.documents[d].text))
      out.warnings.push_back(
          (text != j.end() ? std::string("'text'") : "'documents[" + std::to_string(d) + "]'") +
          " looks like a web page (it starts with an <html> or <!DOCTYPE html> tag) but is summarized as text, "
          "markup and all" +
          (kHtmlSupported ? "; send it as 'html' to summarize its article" : ""));

  SummarizeOptions& o = out.options;
  if (const json* it = given(j, "method")) {
    if (!it->is_string()) {
      error = field_error("method", "a string", *it);
      return false;
    }
    o.method = it->get<std::string>();
    if (!o.method.empty() && !std::binary_search(known_methods.begin(), known_methods.end(), o.method)) {
      error = error_reply(400, "unknown_method", unknown_name_message("method", o.method, known_methods));
      return false;
    }
  }
  if (const json* it = given(j, "selector")) {
    if (!it->is_string()) {
      error = field_error("selector", "a string", *it);
      return false;
    }
    // The library's check and message, which name the selectors it knows.
    SummarizeOptions probe;
    probe.selector = it->get<std::string>();
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      error = error_reply(400, "invalid_field", "field 'selector': " + st.message());
      return false;
    }
    o.selector = std::move(probe.selector);
  }
  if (const json* it = given(j, "language")) {
    if (!it->is_string()) {
      error = field_error("language", "a string", *it);
      return false;
    }
    o.language = it->get<std::string>();
  } else if (!page_language.empty()) {
    // As `lede summarize page.html`: the page's own declaration, or
    // identification when lede lacks that language.
    o.language = is_supported_language(page_language) ? page_language : std::string(kAutoLanguage);
  }

  std::string budget_field;
  for (std::string_view name : {"sentences", "words", "bytes", "ratio"}) {
    const json* it = given(j, name);
    if (it == nullptr) continue;
    if (!budget_field.empty()) {
      error = error_reply(400, "invalid_field",
                          "give one budget, not both '" + budget_field + "' and '" + std::string(name) + "'");
      return false;
    }
    budget_field = name;
    if (name == "ratio") {
      if (!it->is_number()) {
        error = field_error(name, "a number in (0, 1]", *it);
        return false;
      }
      if (!(it->get<double>() > 0 && it->get<double>() <= 1)) {
        error = error_reply(400, "invalid_field", "field 'ratio' must be in (0, 1], not " + it->dump());
        return false;
      }
      o.budget = Budget::ratio(it->get<double>());
      continue;
    }
    if (!it->is_number()) {
      error = field_error(name, "a positive integer", *it);
      return false;
    }
    // Any JSON number: 3.0 and 1e2 are as good as 3 and 100 (Python's json
    // writes floats so). Whether it is a whole number in range is
    // Summarizer::validate's rule, the CLI's and the Python package's too.
    SummarizeOptions probe;
    probe.budget = {name == "sentences" ? BudgetKind::kSentences
                    : name == "words"   ? BudgetKind::kWords
                                        : BudgetKind::kBytes,
                    it->get<double>()};
    if (Status st = Summarizer::validate(probe); !st.ok()) {
      error = error_reply(400, "invalid_field", "field '" + std::string(name) + "': " + st.message());
      return false;
    }
    o.budget = probe.budget;
  }

  if (const json* it = given(j, "order")) {
    if (!it->is_string() || (*it != "doc" && *it != "rank")) {
      error = it->is_string()
                  ? error_reply(400, "invalid_field", "field 'order' must be \"doc\" or \"rank\", not " + it->dump())
                  : field_error("order", "\"doc\" or \"rank\"", *it);
      return false;
    }
    o.order = *it == "rank" ? Order::kRank : Order::kDocument;
  }
  for (std::string_view name : {"truncate", "lenient", "standalone"}) {
    const json* it = given(j, name);
    if (it == nullptr) continue;
    if (!it->is_boolean()) {
      error = field_error(name, "true or false", *it);
      return false;
    }
    (name == "truncate" ? o.truncate : name == "lenient" ? o.lenient : o.standalone) = it->get<bool>();
  }
  if (Status st = Summarizer::validate(o); !st.ok()) {
    error = error_reply(400, "invalid_field", st.message());
    return false;
  }
  return true;
}

}  // namespace lede::server
