// lede/text.h: the text pipeline: normalize -> segment -> tokenize and stem.
//
//   lede::AnalyzeOptions opts;           // language "en"
//   lede::Document doc;
//   doc.text = "WASHINGTON (AP) _ The U.S. Senate voted 52-48. It adjourned.";
//   lede::Status st = lede::analyze(doc, opts);   // fills paragraphs, sentences, tokens
//
// Every span the pipeline produces points into Document::text (the original
// bytes), whatever normalization was applied on the way.
//
// Thread safety: all functions are reentrant; language resources are loaded
// once, immutable and shared, and stemmers are kept per thread.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "lede/document.h"
#include "lede/status.h"

namespace lede {

// ---- normalization -------------------------------------------------------

struct NormalizeOptions {
  // Replace invalid UTF-8 with U+FFFD instead of failing (default: fail with
  // the byte offset of the first bad sequence).
  bool lenient = false;
  // Compose to Unicode NFC.
  bool nfc = true;
  // CRLF and CR become LF; NBSP and other Unicode spaces become ' ', except a
  // no-break, narrow no-break or thin space that groups a number's digits
  // (French "1 250,5", Russian "3 000": a digit before, exactly three after),
  // which is kept so the number stays one word; zero-width and bidirectional
  // controls and soft hyphens (U+00AD) are dropped.
  bool whitespace = true;
};

// Normalized text plus its alignment to the original bytes.
//
// The alignment is sparse: `anchors` lists the points (normalized offset,
// original offset) after which the two texts advance in step again, so an
// unchanged text costs one anchor, not one entry per byte.
struct NormalizedText {
  std::string text;
  // Sorted by both members; the first is {0, k}: k is 0 unless the text
  // starts with dropped characters (zero-width or bidirectional controls).
  // Between two anchors a and b, normalized offset p maps to
  // min(a.second + (p - a.first), b.second).
  std::vector<std::pair<std::size_t, std::size_t>> anchors{{0, 0}};
  // Length of the original text (where text.size() maps to).
  std::size_t original_size = 0;
  // How many invalid sequences were replaced (lenient mode only).
  std::size_t replaced = 0;
  // First replaced byte offset in the original (valid when replaced > 0).
  std::size_t first_replaced = 0;

