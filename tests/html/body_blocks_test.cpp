// Which blocks of the container are the body (body_blocks.cpp), on small
// pages written for these tests: a headline with a subtitle after a <br>
// in its <h1> is the headline's, not the body's.
#include <gtest/gtest.h>

#include <string>

#include "html/notices.h"
#include "lede/extract.h"

namespace {

const char* kBody =
    "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
    "planned.</p><p>Work on the terminal began in the spring of last year, and the contractor had promised a "
    "summer opening.</p><p>Local business owners said the delay would cost them a large share of the visitors "
    "they expect.</p>";

TEST(BodyBlocks, AHeadlinesSubtitleAfterABreakIsNotTheBody) {
  for (const std::string& head : {std::string("<title>Ferry terminal opening delayed</title>"), std::string()}) {
    const std::string page = "<html><head>" + head +
                             "</head><body><article><h1>Ferry terminal opening delayed<br>Steel arrived two "
                             "months late</h1>" +
                             kBody + "</article></body></html>";
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    EXPECT_EQ(a->title, "Ferry terminal opening delayed") << head;
    ASSERT_EQ(a->paragraphs.size(), 3u) << head << "\n" << a->text;
    EXPECT_EQ(a->text.find("Steel arrived"), std::string::npos) << a->text;
    EXPECT_EQ(a->paragraphs[0].text.rfind("The harbour authority", 0), 0u) << a->text;
  }
}

}  // namespace

namespace {

TEST(BodyBlocks, AfterABoxOfBoilerplateTheChainEnds) {
  // After the story, a "Related" box's title and note (boilerplate by its
  // title), then its cards' dates: a date is a list item without links,
  // which would continue the story, but the box stands between.
  const std::string page = std::string(
                               "<html><head><title>Ferry terminal opening delayed</title></head><body>"
                               "<div><h1>Ferry terminal opening delayed</h1>") +
                           kBody +
                           "<div><div><p>Related</p><p>Read these stories too</p></div><ul><li><div><p>"
                           "2013-04-09</p><p><a href=\"/a\">Bridge repairs begin</a></p></div></li></ul></div>"
                           "</div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("2013-04-09"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("the visitors they expect."), std::string::npos) << a->text;
}

TEST(BodyBlocks, AFootnotesLinkBackIsNotText) {
  const std::string page = std::string(
                               "<html><head><title>Ferry terminal opening delayed</title></head><body>"
                               "<article><h1>Ferry terminal opening delayed</h1>") +
                           kBody +
                           "<h2>Notes</h2><ol><li>Harbour Terminal Assessment, published by the board in November "
                           "2025. <a href=\"#r1\">\xE2\x86\xA9</a></li></ol></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("published by the board in November 2025."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("\xE2\x86\xA9"), std::string::npos) << a->text;
}

}  // namespace

namespace {

TEST(BodyBlocks, AHeadlineWithIdeographicSpacesIsTheHeadline) {
  // The title keeps its U+3000 spaces, the block's copy of the <h1> reads
  // ASCII ones: the two still fold alike, so the <h1> stays out of the body.
  const std::string page =
      "<html><head><title>渡輪服務｜新營辦商接手\xE3\x80\x80班次減至每日10班</title></head><body><article>"
      "<h1>渡輪服務｜新營辦商接手\xE3\x80\x80班次減至每日10班</h1><p>來往青螺洲及中環的渡輪服務明年4月約滿，"
      "現營辦商早前表明不會續約，令島上約3,000名居民憂慮交通中斷。</p><p>運輸署昨日宣布，重新招標後只收到一份標書，"
      "將由新營辦商接手，惟新船期將由每日14班減至10班。</p></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_FALSE(a->paragraphs.empty());
  EXPECT_NE(a->paragraphs[0].text.rfind("來往青螺洲", 0), std::string::npos) << a->text;
  EXPECT_EQ(a->paragraphs[0].kind, lede::ParagraphKind::kParagraph) << a->text;
}

}  // namespace

namespace {

// A deck set as a heading above the byline's and the photo's boxes is the
// headline's, as the benchmark's annotators leave a standfirst outside the
// body out; a subheading right above the body's text stays.
TEST(BodyBlocks, ADeckAboveTheBylinesBoxIsNotTheBody) {
  const std::string head =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div><h1>Ferry terminal opening "
      "delayed</h1><h2>Steel for the new terminal arrived two months late.</h2>";
  const std::string boxes =
      "<div class=\"byline\">By Ann Lee</div><figure class=\"lead-art\"><img src=\"t.jpg\"><figcaption>The "
      "terminal site on Monday.</figcaption></figure>";
  lede::Result<lede::Article> a = lede::extract_article(head + boxes + "<div>" + kBody + "</div></div></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Steel for the new terminal"), std::string::npos) << a->text;
  lede::Result<lede::Article> b = lede::extract_article(head + "<div>" + kBody + "</div></div></body></html>");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->text.find("Steel for the new terminal"), 0U) << b->text;
}

}  // namespace

