#include <algorithm>
#include <string>
#include <utility>

#include "lede/text.h"
#include "text/chars.h"
#include "text/language.h"
#include "text/segment_chars.h"
#include "text/segment_scan.h"

namespace lede {
namespace {

// Normalized text has only ' ', '\n' and '\t' as white space.
bool is_white(char c) { return c == ' ' || c == '\n' || c == '\t'; }

// Han, kana and their punctuation (CJK symbols, full-width forms): text
// written without spaces, where a line break is only where the line was full.
bool unspaced(char32_t cp) {
  return text::is_unspaced_letter(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
}

// Whether a line break between `before` and the run at `next` is no space:
// hard-wrapped Chinese or Japanese ("明年\n开通" is "明年开通"; a space there
// showed in the summary).
bool joins_unspaced(const std::string& before, std::string_view next) {
  std::size_t len = 0;
  return !before.empty() && !next.empty() && unspaced(text::code_point_before(before, before.size(), len)) &&
         unspaced(text::code_point_at(next, 0, len));
}

// Display text: the sentence with every run of white space made one space,
// or none for a line break inside unspaced text.
std::string collapse_space(std::string_view s) {
  // Normalized text has only ' ', '\n' and '\t' as white space; one compare
  // rules out everything else.
  auto is_space = [](char c) { return static_cast<unsigned char>(c) <= ' ' && (c == ' ' || c == '\n' || c == '\t'); };
  // Clean: no control byte and no two spaces in a row. Written without an
  // early exit so the compiler vectorizes it (most sentences are clean).
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const bool clean = s.empty() || p[0] >= ' ';
  unsigned bad = 0;
  for (std::size_t i = 1; i < s.size(); ++i)
    bad |= static_cast<unsigned>(p[i] < ' ') |
           (static_cast<unsigned>(p[i] == ' ') & static_cast<unsigned>(p[i - 1] == ' '));
  if (clean && bad == 0) return std::string(s);
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    bool line_break = false;
    for (; i < n && is_space(s[i]); ++i) line_break = line_break || s[i] == '\n';
    std::size_t j = i;
    while (j < n && !is_space(s[j])) ++j;
    if (j > i) {
      if (!out.empty() && !(line_break && joins_unspaced(out, s.substr(i, j - i)))) out.push_back(' ');
      out.append(s.data() + i, j - i);
    }
    i = j;
  }
  return out;
}

}  // namespace

namespace {

// Sentences over `limit` bytes cut into pieces of at most `limit`: at the
// last white space in a piece's second half, else at a code point boundary.
std::vector<ByteSpan> cut_long_sentences(std::string_view text, std::vector<ByteSpan> sentences, std::size_t limit) {
  // Almost every document has none: no copy then.
  if (std::none_of(sentences.begin(), sentences.end(), [&](const ByteSpan& s) { return s.size() > limit; }))
    return sentences;
  std::vector<ByteSpan> out;
  out.reserve(sentences.size());
  for (ByteSpan s : sentences) {
    while (s.size() > limit) {
      std::size_t cut = s.start + limit;
      while (cut > s.start && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
      for (std::size_t at = cut; at > s.start + limit / 2; --at)
        if (is_white(text[at])) {
          cut = at;
          break;
        }
      if (cut == s.start) break;  // no boundary (cannot happen in valid UTF-8)
      std::size_t end = cut;
      while (end > s.start && is_white(text[end - 1])) --end;
      out.push_back({s.start, end});
      std::size_t next = cut;
      while (next < s.end && is_white(text[next])) ++next;
      s.start = next;
    }
    if (s.size() > 0) out.push_back(s);
  }
  return out;
}

// A document's text normalized and split, before tokenization.
struct Segmented {
  NormalizedText norm;
  std::string language;
  std::vector<ByteSpan> sentences, paragraphs;  // in norm.text
};

Result<Segmented> segment_document(const Document& doc, const AnalyzeOptions& options,
                                   std::vector<std::string>* warnings) {
  if (canonical_language(options.language) != kAutoLanguage && !is_supported_language(options.language))
    return Status::NotFound(text::unknown_language_message(options.language));
  NormalizeOptions nopts;
  nopts.lenient = options.lenient;
  Result<NormalizedText> norm = normalize(doc.text, nopts);
  if (!norm.ok()) return norm.status();
  if (norm->replaced > 0 && warnings != nullptr)
    warnings->push_back("replaced " + std::to_string(norm->replaced) +
                        " invalid UTF-8 sequence(s) with U+FFFD, the first at byte " +
                        std::to_string(norm->first_replaced));
  Segmented out;
  out.language = resolve_language(options.language, norm->text);
  SegmentOptions sopts;
  sopts.language = out.language;
  out.sentences = text::segment_text(norm->text, sopts, &out.paragraphs);
  if (options.max_sentence_bytes > 0)
    out.sentences = cut_long_sentences(norm->text, std::move(out.sentences), options.max_sentence_bytes);
  out.norm = std::move(*norm);
  return out;
}

}  // namespace

Result<std::size_t> count_sentences(const Document& doc, const AnalyzeOptions& options,
                                    std::vector<std::string>* warnings) {
  Result<Segmented> seg = segment_document(doc, options, warnings);
  if (!seg.ok()) return seg.status();
  return seg->sentences.size();
}

Status analyze(Document& doc, const AnalyzeOptions& options, std::vector<std::string>* warnings) {
  Result<Segmented> seg = segment_document(doc, options, warnings);
  if (!seg.ok()) return seg.status();
  const NormalizedText& norm = seg->norm;
  const std::string& text = norm.text;
  // Most texts need no alignment at all: spans are already original offsets.
  const bool identity = norm.anchors.size() == 1 && text.size() == doc.text.size();
  std::vector<ByteSpan>& sentences = seg->sentences;
  const std::vector<ByteSpan>& paragraphs = seg->paragraphs;
  if (options.max_sentences > 0 && sentences.size() > options.max_sentences) sentences.resize(options.max_sentences);
  TokenizeOptions topts;
  topts.language = seg->language;

  doc.paragraphs.clear();
  doc.sentences.clear();
  doc.paragraphs.reserve(paragraphs.size());
  for (const ByteSpan& p : paragraphs) doc.paragraphs.push_back(norm.to_original(p));
  doc.sentences.reserve(sentences.size());
  std::size_t para = 0;
  for (const ByteSpan& s : sentences) {
    while (para + 1 < paragraphs.size() && paragraphs[para].end <= s.start) ++para;
    Sentence sent;
    sent.span = norm.to_original(s);
    sent.paragraph = para;
    sent.text = collapse_space(std::string_view(text).substr(s.start, s.size()));
    if (options.tokenize) sent.tokens = tokenize(text, s, topts);
    if (!identity)
      for (Token& t : sent.tokens) t.span = norm.to_original(t.span);
    doc.sentences.push_back(std::move(sent));
  }
  return Status::Ok();
}

}  // namespace lede
