// The surface cues the learned scorer's features read (sentence_cues.h), on
// sentences written for these tests, raw and lowercased as data sets carry
// them.
#include "learn/sentence_cues.h"

#include <gtest/gtest.h>

#include <string>

#include "lede/text.h"

namespace lede::learn {
namespace {

// The cues read the sentence's tokens as analysis makes them.
CaptionCues cues(const std::string& text) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(analyze(doc).ok());
  EXPECT_EQ(doc.sentences.size(), 1u) << text;
  return doc.sentences.empty() ? CaptionCues{} : caption_cues(doc.sentences[0].text, doc.sentences[0].tokens);
}

TEST(SentenceCues, QuotationMarksInEveryForm) {
  EXPECT_TRUE(starts_with_quote("\"We will rebuild,\" the mayor said."));
  EXPECT_TRUE(starts_with_quote("\xE2\x80\x9CWe will rebuild,\xE2\x80\x9D the mayor said."));
  EXPECT_TRUE(starts_with_quote("`` we will rebuild , '' the mayor said ."));  // PTB-tokenized
  EXPECT_FALSE(starts_with_quote("The mayor said \"we will rebuild\"."));
  EXPECT_TRUE(has_quote("The mayor said \"we will rebuild\"."));
  EXPECT_TRUE(has_quote("the mayor said `` we will rebuild '' ."));
  EXPECT_FALSE(has_quote("The mayor's plan was approved."));
}

TEST(SentenceCues, TheClosingMarkBeforeQuotesAndBrackets) {
  EXPECT_EQ(final_mark("Who pays for the bridge?"), '?');
  EXPECT_EQ(final_mark("He said: \"It will open in May.\""), '.');
  EXPECT_EQ(final_mark("The plan (approved on Monday.)"), '.');
  EXPECT_EQ(final_mark("The council voted:"), ':');
  EXPECT_EQ(final_mark("   "), '\0');
}

TEST(SentenceCues, OpenersAttributionAndFigures) {
  EXPECT_TRUE(is_pronoun_opener("however"));
  EXPECT_TRUE(is_pronoun_opener("they"));
  EXPECT_FALSE(is_pronoun_opener("engineers"));
  EXPECT_TRUE(is_said("told"));
  EXPECT_TRUE(is_said("according"));
  EXPECT_FALSE(is_said("saying"));
  EXPECT_TRUE(has_digit("2028"));
  EXPECT_TRUE(has_digit("m4"));
  EXPECT_FALSE(has_digit("four"));
}

TEST(SentenceCues, PhotoCaptionsInsideTheBody) {
  EXPECT_TRUE(cues("The mayor ( left ) opened the bridge on Monday.").paren);
  EXPECT_TRUE(cues("The mayor (pictured above) opened the bridge on Monday.").paren);
  EXPECT_FALSE(cues("The mayor (a former engineer) opened the bridge on Monday.").paren);
  EXPECT_TRUE(cues("Crowds pictured at the opening of the bridge on Monday.").pictured);
  EXPECT_TRUE(cues("Scroll down for video of the opening.").furniture);
  EXPECT_TRUE(cues("Proud moment: The mayor cuts the ribbon on the new bridge.").label_colon);
  // A quotation's introduction is no label.
  EXPECT_FALSE(cues("The mayor said: 'It is a proud day for the city.'").label_colon);
  EXPECT_FALSE(cues("She told reporters: the bridge will open in May.").label_colon);
}

TEST(SentenceCues, CasedTextHasCapitals) {
  EXPECT_TRUE(is_cased("The Mayor of Lyon opened the bridge."));
  EXPECT_FALSE(is_cased("the mayor of lyon opened the bridge , officials said ."));
}

}  // namespace
}  // namespace lede::learn
