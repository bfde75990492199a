// HTML article extraction on arbitrary bytes. The first byte picks options
// (a declared encoding, captions, a small depth cap). Invariants: a small
// input never fails; the article is valid UTF-8; text is exactly the
// paragraphs joined by blank lines, list items after a bullet; paragraphs
// are non-empty and trimmed.
#include <string>

#include "fuzz_check.h"
#include "lede/extract.h"
#include "lede/text.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t choice = lede::fuzz::take_byte(in);
  lede::ExtractOptions opts;
  static const char* const kEncodings[] = {"",          "",         "utf-8",  "windows-1252",
                                           "shift_jis", "utf-16le", "koi8-r", "gb18030"};
  opts.encoding = kEncodings[choice & 7];
  opts.keep_captions = (choice & 8) != 0;
  if (choice & 16) opts.max_depth = 16;
  const lede::Result<lede::Article> a = lede::extract_article(in, opts);
  FUZZ_CHECK(a.ok());
  std::string joined;
  for (const lede::ArticleParagraph& p : a->paragraphs) {
    FUZZ_CHECK(!p.text.empty());
    FUZZ_CHECK(p.text.front() != ' ' && p.text.back() != ' ');
    if (!joined.empty()) joined += "\n\n";
    if (p.kind == lede::ParagraphKind::kListItem) joined += "\u2022 ";
    joined += p.text;
  }
  FUZZ_CHECK(joined == a->text);
  FUZZ_CHECK(lede::find_invalid_utf8(a->text) == std::string_view::npos);
  FUZZ_CHECK(lede::find_invalid_utf8(a->title) == std::string_view::npos);
  return 0;
}
