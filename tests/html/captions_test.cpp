// Captions (<figcaption>) are dropped unless ExtractOptions::keep_captions,
// except on a gallery whose story is told in its captions (pages written for
// these tests).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/extract.h"

namespace {

const std::vector<std::string> kCaptions = {
    "The first boats left the harbour before dawn, their lights strung out along the breakwater as the tide "
    "turned.",
    "Fishermen sorted the night's catch on the quay while gulls waited on the roofs of the old customs sheds.",
    "By mid-morning the fish market was full, and buyers from three towns bid for the best of the mackerel.",
    "The harbour master, who has worked here for thirty years, said the season had been the best in a decade.",
    "In the afternoon the boats were cleaned and the nets hung out to dry along the whole length of the wall.",
    "As the light faded the crews gathered in the harbour bar, where the talk was of the weather to come.",
};

std::string page(const std::string& main) {
  return "<html><head><title>A day in the harbour | Coast News</title></head><body>"
         "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><main>" +
         main + "</main><footer><p>Coast News, 3 Quay Road.</p></footer></body></html>";
}

std::string figure(const std::string& caption) {
  return "<figure><img src=\"p.jpg\"><figcaption>" + caption +
         " <span class=\"credit\">Photo: Ann Lee</span></figcaption></figure>";
}

TEST(Captions, AGalleryToldInItsCaptionsGivesThem) {
  std::string main =
      "<h1>A day in the harbour</h1><p>A day with the fishing fleet, in pictures.</p><div class=gallery>";
  for (const std::string& c : kCaptions) main += figure(c);
  main += "</div>";
  lede::Result<lede::Article> a = lede::extract_article(page(main));
  ASSERT_TRUE(a.ok());
  for (const std::string& c : kCaptions) EXPECT_NE(a->text.find(c), std::string::npos) << c << "\n---\n" << a->text;
  EXPECT_EQ(a->text.find("Coast News, 3 Quay Road"), std::string::npos);
}

TEST(Captions, AGalleryKeepsItsCaptionsButNotItsCounters) {
  // A photo essay told in its captions, each with the viewer's "1 / 6".
  std::string main =
      "<h1>A day in the harbour</h1><p>A day with the fishing fleet, in pictures.</p><div class=gallery>";
  int k = 0;
  for (const std::string& c : kCaptions)
    main += "<figure><img src=\"p.jpg\"><figcaption><span class=\"count\">" + std::to_string(++k) + " / 6</span><p>" +
            c + "</p></figcaption></figure>";
  main += "</div>";
  lede::Result<lede::Article> a = lede::extract_article(page(main));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find(kCaptions[0]), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("1 / 6"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("6 / 6"), std::string::npos) << a->text;
}

TEST(Captions, AnArticleWithCaptionsKeepsOnlyItsBody) {
  std::string main = "<article><h1>A day in the harbour</h1>";
  // (Four paragraphs, each its own: a paragraph said twice in a row is
  // said once.)
  for (int k = 0; k < 4; ++k)
    main +=
        "<p>The council said on Tuesday that the harbour wall would be repaired before the winter storms, "
        "after engineers found cracks along its whole length during inspection " +
        std::to_string(k + 1) + " in the spring.</p>" + figure(kCaptions[static_cast<std::size_t>(k)]);
  main += "</article>";
  lede::Result<lede::Article> a = lede::extract_article(page(main));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->paragraphs.size(), 4u) << a->text;
  EXPECT_EQ(a->text.find("boats left the harbour"), std::string::npos) << a->text;
}

