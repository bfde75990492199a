// Hostile text through the library: broken encodings, control characters,
// invisible characters, scripts without case or spaces, degenerate content.
// Each case has its expected clear error or valid output, for every method.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"
#include "lede/text.h"

namespace lede {
namespace {

Cluster one(const std::string& text) {
  Cluster c;
  c.id = "t";
  Document d;
  d.id = "0";
  d.text = text;
  c.documents.push_back(std::move(d));
  return c;
}

// Summarizes with every registered method and checks the output is sound:
// spans inside the document, texts non-empty valid UTF-8, JSON valid.
std::vector<Summary> summarize_all(const Cluster& c, SummarizeOptions opts = {}) {
  static const Summarizer summarizer;
  std::vector<Summary> out;
  for (const MethodInfo& m : methods()) {
    opts.method = m.name;
    Result<Summary> s = summarizer.summarize(c, opts);
    EXPECT_TRUE(s.ok()) << m.name << ": " << s.status().message();
    if (!s.ok()) continue;
    for (const SummarySentence& sent : s->sentences) {
      EXPECT_LT(sent.document, c.documents.size());
      EXPECT_LE(sent.start, sent.end);
      EXPECT_LE(sent.end, c.documents[sent.document].text.size());
      EXPECT_FALSE(sent.text.empty());
      EXPECT_EQ(find_invalid_utf8(sent.text), std::string::npos) << m.name;
    }
    EXPECT_TRUE(nlohmann::json::accept(summary_to_json(*s, "1"))) << m.name;
    out.push_back(std::move(*s));
  }
  return out;
}

TEST(HostileText, InvalidUtf8FailsWithDocumentAndByteOffset) {
  static const Summarizer summarizer;
  Result<Summary> s = summarizer.summarize(one("Good start. \xff bad byte."), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(s.status().message().find("document 0"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("byte 12"), std::string::npos) << s.status().message();
}

TEST(HostileText, InvalidUtf8LenientReplacesAndWarns) {
  SummarizeOptions opts;
  opts.lenient = true;
  for (const Summary& s : summarize_all(one("Good start. \xff bad byte. \xc3 More text."), opts)) {
    ASSERT_FALSE(s.warnings.empty());
    EXPECT_NE(s.warnings[0].find("replaced 2 invalid UTF-8"), std::string::npos) << s.warnings[0];
    EXPECT_NE(s.warnings[0].find("byte 12"), std::string::npos) << s.warnings[0];
  }
}

TEST(HostileText, OverlongSurrogateAndOutOfRangeSequencesAreInvalid) {
  // Each bad sequence sits after "ab", so the first bad byte is byte 2.
  const std::vector<std::string> bad = {
      "ab\xC0\xAF",              // overlong '/'
      "ab\xC1\xBF",              // overlong, two bytes
      "ab\xE0\x80\xAF",          // overlong '/', three bytes
      "ab\xF0\x80\x80\xAF",      // overlong '/', four bytes
      "ab\xED\xA0\x80",          // UTF-16 surrogate D800
      "ab\xF4\x90\x80\x80",      // above U+10FFFF
      "ab\xF8\x88\x80\x80\x80",  // five-byte form
      "ab\x80",                  // lone continuation byte
      "ab\xE2\x82",              // truncated at the end
      "ab\xE2\x82z",             // truncated before ASCII
  };
  for (const std::string& b : bad) {
    EXPECT_EQ(find_invalid_utf8(b), 2u) << b;
    Result<NormalizedText> strict = normalize(b);
    ASSERT_FALSE(strict.ok());
    EXPECT_NE(strict.status().message().find("byte 2"), std::string::npos);
    NormalizeOptions lenient;
    lenient.lenient = true;
    Result<NormalizedText> n = normalize(b, lenient);
    ASSERT_TRUE(n.ok());
    EXPECT_EQ(n->text.substr(0, 5), "ab\xEF\xBF\xBD");
    EXPECT_EQ(find_invalid_utf8(n->text), std::string::npos);
    EXPECT_EQ(n->to_original(n->text.size()), b.size());
  }
  // The largest code point and the last BMP code points are fine.
  EXPECT_EQ(find_invalid_utf8("\xF4\x8F\xBF\xBF \xEF\xBF\xBF \xEE\x80\x80"), std::string::npos);
}

TEST(HostileText, NulBytesBecomeSpaces) {
  const std::string text("First sentence here.\0 Second\0sentence here.", 44);
  Document d;
  d.text = text;
  ASSERT_TRUE(analyze(d).ok());
  ASSERT_FALSE(d.sentences.empty());
  for (const Sentence& s : d.sentences) {
    EXPECT_EQ(s.text.find('\0'), std::string::npos);
    EXPECT_LE(s.span.end, text.size());
  }
  summarize_all(one(text));
}

TEST(HostileText, OnlyPunctuationGivesAnEmptySummary) {
  for (const Summary& s : summarize_all(one("!!! ... ??? --- ,,, ;;; ((( ))) \"\" '' ... !!!\n\n*** ### @@@")))
    EXPECT_TRUE(s.sentences.empty()) << s.method;
}

TEST(HostileText, OnlyWhiteSpaceGivesAnEmptySummary) {
  const std::string ws = " \n\t\r\n  \xC2\xA0 \xE2\x80\x83 \r\r\n\n\n\v\f ";
  for (const Summary& s : summarize_all(one(ws))) EXPECT_TRUE(s.sentences.empty()) << s.method;
  Document d;
  d.text = ws;
  ASSERT_TRUE(analyze(d).ok());
  EXPECT_TRUE(d.sentences.empty());
}

TEST(HostileText, EmptyDocumentsAndEmptyClusters) {
  for (const Summary& s : summarize_all(one(""))) EXPECT_TRUE(s.sentences.empty());
  Cluster none;
  for (const Summary& s : summarize_all(none)) EXPECT_TRUE(s.sentences.empty());
  Cluster three = one("");
  three.documents.push_back(three.documents[0]);
  three.documents.push_back(three.documents[0]);
  for (const Summary& s : summarize_all(three)) EXPECT_TRUE(s.sentences.empty());
}

TEST(HostileText, EmojiStayIntactInSentences) {
  const std::string text =
      "The team won the cup \xF0\x9F\x8F\x86\xF0\x9F\x8E\x89. Fans cheered \xF0\x9F\x91\x8D\xF0\x9F\x8F\xBD all night. "
      "Flags \xF0\x9F\x87\xAB\xF0\x9F\x87\xB7 and families \xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x91\xA9\xE2\x80\x8D"
      "\xF0\x9F\x91\xA7 filled the streets.";
  SummarizeOptions opts;
  opts.budget = Budget::sentences(3);
  for (const Summary& s : summarize_all(one(text), opts)) {
    ASSERT_FALSE(s.sentences.empty());
    for (const SummarySentence& sent : s.sentences) {
      // Nothing to normalize here, so the text is the original span.
      EXPECT_EQ(sent.text, text.substr(sent.start, sent.end - sent.start));
    }
  }
}

TEST(HostileText, ZeroWidthAndBidiControlsAreDropped) {
  // U+200B zero width space inside a word, U+202E/U+202C a right-to-left
  // override pair, U+2066/U+2069 an isolate, U+FEFF a byte order mark.
  const std::string text =
      "\xEF\xBB\xBFZero\xE2\x80\x8Bwidth joins words. \xE2\x80\xAEReversed\xE2\x80\xAC text is here. "
      "An \xE2\x81\xA6isolated\xE2\x81\xA9 word.";
  Document d;
  d.text = text;
  ASSERT_TRUE(analyze(d).ok());
  ASSERT_FALSE(d.sentences.empty());
  for (const Sentence& s : d.sentences) {
    for (const char* invisible : {"\xE2\x80\x8B", "\xE2\x80\xAE", "\xE2\x80\xAC", "\xE2\x81\xA6", "\xEF\xBB\xBF"})
      EXPECT_EQ(s.text.find(invisible), std::string::npos) << s.text;
    EXPECT_LE(s.span.end, text.size());
  }
  ASSERT_FALSE(d.sentences[0].tokens.empty());
  EXPECT_EQ(d.sentences[0].tokens[0].norm, "zerowidth");
  summarize_all(one(text));
}

TEST(HostileText, ChineseIdeographsAreOneTokenEach) {
  // "It rains today. It is sunny tomorrow."
  const std::string text =
      "\xE4\xBB\x8A\xE5\xA4\xA9\xE4\xB8\x8B\xE9\x9B\xA8\xE3\x80\x82"
      "\xE6\x98\x8E\xE5\xA4\xA9\xE6\x99\xB4\xE3\x80\x82";
  TokenizeOptions t;
  t.language = "zh";
  const std::vector<Token> tokens = tokenize(text, t);
  ASSERT_EQ(tokens.size(), 7u);
  for (const Token& tok : tokens) EXPECT_EQ(tok.span.size(), 3u);
  SummarizeOptions opts;
  opts.language = "zh";
  for (const Summary& s : summarize_all(one(text), opts)) EXPECT_FALSE(s.sentences.empty());
}

TEST(HostileText, RightToLeftScriptsTokenizeAndSummarize) {
  // Arabic: "The boy went to school. Then he came back home." and Hebrew
  // "hello world" with a right-to-left mark.
  const std::string arabic =
      "\xD8\xB0\xD9\x87\xD8\xA8 \xD8\xA7\xD9\x84\xD9\x88\xD9\x84\xD8\xAF \xD8\xA5\xD9\x84\xD9\x89 "
      "\xD8\xA7\xD9\x84\xD9\x85\xD8\xAF\xD8\xB1\xD8\xB3\xD8\xA9. \xD8\xAB\xD9\x85 \xD8\xB9\xD8\xA7\xD8\xAF "
      "\xD8\xA5\xD9\x84\xD9\x89 \xD8\xA7\xD9\x84\xD8\xA8\xD9\x8A\xD8\xAA.";
  TokenizeOptions t;
  t.language = "ar";
  t.stem = false;
  const std::vector<Token> tokens = tokenize(arabic, t);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].norm, "\xD8\xB0\xD9\x87\xD8\xA8");
  SummarizeOptions opts;
  opts.language = "ar";
  for (const Summary& s : summarize_all(one(arabic), opts)) EXPECT_FALSE(s.sentences.empty());

  const std::string hebrew = "\xE2\x80\x8F\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.";
  for (const Summary& s : summarize_all(one(hebrew))) {
    ASSERT_EQ(s.sentences.size(), 1u);
    EXPECT_EQ(s.sentences[0].text, "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D \xD7\xA2\xD7\x95\xD7\x9C\xD7\x9D.");
    EXPECT_EQ(s.sentences[0].start, 3u);  // after the dropped RLM
  }
}

// Found by fuzz/normalize_fuzz: text.h promised that offset 0 maps to
// original 0, but a dropped leading control moves the first anchor past it
// (so a first sentence starts at its first visible byte). The header now
// says so; this pins the behaviour.
TEST(Regression, LeadingDroppedControlMovesTheFirstAnchor) {
  Result<NormalizedText> n = normalize(
      "\xE2\x80\x8F"
      "abc");  // RLM, then "abc"
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(n->text, "abc");
  EXPECT_EQ(n->anchors.front().first, 0u);
  EXPECT_EQ(n->to_original(std::size_t{0}), 3u);
  EXPECT_EQ(n->to_original(std::size_t{3}), 6u);
  Result<NormalizedText> only = normalize("\xD8\x9C");  // U+061C alone: nothing left
  ASSERT_TRUE(only.ok());
  EXPECT_EQ(only->text, "");
  EXPECT_EQ(only->to_original(std::size_t{0}), 2u);
}

TEST(HostileText, UnknownLanguageIsAUsageError) {
  static const Summarizer summarizer;
  SummarizeOptions opts;
  opts.language = "xx-not-a-language";
  Result<Summary> s = summarizer.summarize(one("Text."), opts);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lede
