// A press release's closing "About ..." section: the issuer's standard
// paragraph under every release, never the news.
#include <gtest/gtest.h>

#include <string>

#include "lede/summarize.h"
#include "lede/text.h"
#include "represent/about_section.h"
#include "represent/representation.h"

namespace lede {
namespace {

Document analyzed(const std::string& text, const std::string& language = "en") {
  Document doc;
  doc.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(doc, o).ok());
  return doc;
}

const std::string kRelease =
    "Harbor Mills today opened a bakery school in the old station building, with places for 40 students a year.\n\n"
    "The course lasts ten months and is free for residents of the county.\n\n"
    "\"We could not find enough bakers, so we decided to train them,\" said Ruth Amsel, the company's founder.\n\n"
    "The first students start in September.\n\n"
    "About Harbor Mills\n\n"
    "Harbor Mills bakes bread for 300 shops in the region. Founded in 1952, it employs 420 people.\n\n"
    "Media contact: Jo Park, press office, 555-0142.";

TEST(AboutSection, PressReleaseClosingSectionIsFound) {
  const Document doc = analyzed(kRelease);
  ASSERT_EQ(doc.sentences.size(), 8u);
  EXPECT_EQ(about_section_start(doc), 4u);
  EXPECT_EQ(doc.sentences[4].text, "About Harbor Mills");
}

TEST(AboutSection, ItsSentencesAreMetadata) {
  Cluster cluster;
  cluster.documents.push_back(analyzed(kRelease));
  const Representation rep = represent(cluster);
  ASSERT_EQ(rep.size(), 8u);
  for (std::size_t i = 0; i < 4; ++i) EXPECT_FALSE(rep.metadata[i]) << i;
  for (std::size_t i = 4; i < 8; ++i) EXPECT_TRUE(rep.metadata[i]) << i;
}

TEST(AboutSection, OtherLanguagesAndJoiningWords) {
  const Document fr = analyzed(
      "La fondation a ouvert mardi une école de boulangerie dans l'ancienne gare.\n\n"
      "Le cours dure dix mois. Il est gratuit.\n\nÀ propos de la Fondation Lemoine\n\n"
      "La Fondation Lemoine soutient les métiers de bouche depuis 1987.",
      "fr");
  EXPECT_EQ(about_section_start(fr), 3u);
  const Document en = analyzed(
      "The trust opened a bakery school on Tuesday. It has 40 places. Courses start in September.\n\n"
      "About the Harbor Trust\n\nThe Harbor Trust supports food crafts in the county.");
  EXPECT_EQ(about_section_start(en), 3u);
}

TEST(AboutSection, StoryLinesThatOpenWithAboutStay) {
  // A sentence, not a heading: it closes with a mark.
  const Document sentence = analyzed(
      "The council met on Tuesday. The vote was close. Roads will close in May.\n\nAbout 40 People Came.\n\n"
      "The next meeting is in June.");
  EXPECT_EQ(about_section_start(sentence), sentence.sentences.size());
  // A subheading in the story's first half, and one of words in lower case.
  const Document early = analyzed(
      "About Harbor Mills\n\nHarbor Mills opened a school. It has 40 places. Courses start soon. Students pay "
      "nothing. The county pays.");
  EXPECT_EQ(about_section_start(early), early.sentences.size());
  const Document lower = analyzed(
      "The council met on Tuesday. The vote was close. Roads will close in May.\n\nAbout the vote\n\n"
      "Nine members voted for it.");
  EXPECT_EQ(about_section_start(lower), lower.sentences.size());
}

}  // namespace
}  // namespace lede
