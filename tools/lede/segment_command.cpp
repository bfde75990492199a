// `lede segment`: sentences of text, JSONL records, and their evaluation
// against gold boundaries.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "lede/batch.h"
#include "lede/command.h"
#include "lede/document_bytes.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/summarize_options.h"
#include "lede/text.h"
#include "lede/usage_hints.h"
#include "read/record.h"
#include "segment_eval.h"
#include "text/language.h"

namespace lede::cli {
namespace {

struct SegmentArgs {
  std::vector<std::string> files;
  std::string format;  // empty: from the file names (infer_format)
  std::string language = "en";
  bool language_given = false;  // -L on the command line, not the default
  std::string eval;
  std::string encoding;  // empty: UTF-8
  bool lenient = false;
  bool json_report = false;
  bool failures = false;
  std::size_t threads = 0;
};

// Sentences of `bytes` as display strings (white space collapsed).
Result<std::vector<std::string>> sentences_of(const std::string& bytes, const std::string& language, bool lenient,
                                              std::vector<std::string>* warnings) {
  Document doc;
  doc.text = bytes;
  AnalyzeOptions opts;
  opts.tokenize = false;
  opts.language = language;
  opts.lenient = lenient;
  if (Status st = analyze(doc, opts, warnings); !st.ok()) return st;
  std::vector<std::string> out;
  out.reserve(doc.sentences.size());
  for (auto& s : doc.sentences) out.push_back(std::move(s.text));
  return out;
}

// Of the request options a record may hold, the two `lede segment` has; the
// summarizer's ("sentences" in a gold file, "method") mean nothing to it.
std::vector<std::string> segment_options(const std::vector<std::string>& names) {
  std::vector<std::string> out;
  for (const std::string& n : names)
    if (n == "language" || n == "lenient") out.push_back(n);
  return out;
}

// A record's output line: {"id", "sentences"} for a text or a page,
// {"id", "documents": [[...], ...]} for a cluster, each document's
// sentences in a list of their own.
Result<nlohmann::ordered_json> record_sentences(const Record& rec, const SegmentArgs& a,
                                                std::vector<std::string>& warnings) {
  SummarizeOptions options;
  options.language = a.language;
  const std::string language = record_language(rec, options, !a.language_given);
  nlohmann::ordered_json o;
  o["id"] = nlohmann::json::parse(rec.id_json);
  const auto& docs = rec.cluster.documents;
  nlohmann::ordered_json lists = nlohmann::ordered_json::array();
  for (const auto& doc : docs) {
    // -L auto (or a page in a language lede lacks) identifies each text's
    // language, and says when it could not, as summarize does per record.
    std::string fallback;
    const std::string used = resolved_language(language, doc.text, fallback);
    if (!fallback.empty() && doc.text.find_first_not_of(" \t\r\n") != std::string::npos)
      warnings.push_back(std::move(fallback));
    auto sents = sentences_of(doc.text, used, a.lenient, &warnings);
    if (!sents.ok()) return sents.status();
    lists.push_back(std::move(*sents));
  }
  if (!rec.from_documents) o["sentences"] = std::move(lists[0]);
  else o["documents"] = std::move(lists);
  return o;
}

int run_segment(SegmentArgs a) {
  if (!expand_directory_arguments("segment", a.files)) return kExitInputError;
  if (canonical_language(a.language) != kAutoLanguage && !is_supported_language(a.language)) {
    std::cerr << "lede segment: " << text::unknown_language_message(a.language) << '\n';
    return kExitUsage;
  }
  if (!a.eval.empty()) {
    // They were ignored without a word: `segment --eval GOLD FILE` looked
    // like an evaluation of FILE.
    if (!a.encoding.empty()) {
      std::cerr << "lede segment: --encoding does not apply to --eval, whose gold file is JSONL (UTF-8)\n";
      return kExitUsage;
    }
    if (!a.files.empty() || !a.format.empty()) {
      std::cerr << "lede segment: --eval reads only the gold file; "
                << (a.files.empty() ? "--format does not apply"
                                    : "the input files are not read (segment them without --eval)")
                << '\n';
      return kExitUsage;
    }
    return run_segment_eval(a.eval, a.language, a.json_report, a.failures);
  }
  bool inferred = false;  // the format comes from each name: x.html is a page, and JSONL read as text is warned of
  if (a.format.empty()) {
    // As `lede summarize`: x.jsonl without --format was segmented as prose.
    // Web pages and text files are each read by their names, even together.
    Result<std::string> format = infer_format(a.files);
    if (!format.ok()) {
      std::cerr << "lede segment: " << format.status().message() << '\n';
      return kExitUsage;
    }
    a.format = *format;
    inferred = true;
  }
  if (std::string e = encoding_usage_error(a.encoding, a.format); !e.empty()) {
    std::cerr << "lede segment: " << e << '\n';
    return kExitUsage;
  }
  if (std::string e = repeated_stdin_error(a.files); !e.empty()) {
    std::cerr << "lede segment: " << e << '\n';
    return kExitUsage;
  }
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  bool ok = true;
  std::size_t printed = 0;  // text outputs printed, for the headings between them
  IgnoredOptions ignored;   // a JSONL record's "language": --language applies to all
  for (const auto& path : files) {
    const std::string name = display_name(path);
    if (a.format == "jsonl") {
      InputLines input;
      if (Status st = input.open(path); !st.ok()) {
        std::cerr << "lede: " << st.message() << '\n';
        ok = false;
        continue;
      }
      BatchResult r = run_batch(
          input.stream(), std::cout, a.threads,
          [&](const std::string& line, std::size_t no) {
            LineResult out;
            const std::string where = "lede: " + name + ":" + std::to_string(no) + ": ";
            // Read as `lede summarize -f jsonl` reads a record: "text", a
            // cluster's "documents" or a web page's "html" (its article, in
            // the language it declares unless -L is given).
            Record rec;
            std::vector<std::string> warnings;
            Status st = parse_jsonl_record(line, a.lenient, rec, warnings);
            ignored.add(segment_options(rec.ignored_options));
            if (st.ok()) {
              if (std::string w = record_content_warning(rec, "segment"); !w.empty()) warnings.push_back(std::move(w));
              Result<nlohmann::ordered_json> o = record_sentences(rec, a, warnings);
              if (o.ok()) out.output = o->dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
              else st = o.status();
            }
            for (const auto& w : warnings) out.warnings += where + "warning: " + w + "\n";
            if (st.ok()) return out;
            out.error = where + st.message();
            out.output = error_to_json(rec.id_json, no, st);
            return out;
          },
          [&](std::size_t no, const Status& st) {
            return LineResult{error_to_json("null", no, st),
                              "lede: " + name + ":" + std::to_string(no) + ": " + st.message(), ""};
          });
      if (r.failed > 0) ok = false;
      if (r.output_failed) return kExitOutputError;  // main() says why
      if (std::string w = input.warning(); !w.empty()) std::cerr << "lede: warning: " << w << '\n';
      if (Status st = input.status(); !st.ok()) {
        std::cerr << "lede: " << st.message() << '\n';
        ok = false;
      }
      continue;
    }
    // A page named x.html, or served as one, is read as `lede summarize` reads
    // it: its article, in the language it declares unless -L says otherwise.
    Result<DocumentText> read = read_document_text(path, a.encoding, inferred ? "" : a.format);
    if (!read.ok()) {
      std::cerr << "lede: " << read.status().message() << '\n';
      ok = false;
      continue;
    }
    std::vector<std::string> warnings;
    if (!read->warning.empty()) warnings.push_back(read->warning);
    if (inferred && !read->page)
      if (std::string w = misread_text_warning(read->text, "give --format html to segment its article"); !w.empty())
        warnings.push_back(std::move(w));
    std::string fallback;
    const std::string language =
        resolved_language(reading_language(a.language, a.language_given, *read), read->text, fallback);
    if (!fallback.empty()) warnings.push_back(std::move(fallback));
    auto sents = sentences_of(read->text, language, a.lenient, &warnings);
    for (const auto& w : warnings) std::cerr << "lede: " << name << ": warning: " << w << '\n';
    if (!sents.ok()) {
      std::cerr << "lede: " << name << ": " << sents.status().message() << not_utf8_hint(sents.status(), a.encoding)
                << '\n';
      ok = false;
      continue;
    }
    // Several files' sentences ran together, so which were whose could not be told.
    std::cout << file_heading(path, files.size(), printed++ == 0);
    for (const auto& s : *sents) std::cout << s << '\n';
  }
  ignored.report(std::cerr, "segment");
  return ok ? kExitOk : kExitInputError;
}

void add_segment(CLI::App& app, std::function<int()>& runner) {
  auto a = std::make_shared<SegmentArgs>();
  CLI::App* cmd = app.add_subcommand("segment", "Split text into sentences (one a line), or evaluate the segmenter");
  cmd->footer(
      "Input: FILE... (none or '-' reads standard input; a directory reads the files in it, by name order,\n"
      "hidden ones and subdirectories left out) or URL... (http:// or https://, fetched as by\n"
      "lede summarize: text/plain is text, a web page is read as one, a path ending .gz is unpacked);\n"
      "each file is one text. Without\n"
      "--format the format comes from each name: x.jsonl (a file or a URL's path) is JSONL, x.html and\n"
      "x.htm a web page (a URL: as its server's Content-Type says), others and standard input text (a\n"
      "warning says when such text starts with a JSON object line or an <html> tag; JSONL named beside\n"
      "other formats is a usage error). A web page gives the sentences of its article, as lede summarize\n"
      "reads it (lede extract shows the article), in the language the page declares unless -L is given;\n"
      "--format text splits its markup as it is. Sentences are printed normalized (NFC; bidirectional and\n"
      "zero-width controls dropped, as is a line break between Chinese or Japanese characters) with white\n"
      "space collapsed (--eval compares the input's own text of each sentence instead); with\n"
      "several text files each file's sentences follow a line \"==> FILE <==\" (after a blank line\n"
      "between files).\n"
      "JSONL: the records lede summarize reads, one a line, and one line out per non-blank input line,\n"
      "in order: {\"id\", \"text\"} gives {\"id\", \"sentences\"}; {\"id\", \"html\"} the sentences of the\n"
      "page's article, the same way (in the language the page declares unless -L is given);\n"
      "{\"id\", \"documents\": [...]} gives {\"id\", \"documents\": [[...], ...]}, each document's\n"
      "sentences in a list. A bad line gives {\"id\", \"line\", \"error\"} in its place (\"id\" null when\n"
      "the record has none or it cannot be read). Gzip input (a file or standard input) is decompressed.\n"
      "Exit status: 0 ok, 1 input errors (with --eval: an unreadable or malformed gold line, or no case\n"
      "at all, which prints no figures; failed cases only lower the pass rate), 2 usage errors, 3 standard\n"
      "output that could not be written to the end (a full disk, a closed pipe).");
  cmd->add_option("files", a->files, "Input files ('-' for standard input) or URLs");
  cmd->add_option("-f,--format", a->format,
                  "text, html (a web page's article), or jsonl (records with \"text\", \"html\" or \"documents\" "
                  "in, {\"id\",\"sentences\"} or {\"id\",\"documents\"} out); default: from the file extension "
                  "(.jsonl, .html/.htm, also with .gz), else text")
      ->check(CLI::IsMember({"text", "html", "jsonl"}));
  cmd->add_option("-L,--language", a->language, language_help())->capture_default_str();
  cmd->add_flag("--lenient", a->lenient, "Replace invalid UTF-8 with U+FFFD and warn, instead of failing");
  cmd->add_option("--encoding", a->encoding,
                  "Character set of the input, decoded to UTF-8 before splitting (windows-1252, iso-8859-15, "
                  "shift_jis, ...; bytes not valid in it become U+FFFD, with a warning); for a web page it replaces "
                  "the one the page or its server declares; not with "
                  "JSONL (default: UTF-8, or UTF-16 when the text says so; a byte order mark, UTF-32's included, "
                  "decides over this option; a page's own)");
  cmd->add_option("-j,--threads", a->threads, "Threads for JSONL input (0 = all cores)")
      ->check(thread_count())
      ->capture_default_str();
  CLI::Option* eval =
      cmd->add_option("--eval", a->eval,
                      "Evaluate against a gold file ({\"text\",\"sentences\"} a line) instead of segmenting input "
                      "files: print the pass rate and sentence-boundary precision/recall/F1");
  // Without --eval it was ignored, and text came out where JSON was asked for
  // (--format jsonl is the JSON form of the sentences).
  cmd->add_flag("--json", a->json_report, "With --eval: print the report as JSON")->needs(eval);
  cmd->add_flag("--failures", a->failures,
                "With --eval: also show each failing case, by its line in the gold file, with the sentences "
                "where lede and the gold differ (before the figures; with --json, a \"failures\" list)")
      ->needs(eval);
  cmd->callback([a, cmd, &runner] {
    a->language_given = cmd->get_option("--language")->count() > 0;
    runner = [a] { return run_segment(*a); };
  });
}

LEDE_COMMAND(20, add_segment);

}  // namespace
}  // namespace lede::cli