  // Original byte offset of normalized offset `pos` (0 <= pos <= text.size()).
  // Monotonic; maps 0 to anchors[0].second (the first byte kept) and
  // text.size() to original_size.
  std::size_t to_original(std::size_t pos) const;
  // Maps a span of `text` back to the original bytes.
  ByteSpan to_original(ByteSpan normalized) const;
};

// Fails (kInvalidInput, "invalid UTF-8 at byte N") unless lenient.
Result<NormalizedText> normalize(std::string_view original, const NormalizeOptions& options = {});

// Returns the byte offset of the first invalid UTF-8 sequence, or npos.
std::size_t find_invalid_utf8(std::string_view bytes);

// Decodes text in the character set `encoding` to the UTF-8 the pipeline
// reads, with ICU: a WHATWG or ICU label, any case ("windows-1252",
// "latin1", "iso-8859-15", "shift_jis", "utf-16le"; "latin1" and "ascii"
// mean windows-1252, as in browsers). A byte order mark (UTF-8, UTF-16 or
// UTF-32) decides over the label and is dropped; each byte sequence that
// does not decode becomes U+FFFD, and with `undecodable` their number is set
// there (a caller can warn that the text may be in another character set). Offsets into the result
// are offsets into the UTF-8 text, not into `bytes`.
// Errors: kInvalidArgument for a label ICU does not know, kResourceExhausted
// over 1 GiB.
Result<std::string> decode_text(std::string_view bytes, std::string_view encoding, std::size_t* undecodable = nullptr);

// ---- language resources --------------------------------------------------

// The ISO 639-1 code a language option names: options are read case-blind,
// a BCP 47 or POSIX region or script ("en-US", "pt_BR", "zh-Hant") counts as
// its language, Norwegian Bokmal and Nynorsk ("nb", "nn") as "no", and the
// English name of a known language ("english", as sumy and NLTK spell it),
// its ISO 639-2 codes ("deu", "ger") and its own name in ASCII ("deutsch",
// "espanol") as its code. "AUTO" is "auto"; anything else comes back
// lower-cased (and is then unknown). Every language option goes through it.
//
//   lede::canonical_language("en-US");    // "en"
//   lede::canonical_language("German");   // "de"
std::string canonical_language(std::string_view option);

// True for the ISO 639-1 codes lede knows (segmentation rules, stopwords
// for all but yi and my, a stemmer where Snowball has one), in any spelling canonical_language reads; "en" is always
// supported.
bool is_supported_language(std::string_view code);
std::vector<std::string> supported_languages();
// The English name of a supported language ("German" for "de", in any
// spelling canonical_language reads); "" for any other.
std::string language_name(std::string_view code);

// Every language option (AnalyzeOptions, SegmentOptions, TokenizeOptions,
// SummarizeOptions, the CLI's --language, the service's "language") also
// takes "auto": the language is identified from the text itself.
inline constexpr std::string_view kAutoLanguage = "auto";
inline constexpr std::size_t kLanguageSampleBytes = 4096;

// The supported language `text` is written in, identified by the Compact
// Language Detector 2 (libcld2) from its first kLanguageSampleBytes: the
// language of most of that text. "en" when the text is
// too short or too mixed for a reliable answer, or in a language lede has no
// resources for (a regional or script variant counts as its language:
// "zh-Hant" is "zh"). Any bytes are accepted; identification stops at the
// first invalid UTF-8 sequence. Deterministic; ~0.1 ms for a whole sample.
//
//   lede::detect_language("Der Stadtrat hat am Montag den Plan gebilligt.");  // "de"
std::string detect_language(std::string_view text);

// What detect_language decided and why, for callers that tell the user when
// "auto" fell back to English. `language` is detect_language's answer;
// `identified` is false when it is the fallback: CLD2 was unsure (`detected`
// empty: too little text, or too mixed) or named a language lede has no
// resources for (`detected` holds CLD2's code, e.g. "ko").
struct LanguageGuess {
  std::string language = "en";
  bool identified = false;
  std::string detected;
};
LanguageGuess identify_language(std::string_view text);

// The warning for a fallback guess ("" when the language was identified),
// worded for a user who passed "auto": what was read as what, and how to
// choose instead.
std::string language_fallback_warning(const LanguageGuess& guess);

// canonical_language(code), or detect_language(text) when that is "auto".
std::string resolve_language(std::string_view code, std::string_view text);

// ---- segmentation --------------------------------------------------------

struct SegmentOptions {
  std::string language = "en";  // ISO 639-1 code
};

// Paragraph spans in `text`: blocks separated by blank lines (or, where the
// text has no blank lines, by single line breaks, except where a line only
// wraps: the next line goes on in lower case, or the line ends open with a
// comma, a dash or a trailing space, or the text is hard-wrapped to a fixed
// width and the next line's first word would not have fit on the line, or
// the line ends in a title of the language that never ends a sentence and
// the next line goes on with a capital: "Sen.\nJohn Kerry"), trimmed. These
// are the paragraphs segment() uses with the same options, so each of its
// sentences lies inside one. docs/segmentation.md has the rules.
std::vector<ByteSpan> split_paragraphs(std::string_view text, const SegmentOptions& options = {});

// Sentence spans in `text` (trimmed of white space), in order, never
// overlapping. A paragraph break always ends a sentence. News-grade rules:
// per-language abbreviations ("Dr.", "U.S.", "Jan.", "z.B."), initials,
// numbers and decimals, ellipses, closing quotes and brackets, URLs and
// e-mail addresses, list items, wire datelines kept with the first sentence
// ("LONDON (AP) _ ..."), lower-cased tokenized text, and the sentence marks
// of CJK, Devanagari, Arabic, Ethiopic, Myanmar, Armenian and Greek text;
// hard-wrapped text (e-mail, wire copy) reads as if unwrapped.
// Linear time; any bytes are accepted. See docs/segmentation.md.
//
//   auto spans = lede::segment("Mr. Lee left the U.S. on Jan. 5. He returned.");
//   // -> "Mr. Lee left the U.S. on Jan. 5.", "He returned."
std::vector<ByteSpan> segment(std::string_view text, const SegmentOptions& options = {});

// ---- tokenization --------------------------------------------------------

struct TokenizeOptions {
  std::string language = "en";
  bool stem = true;               // fill Token::stem with the Snowball stem
  bool mark_stopwords = true;     // fill Token::is_stopword from lede's list
  bool keep_punctuation = false;  // emit punctuation tokens too
};

// Tokens of text[span] with spans relative to `text`. Token::norm is the
// word case-folded (utf8proc) with typographic apostrophes made ASCII, and
// full-width Latin letters, digits and signs and half-width katakana in their
// usual forms (NFKC of those characters only: "Ｔｏｋｙｏ" -> "tokyo", "ｶﾞｽ"
// -> "ガ", "ス"); spans always cover the original bytes. Each Han or kana
// character is a token, with the marks written after it; a run of Thai, Lao,
// Khmer or Myanmar is split into words by ICU's dictionary-based word break
// iterator ("รัฐบาลประกาศ" -> "รัฐบาล", "ประกาศ"), a number in their digits
// being a word of its own.
std::vector<Token> tokenize(std::string_view text, ByteSpan span, const TokenizeOptions& options = {});
inline std::vector<Token> tokenize(std::string_view text, const TokenizeOptions& options = {}) {
  return tokenize(text, ByteSpan{0, text.size()}, options);
}

// ---- whole-document analysis ---------------------------------------------

struct AnalyzeOptions {
  std::string language = "en";
  bool lenient = false;  // see NormalizeOptions::lenient
  // Keep only the document's first N sentences (0: all): the others are
  // neither tokenized nor kept. What Summarizer uses to tokenize only the
  // sentences SummarizeOptions::max_sentences leaves of a large input.
  std::size_t max_sentences = 0;
  // Cut a sentence over this many bytes into pieces of at most this many,
  // at white space where there is some (0: no cut). No sentence of the
  // segmentation gold sets comes near 1 KiB; a run of text without a
  // sentence end (a table, a list, a run of words) otherwise made one
  // "sentence" of millions of tokens.
  std::size_t max_sentence_bytes = 0;
  // False: sentences get their spans and text but no tokens (what `lede
  // segment` needs; tokens took ~20 bytes of memory per byte of text).
  bool tokenize = true;
};

// Normalizes doc.text (keeping it as is), splits it into paragraphs and
// sentences, and tokenizes each sentence. Replaces any previous analysis.
// Warnings (such as replaced bytes in lenient mode) are appended to `warnings`
// when it is non-null.
Status analyze(Document& doc, const AnalyzeOptions& options = {}, std::vector<std::string>* warnings = nullptr);

// The number of sentences analyze() would give doc (all of them, whatever
// options.max_sentences), without tokenizing; the same errors and warnings.
Result<std::size_t> count_sentences(const Document& doc, const AnalyzeOptions& options = {},
                                    std::vector<std::string>* warnings = nullptr);

}  // namespace lede