namespace {

// A line naming the story's sources closes it, though it is no sentence;
// an editor's note after it stays too.
TEST(BodyBlocks, ASourceLineClosesTheStory) {
  const std::string page = std::string("<html><body><article><h1>Ferry terminal opening delayed</h1>") + kBody +
                           "<p>Con informaci\xC3\xB3n de EFE</p><p>This story will be updated.</p></article>"
                           "<div><a href=\"/a\">Home</a> <a href=\"/b\">News</a></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("\n\nCon informaci\xC3\xB3n de EFE\n\nThis story will be updated."), std::string::npos)
      << a->text;
}

}  // namespace

namespace {

// A business site opens the body's own box with "In this article" over
// the story's ticker links: a label, not the title of a box of other
// things, or the whole body went with it ("no article text found").
TEST(BodyBlocks, AContentsTitleOpeningTheBodysBoxTitlesNoBox) {
  const std::string page = std::string("<html><body><div><h1>Ferry terminal opening delayed</h1><div>") +
                           "<h2>In this article</h2><div><a href=\"/q/FRY\">FRY -2.1%</a> <a href=\"/q/HBR\">HBR "
                           "+0.4%</a></div><div>" +
                           kBody + "</div></div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The harbour authority said on Monday"), 0U) << a->text;
  EXPECT_EQ(a->text.find("In this article"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A box's title over nothing but bad blocks (a donation appeal, a contact
// line) is the box's; a subheading over the story's paragraphs stays.
TEST(BodyBlocks, ATitleOverABoxOfBadBlocksGoesWithIt) {
  const std::string page =
      std::string("<html><body><article><h1>Ferry terminal opening delayed</h1>") + kBody +
      "<div><p>Local news you can count on</p><p>WKRH is listener-supported. Your gift keeps reporters covering "
      "the stories that matter in the valley.</p></div>"
      "<div><h2>What happens next</h2><p>The council will discuss the delay at its meeting next Tuesday, and the "
      "contractor has been asked to attend.</p></div>" +
      kBody + "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Local news you can count on"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("listener-supported"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("What happens next\n\nThe council will discuss"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A press release's dateline on a line of its own over the first paragraph
// is the story's opening, as the development pages' annotators keep it.
TEST(BodyBlocks, ADatelinesPlaceOverTheFirstParagraphOpensTheStory) {
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal "
      "opening delayed</h1><div class=\"content\"><p><br>HARWICH, ENGLAND<br></p>" +
      std::string(kBody) + "</div></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text, "HARWICH, ENGLAND");
}

}  // namespace

namespace {

// A pull quote an editor shortened (one sentence cut, the next cut short)
// still repeats the body: it is not said twice. A quotation the body does
// not hold stays.
TEST(BodyBlocks, AShortenedPullQuoteIsNotSaidTwice) {
  const std::string quoted =
      "<p>\xE2\x80\x9CI had the part in my hands by that afternoon,\xE2\x80\x9D Henricksen said. \xE2\x80\x9CWhat I "
      "didn\xE2\x80\x99t have was the password to tell the computer I\xE2\x80\x99"
      "d put it in.\xE2\x80\x9D</p>";
  const auto page = [&](const std::string& pull) {
    return "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal "
           "opening delayed</h1>" +
           std::string(kBody) + quoted + "<blockquote class=\"pull\">" + pull + "</blockquote>" + kBody +
           "</article></body></html>";
  };
  lede::Result<lede::Article> a = lede::extract_article(
      page("\xE2\x80\x9CI had the part in my hands by that afternoon. What I didn\xE2\x80\x99t have was the "
           "password.\xE2\x80\x9D"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("afternoon. What"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Henricksen said."), std::string::npos) << a->text;
  lede::Result<lede::Article> b = lede::extract_article(
      page("\xE2\x80\x9CI had the part in my hands by that afternoon. Nobody in the county could unlock "
           "it.\xE2\x80\x9D"));
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Nobody in the county could unlock it."), std::string::npos) << b->text;
}

// A sponsor's box set as one block under its label is not the story's; a
// science site's boxes under a rewritten release (its source, the paper,
// the page's citation) are not either.
TEST(BodyBlocks, SponsorAndReleaseBoxesAreNotTheStory) {
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div><h1>Ferry terminal opening "
      "delayed</h1><div>" +
      std::string(kBody) +
      "<table><tr><td>SPONSORED<br>This week's issue is supported by Harbour Credit Union, serving the coast "
      "since 1954.</td></tr></table>" +
      kBody +
      "<div id=\"source\"><hr><p><strong>Story Source:</strong></p><p>Materials provided by Harbour Institute. "
      "Note: Content may be edited for style and length.</p></div><div id=\"refs\"><p><strong>Journal "
      "Reference</strong>:</p><ol><li>A. Lee. Ferry terminals. <i>Ports</i>, 2022; <a href=\"/doi\">DOI</a></li>"
      "</ol></div><div id=\"cite\"><p>Cite This Page:</p><p>Harbour Institute. \"Ferry terminal opening "
      "delayed.\" Port Wire, 14 November 2022. &lt;www.example.com/releases/221114.htm&gt;.</p></div>"
      "</div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  for (const char* junk : {"SPONSORED", "Harbour Credit Union", "Story Source", "Materials provided", "Journal",
                           "Ferry terminals.", "Cite This Page", "Port Wire"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << ":\n" << a->text;
  EXPECT_NE(a->text.rfind("the visitors they expect."), std::string::npos) << a->text;
}

// A table's row holding "published" is the story's, not a date line.
TEST(BodyBlocks, ATableRowWithPublishedStays) {
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal opening "
      "delayed</h1>" +
      std::string(kBody) +
      "<p>The terminal will open in stages:</p><table><tr><th>Date</th><th>What happens</th></tr><tr><td>May 1</td>"
      "<td>Car park opens</td></tr><tr><td>July 1</td><td>Timetable published by the board</td></tr></table>"
      "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("July 1"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Timetable published by the board"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A correction the newsroom appends in a box of its own after the body's
// element is the story's last paragraph; a wire release's index terms and
// a rail's title with a headline in one line are not the story's.
TEST(BodyBlocks, ACorrectionAfterTheBodysElementIsTheStorys) {
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><div><h1>Ferry terminal opening "
      "delayed</h1><section class=\"body\">" +
      std::string(kBody) + "<p>LEIA TAMB\xC3\x89M: Por que a balsa atrasou de novo? Engenheiro explica</p>" + kBody +
      "<p>KEYWORD: UNITED STATES EUROPE ENGLAND</p></section><div class=\"bottom\"><p><em>Correction: Nov. 8, "
      "2024 \xE2\x80\x94 An earlier version of this article misstated the year the terminal opened. It was 1931, "
      "not 1913.</em></p></div><div><p>More from the harbour desk</p></div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the visitors they expect.\n\nCorrection: Nov. 8, 2024"), std::string::npos) << a->text;
  for (const char* junk : {"LEIA", "KEYWORD", "More from the harbour desk"})
    EXPECT_EQ(a->text.find(junk), std::string::npos) << junk << ":\n" << a->text;
  EXPECT_TRUE(lede::html::is_correction_note("Clarification: The council's vote was 7-2, not 7-3."));
  EXPECT_FALSE(lede::html::is_correction_note("Correction officers at the prison went on strike on Monday."));
  EXPECT_FALSE(lede::html::is_correction_note("Correction: see below"));
}

}  // namespace

namespace {

// A formula set by KaTeX draws it for the eye in an aria-hidden box and
// gives screen readers its MathML: the drawing is the text a reader sees.
TEST(BodyBlocks, AFormulasDrawingIsText) {
  const std::string formula =
      "<span class=\"katex\"><span class=\"katex-mathml\"><math><semantics><mrow><mi>k</mi></mrow><annotation "
      "encoding=\"application/x-tex\">k</annotation></semantics></math></span><span class=\"katex-html\" "
      "aria-hidden=\"true\"><span class=\"mord mathnormal\">k</span></span></span>";
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal opening "
      "delayed</h1>" +
      std::string(kBody) + "<p>The delay grows by a rate " + formula +
      " each month, the engineers said in their report to the board.</p><p aria-hidden=\"true\">Hidden "
      "note for the layout only.</p></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("grows by a rate k each month"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Hidden note"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("application/x-tex"), std::string::npos) << a->text;
}

TEST(BodyBlocks, ATablesSourceLineIsItsCaption) {
  using lede::html::is_table_source;
  for (const char* text : {"Kilde: Vesterhav Kommune",
                           "Source : autorit\xC3\xA9"
                           "s portuaires, donn\xC3\xA9"
                           "es provisoires.",
                           "Fuente: PRISMA-2. Elaboraci\xC3\xB3n: Consulta M\xC3\xA9"
                           "dica Hoy.",
                           "\xC5\xB9r\xC3\xB3"
                           "d\xC5\x82o: GUS",
                           "(Source: State Department of Health)",
                           // Bulgarian, Serbian in Cyrillic.
                           "\xD0\x98\xD0\xB7\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA: "
                           "\xD0\x9A\xD0\xBC\xD0\xB5\xD1\x82\xD1\x81\xD1\x82\xD0\xB2\xD0\xBE",
                           "\xD0\x98\xD0\xB7\xD0\xB2\xD0\xBE\xD1\x80: \xD0\xA0\xD0\x97\xD0\xA1"})
    EXPECT_TRUE(is_table_source(text)) << text;
  for (const char* text : {"Sources say the council will vote on Monday.", "Source code: the project's repository",
                           "The source: a letter from the mayor to the council, seen by this newspaper."})
    EXPECT_FALSE(is_table_source(text)) << text;
  // Under a table's last row it goes; a story's closing source line (no
  // table above it) stays, as the story's last words.
  const std::string table =
      "<table><tr><td>Route</td><td>Fare now</td><td>New fare</td></tr><tr><td>Harbour to Old Town</td>"
      "<td>2.10</td><td>2.60</td></tr></table><p>Source: Harbour Transport Authority</p>";
  lede::Result<lede::Article> a =
      lede::extract_article("<html><body><article><h1>Ferry fares rise</h1>" + std::string(kBody) + table + kBody +
                            "<p>Source: agencies</p></article></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Harbour to Old Town 2.10 2.60"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Harbour Transport Authority"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Source: agencies"), std::string::npos) << a->text;
  // So does a list's: a fact box's figures and their source.
  lede::Result<lede::Article> box = lede::extract_article(
      "<html><body><article><h1>Ferry fares rise</h1>" + std::string(kBody) +
      "<div><h3>Fares in figures</h3><ul><li>About 2,100 passengers a day use the harbour route</li><li>Fares "
      "rose by a quarter in two years</li></ul><p>Bron: Harbour Transport Authority</p></div>" +
      kBody + "</article></body></html>");
  ASSERT_TRUE(box.ok());
  EXPECT_NE(box->text.find("Fares rose by a quarter"), std::string::npos) << box->text;
  EXPECT_EQ(box->text.find("Harbour Transport Authority"), std::string::npos) << box->text;
}

TEST(BodyBlocks, ADateLineClosingOnATimeOfDayIsNoSentence) {
  lede::Result<lede::Article> a = lede::extract_article(
      "<html><body><main><h1>Ferry terminal opening delayed</h1><div><p>Sept. 18, 2024 at 4:12 a.m. \xC2\xB7 "
      "Updated 1:40 p.m.</p>" +
      std::string(kBody) + "</div></main></body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Updated"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("harbour authority"), std::string::npos) << a->text;
}

TEST(BodyBlocks, AContactBlockOnOneLineIsTheReleasesFurniture) {
  using lede::html::is_inline_contact;
  EXPECT_TRUE(is_inline_contact("Media contact: Communications Team, 02 5550 1180, media@example.gov.au"));
  EXPECT_TRUE(is_inline_contact("Press contact: Jane Roe, press@example.com"));
  // No label, or no address or number after it.
  EXPECT_FALSE(is_inline_contact("The council said: call 02 5550 1180 for a collection."));
  EXPECT_FALSE(is_inline_contact("Media contact: the council's communications team"));
  lede::Result<lede::Article> a = lede::extract_article(
      "<html><body><main><h1>Ferry terminal opening delayed</h1><div>" + std::string(kBody) +
      "<p>Media contact: Harbour Authority press office, 01234 567 890, press@harbour.example</p></div></main>"
      "</body></html>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("press office"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("they expect"), std::string::npos) << a->text;
}

TEST(BodyBlocks, AListUnderItsLabelLineClosesTheStory) {
  // A review's points after its last paragraph, each list under a short line
  // (not a heading) naming it.
  lede::Result<lede::Article> a = lede::extract_article(
      "<html><body><main><h1>Ferry terminal opening delayed</h1><div>" + std::string(kBody) +
      "<div><div>What works</div><ul><li>Wider quay for the morning boats</li><li>Covered waiting room</li></ul>"
      "</div><div><div>What does not</div><ul><li>Two months late</li><li>No car park yet</li></ul></div></div>"
      "<footer><a href=\"/about\">About us</a></footer></main></body></html>");
  ASSERT_TRUE(a.ok());
  for (const char* line : {"What works", "Covered waiting room", "What does not", "No car park yet"})
    EXPECT_NE(a->text.find(line), std::string::npos) << line << "\n" << a->text;
}

}  // namespace
