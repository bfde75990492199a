// The next story appended below the page's own in plain <div>s, without
// <article> elements (pages written for these tests,
// tests/html/pages/next_*.html).
#include "html/next_story.h"

#include <gtest/gtest.h>

#include <string>

#include "html/written_page.h"

using lede::testing::extracted_text;

namespace {

TEST(NextStoryLines, Labels) {
  EXPECT_TRUE(lede::html::is_next_story_label("Next story"));
  EXPECT_TRUE(lede::html::is_next_story_label("Up next:"));
  EXPECT_TRUE(lede::html::is_next_story_label("Read next \xC2\xBB"));
  EXPECT_TRUE(lede::html::is_next_story_label("Article suivant"));
  EXPECT_TRUE(lede::html::is_next_story_label("Leia a seguir"));
  EXPECT_FALSE(lede::html::is_next_story_label("Next week the council will vote."));
}

TEST(NextStoryLines, Bylines) {
  EXPECT_TRUE(lede::html::is_byline("By Ann Lee"));
  EXPECT_TRUE(lede::html::is_byline("By Priya Shah | 4 March 2026"));
  EXPECT_TRUE(lede::html::is_byline("Par Marie Dupont"));
  EXPECT_TRUE(lede::html::is_byline("Por Ana Costa"));
  EXPECT_FALSE(lede::html::is_byline("by the river, where the path ends"));
}

struct NextStoryPage {
  const char* file;
  const char* story_start;
  const char* story_end;
  const char* next_story;
};

class NextStoryInDivs : public ::testing::TestWithParam<NextStoryPage> {};

TEST_P(NextStoryInDivs, IsNotKept) {
  const NextStoryPage& p = GetParam();
  const std::string text = extracted_text(p.file);
  EXPECT_EQ(text.find(p.story_start), 0U) << p.file << ":\n" << text;
  EXPECT_NE(text.find(p.story_end), std::string::npos) << p.file << ":\n" << text;
  EXPECT_EQ(text.find(p.next_story), std::string::npos) << p.file << ":\n" << text;
}

INSTANTIATE_TEST_SUITE_P(
    WrittenPages, NextStoryInDivs,
    ::testing::Values(
        // "Up next", then an <h2> over its own byline; the next story is longer.
        NextStoryPage{"next_en_label.html", "The town choir won", "the director said.", "Christmas market"},
        // No label: a second <h1> over "By ... | date" and a second share bar; longer.
        NextStoryPage{"next_en_byline.html", "A new cycle path along the canal", "leading to it.",
                      "Night staff at the county hospital"},
        // "Read next" over a shorter next story, which the container took in.
        NextStoryPage{"next_en_shorter.html", "The town choir won", "two hundred miles away.", "spaniel"},
        // French, headings as <div>s: "Article suivant", "Par ...".
        NextStoryPage{"next_fr_noh.html", "La piscine municipale a rouvert", "sur le site de la commune.", "chalets"},
        // Portuguese, both stories in one <div>: "Leia a seguir", "Por ...".
        NextStoryPage{"next_pt_flat.html", "A biblioteca municipal passar", "para uso dentro do pr",
                      "feira de artesanato"}));

TEST(NextStoryInDivs, SubheadingsWithDatesAreNotStories) {
  // An explainer's <h2> sections, one over an "Updated" line: one story.
  const std::string text = extracted_text("sections_en.html");
  EXPECT_EQ(text.find("The new bus timetable starts on Sunday"), 0U) << text;
  EXPECT_NE(text.find("until four in the afternoon."), std::string::npos) << text;
}

TEST(NextStoryInDivs, AVideoPlaylistUnderUpNextIsNoStory) {
  // A cable news site's playlist inside the story: "Up next", a count,
  // then short video titles; the story goes on under its next subheading.
  const std::string para =
      "<p>Crews worked through the night to hold the fire line north of the town, the forestry department said "
      "on Sunday.</p>";
  const std::string page =
      "<html><head><title>Fire forces evacuation of care homes</title></head><body><div><h1>Fire forces "
      "evacuation of care homes</h1>" +
      para + para +
      "<div><div><h3>Up next</h3><span>5 videos</span></div><ul><li><span>See drone footage of the fire</span>"
      "<span>01:12</span></li><li><span>Firefighter describes the ridge</span><span>02:40</span></li><li><span>How "
      "to read an air quality map</span><span>01:58</span></li><li><span>Evacuees describe leaving in the "
      "dark</span><span>02:21</span></li><li><span>Why this fire season is different</span><span>03:05</span>"
      "</li></ul><div>Video Ad Feedback \xC2\xB7 See drone footage of the fire \xC2\xB7 01:12 \xC2\xB7 Source: "
      "CNV</div></div><h2>Crews battle wind shifts</h2><p>More than 900 firefighters are now assigned to the fire, "
      "which has burned 14,000 acres since Friday.</p><p>The weather service extended its red flag warning "
      "through Tuesday evening.</p></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("through Tuesday evening."), std::string::npos) << a->text;
}

}  // namespace