TEST(Captions, CreditsAloneAreNoStory) {
  // Thirty photos with credits only, under a short intro: the intro stays
  // the article; credits are no running text.
  std::string main = "<h1>A day in the harbour</h1><p>A day with the fishing fleet, in pictures.</p>";
  for (int k = 0; k < 30; ++k)
    main += "<figure><img src=\"p.jpg\"><figcaption>Photograph: Ann Lee/Coast News</figcaption></figure>";
  lede::Result<lede::Article> a = lede::extract_article(page(main));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Photograph"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A gallery page as publishing systems mark it up: the gallery element and
// its items are labelled "gallery", a word that says boilerplate beside an
// article (a box of other galleries) but is the story on the gallery's page.
std::string labelled_gallery() {
  std::string main =
      "<article class=\"gallery\"><h1>A day in the harbour</h1><p class=\"intro\">A day with the fishing fleet, in "
      "pictures.</p><div class=\"gallery-items\">";
  for (const std::string& c : kCaptions)
    main += "<figure class=\"gallery-item\"><img src=\"p.jpg\"><figcaption class=\"gallery-caption\">" + c +
            "</figcaption></figure>";
  return page(main + "</div></article>");
}

TEST(Captions, AGalleryLabelledAsOneGivesItsCaptions) {
  lede::Result<lede::Article> a = lede::extract_article(labelled_gallery());
  ASSERT_TRUE(a.ok());
  for (const std::string& c : kCaptions) EXPECT_NE(a->text.find(c), std::string::npos) << c << "\n---\n" << a->text;
}

TEST(Captions, AGalleryKeepsTheLineIntroducingIt) {
  lede::Result<lede::Article> a = lede::extract_article(labelled_gallery());
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("A day with the fishing fleet, in pictures."), 0U) << a->text;
}

}  // namespace

// With captions kept, a caption after the last good paragraph of a short
// story without a headline ended the story there: the caption and the
// paragraph below it were lost.
TEST(Captions, KeptCaptionsDoNotEndAShortStory) {
  const std::string html =
      "<html><body><article><p>The city council of Lisbon approved a new tram line on Monday.</p>"
      "<figure><img src=x><figcaption>A tram at night in Lisbon city.</figcaption></figure>"
      "<p>The line will link the port and the airport.</p></article></body></html>";
  lede::ExtractOptions with_captions;
  with_captions.keep_captions = true;
  lede::Result<lede::Article> kept = lede::extract_article(html, with_captions);
  ASSERT_TRUE(kept.ok());
  ASSERT_EQ(kept->paragraphs.size(), 3u) << kept->text;
  EXPECT_EQ(kept->paragraphs[1].text, "A tram at night in Lisbon city.");
  EXPECT_EQ(kept->paragraphs[2].text, "The line will link the port and the airport.");
  lede::Result<lede::Article> dropped = lede::extract_article(html);
  ASSERT_TRUE(dropped.ok());
  ASSERT_EQ(dropped->paragraphs.size(), 2u) << dropped->text;
  EXPECT_EQ(dropped->paragraphs[1].text, "The line will link the port and the airport.");
}

// A page without class names or <figcaption>: its photos' captions are plain
// blocks between the paragraphs, told only by their credits, and its photo
// viewer's counters and buttons by their words.
TEST(Captions, CreditedCaptionsWithoutMarkupAreDropped) {
  const auto story = [](int k) {
    return "<p>The council said on Tuesday that the harbour wall would be repaired before the winter storms, after "
           "engineers found cracks along its whole length during inspection " +
           std::to_string(k) + " in the spring.</p>";
  };
  const std::string html =
      "<html><body><div><div><h1>Harbour wall to be repaired</h1>" + story(1) +
      "<div><img src=a.jpg><span>Engineers inspect the harbour wall at low tide (Image: Coast News)</span></div>" +
      story(2) + "<div><div>Image 1 of 3</div><div>Close</div><img src=b.jpg></div>" +
      "<div>Media playback is unsupported on your device</div>" + story(3) +
      "<div><img src=c.jpg><span>The old customs sheds on the quay (Photo by Ann Lee/Coast News)</span></div>" +
      story(4) + "</div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->paragraphs.size(), 4u) << a->text;
  for (const char* gone : {"Engineers inspect", "Image 1 of 3", "Close", "Media playback", "customs sheds"})
    EXPECT_EQ(a->text.find(gone), std::string::npos) << gone << "\n---\n" << a->text;
}

