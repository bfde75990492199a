// `lede extract`: the article (headline and body) of HTML pages.
#include <ctime>
#include <iostream>

#include <nlohmann/json.hpp>

#include "lede/command.h"
#include "lede/document_bytes.h"
#include "lede/extract.h"
#include "lede/input.h"
#include "lede/usage_hints.h"

namespace lede::cli {
namespace {

struct ExtractArgs {
  std::vector<std::string> files;
  std::string output = "text";
  std::string encoding;
  bool captions = false;
  bool stats = false;
};

std::string article_json(const Article& a, const std::string* file) {
  nlohmann::ordered_json j;
  if (file != nullptr) j["file"] = *file;
  j["title"] = a.title;
  j["text"] = a.text;
  nlohmann::ordered_json paragraphs = nlohmann::ordered_json::array();
  for (const ArticleParagraph& p : a.paragraphs)
    paragraphs.push_back({{"kind", std::string(paragraph_kind_name(p.kind))}, {"text", p.text}});
  j["paragraphs"] = std::move(paragraphs);
  j["encoding"] = a.encoding;
  j["language"] = a.language;
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// jsonl's line for a file that fails: {"file", "error"}, in that order.
std::string error_line(const std::string& file, const Status& status) {
  nlohmann::ordered_json j;
  j["file"] = file;
  j["error"] = status.message();
  return j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

int run(ExtractArgs a) {
  if (!expand_directory_arguments("extract", a.files)) return kExitInputError;
  ExtractOptions opts;
  opts.encoding = a.encoding;
  opts.keep_captions = a.captions;
  if (!opts.encoding.empty()) {
    // An unknown label is a usage error, found before any page (a page with a
    // byte-order mark would never consult it).
    Result<Article> probe = extract_article("", opts);
    if (!probe.ok() && probe.status().code() == StatusCode::kInvalidArgument) {
      std::cerr << "lede extract: --encoding: " << probe.status().message() << '\n';
      return kExitUsage;
    }
  }
  if (std::string e = repeated_stdin_error(a.files); !e.empty()) {
    std::cerr << "lede extract: " << e << '\n';
    return kExitUsage;
  }
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  bool ok = true;
  double seconds = 0;
  std::size_t bytes = 0, pages = 0, printed = 0;
  for (std::size_t k = 0; k < files.size(); ++k) {
    const std::string name = display_name(files[k]);
    // "<stdin>" for "-", as `lede summarize -o json` names it; a path whole.
    const std::string file_field = files[k] == "-" ? name : files[k];
    ExtractOptions page_opts = opts;
    Result<DocumentBytes> read = read_document_bytes(files[k]);
    if (!read.ok()) {
      std::cerr << "lede: " << read.status().message() << '\n';
      if (a.output == "jsonl")  // still one line per file
        std::cout << error_line(file_field, read.status()) << '\n';
      ok = false;
      continue;
    }
    // --encoding decides over the server's charset, which decides over the page's.
    if (page_opts.encoding.empty()) page_opts.encoding = read->charset;
    const std::string* page = &read->bytes;
    // The server's charset counts: a UTF-16 page holds NUL bytes.
    const std::string binary = binary_page_warning(*page, page_opts.encoding);
    if (!binary.empty()) std::cerr << "lede: " << name << ": warning: " << binary << '\n';
    // CPU time, so the figure holds per core while other work shares the machine.
    const std::clock_t t0 = std::clock();
    Result<Article> article = extract_article(*page, page_opts);
    seconds += static_cast<double>(std::clock() - t0) / CLOCKS_PER_SEC;
    bytes += page->size();
    ++pages;
    if (!article.ok()) {
      std::cerr << "lede: " << name << ": " << article.status().message() << '\n';
      if (a.output == "jsonl") std::cout << error_line(file_field, article.status()) << '\n';
      ok = false;
      continue;
    }
    if (binary.empty())
      if (std::string w = undecodable_warning(article->undecodable, article->encoding); !w.empty())
        std::cerr << "lede: " << name << ": warning: " << w << '\n';
    // Not an error (a page may hold no article), but three blank lines or
    // "text": "" alone would leave the user guessing, as `lede summarize`'s
    // "no sentences to summarize" does not.
    if (article->text.empty())
      std::cerr << "lede: " << name << ": warning: no article text found"
                << (page->find('<') == std::string::npos ? " (the input holds no HTML markup)" : "") << '\n';
    if (a.output == "jsonl") {
      std::cout << article_json(*article, &file_field) << '\n';
    } else if (a.output == "json") {
      std::cout << article_json(*article, nullptr) << '\n';
    } else {
      // Pages would run together: headlines and paragraphs are all lines between blank lines.
      std::cout << file_heading(files[k], files.size(), printed++ == 0);
      std::cout << article->title << "\n\n" << article->text << '\n';
    }
  }
  if (a.stats && seconds > 0)
    std::cerr << "lede extract: " << pages << (pages == 1 ? " page, " : " pages, ") << bytes << " bytes in " << seconds
              << " s: " << static_cast<double>(pages) / seconds << " pages/s, "
              << static_cast<double>(bytes) / seconds / 1e6 << " MB/s (extraction only, CPU time of one thread)\n";
  return ok ? kExitOk : kExitInputError;
}

void add(CLI::App& app, std::function<int()>& runner) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Extract the article (headline and body) from HTML pages");
  cmd->footer(
      "Input: FILE... (none or '-' reads standard input; a directory reads the files in it, by name\n"
      "order, hidden ones and subdirectories left out); gzip input (a file or standard input) is\n"
      "decompressed, also from a URL whose path ends .gz. A URL (http:// or https://) is fetched:\n"
      "at most 20 redirects followed, at most 64 MiB, 30 s to connect and 30 s without data; the\n"
      "charset of its Content-Type is used unless\n"
      "--encoding is given. Text output is the headline, a blank line, then the paragraphs separated\n"
      "by blank lines (a list item's opening with a bullet, \"\u2022 \"); with several files each page\n"
      "follows a line \"==> FILE <==\" and a blank line parts pages. JSON output is {\"title\", \"text\",\n"
      "\"paragraphs\": [{\"kind\", \"text\"}], \"encoding\", \"language\"} (the language the page declares, as a\n"
      "code; \"\" when none), a line per page read; jsonl adds \"file\" and prints one line per file\n"
      "({\"file\", \"error\"} for a file that fails), the output for several files. A page without article\n"
      "text is no error: its text is empty (text output: the headline and blank lines) and a warning\n"
      "says so.\n"
      "Exit status: 0 ok, 1 input errors, 2 usage errors, 3 standard output that could not be written\n"
      "to the end (a full disk, a closed pipe).");
  cmd->add_option("files", args->files, "HTML files ('-' for standard input) or http(s):// URLs");
  cmd->add_option("-o,--output", args->output, "Output: text, json or jsonl")
      ->check(CLI::IsMember({"text", "json", "jsonl"}))
      ->capture_default_str();
  cmd->add_option("--encoding", args->encoding, "Character set of the pages (default: detect)");
  cmd->add_flag("--captions", args->captions,
                "Keep image captions inside the article (a gallery whose captions tell its story keeps them anyway)");
  cmd->add_flag("--stats", args->stats, "Print pages/s of extraction (CPU time, reading excluded) to standard error");
  cmd->callback([args, &runner] { runner = [args] { return run(*args); }; });
}

LEDE_COMMAND(15, add);

}  // namespace
}  // namespace lede::cli
