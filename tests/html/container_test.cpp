// Where the body is (container.cpp), on small pages written for these tests:
// paragraphs straight inside <body>, with no element of their own around
// them, as a fragment, a feed's HTML or a hand-written page has them.
#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

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

// A release whose header (a date line over the headline, download links under
// it) shares the body's parent, the body split by an e-mail alert box, and
// contacts and share links after it: the climb is not clean, and the body's
// second part is still the story's.
constexpr const char* kHeadline = "<h1>Ferry terminal opening delayed</h1>";

std::string split_release(const std::string& headline) {
  return "<html><body><main><section><div>Press release · 24 October 2024 · 07:00</div>" + headline +
         "<div><a href=\"/r.pdf\">Download the release (PDF, 312 KB)</a> <a href=\"/p.pdf\">Presentation to "
         "analysts</a> <a href=\"/w\">Webcast of the conference call</a></div><div class=\"prose\">" +
         paragraphs(3) +
         "</div><aside><h3>Stay informed</h3><p>Receive our press releases and financial calendar in your "
         "inbox.</p><form><input type=\"email\"><button>Subscribe</button></form></aside><div class=\"prose\">" +
         std::string("<p>") + kParagraphs[3] + "</p><p>" + kParagraphs[4] + "</p><p>" + kParagraphs[5] +
         "</p></div><div><h3>Contacts</h3><div><p>Investor relations</p><p><a href=\"mailto:ir@example.com\">"
         "ir@example.com</a> <a href=\"tel:+3315555\">+33 1 55 55 42 10</a></p></div><div><p>Press</p><p><a "
         "href=\"mailto:press@example.com\">press@example.com</a> <a href=\"tel:+3316666\">+33 1 55 55 42 "
         "30</a></p></div></div><div><a href=\"/s/l\">LinkedIn</a> <a href=\"/s/x\">X</a> <a "
         "href=\"/s/e\">E-mail</a></div></section></main></body></html>";
}

TEST(Container, ABodySplitUnderAReleaseHeaderContinues) {
  lede::Result<lede::Article> a = lede::extract_article(split_release(kHeadline));
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 6);
}

// A line under the headline (a standfirst, a date line in the headline's box)
// is no header line: the body stays where it was.
TEST(Container, ALineUnderTheHeadlineDoesNotJoinASplitBody) {
  lede::Result<lede::Article> a = lede::extract_article(split_release(
      "<div><h1>Ferry terminal opening delayed</h1><p>Published on 14 June 2025 at 17:22 · Last changed on 14 June "
      "2025 at 23:05</p></div>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Published"), std::string::npos) << a->text;
}

// A brief of three paragraphs under a headline set as a <div>, above a river
// of teaser cards whose blurbs are longer than the brief: each card's link
// category and headline links say the river is no story.
TEST(Container, ABriefBeatsARiverOfLongerTeasers) {
  std::string river;
  for (int i = 0; i < 6; ++i)
    river +=
        "<div><div><a href=\"/harbour\">Harbour</a></div><div><a href=\"/story/" + std::to_string(i) +
        "\">Council weighs a second look at the harbour plan after traders object to the new quay</a></div><p>The "
        "harbour committee will meet again "
        "next month to hear from residents, traders and the ferry company about the plan, which would move the "
        "fish market, widen the quay and add a car park for visitors "
        "arriving on the morning boats. Traders say the plan would cut them off from the passing trade they "
        "rely on in summer, while the ferry company wants the work finished before its new boats arrive.</p></div>";
  const std::string html =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div><div><div>Ferry terminal "
      "opening delayed</div><div>" +
      paragraphs(3) + "</div></div><section><div>More news</div>" + river + "</section></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 3);
}

