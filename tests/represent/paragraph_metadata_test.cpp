// Lines set as paragraphs of their own inside a story (subheadings, titles
// of links to other stories, headlines of other stories, links appended to
// a paragraph), as the representation flags them; the line rules alone are
// tested in headings_test.cpp.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "represent/representation.h"
#include "support/clusters.h"

namespace lede {
namespace {

// A story whose sentences end in marks, with a subheading and the title of
// a link to another story set as paragraphs of their own.
const char* kStoryWithSubheadings =
    "Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
    "Crews reached stranded families by boat before noon.\n\n"
    "Council approves new flood barrier\n\n"
    "Nobody was reported missing by the evening, the council said.\n\n"
    "What happens next:\n\n"
    "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday.";

std::vector<bool> represented_flags(const std::string& text) {
  const Representation rep = represent(testing::analyzed_cluster({text}));
  return rep.metadata;
}

TEST(Metadata, SubheadingsAndLinkTitlesInAStoryAreMetadata) {
  EXPECT_EQ(represented_flags(kStoryWithSubheadings),
            (std::vector<bool>{false, false, true, false, true, false, false}));
}

TEST(Metadata, HeadlinesOfOtherStoriesUpToFifteenWordsAreMetadata) {
  // Links to other stories set between paragraphs run to a headline's
  // length (11-15 words); they were chosen as summary sentences when only
  // ten words made a subheading.
  EXPECT_EQ(
      represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                        "Crews reached stranded families by boat before noon.\n\n"
                        "Citing death threats, police will not identify the officer in the river town shooting\n\n"
                        "Nobody was reported missing by the evening, the council said.\n\n"
                        "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
      (std::vector<bool>{false, false, true, false, false, false}));
  // Seventeen words without a mark make a sentence that lost its stop.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon.\n\n"
                              "The council said that the water had reached the old stone bridge by three in the "
                              "afternoon\n\n"
                              "Nobody was reported missing by the evening, the council said.\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>(6, false)));
}

TEST(Metadata, QuestionsInTitleCaseSetAsParagraphsAreSubheadings) {
  // A section heading that asks a question: its own paragraph, every word
  // of four letters or more capitalized.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon.\n\n"
                              "Why Can\u2019t the Council Build a Higher Wall?\n\n"
                              "Nobody was reported missing by the evening, the council said.\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>{false, false, true, false, false, false}));
  // A question in sentence case is the writer's own, and so is one inside a
  // paragraph.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon.\n\n"
                              "Why can\u2019t the council build a higher wall?\n\n"
                              "Nobody was reported missing by the evening. Who Will Pay For The Repairs?\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>(7, false)));
}

TEST(Metadata, LinksToAnotherOutletsStoryAreMetadata) {
  // A newsletter's reading list: a headline, then the outlet in brackets;
  // both sentences of the paragraph are the link.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon.\n\n"
                              "Nobody was reported missing by the evening, the council said.\n\n"
                              "Who Pays for the Wall? Nobody Knows Yet [Valley Times]\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>{false, false, false, true, true, false, false}));
  // A sentence closing on a footnote mark is closed, not a heading; a long
  // paragraph is no link.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon.[2]\n\n"
                              "Nobody was reported missing by the evening, the council said, and the water began "
                              "to fall by midnight. Roads reopened on Tuesday morning across the valley [Valley "
                              "Times]\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>(6, false)));
}

TEST(Metadata, LinksAppendedToAParagraphAreMetadata) {
  // A call to follow a link, or a partner's headline under its name, after
  // a paragraph's last sentence and without a mark of its own.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon. Watch the rescue on the river\n\n"
                              "Nobody was reported missing by the evening, the council said. Valley Autos: Best cars "
                              "for deep water\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>{false, false, true, false, true, false, false}));
  // Without a link's form, a paragraph's last line that lost its mark is a
  // sentence: "the mayor said" is no partner's name.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday, cutting off the old town.\n\n"
                              "Crews reached stranded families by boat before noon. Then the mayor said: we rebuild\n\n"
                              "Nobody was reported missing by the evening, the council said.\n\n"
                              "Engineers will inspect the bridge on Tuesday. Schools stay closed until Wednesday."),
            (std::vector<bool>(6, false)));
}

TEST(Metadata, LinesWithoutMarksAreSentencesWhereTheTextHasNoMarks) {
  // Text written without sentence marks (a transcript, tokenized data):
  // every line after the first (which the headline rule reads) is a
  // sentence, however short.
  const std::vector<bool> unmarked = represented_flags(
      "flood waters rose across the valley on monday\n\ncrews reached families by boat\n\n"
      "council approves new barrier\n\nnobody was reported missing\n\n"
      "engineers will inspect the bridge");
  EXPECT_EQ(std::vector<bool>(unmarked.begin() + 1, unmarked.end()), (std::vector<bool>(4, false)));
  // A short paragraph that ends in a mark, and a short line inside a
  // paragraph of several sentences, are sentences.
  EXPECT_EQ(represented_flags("Flood waters rose across the valley on Monday.\n\nCrews reached families by boat.\n\n"
                              "Nobody is missing.\n\nEngineers will inspect the bridge. Schools stay shut.\n\n"
                              "The council met late. Then it voted"),
            (std::vector<bool>(7, false)));
}

}  // namespace
}  // namespace lede
