// `lede summarize` on text files, web pages and pair files: each read by its
// name (or --format), summarized alone or, under --cluster, as one cluster.
#include <iostream>

#include <nlohmann/json.hpp>

#include "lede/command.h"
#include "lede/document_bytes.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/summarize_run.h"
#include "lede/text.h"
#include "lede/usage_hints.h"

namespace lede::cli {
void print_summary(const Summary& s, const std::string& id_json, const std::string& output) {
  if (output == "json") {
    std::cout << summary_to_json(s, id_json) << '\n';
  } else {
    for (const auto& sent : s.sentences) std::cout << sent.text << '\n';
  }
}

int run_files(const SummarizeArgs& a, const Summarizer& summarizer, const SummarizeOptions& opts, RunNotes& notes) {
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  auto format_of = [&](const std::string& path) { return a.format_inferred ? format_from_name(path) : a.format; };
  // `declared`: the language a web page declares ("" for other input);
  // `format`: how it was read (a URL's Content-Type can make it text).
  auto load = [&](const std::string& path, Document& doc, std::string& declared, std::string& format) -> Status {
    format = format_of(path);
    Result<DocumentBytes> read = read_document_bytes(path);
    if (!read.ok()) return read.status();
    // A server says what it sent; --format and --encoding still decide.
    if (a.format_inferred && !read->format.empty()) format = read->format;
    const std::string charset = a.encoding.empty() ? read->charset : a.encoding;
    Result<std::string> bytes = std::move(read->bytes);
    doc.id = path;
    // Offsets then count bytes of the UTF-8 text.
    if (format != "html") bytes = text_as_utf8(std::move(*bytes), charset, path);
    if (!bytes.ok()) return bytes.status();
    if (format == "pair") {
      Result<Pair> pair = parse_pair(*bytes);
      if (!pair.ok()) return pair.status().with_context(display_name(path));
      doc.text = std::move(pair->source);
    } else if (format == "html") {
      // Offsets then point into the extracted article text.
      Result<DocumentText> page = page_text(*bytes, charset, path);
      if (!page.ok()) return page.status();
      if (!page->warning.empty()) std::cerr << "lede: " << display_name(path) << ": warning: " << page->warning << '\n';
      doc.title = std::move(page->title);
      doc.text = std::move(page->text);
      declared = std::move(page->language);
    } else {
      if (a.format_inferred)
        if (std::string w = misread_text_warning(*bytes, "give --format html to summarize its article"); !w.empty())
          std::cerr << "lede: " << display_name(path) << ": warning: " << w << '\n';
      doc.text = std::move(*bytes);
    }
    return Status::Ok();
  };
  // Pages read as English whatever they declared: without -L, a page is read
  // in its declared language, or identified (auto) when lede lacks that one.
  auto options_for = [&](const std::vector<std::string>& declared) {
    SummarizeOptions o = opts;
    if (a.language_given || declared.empty() || declared[0].empty()) return o;
    for (const std::string& d : declared)
      if (d != declared[0]) return o;
    o.language = is_supported_language(declared[0]) ? declared[0] : std::string(kAutoLanguage);
    return o;
  };
  // With -o json a file that failed left no line, so the output no longer
  // matched the files one to one, as JSONL output matches its input lines.
  auto print_failure = [&](const std::string& name, const Status& st) {
    if (a.output != "json") return;
    nlohmann::ordered_json j;
    j["id"] = name;
    j["error"] = {{"code", std::string(st.code_name())}, {"message", st.message()}};
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  };
  // The library names a cluster's documents by number ("document 1:
  // invalid UTF-8 ..."); under --cluster each is a file, named here.
  auto name_document = [&](const std::string& message) {
    if (!a.cluster || files.size() < 2 || message.rfind("document ", 0) != 0) return message;
    std::size_t end = 9, n = 0;
    while (end < message.size() && end < 18 && message[end] >= '0' && message[end] <= '9')
      n = n * 10 + static_cast<std::size_t>(message[end++] - '0');
    if (end == 9 || message.compare(end, 2, ": ") != 0 || n >= files.size()) return message;
    return display_name(files[n]) + " (" + message.substr(0, end) + ")" + message.substr(end);
  };
  // `header`: printed before the summary, when there is one to print.
  auto emit = [&](const Cluster& cluster, const std::string& name, const SummarizeOptions& used,
                  const std::string& header = "") -> bool {
    Result<Summary> s = summarizer.summarize(cluster, used);
    if (!s.ok()) {
      const Status st(s.status().code(), name_document(s.status().message()));
      std::cerr << "lede: " << name << ": " << st.message() << not_utf8_hint(st, a.encoding) << '\n';
      print_failure(name, st);
      return false;
    }
    if (take_truncate_ignored(s->warnings)) notes.truncate_ignored = true;
    notes.saw(s->method);
    for (const auto& w : s->warnings) std::cerr << "lede: " << name << ": warning: " << name_document(w) << '\n';
    std::cout << header;
    print_summary(*s, json_quote(name), a.output);
    return true;
  };
  bool ok = true;
  if (a.cluster) {
    Cluster cluster;
    cluster.id = "cluster";
    std::vector<std::string> declared(files.size());
    for (std::size_t k = 0; k < files.size(); ++k) {
      const std::string& path = files[k];
      Document doc;
      std::string format;
      if (Status st = load(path, doc, declared[k], format); !st.ok()) {
        std::cerr << "lede: " << st.message() << '\n';
        print_failure(files.size() == 1 ? display_name(files[0]) : "cluster", st);
        return kExitInputError;
      }
      // The summary comes from the other documents; silence would hide the one left out.
      if (files.size() > 1 && doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
        std::cerr << "lede: " << display_name(path) << ": warning: "
                  << (format == "html" ? "no article text found in the page"
                      : is_url(path)   ? "the page holds no text"
                                       : "the file holds no text")
                  << " (document " << cluster.documents.size() << " of the cluster)\n";
      cluster.documents.push_back(std::move(doc));
    }
    ok = emit(cluster, files.size() == 1 ? display_name(files[0]) : "cluster", options_for(declared));
  } else {
    std::size_t printed = 0;
    for (std::size_t k = 0; k < files.size(); ++k) {
      Cluster cluster;
      cluster.id = files[k];
      Document doc;
      std::vector<std::string> declared(1);
      std::string format;
      if (Status st = load(files[k], doc, declared[0], format); !st.ok()) {
        std::cerr << "lede: " << st.message() << '\n';
        print_failure(display_name(files[k]), st);
        ok = false;
        continue;
      }
      if (format == "html" && doc.text.find_first_not_of(" \t\r\n") == std::string::npos)
        std::cerr << "lede: " << display_name(files[k]) << ": warning: no article text found in the page\n";
      cluster.documents.push_back(std::move(doc));
      // Summaries of several files ran together, parted by a blank line
      // alone: which was whose could not be told, least of all when one
      // was empty or a file failed. Each is headed as `lede extract` heads pages.
      const std::string header = a.output == "text" ? file_heading(files[k], files.size(), printed == 0) : "";
      if (emit(cluster, display_name(files[k]), options_for(declared), header)) {
        ++printed;
      } else {
        ok = false;
      }
    }
  }
  return ok ? kExitOk : kExitInputError;
}

}  // namespace lede::cli
