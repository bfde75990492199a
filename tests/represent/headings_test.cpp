// The line rules of headings.h called directly, on stories written for these
// tests (paragraph_metadata_test.cpp checks what the representation makes of them).
#include "represent/headings.h"

#include <gtest/gtest.h>

#include <string>

#include "lede/text.h"

namespace lede {
namespace {

Document analyzed(const std::string& text) {
  Document doc;
  doc.text = text;
  EXPECT_TRUE(analyze(doc).ok());
  return doc;
}

const char* kBody =
    "Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
    "Crews reached stranded families by boat before noon.\n\n";

TEST(Headings, TextThatClosesTwoInThreeOfFiveOrMoreSentences) {
  // Five sentences, one without a mark: closed.
  EXPECT_TRUE(closes_its_sentences(analyzed(std::string(kBody) +
                                            "What happens next\n\n"
                                            "Engineers will inspect the bridge on Tuesday. Schools stay closed.")));
  // Four sentences are too few to tell.
  EXPECT_FALSE(closes_its_sentences(analyzed(std::string(kBody) + "Engineers will inspect the bridge on Tuesday.")));
  // Chat lines without marks are text written without them.
  EXPECT_FALSE(
      closes_its_sentences(analyzed("hi all\nthe bridge is shut\nwe go round by the mill\n"
                                    "see you at six\nok.\n")));
}

TEST(Headings, SubheadingsAreParagraphsOfTheirOwnWithoutAMark) {
  const Document doc = analyzed(std::string(kBody) +
                                "What happens next\n\n"
                                "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday.");
  ASSERT_EQ(doc.sentences.size(), 5u);
  EXPECT_FALSE(is_subheading(doc, 0));  // never the document's first
  EXPECT_FALSE(is_subheading(doc, 1));
  EXPECT_TRUE(is_subheading(doc, 2));
  EXPECT_FALSE(is_subheading(doc, 3));  // a sentence that shares its paragraph
  EXPECT_FALSE(is_subheading(doc, 4));
}

TEST(Headings, ALinkAppendedToAParagraphEndsIt) {
  const Document doc =
      analyzed(std::string(kBody) + "Nobody was reported missing, the council said. Watch the rescue on the river\n\n" +
               "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday.");
  ASSERT_EQ(doc.sentences.size(), 6u);
  EXPECT_FALSE(is_subheading(doc, 2));
  EXPECT_TRUE(is_subheading(doc, 3));
}

TEST(Headings, ColonsAndLabels) {
  const Document doc = analyzed(
      "Here are the roads that stay closed:\n\n"
      "MAYOR: We will reopen the bridge by Friday.\n\n"
      "The mayor said: we will reopen the bridge by Friday.\n\n"
      "\"Flood: The Musical\" opens on Friday.\n");
  ASSERT_EQ(doc.sentences.size(), 4u);
  EXPECT_TRUE(introduces_what_follows(doc.sentences[0]));
  EXPECT_FALSE(introduces_what_follows(doc.sentences[1]));
  EXPECT_TRUE(opens_with_label(doc.sentences[1]));
  EXPECT_FALSE(opens_with_label(doc.sentences[0]));  // a colon, but at the end
  EXPECT_FALSE(opens_with_label(doc.sentences[2]));  // words in lower case make no label
  EXPECT_FALSE(opens_with_label(doc.sentences[3]));  // a quoted title
}

TEST(Headings, AHeadlineEndsAtEveryFormOfLineBreak) {
  // Old Mac files end lines with CR alone, word processors with U+2028 or
  // U+2029, some mainframe exports with NEL: each is a line break.
  const std::string body =
      "Flood waters rose across the valley on Monday. Crews reached stranded families by boat. Nobody is missing.";
  for (const char* brk : {"\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\f", "\v"}) {
    SCOPED_TRACE(testing::PrintToString(std::string(brk)));
    EXPECT_TRUE(is_headline(analyzed("Flood hits Marlow" + std::string(brk) + body), 0));
  }
}

}  // namespace
}  // namespace lede
