// `lede summarize`: text, JSONL or pair input -> summary sentences.
#include <atomic>
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "lede/batch.h"
#include "lede/command.h"
#include "lede/document_bytes.h"
#include "lede/extract.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/summarize_options.h"
#include "lede/text.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

struct Args {
  std::vector<std::string> files;
  std::string format;  // empty: from the file names (infer_format)
  // No --format: each file is read in the format its name implies (text
  // files and web pages mix; JSONL does not).
  bool format_inferred = false;
  std::string output = "text";
  bool output_given = false;  // -o on the command line, not the default
  bool cluster = false;
  std::size_t threads = 0;
  std::string encoding;         // empty: UTF-8 (web pages: detected)
  bool language_given = false;  // -L on the command line, not the default
  SummarizeFlags flags;
};

// What a run says once, after its summaries (set from any thread).
struct RunNotes {
  std::atomic<bool> truncate_ignored{false};
  std::atomic<bool> summarized{false};
  std::atomic<bool> model_read{false};  // a summary came from a method that reads --model
  void saw(const std::string& method) {
    summarized = true;
    if (method_reads_model(method)) model_read = true;
  }
};

void print_summary(const Summary& s, const std::string& id_json, const std::string& output) {
  if (output == "json") {
    std::cout << summary_to_json(s, id_json) << '\n';
  } else {
    for (const auto& sent : s.sentences) std::cout << sent.text << '\n';
  }
}

int run_jsonl(const Args& a, const Summarizer& summarizer, const SummarizeOptions& opts, RunNotes& notes) {
  IgnoredOptions ignored;
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  bool any_failed = false;
  for (const std::string& path : files) {
    InputLines input;
    if (Status st = input.open(path); !st.ok()) {
      std::cerr << "lede: " << st.message() << '\n';
      any_failed = true;
      continue;
    }
    const std::string name = display_name(path);
    BatchResult r = run_batch(
        input.stream(), std::cout, a.threads,
        [&](const std::string& line, std::size_t no) {
          const std::string where = "lede: " + name + ":" + std::to_string(no) + ": ";
          JsonlOutcome o = summarize_jsonl_line(summarizer, line, no, opts, !a.language_given);
          if (o.truncate_ignored) notes.truncate_ignored = true;
          if (!o.failed) notes.saw(o.method);
          ignored.add(o.ignored_options);
          LineResult out;
          for (const auto& w : o.warnings) out.warnings += where + "warning: " + w + "\n";
          if (o.failed) out.error = where + o.error;
          out.output = std::move(o.output);
          return out;
        },
        [&](std::size_t no, const Status& st) {
          return LineResult{error_to_json("null", no, st),
                            "lede: " + name + ":" + std::to_string(no) + ": " + st.message(), ""};
        });
    if (r.failed > 0) any_failed = true;
    if (r.output_failed) return kExitOutputError;  // main() says why
    if (Status st = input.status(); !st.ok()) {
      std::cerr << "lede: " << st.message() << '\n';
      any_failed = true;
    }
  }
  ignored.report(std::cerr, "summarize");
  return any_failed ? kExitInputError : kExitOk;
}

// Whether any document of `cluster` has a sentence (only asked when a summary
// came out empty).
bool has_sentences(const Cluster& cluster, const SummarizeOptions& options) {
  AnalyzeOptions analyze_options;
  analyze_options.language = options.language;
  analyze_options.lenient = options.lenient;
  for (Document doc : cluster.documents)
    if (analyze(doc, analyze_options).ok() && !doc.sentences.empty()) return true;
  return false;
}

