// Hover cards inside running text (inline_card.cpp), on pages written for
// these tests: a name's card of a picture and links is no part of the
// sentence it sits in, with or without class names.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "lede/extract.h"

namespace {

const std::string kCard =
    "<span class=\"profile-block\"><span><img src=\"/lee.jpg\" alt=\"\"><a class=\"name\" href=\"/people/lee\">"
    "Ann Lee</a><a class=\"person-stories\" href=\"/s1\">Mayor opens new library in the east end after years of "
    "delay</a> <a class=\"person-stories\" href=\"/s2\">Budget talks stall over road repairs and school "
    "funding</a> <a class=\"more\" href=\"/people/lee\">MORE</a></span></span>";

std::string first_paragraph(const std::string& first, bool strip_classes = false) {
  std::string page =
      "<html><head><title>Council votes to close the old bridge</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article>"
      "<h1>Council votes to close the old bridge</h1><div class=\"field-body\">" +
      first +
      "<p>Traffic will be sent over the new bridge two miles to the north, which opened last year and has "
      "room for twice as many cars as the old one.</p>"
      "<p>Engineers said repairs would cost more than building a replacement, and the council will now ask "
      "residents which design they prefer for a new crossing.</p></div></article></body></html>";
  if (strip_classes) page = std::regex_replace(page, std::regex(" class=\"[^\"]*\""), "");
  lede::Result<lede::Article> a = lede::extract_article(page);
  EXPECT_TRUE(a.ok());
  return a.ok() && !a->paragraphs.empty() ? a->paragraphs.front().text : std::string();
}

const std::string kSentence =
    "The city council voted on Tuesday to close the old river bridge after inspectors found cracks in two of "
    "its piers, said Mayor Ann Lee (Independent), who called the decision painful but necessary.";

TEST(InlineCards, ANamesCardIsLeftOutOfItsSentence) {
  const std::string p =
      "<p>The city council voted on Tuesday to close the old river bridge after inspectors found cracks in two "
      "of its piers, said Mayor <span class=\"person\"><a class=\"person-link\" href=\"/people/lee\">Ann Lee</a>" +
      kCard + "</span> (Independent), who called the decision painful but necessary.</p>";
  // With its class names (its "MORE" link's class once cut the sentence in
  // two and the first half, crowded with the card's links, was dropped) ...
  EXPECT_EQ(first_paragraph(p), kSentence);
  // ... and without them (the card's headlines ran into the sentence).
  EXPECT_EQ(first_paragraph(p, true), kSentence);
}

TEST(InlineCards, ACardOpeningOnTheNameInFullIsLeftOutToo) {
  // No picture: the card opens on the full name of the person the sentence
  // has just named, then the links.
  const std::string card =
      "<span class=\"rollover-block\"><span class=\"rollover-name\">Ann Margaret Lee</span><a href=\"/s1\">Mayor "
      "opens new library in the east end</a> <a href=\"/s2\">Budget talks stall over road repairs</a> "
      "<a href=\"/people/lee\">MORE</a></span>";
  const std::string p =
      "<p>The city council voted on Tuesday to close the old river bridge after inspectors found cracks in two "
      "of its piers, said Mayor <span><a href=\"/people/lee\">Ann Lee</a>" +
      card + "</span> (Independent), who called the decision painful but necessary.</p>";
  EXPECT_EQ(first_paragraph(p), kSentence);
  EXPECT_EQ(first_paragraph(p, true), kSentence);
  // Another name is the sentence's own words.
  EXPECT_EQ(first_paragraph("<p>Ministers from <span><a href=\"/fr\">France</a><span>Belgium and "
                            "<a href=\"/de\">Germany</a> <a href=\"/it\">Italy</a></span></span> met on Monday to "
                            "discuss the shared budget for the new bridge.</p>"),
            "Ministers from FranceBelgium and Germany Italy met on Monday to discuss the shared budget for the new "
            "bridge.");
}

TEST(InlineCards, LinksAndPicturesThatAreTextStay) {
  // Links without a picture are the sentence's words.
  EXPECT_EQ(first_paragraph("<p>Ministers from <span><a href=\"/fr\">France</a> <a href=\"/de\">Germany</a>"
                            "</span> and Italy met on Monday to discuss the shared budget for the new bridge.</p>"),
            "Ministers from France Germany and Italy met on Monday to discuss the shared budget for the new "
            "bridge.");
  // A picture with a single link (a flag before a name) is no card.
  EXPECT_EQ(first_paragraph("<p>The delegation from <span><img src=\"/flag.png\" alt=\"\"><a href=\"/fr\">France"
                            "</a></span> arrived on Monday to discuss the shared budget for the new bridge.</p>"),
            "The delegation from France arrived on Monday to discuss the shared budget for the new bridge.");
  // Words of its own that are not links make it text.
  EXPECT_EQ(first_paragraph("<p>The delegation from <span><img src=\"/flag.png\" alt=\"\"><a href=\"/fr\">France"
                            "</a> and <a href=\"/be\">Belgium</a></span> arrived on Monday to discuss the shared "
                            "budget for the new bridge.</p>"),
            "The delegation from France and Belgium arrived on Monday to discuss the shared budget for the new "
            "bridge.");
}

TEST(InlineCards, OnlyMidSentence) {
  // After a full stop a picture with links is not inside a sentence: what
  // becomes of it is the block rules' business, but the sentence before it
  // is whole either way.
  const std::string p =
      "<p>The city council voted on Tuesday to close the old river bridge after inspectors found cracks in two "
      "of its piers.<span><img src=\"/a.jpg\" alt=\"\"><a href=\"/x\">Photos</a> <a href=\"/y\">Video</a>"
      "</span></p>";
  EXPECT_EQ(first_paragraph(p).rfind("The city council voted on Tuesday to close the old river bridge after "
                                     "inspectors found cracks in two of its piers.",
                                     0),
            0u);
}

}  // namespace
