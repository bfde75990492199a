// Paragraph splitting and sentence segmentation, in every known language and
// "auto" (language identification: any bytes give a supported code), on
// the normalized form of arbitrary bytes (what analyze() feeds them) and on
// the raw bytes themselves. Invariants: spans non-empty, sorted,
// non-overlapping, within the text; on normalized text also trimmed of white
// space, and every sentence lies inside one paragraph. Language options in
// any spelling: canonical_language is idempotent and agrees with
// is_supported_language.
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "lede/text.h"

namespace {

bool trimmed(std::string_view text, lede::ByteSpan s) {
  return !lede::fuzz::is_ascii_space(text[s.start]) && !lede::fuzz::is_ascii_space(text[s.end - 1]);
}

void check_spans(std::string_view text, const std::vector<lede::ByteSpan>& spans, bool check_trim) {
  std::size_t prev_end = 0;
  for (const lede::ByteSpan& s : spans) {
    FUZZ_CHECK(s.start < s.end);
    FUZZ_CHECK(s.end <= text.size());
    FUZZ_CHECK(s.start >= prev_end);
    if (check_trim) FUZZ_CHECK(trimmed(text, s));
    prev_end = s.end;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::string> languages = [] {
    std::vector<std::string> all = lede::supported_languages();
    all.emplace_back(lede::kAutoLanguage);
    return all;
  }();
  std::string_view in = lede::fuzz::as_view(data, size);
  lede::SegmentOptions opts;
  opts.language = languages[lede::fuzz::take_byte(in) % languages.size()];

  lede::NormalizeOptions nopts;
  nopts.lenient = true;
  lede::Result<lede::NormalizedText> norm = lede::normalize(in, nopts);
  FUZZ_CHECK(norm.ok());
  const std::string_view text = norm->text;

  const std::vector<lede::ByteSpan> paragraphs = lede::split_paragraphs(text, opts);
  check_spans(text, paragraphs, true);
  const std::vector<lede::ByteSpan> sentences = lede::segment(text, opts);
  check_spans(text, sentences, true);
  std::size_t p = 0;
  for (const lede::ByteSpan& s : sentences) {
    while (p < paragraphs.size() && paragraphs[p].end <= s.start) ++p;
    FUZZ_CHECK(p < paragraphs.size());
    FUZZ_CHECK(paragraphs[p].start <= s.start && s.end <= paragraphs[p].end);
  }
  // Same input, same answer.
  FUZZ_CHECK(lede::segment(text, opts) == sentences);

  const std::string identified = lede::detect_language(in);
  FUZZ_CHECK(lede::is_supported_language(identified));
  FUZZ_CHECK(lede::detect_language(in) == identified);

  const std::string option(in.substr(0, 24));
  const std::string code = lede::canonical_language(option);
  FUZZ_CHECK(lede::canonical_language(code) == code);
  FUZZ_CHECK(lede::is_supported_language(option) == lede::is_supported_language(code));
  FUZZ_CHECK(code.find_first_of("-_ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);

  // Raw, possibly invalid bytes must not crash either.
  check_spans(in, lede::split_paragraphs(in), false);
  check_spans(in, lede::segment(in, opts), false);
  return 0;
}