TEST(Captions, ABloggerCaptionUnderItsPhotoIsDropped) {
  // Blogger's editor sets a photo in a <div class="separator"> and its
  // caption in the next; a separator box of text after another of text is
  // the story's.
  const auto story = [](int k) {
    return "<div>The council said on Tuesday that the harbour wall would be repaired before the winter storms, after "
           "engineers found cracks along its whole length during inspection " +
           std::to_string(k) + " in the spring.</div><div><br></div>";
  };
  const std::string html =
      "<html><body><div class=\"post-body entry-content\">"
      "<div class=\"separator\" style=\"clear: both;\"><a href=\"a.jpg\"><img src=\"a.jpg\"></a></div>"
      "<div class=\"separator\" style=\"clear: both;\"><span style=\"font-size: x-small;\"><i>Engineers inspect "
      "the harbour wall at low tide.</i></span></div>" +
      story(1) + story(2) +
      "<div class=\"separator\">The repairs will cost the town about two million pounds, the council's report "
      "said.</div>" +
      story(3) + "</div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Engineers inspect"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("The repairs will cost"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("inspection 3"), std::string::npos) << a->text;
  // Kept when asked for, as a <figcaption> is.
  lede::ExtractOptions keep;
  keep.keep_captions = true;
  lede::Result<lede::Article> b = lede::extract_article(html, keep);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Engineers inspect"), std::string::npos) << b->text;
}

// A gallery without class names or <figcaption> whose story is told in
// paragraphs that each close on their photo's credit: read as captions they
// left no article at all ("no article text found"); they are the story,
// without their credits. On a page with a story of its own they stay
// captions (CreditedCaptionsWithoutMarkupAreDropped).
TEST(Captions, AClassLessGalleryOfCreditedParagraphsIsTheStory) {
  std::string html = "<html><body><div><h1>A day in the harbour</h1><div>";
  for (const std::string& c : kCaptions)
    html += "<div><img src=p.jpg><div><div>1 / 6</div><p>" + c + " (Photo: Ann Lee/Coast News)</p></div></div>";
  html += "</div></div><div><a href=/a>Home</a> <a href=/b>News</a></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), kCaptions.size()) << a->text;
  for (std::size_t k = 0; k < kCaptions.size(); ++k) EXPECT_EQ(a->paragraphs[k].text, kCaptions[k]);
  // Two credited paragraphs are captions in a story too short to find, not a gallery.
  std::string two = "<html><body><div><h1>A day in the harbour</h1>";
  for (std::size_t k = 0; k < 2; ++k) two += "<p>" + kCaptions[k] + " (Photo: Ann Lee/Coast News)</p>";
  lede::Result<lede::Article> b = lede::extract_article(two + "</div></body></html>");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find("boats left the harbour"), std::string::npos) << b->text;
}

// A photo viewer gives each caption twice, in its list and over its slide:
// a paragraph of four or more words said twice in a row is said once; a
// short repeat (an interview's "Yes.") and a paragraph repeated later stay.
TEST(Captions, AParagraphSaidTwiceInARowIsSaidOnce) {
  const std::string story =
      "<p>The council said on Tuesday that the harbour wall would be repaired before the winter storms, after "
      "engineers found cracks along its whole length during the inspection in the spring.</p>";
  const std::string caption = "<p>Fishermen sort the night's catch on the quay at dawn.</p>";
  const std::string html = "<html><body><article><h1>Harbour wall to be repaired</h1>" + story + caption + caption +
                           story + "<p>Yes.</p><p>Yes.</p>" + story + caption + "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 7u) << a->text;
  EXPECT_EQ(a->paragraphs[1].text, "Fishermen sort the night's catch on the quay at dawn.");
  EXPECT_EQ(a->paragraphs[3].text, "Yes.");
  EXPECT_EQ(a->paragraphs[4].text, "Yes.");
  EXPECT_EQ(a->paragraphs[6].text, "Fishermen sort the night's catch on the quay at dawn.");
}