// A subscriber story: the free preview's paragraph stands in a box of its own
// above the unlocked part, inside the element the page calls the body (or
// a content box whose first part says it is the preview).
std::string gated_story(const std::string& body_class, const std::string& preview_class) {
  return "<html><body><main><article><h1>Ferry terminal opening delayed</h1><div class=\"" + body_class +
         "\"><div class=\"" + preview_class + "\"><p>" + kParagraphs[0] + "</p></div><div class=\"locked\">" + "<p>" +
         kParagraphs[1] + "</p><p>" + kParagraphs[2] + "</p><p>" + kParagraphs[3] + "</p><p>" + kParagraphs[4] +
         "</p><p>" + kParagraphs[5] +
         "</p></div></div><div class=\"share\"><a href=\"/s\">Share</a></div></article></main></body></html>";
}

TEST(Container, AFreePreviewAboveTheUnlockedPartIsTheStorys) {
  for (const auto& [body, preview] : {std::pair<const char*, const char*>{"article-body", "intro"},
                                      std::pair<const char*, const char*>{"story-content", "subscriber-preview"}}) {
    lede::Result<lede::Article> a = lede::extract_article(gated_story(body, preview));
    ASSERT_TRUE(a.ok());
    expect_all_paragraphs(*a, 6);
  }
  // In a box hinted as content only, a paragraph not called the preview may
  // be a standfirst: the body stays where it was.
  lede::Result<lede::Article> a = lede::extract_article(gated_story("story-content", "intro"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("harbour authority"), std::string::npos) << a->text;
}

TEST(Container, AK2ItemsIntroTextIsTheStorysOpening) {
  // K2 (Joomla) cuts an item's text at the editor's "read more" break: the
  // intro part is the story's first paragraph, though it stands alone in its
  // box beside the full text, and the tags and links after the text stay out.
  const std::string html =
      "<html><body><div class=\"itemView\"><div class=\"itemHeader\"><h2 class=\"itemTitle\">Ferry terminal "
      "opening delayed</h2></div><div class=\"itemBody\"><div class=\"itemIntroText\"><p>" +
      std::string(kParagraphs[0]) + "</p></div><div class=\"itemFullText\">" +
      paragraphs(6).substr(std::string("<p>").size() + std::string(kParagraphs[0]).size() +
                           std::string("</p>").size()) +
      "</div><div class=\"itemLinks\"><div class=\"itemTagsBlock\"><span>Tags</span><ul><li><a "
      "href=\"/t/1\">harbour</a></li><li><a href=\"/t/2\">ferries</a></li></ul></div></div></div></div>"
      "</body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  expect_all_paragraphs(*a, 6);
}

TEST(Container, TheParagraphsBeforeAnFaqIntroduceIt) {
  // A story told as questions and answers (Drupal's paragraphs: a text item,
  // then an accordion item): the two paragraphs before the questions are the
  // story's opening, though the answers hold far more text.
  const char* questions[][2] = {
      {"Who pays for the delay?",
       "The contract makes the builder pay a penalty for every week past the summer date, and the harbour "
       "authority says the penalties will cover the cost of keeping the old terminal open."},
      {"Will the timetable change?",
       "Ferries keep their present times until the move, and the operator will publish the new timetable a "
       "month before the first sailing from the new quay, a spokeswoman said."},
      {"What happens to the car park?",
       "The car park by the old terminal stays open through the winter, and the new one, with twice as many "
       "spaces, opens on the same day as the terminal building itself."},
      {"Can passengers still buy tickets at the harbour?",
       "The ticket office stays in the old building until the move, and the machines on the quay will take "
       "cards and cash throughout the work, the operator said on Monday."},
  };
  std::string items;
  int panel = 0;
  for (const auto& [question, answer] : questions) {
    const std::string id = "acc-panel-" + std::to_string(++panel);
    items += std::string(
                 "<div class=\"accordion__item\"><h3 class=\"accordion__heading\"><button "
                 "type=\"button\" class=\"accordion__button\" aria-expanded=\"false\" aria-controls=\"") +
             id + "\"><span class=\"accordion__title\">" + question + "</span></button></h3><div id=\"" + id +
             "\" class=\"accordion__panel\" role=\"region\"><p>" + answer + "</p></div></div>";
  }
  const std::string html =
      "<html><body><article><h1>Ferry terminal opening delayed</h1><div class=\"field field--name-field-paragraphs "
      "field__items\"><div class=\"field__item\"><div class=\"paragraph paragraph--type--text\"><p>" +
      std::string(kParagraphs[0]) + "</p><p>" + kParagraphs[1] +
      "</p></div></div><div class=\"field__item\"><div class=\"paragraph paragraph--type--faq\"><div "
      "class=\"accordion\">" +
      items + "</div></div></div></div></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_EQ(a->paragraphs.front().text, kParagraphs[0]) << a->text;
  EXPECT_NE(a->text.find("Can passengers still buy tickets"), std::string::npos) << a->text;
}

TEST(Container, TheParagraphBeforeATabSetIntroducesIt) {
  // An explainer in tabs ("The essentials", "Timeline", "Background"), each
  // panel a part of the story a click away (two of them lists with a
  // closing line): the paragraph before the tabs opens the story, and the
  // standfirst over it stays out.
  const std::vector<std::vector<std::string>> panels = {
      {"essentials", "The essentials",
       "Passengers will use the old terminal until the new one opens, and ferry times stay as they are.",
       "The operator will run the same number of sailings from the old quay, the last boat leaving at ten.",
       "Season tickets bought for the summer stay valid, and the operator will refund the new lounge's fee.",
       "Coaches to the town centre will keep stopping outside the old building, the council said on Monday."},
      {"timeline", "Timeline", "Work began last spring, and the roof was finished in the autumn.",
       "The contractor warned in March that the glass for the main hall would arrive late from the factory.",
       "In April the council's inspectors found faults in the fire doors, and work upstairs stopped for weeks.",
       "The authority's board approved the new date at a closed meeting last Thursday, its minutes show."},
      {"background", "Background",
       "The old terminal was built in the nineteen sixties for half as many passengers as now sail in summer.",
       "The terminal is the largest building project the town has undertaken since the bypass was opened.",
       "It was paid for by the harbour authority, the regional government and a loan from a national bank.",
       "Traders on the seafront had hoped the new building would bring more day visitors to the town."},
  };
  std::string tabs = "<div class=\"tabs\"><div class=\"tabs__list\" role=\"tablist\">";
  for (const auto& panel : panels)
    tabs += "<button role=\"tab\" aria-controls=\"panel-" + panel[0] + "\">" + panel[1] + "</button>";
  tabs += "</div>";
  for (std::size_t k = 0; k < panels.size(); ++k) {
    const auto& panel = panels[k];
    tabs += "<section class=\"tabs__panel\" id=\"panel-" + panel[0] + "\" role=\"tabpanel\"" +
            (k == 0 ? "" : " hidden") + "><h2>" + panel[1] + "</h2>";
    if (k + 1 < panels.size()) {
      tabs += "<ul>";
      for (std::size_t i = 2; i + 1 < panel.size(); ++i) tabs += "<li>" + panel[i] + "</li>";
      tabs += "</ul><p>" + panel.back() + "</p>";
    } else {
      for (std::size_t i = 2; i < panel.size(); ++i) tabs += "<p>" + panel[i] + "</p>";
      tabs += paragraphs(6).substr(paragraphs(2).size());
    }
    tabs += "</section>";
  }
  tabs += "</div>";
  const std::string html =
      "<html><body><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li></ul></nav>"
      "<article><header><h1>Ferry terminal opening delayed</h1><p class=\"standfirst\">The new terminal opens two "
      "months late. What it means for passengers, in three tabs.</p></header><div class=\"rc-body\"><p>" +
      std::string(kParagraphs[0]) + " " + kParagraphs[1] + "</p>" + tabs +
      "</div><div class=\"share\"><a href=\"/s\">Share this story</a></div></article><footer><p>The Harbour "
      "Herald, all rights reserved.</p></footer></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(html);
  ASSERT_TRUE(a.ok());
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_EQ(a->paragraphs.front().text, std::string(kParagraphs[0]) + " " + kParagraphs[1]) << a->text;
  EXPECT_NE(a->text.find("Traders on the seafront"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("in three tabs"), std::string::npos) << a->text;
}

}  // namespace
