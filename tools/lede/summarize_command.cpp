// `lede summarize`: text, JSONL or pair input -> summary sentences.
#include <iostream>

#include "lede/batch.h"
#include "lede/command.h"
#include "lede/input.h"
#include "lede/io.h"
#include "lede/summarize_options.h"
#include "lede/summarize_run.h"
#include "lede/text.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

int run_jsonl(const SummarizeArgs& a, const Summarizer& summarizer, const SummarizeOptions& opts, RunNotes& notes) {
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
    if (std::string w = input.warning(); !w.empty()) std::cerr << "lede: warning: " << w << '\n';
    if (Status st = input.status(); !st.ok()) {
      std::cerr << "lede: " << st.message() << '\n';
      any_failed = true;
    }
  }
  ignored.report(std::cerr, "summarize");
  return any_failed ? kExitInputError : kExitOk;
}

int run(SummarizeArgs a) {
  if (!expand_directory_arguments("summarize", a.files)) return kExitInputError;
  // A cluster of several files is summarized by its default method, which
  // reads no model: a missing --model file failed the run where an existing
  // one was only warned of as unused (after the run, as it is now).
  SummarizeFlags flags = a.flags;
  if (a.cluster && a.files.size() > 1 && flags.method.empty()) flags.model.clear();
  Result<SummarizeOptions> opts = to_options(flags);
  if (!opts.ok()) {
    std::cerr << "lede summarize: " << opts.status().message() << '\n';
    const int code = options_exit_code(opts.status());
    if (code == kExitUsage) std::cerr << "Run `lede summarize --help` for its options.\n";
    return code;
  }
  if (std::string w = unused_model_warning(a.flags); !w.empty()) std::cerr << "lede summarize: warning: " << w << '\n';
  if (a.format.empty()) {
    // x.jsonl without --format was summarized as prose: its JSON source.
    // Web pages and text files are each read by their names, even together.
    Result<std::string> format = infer_format(a.files);
    if (!format.ok()) {
      std::cerr << "lede summarize: " << format.status().message() << '\n';
      return kExitUsage;
    }
    a.format = *format;
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
  auto args = std::make_shared<SummarizeArgs>();
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
      "page is one document; --cluster makes all files one cluster (id \"cluster\", or the file's name\n"
      "when it is one file; \"document\" N is the N-th file, from 0, and \"start\"/\"end\" are byte offsets\n"
      "into its text, decompressed). Text output\n"
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
      "Limits (guards against pathological input; no option changes them): a document over 16 MiB is an\n"
      "error (SummarizeOptions::max_document_bytes), and a file or standard input is read only up to\n"
      "64 MiB; an input of more than 2,000 sentences is cut to its documents' leading ones, an equal share\n"
      "each, with a warning (SummarizeOptions::max_sentences); a JSONL line over 64 MiB is an error.\n"
      "docs/reliability.md lists them all.\n"
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
  cmd->add_option(
      "--encoding", args->encoding,
      "Character set of text and pair files, decoded to UTF-8 before reading (windows-1252, "
      "iso-8859-15, shift_jis, ...; offsets then count bytes of the UTF-8 text; bytes not valid in it become U+FFFD, "
      "with a warning); of web pages, "
      "instead of detecting it; not with JSONL (default: UTF-8, or UTF-16 when the text says so; a byte order mark, "
      "UTF-32's included, decides over this option)");
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
