#include <gtest/gtest.h>

#include <string>
#include <utility>

#include "lede/text.h"

namespace lede {
namespace {

TEST(Analyze, SentencesAndTokensPointIntoTheOriginal) {
  Document doc;
  // CRLF line endings and an NBSP: normalization changes bytes, spans must not.
  doc.text = "First para one.\r\n\r\nSecond\xC2\xA0para here. Another one!";
  ASSERT_TRUE(analyze(doc).ok());
  ASSERT_EQ(doc.paragraphs.size(), 2u);
  ASSERT_EQ(doc.sentences.size(), 3u);
  for (const Sentence& s : doc.sentences)
    for (const Token& t : s.tokens) {
      EXPECT_GE(t.span.start, s.span.start);
      EXPECT_LE(t.span.end, s.span.end);
    }
  const Sentence& second = doc.sentences[1];
  EXPECT_EQ(doc.text.substr(second.span.start, second.span.size()), "Second\xC2\xA0para here.");
  EXPECT_EQ(second.text, "Second para here.");
  EXPECT_EQ(second.paragraph, 1u);
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
}

// `lede segment` needs sentences, not tokens: without them it gets the same
// sentences, and none of the tokens' memory.
TEST(Analyze, WithoutTokensTheSentencesAreTheSame) {
  Document full, bare;
  full.text = bare.text =
      "Dr. Lee arrived at 9 a.m. on Monday.\r\n\r\nShe left\xC2\xA0"
      "early. \"Why?\" he asked.";
  AnalyzeOptions no_tokens;
  no_tokens.tokenize = false;
  ASSERT_TRUE(analyze(full).ok());
  ASSERT_TRUE(analyze(bare, no_tokens).ok());
  ASSERT_EQ(bare.sentences.size(), full.sentences.size());
  ASSERT_GE(full.sentences.size(), 3u);
  for (std::size_t k = 0; k < full.sentences.size(); ++k) {
    EXPECT_EQ(bare.sentences[k].text, full.sentences[k].text);
    EXPECT_EQ(bare.sentences[k].span.start, full.sentences[k].span.start);
    EXPECT_EQ(bare.sentences[k].span.end, full.sentences[k].span.end);
    EXPECT_EQ(bare.sentences[k].paragraph, full.sentences[k].paragraph);
    EXPECT_FALSE(full.sentences[k].tokens.empty());
    EXPECT_TRUE(bare.sentences[k].tokens.empty());
  }
  EXPECT_EQ(bare.paragraphs.size(), full.paragraphs.size());
}

// A line break inside Chinese or Japanese is where the line was full, not a
// space: "明年\n开通" showed as "明年 开通". Between Latin words, and where
// the text itself has a space, a space stays.
TEST(Analyze, LineBreaksInsideUnspacedTextJoinWithoutASpace) {
  const std::pair<std::string, std::string> cases[] = {
      {"北京市政府周一宣布，新的地铁线路将于明年\n开通。这条线路连接机场。\n",
       "北京市政府周一宣布，新的地铁线路将于明年开通。"},
      {"東京都は月曜日、新しい路線が来年\n開業すると発表した。\n",
       "東京都は月曜日、新しい路線が来年開業すると発表した。"},
      // Latin on one side: a space, as in the text unwrapped.
      {"The minister visited 北京\nand 上海 on Monday. It rained.\n", "The minister visited 北京 and 上海 on Monday."},
  };
  for (const auto& [text, first] : cases) {
    Document doc;
    doc.text = text;
    ASSERT_TRUE(analyze(doc).ok());
    ASSERT_FALSE(doc.sentences.empty());
    EXPECT_EQ(doc.sentences[0].text, first);
  }
}

TEST(Analyze, InvalidUtf8IsAnErrorNamingTheOffset) {
  Document doc;
  doc.text = std::string("Fine text. Bad \xC0\xAF byte.");
  Status st = analyze(doc);
  EXPECT_EQ(st.code(), StatusCode::kInvalidInput);
  EXPECT_NE(st.message().find("byte 15"), std::string::npos) << st.message();
}

TEST(Analyze, LenientWarnsAndKeepsOffsetsIntoInputBytes) {
  Document doc;
  doc.text = std::string("Bad \xFF here. Next one.");
  AnalyzeOptions o;
  o.lenient = true;
  std::vector<std::string> warnings;
  ASSERT_TRUE(analyze(doc, o, &warnings).ok());
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_NE(warnings[0].find("byte 4"), std::string::npos);
  ASSERT_EQ(doc.sentences.size(), 2u);
  EXPECT_EQ(doc.sentences[1].span.start, 12u);
  EXPECT_EQ(doc.text.substr(doc.sentences[1].span.start, doc.sentences[1].span.size()), "Next one.");
}

TEST(Analyze, UnknownLanguageIsNotFound) {
  Document doc;
  doc.text = "Text.";
  AnalyzeOptions o;
  o.language = "xx";
  EXPECT_EQ(analyze(doc, o).code(), StatusCode::kNotFound);
}

TEST(Analyze, EmptyAndBlankTextsHaveNoSentences) {
  for (const char* t : {"", "   \n\n\t "}) {
    Document doc;
    doc.text = t;
    ASSERT_TRUE(analyze(doc).ok());
    EXPECT_TRUE(doc.sentences.empty());
  }
}

TEST(Analyze, MaxSentencesKeepsTheFirstAndCountSentencesCountsAll) {
  Document doc;
  doc.text = "One is here. Two is here.\n\nThree is here. Four is here.";
  Result<std::size_t> n = count_sentences(doc);
  ASSERT_TRUE(n.ok());
  EXPECT_EQ(*n, 4u);
  AnalyzeOptions o;
  o.max_sentences = 3;
  ASSERT_TRUE(analyze(doc, o).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[2].text, "Three is here.");
  EXPECT_EQ(doc.sentences[2].paragraph, 1u);
  EXPECT_EQ(doc.paragraphs.size(), 2u);
  EXPECT_FALSE(doc.sentences[2].tokens.empty());
  // The same errors as analyze().
  doc.text = "Bad \xFF byte.";
  EXPECT_EQ(count_sentences(doc).status().code(), analyze(doc).code());
}

// A run of words with no sentence end became one "sentence" of millions of
// tokens; with max_sentence_bytes it is cut at spaces into pieces.
TEST(Analyze, LongSentencesAreCutAtSpaces) {
  Document doc;
  for (int k = 0; k < 400; ++k) doc.text += "word" + std::to_string(k) + " ";
  doc.text += "end.";
  AnalyzeOptions o;
  o.max_sentence_bytes = 1024;
  ASSERT_TRUE(analyze(doc, o).ok());
  ASSERT_GT(doc.sentences.size(), 2u);
  std::string joined;
  for (const Sentence& s : doc.sentences) {
    EXPECT_LE(s.span.size(), 1024u);
    if (&s != &doc.sentences.back()) {
      EXPECT_GT(s.span.size(), 512u - 8u);  // cut in a piece's second half
    }
    EXPECT_NE(s.text.front(), ' ');
    EXPECT_NE(s.text.back(), ' ');
    joined += (joined.empty() ? "" : " ") + s.text;
  }
  EXPECT_EQ(joined + " ", doc.text.substr(0, doc.text.size() - 4) + "end. ");
  // Unspaced text is cut at a character boundary.
  doc.text.clear();
  for (int k = 0; k < 1000; ++k) doc.text += "\xE6\x97\xA5";  // 日 x 1000: 3000 bytes
  o.language = "zh";
  ASSERT_TRUE(analyze(doc, o).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  EXPECT_EQ(doc.sentences[0].span.size(), 1023u);
  EXPECT_EQ(doc.sentences[2].span.end, 3000u);
  // Without the option nothing is cut.
  ASSERT_TRUE(analyze(doc, AnalyzeOptions{"zh"}).ok());
  EXPECT_EQ(doc.sentences.size(), 1u);
}

}  // namespace
}  // namespace lede
