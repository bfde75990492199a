// Where the body is (container.cpp), on small pages written for these tests:
// paragraphs straight inside <body>, with no element of their own around
// them, as a fragment, a feed's HTML or a hand-written page has them.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* kParagraphs[] = {
    "The harbour authority said on Monday that the new ferry terminal would open two months later than planned.",
    "Work on the terminal began in the spring of last year, and the contractor had promised a summer opening.",
    "Local business owners said the delay would cost them a large share of the visitors they expect every year.",
    "The council will discuss the timetable at its next meeting, where members expect a report on the costs.",
    "A spokesman for the contractor declined to comment on the delay when he was reached by phone on Monday.",
    "The old terminal, built in the nineteen sixties, will stay open until the new building is finished.",
};

std::string paragraphs(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += std::string("<p>") + kParagraphs[i] + "</p>";
  return out;
}

void expect_all_paragraphs(const lede::Article& a, int n) {
  ASSERT_EQ(a.paragraphs.size(), static_cast<std::size_t>(n)) << a.text;
  for (int i = 0; i < n; ++i) EXPECT_EQ(a.paragraphs[static_cast<std::size_t>(i)].text, kParagraphs[i]);
}

TEST(Container, AFragmentOfBareParagraphsIsWhole) {
  lede::Result<lede::Article> a = lede::extract_article(paragraphs(3));
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 3);
}

TEST(Container, ParagraphsInBodyUnderAHeadlineAreWhole) {
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><h1>Ferry terminal opening "
      "delayed</h1>" +
      paragraphs(3) + "</body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 3);
}

TEST(Container, ParagraphsInBodyBesideAMenuAreWholeWithoutTheMenu) {
  std::string menu = "<ul>";
  for (const char* item : {"Home", "News", "Sport", "Weather", "About us", "Contact"})
    menu += std::string("<li><a href=\"/") + item + "\">" + item + "</a></li>";
  menu += "</ul>";
  for (const std::string& nav : {menu, "<div id=\"top\">" + menu + "</div>"}) {
    const std::string page = "<html><head><title>Ferry terminal opening delayed</title></head><body>" + nav +
                             "<h1>Ferry terminal opening delayed</h1>" + paragraphs(6) +
                             "<div id=\"bottom\"><p>Posted in <a href=\"/c/news\">News</a></p></div></body></html>";
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    expect_all_paragraphs(*a, 6);
    EXPECT_EQ(a->text.find("Home"), std::string::npos) << a->text;
  }
}

TEST(Container, ABodyOnlyInNoscriptIsWhole) {
  // <noscript>'s contents are read as a page of their own: the paragraphs
  // come straight inside its <body>.
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div "
      "id=\"app\"></div><noscript><h1>Ferry terminal opening delayed</h1>" +
      paragraphs(3) + "</noscript></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 3);
}

TEST(Container, AWrapperAroundTheBodyStaysTheContainer) {
  // The same paragraphs in a <div> beside a longer box of other text in
  // <body>: the <div> holds the story, <body> does not win by adding the rest.
  const std::string page =
      "<html><body><div class=\"x\">" + paragraphs(6) +
      "</div><ul><li><a href=\"/a\">Another story about the harbour and its ferries, number one</a></li>"
      "<li><a href=\"/b\">Another story about the harbour and its ferries, number two</a></li></ul></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 6);
}

}  // namespace

namespace {

// A body cut in two by a newsletter box, with no class names, and the
// story's footer after it (tags, share links, the author's card): the
// footer's links end the body's continuation rather than hiding it, and
// the card (a name over a bio opening on it) is no part of the story.
TEST(Container, ABodySplitByABoxContinuesUpToItsFooter) {
  const std::string html =
      "<html><body><header><a href=\"/\">Harbour Times</a></header><main><div><h1>Ferry terminal opening "
      "delayed</h1><div>" +
      paragraphs(3) +
      "</div><aside><p>Get the Harbour Times briefing every morning.</p><form><input type=\"email\"><button>Sign "
      "up</button></form></aside><div>" +
      std::string("<p>") + kParagraphs[3] + "</p><p>" + kParagraphs[4] + "</p><p>" + kParagraphs[5] +
      "</p></div><div><ul><li><a href=\"/t/ferries\">Ferries</a></li><li><a href=\"/t/council\">Council</a></li>"
      "<li><a href=\"/t/harbour\">Harbour</a></li></ul><div><a href=\"/s/f\">Facebook</a> <a href=\"/s/x\">X</a> "
      "<a href=\"/s/e\">Email</a></div><div><img src=\"a.jpg\"><div><p>Fiona Lockhart</p><p>Fiona Lockhart is "
      "the Harbour Times' transport correspondent. She lives on the island and writes about ferries.</p></div>"
      "</div></div></div></main><footer><p>All rights reserved.</p></footer></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 6);
}

}  // namespace
