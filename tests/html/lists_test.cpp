// Lists inside a story's body (body_blocks.cpp), on small pages written for
// these tests: an item is judged with its list, so a list of story points
// whose items hold links stays whole, and a list of links stays out.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/extract.h"

namespace {

const char* kOpening =
    "<h1>Old bridge to close for repairs</h1>"
    "<p>The old river bridge will close for six months from next week, the city said on Tuesday, after "
    "engineers found cracks in two of the supports that carry it over the water.</p>"
    "<p>Officials said the decision followed a long debate and several public meetings about the state of the "
    "crossing, which was built more than ninety years ago.</p>";

const char* kClosing =
    "<p>Residents near Elm Street said they worried about the extra cars and asked the city to add "
    "crossings and traffic lights before the work begins.</p>";

// Story points, two of them with a link; the second is mostly link text.
const char* kPoints =
    "<ul><li>The <a href=\"/council\">city council</a> voted 7-2 to close the bridge.</li>"
    "<li><a href=\"/repairs-cost\">Repairs to the old bridge</a> will cost $4 million.</li>"
    "<li>Traffic will move to Elm Street.</li></ul>";

const std::vector<std::string> kPointTexts = {"The city council voted 7-2 to close the bridge.",
                                              "Repairs to the old bridge will cost $4 million.",
                                              "Traffic will move to Elm Street."};

std::string page(const std::string& article) {
  return "<html><head><title>Old bridge to close for repairs</title></head><body><article>" + article +
         "</article></body></html>";
}

std::vector<std::string> list_items(const lede::Article& a) {
  std::vector<std::string> items;
  for (const lede::ArticleParagraph& p : a.paragraphs)
    if (p.kind == lede::ParagraphKind::kListItem) items.push_back(p.text);
  return items;
}

TEST(Lists, AStoryListInsideTheBodyKeepsItsLinkedItems) {
  lede::Result<lede::Article> a = lede::extract_article(page(std::string(kOpening) + kPoints + kClosing));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(list_items(*a), kPointTexts) << a->text;
  EXPECT_NE(a->text.find("Residents near Elm Street"), std::string::npos) << a->text;
}

TEST(Lists, AStoryListAfterTheBodyIsKeptWhole) {
  // The body ends with a label and the list: the chain of text after the
  // last paragraph goes on through linked items of a list read as text.
  lede::Result<lede::Article> a =
      lede::extract_article(page(std::string(kOpening) + "<p>What we know so far:</p>" + kPoints));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(list_items(*a), kPointTexts) << a->text;
}

TEST(Lists, AStoryListBeforeTheBodyIsKeptWhole) {
  const std::string article = "<h1>Old bridge to close for repairs</h1>" + std::string(kPoints) +
                              "<p>The old river bridge will close for six months from next week, the city said "
                              "on Tuesday, after engineers found cracks in two of its supports.</p>" +
                              kClosing;
  lede::Result<lede::Article> a = lede::extract_article(page(article));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(list_items(*a), kPointTexts) << a->text;
}

TEST(Lists, LinkListsAroundAndInsideTheBodyStayOut) {
  // No class names: the lists are told by their links alone.
  const std::string crumbs =
      "<ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li>"
      "<li><a href=\"/sport\">Sport</a></li></ul>";
  const std::string inline_related =
      "<ul><li><a href=\"/r1\">Council approves new budget for the harbour</a></li>"
      "<li><a href=\"/r2\">Elm Street shops prepare for busier months</a> 2 hours ago</li></ul>";
  const std::string related =
      "<h2>Related stories</h2><ul><li><a href=\"/r3\">Ferry timetable changes from May</a></li>"
      "<li><a href=\"/r4\">Cyclists ask for a lane on the new crossing</a> (3 May)</li>"
      "<li><a href=\"/r5\">Bridge inspections: what the engineers look for</a></li></ul>";
  const std::string tags =
      "<ul><li><a href=\"/t/bridge\">bridge</a></li><li><a href=\"/t/traffic\">traffic</a></li>"
      "<li><a href=\"/t/city-council\">city council</a></li></ul>";
  const std::string article = crumbs + kOpening + inline_related +
                              "<p>Engineers will start by replacing the two cracked supports and then resurface "
                              "the deck, the city's works department said.</p>" +
                              kPoints + kClosing + related + tags;
  lede::Result<lede::Article> a = lede::extract_article(page(article));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(list_items(*a), kPointTexts) << a->text;
  for (const char* link :
       {"Home", "World", "Sport", "harbour", "busier months", "Related stories", "Ferry timetable", "Cyclists"})
    EXPECT_EQ(a->text.find(link), std::string::npos) << link << "\n" << a->text;
  EXPECT_NE(a->text.find("Residents near Elm Street"), std::string::npos) << a->text;
}

}  // namespace