int run_files(const Args& a, const Summarizer& summarizer, const SummarizeOptions& opts, RunNotes& notes) {
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
      const std::string binary = binary_page_warning(*bytes, charset);
      if (!binary.empty()) std::cerr << "lede: " << display_name(path) << ": warning: " << binary << '\n';
      ExtractOptions extract_options;
      extract_options.encoding = charset;
      Result<Article> article = extract_article(*bytes, extract_options);
      if (!article.ok()) return article.status().with_context(display_name(path));
      if (binary.empty())
        if (std::string w = undecodable_page_warning(article->undecodable, article->encoding); !w.empty())
          std::cerr << "lede: " << display_name(path) << ": warning: " << w << '\n';
      doc.title = std::move(article->title);
      doc.text = std::move(article->text);
      declared = std::move(article->language);
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
  // `header`: printed before the summary, when there is one to print.
  auto emit = [&](const Cluster& cluster, const std::string& name, const SummarizeOptions& used,
                  const std::string& header = "") -> bool {
    Result<Summary> s = summarizer.summarize(cluster, used);
    if (!s.ok()) {
      std::cerr << "lede: " << name << ": " << s.status().message() << not_utf8_hint(s.status(), a.encoding) << '\n';
      print_failure(name, s.status());
      return false;
    }
    if (take_truncate_ignored(s->warnings)) notes.truncate_ignored = true;
    notes.saw(s->method);
    for (const auto& w : s->warnings) std::cerr << "lede: " << name << ": warning: " << w << '\n';
    // Not an error (an empty file summarizes to nothing), but silence would
    // leave the user guessing, so say which case it is.
    if (s->sentences.empty())
      std::cerr << "lede: " << name << ": warning: "
                << (has_sentences(cluster, used) ? "no sentence was chosen (none fits the budget, or all are "
                                                   "headlines, bylines or other metadata)"
                                                 : "no sentences to summarize")
                << '\n';
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

int run(Args a) {
  if (!expand_directory_arguments("summarize", a.files)) return kExitInputError;
  Result<SummarizeOptions> opts = to_options(a.flags);
  if (!opts.ok()) {
    std::cerr << "lede summarize: " << opts.status().message() << '\n';
    return options_exit_code(opts.status());
  }
  if (std::string w = unused_model_warning(a.flags); !w.empty()) std::cerr << "lede summarize: warning: " << w << '\n';
  if (a.format.empty()) {
    // x.jsonl without --format was summarized as prose: its JSON source.
    // Web pages and text files are each read by their names, even together.
    Result<std::string> format = infer_format(a.files);
    bool any_jsonl = false;
    for (const std::string& path : a.files) any_jsonl = any_jsonl || format_from_name(path) == "jsonl";
    if (!format.ok() && any_jsonl) {
      std::cerr << "lede summarize: " << format.status().message() << '\n';
      return kExitUsage;
    }
    a.format = format.ok() ? *format : "text";
    a.format_inferred = true;
  }
  // Each JSONL record needs its id beside its summary, so JSONL output is
  // JSON lines whatever -o says; an explicit "-o text" was ignored without a word.
  if (a.output_given && a.output == "text" && a.format == "jsonl")
    std::cerr << "lede summarize: warning: --output text does not apply to JSONL input: each record gets a JSON "
                 "line\n";
  if (std::string e = encoding_usage_error(a.encoding, a.format); !e.empty()) {
    std::cerr << "lede summarize: " << e << '\n';
    return kExitUsage;
  }
  if (std::string e = repeated_stdin_error(a.files); !e.empty()) {
    std::cerr << "lede summarize: " << e << '\n';
    return kExitUsage;
  }
  // It was ignored without a word.
  if (a.cluster && a.format == "jsonl") {
    std::cerr << "lede summarize: --cluster does not apply to JSONL input: each line is already one cluster "
                 "({\"documents\": [...]})\n";
    return kExitUsage;
  }
  Summarizer summarizer;
  RunNotes notes;
  const int code =
      a.format == "jsonl" ? run_jsonl(a, summarizer, *opts, notes) : run_files(a, summarizer, *opts, notes);
  // Once per run, after the summaries: every one-document record would say it.
  if (notes.truncate_ignored) std::cerr << "lede summarize: warning: " << kTruncateIgnoredNotice << '\n';
  if (notes.summarized)
    if (std::string w = default_method_model_warning(a.flags, notes.model_read); !w.empty())
      std::cerr << "lede summarize: warning: " << w << '\n';
  return code;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<Args>();
  CLI::App* cmd = app.add_subcommand("summarize", "Summarize articles or clusters of articles");
  cmd->footer(
      "Input: FILE... (none or '-' reads standard input; a directory reads the files in it, by name order,\n"
      "hidden ones and subdirectories left out) or URL... (http:// or https://: fetched with\n"
      "at most 20 redirects followed, at most 64 MiB, 30 s to connect and 30 s without data, and read\n"
      "as its Content-Type says: a web page, or text for text/plain; a path ending .gz is unpacked and read\n"
      "by its name, x.html.gz a page, others text). Without --format the format comes\n"
      "from the file names (x.jsonl is JSONL, also a URL whose path ends so, fetched whole whatever its\n"
      "Content-Type; x.html a web page, others and standard input text: a\n"
      "warning says when such text starts with a JSON object line or an <html> tag); web pages and text\n"
      "files mix, each read by its name, but JSONL with other files is a usage error. One text file or\n"
      "page is one document; --cluster makes all files one cluster (id \"cluster\"; \"document\" N is the\n"
      "N-th file, from 0, and \"start\"/\"end\" are byte offsets into its text, decompressed). Text output\n"
      "is the summary's sentences, one a line; with several files (not --cluster) each summary follows a\n"
      "line \"==> FILE <==\" and a blank line parts them, as in lede extract; -o json names each by \"id\".\n"
      "JSONL input holds one cluster a line: {\"id\", \"text\"}, {\"id\", \"documents\": [...]} (at least\n"
      "one) or {\"id\", \"html\"} (a web page, read as an html file is; optional \"title\", \"titles\"; null\n"
      "means absent), read as `lede serve` reads a request; output is one JSON line per non-blank input\n"
      "line, in order, with byte offsets into each document's text (for a web page: the article text\n"
      "`lede extract` prints after the headline). A web page (file or \"html\" record) is read\n"
      "in the language it declares (<html lang>, <meta http-equiv=content-language>, og:locale; not an\n"
      "HTTP header) unless -L is given, or identified as under -L auto when lede lacks that language.\n"
      "A bad line is reported on stderr (FILE:LINE: the field at fault) and as {\"id\", \"line\", \"error\"}\n"
      "in its place; the other lines are summarized.\n"
      "Every output line holds an \"id\" (null when the record has none or it cannot be read). An empty\n"
      "text is no error: its summary is empty. Options come from the command line: request fields such\n"
      "as \"sentences\" in a record are not read (a warning names them once). Gzip input (a file or\n"
      "standard input) is decompressed, JSONL as it is read.\n"
      "Exit status: 0 ok, 1 input errors (any bad line or file), 2 usage errors, 3 standard output that\n"
      "could not be written to the end (a full disk, a closed pipe).");
  cmd->add_option("files", args->files, "Input files ('-' for standard input) or http(s):// URLs");
  cmd->add_option(
         "-f,--format", args->format,
         "Input format: text, jsonl, pair (a file holding SOURCE ||| REFERENCE), html (a web page's article); default: "
         "from the file extension (.jsonl, .html/.htm, also with .gz), else text")
      ->check(CLI::IsMember({"text", "jsonl", "pair", "html"}));
  CLI::Option* output = cmd->add_option("-o,--output", args->output,
                                        "Output for text, pair and html input: text (a sentence a line) or json (JSONL "
                                        "input always gives JSON lines)")
                            ->check(CLI::IsMember({"text", "json"}))
                            ->capture_default_str();
  cmd->add_flag("--cluster", args->cluster, "Summarize all input files together as one cluster (not with JSONL)");
  cmd->add_option("-j,--threads", args->threads,
                  "Threads for JSONL batches (0 = all cores); output order and bytes do not depend on it")
      ->check(thread_count())
      ->capture_default_str();
  cmd->add_option("--encoding", args->encoding,
                  "Character set of text and pair files, decoded to UTF-8 before reading (windows-1252, "
                  "iso-8859-15, shift_jis, ...; offsets then count bytes of the UTF-8 text); of web pages, "
                  "instead of detecting it; not with JSONL (default: UTF-8, or UTF-16 when the text says so)");
  add_summarize_flags(*cmd, args->flags);
  cmd->callback([args, output, cmd, &runner] {
    args->output_given = output->count() > 0;
    args->language_given = cmd->get_option("--language")->count() > 0;
    runner = [args] { return run(*args); };
  });
}

LEDE_COMMAND(10, add);

}  // namespace
}  // namespace lede::cli
