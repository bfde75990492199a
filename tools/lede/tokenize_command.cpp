// `lede tokenize`: the case-folded tokens (or stems) of each sentence.
#include <iostream>

#include "lede/command.h"
#include "lede/document_bytes.h"
#include "lede/input.h"
#include "lede/summarize_options.h"
#include "lede/text.h"
#include "lede/usage_hints.h"
#include "text/language.h"

namespace lede::cli {
namespace {

struct TokenizeArgs {
  std::vector<std::string> files;
  std::string format;  // "" = from each name (x.html is a web page)
  std::string language = "en";
  bool language_given = false;  // -L on the command line, not the default
  bool stem = false;
  bool punct = false;
  bool lenient = false;
  std::string encoding;
};

int run_tokenize(TokenizeArgs a) {
  if (!expand_directory_arguments("tokenize", a.files)) return kExitInputError;
  if (canonical_language(a.language) != kAutoLanguage && !is_supported_language(a.language)) {
    std::cerr << "lede tokenize: " << text::unknown_language_message(a.language) << '\n';
    return kExitUsage;
  }
  if (std::string e = encoding_usage_error(a.encoding, "text"); !e.empty()) {
    std::cerr << "lede tokenize: " << e << '\n';
    return kExitUsage;
  }
  if (std::string e = repeated_stdin_error(a.files); !e.empty()) {
    std::cerr << "lede tokenize: " << e << '\n';
    return kExitUsage;
  }
  std::vector<std::string> files = a.files.empty() ? std::vector<std::string>{"-"} : a.files;
  bool ok = true;
  std::size_t printed = 0;
  for (const auto& path : files) {
    // A page named x.html, or served as one, is read as `lede summarize` reads
    // it: its article, in the language it declares unless -L says otherwise.
    Result<DocumentText> read = read_document_text(path, a.encoding, a.format);
    if (!read.ok()) {
      std::cerr << "lede: " << read.status().message() << '\n';
      ok = false;
      continue;
    }
    if (!read->warning.empty()) std::cerr << "lede: " << display_name(path) << ": warning: " << read->warning << '\n';
    if (a.format.empty() && !read->page)
      if (std::string w = misread_text_warning(read->text, "give --format html to tokenize its article",
                                               "tokenize reads text only (lede segment --format jsonl splits records)");
          !w.empty())
        std::cerr << "lede: " << display_name(path) << ": warning: " << w << '\n';
    Document doc;
    doc.text = std::move(read->text);
    // One language for the whole text, not one guess per sentence.
    std::string fallback;
    const std::string language =
        resolved_language(reading_language(a.language, a.language_given, *read), doc.text, fallback);
    if (!fallback.empty()) std::cerr << "lede: " << display_name(path) << ": warning: " << fallback << '\n';
    AnalyzeOptions opts;
    opts.language = language;
    opts.lenient = a.lenient;
    // Each sentence is tokenized as it is printed: the analysis's own tokens
    // for the whole text took ~20 bytes of memory per byte of input.
    opts.tokenize = false;
    std::vector<std::string> warnings;
    if (Status st = analyze(doc, opts, &warnings); !st.ok()) {
      std::cerr << "lede: " << display_name(path) << ": " << st.message() << not_utf8_hint(st, a.encoding) << '\n';
      ok = false;
      continue;
    }
    for (const auto& w : warnings) std::cerr << "lede: " << display_name(path) << ": warning: " << w << '\n';
    TokenizeOptions topts;
    topts.language = language;
    topts.keep_punctuation = a.punct;
    std::cout << file_heading(path, files.size(), printed++ == 0);
    for (const auto& s : doc.sentences) {
      std::vector<Token> toks = tokenize(s.text, topts);
      std::string line;
      for (const auto& t : toks) {
        if (!line.empty()) line += ' ';
        line += a.stem ? t.stem : t.norm;
      }
      std::cout << line << '\n';
    }
  }
  return ok ? kExitOk : kExitInputError;
}

void add_tokenize(CLI::App& app, std::function<int()>& runner) {
  auto a = std::make_shared<TokenizeArgs>();
  CLI::App* cmd = app.add_subcommand("tokenize", "Print the case-folded tokens of each sentence, one sentence a line");
  cmd->footer(
      "Input: FILE... (none or '-' reads standard input; a directory reads the files in it, by name order,\n"
      "hidden ones and subdirectories left out; gzip input is decompressed) or URL... (text/plain is\n"
      "text, a web page is read as one, a path ending .gz is unpacked). A file\n"
      "named x.html or x.htm, or a URL its server calls a web page, gives the tokens of its article, as\n"
      "lede summarize reads it (lede extract shows the article), in the language the page declares\n"
      "unless -L is given; --format text tokenizes its markup as it is. Tokens are separated by one\n"
      "space; with several files each file's lines follow a line \"==> FILE <==\" (after a blank line\n"
      "between files).\n"
      "Exit status: 0 ok, 1 input errors, 2 usage errors, 3 standard output that could not be written\n"
      "to the end (a full disk, a closed pipe).");
  cmd->add_option("files", a->files, "Input files ('-' for standard input) or URLs");
  cmd->add_option("-f,--format", a->format,
                  "text, or html (a web page's article); default: from each file's extension (.html/.htm, also "
                  "with .gz), else text")
      ->check(CLI::IsMember({"text", "html"}));
  cmd->add_option("-L,--language", a->language, language_help())->capture_default_str();
  cmd->add_flag("--stem", a->stem, "Print Snowball stems instead of folded words");
  cmd->add_flag("--punct", a->punct, "Keep punctuation tokens");
  cmd->add_flag("--lenient", a->lenient, "Replace invalid UTF-8 with U+FFFD and warn, instead of failing");
  // A Latin-1 file that `lede segment --encoding` read could not be tokenized,
  // and the invalid-UTF-8 message alone did not say what to do.
  cmd->add_option("--encoding", a->encoding,
                  "Character set of the input, decoded to UTF-8 before tokenizing (windows-1252, iso-8859-15, "
                  "shift_jis, ...; bytes not valid in it become U+FFFD, with a warning); for a web page it replaces "
                  "the one the page or its server declares (default: "
                  "UTF-8, or UTF-16 when the text says so; a byte order mark, UTF-32's included, decides over this "
                  "option; a page's own)");
  cmd->callback([a, cmd, &runner] {
    a->language_given = cmd->get_option("--language")->count() > 0;
    runner = [a] { return run_tokenize(*a); };
  });
}

LEDE_COMMAND(21, add_tokenize);

}  // namespace
}  // namespace lede::cli
