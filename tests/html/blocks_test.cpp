// Cutting the page into blocks (blocks.cpp), on small pages written for these
// tests: the counts that judge a block must hold for every script.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

// A Chinese story of short paragraphs (one or two sentences each, as Chinese
// news is often written) beside a list of links to other stories. Without
// spaces a paragraph was one "word", so none read as a sentence and only the
// longest was kept.
TEST(TextBlocks, ShortChineseParagraphsAreSentences) {
  const char* paragraphs[] = {
      "港口管理局周一表示，新的渡轮码头将比计划晚两个月开放，原因是钢材交付延误。",
      "码头工程于去年春天开工，承包商曾承诺在夏季旅游旺季之前完工。",
      "当地商家表示，延误将使他们失去每年预期的大部分游客！",
      "市议会将在下次会议上讨论时间表，预计议员们将要求提交一份关于延误成本的详细报告。",
  };
  std::string page =
      "<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>渡轮码头开放推迟两个月</title></head><body>"
      "<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></nav><article><h1>渡轮码头开放推迟两个月</h1>";
  for (const char* p : paragraphs) page += std::string("<p>") + p + "</p>";
  page += "</article><div><ul>";
  for (int i = 0; i < 10; ++i)
    page +=
        "<li><a href=\"/z" + std::to_string(i) + "\">其他新闻标题关于城市发展第" + std::to_string(i) + "条</a></li>";
  page += "</ul></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "渡轮码头开放推迟两个月");
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(a->paragraphs[i].text, paragraphs[i]);
}

// A Hindi story of short paragraphs ending with the danda (।), beside a list
// of links. The danda was no punctuation, so the paragraphs never ended like
// sentences and the two shortest, after the last long one, were dropped.
TEST(TextBlocks, HindiParagraphsEndingWithADandaAreSentences) {
  const char* paragraphs[] = {
      "नगर निगम ने सोमवार को बताया कि पुराने पुल की मरम्मत का काम अगले महीने शुरू होगा और तीन महीने तक चलेगा।",
      "इस दौरान पुल पर भारी वाहनों की आवाजाही बंद रहेगी, लेकिन पैदल चलने वालों के लिए एक रास्ता खुला रखा जाएगा।",
      "व्यापारियों ने कहा कि उन्हें ग्राहकों की कमी का डर है।",
      "निगम ने वैकल्पिक मार्ग पर नई बसें चलाने का वादा किया है।",
  };
  std::string page =
      "<html lang=\"hi\"><head><meta charset=\"utf-8\"><title>पुराने पुल की मरम्मत अगले महीने से</title></head><body>"
      "<nav><a href=\"/\">होम</a> <a href=\"/desh\">देश</a></nav><div><h1>पुराने पुल की मरम्मत अगले महीने से</h1>";
  for (const char* p : paragraphs) page += std::string("<p>") + p + "</p>";
  page += "</div><div><ul>";
  for (int i = 0; i < 10; ++i)
    page += "<li><a href=\"/z" + std::to_string(i) + "\">शहर की दूसरी खबरें भाग " + std::to_string(i) + "</a></li>";
  page += "</ul></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(a->paragraphs[i].text, paragraphs[i]);
}

}  // namespace

namespace {

std::string story_with_table(const std::string& table) {
  return "<html><head><title>Ferry fares rise in spring</title></head><body><nav><a href=\"/\">Home</a></nav>"
         "<article><h1>Ferry fares rise in spring</h1>"
         "<p>Fares on the island ferry will rise by about a tenth from April, the operator said on Monday, "
         "blaming the cost of fuel and the crew's new pay deal.</p>" +
         table +
         "<p>The operator said season tickets bought before the end of March would be honoured at the old "
         "price until they run out.</p></article></body></html>";
}

bool has_paragraph(const lede::Article& a, std::string_view text) {
  for (const auto& p : a.paragraphs)
    if (p.text == text) return true;
  return false;
}

}  // namespace

// A data table reads a row a line, as annotators copy it, not a cell a line.
TEST(TextBlocks, DataTableRowIsOneLine) {
  const std::string page = story_with_table(
      "<table><thead><tr><th>Ticket</th><th>Now</th><th>From April</th></tr></thead><tbody>"
      "<tr><td>Adult single</td><td>&pound;4.20</td><td>&pound;4.60</td></tr>"
      "<tr><td>Car and driver</td><td><b>&pound;31.00</b></td><td>&pound;34.50</td></tr></tbody></table>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(has_paragraph(*a, "Ticket Now From April")) << a->text;
  EXPECT_TRUE(has_paragraph(*a,
                            "Adult single \xC2\xA3"
                            "4.20 \xC2\xA3"
                            "4.60"))
      << a->text;
  EXPECT_TRUE(has_paragraph(*a,
                            "Car and driver \xC2\xA3"
                            "31.00 \xC2\xA3"
                            "34.50"))
      << a->text;
}

// A data table after the story's last paragraph (a review's closing
// specifications under their heading) is the story's too.
TEST(TextBlocks, ADataTableClosingTheStoryStays) {
  const std::string page =
      "<html><head><title>Review: the Aura 7 e-reader</title></head><body><article><h1>Review: the Aura 7 "
      "e-reader</h1><p>Colour e-readers have been around for a few years, but none has convinced us until now, "
      "and the Aura 7 changes that for readers of comics and cookbooks.</p><p>The screen is calm and easy to "
      "read, and the battery lasted three weeks of daily reading in our test, longer than we expected.</p>"
      "<h2>Specifications</h2><table><tr><th>Screen</th><td>7-inch colour e-ink</td></tr>"
      "<tr><th>Storage</th><td>32 GB</td></tr><tr><th>Weight</th><td>195 grams</td></tr></table>"
      "</article><div class=\"share\"><a href=\"/s\">Share</a></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_TRUE(has_paragraph(*a, "Specifications")) << a->text;
  EXPECT_TRUE(has_paragraph(*a, "Storage 32 GB")) << a->text;
  EXPECT_TRUE(has_paragraph(*a, "Weight 195 grams")) << a->text;
}

// What a <video> or <audio> element holds is shown only where the browser
// cannot play it: never the article's.
TEST(TextBlocks, AVideosFallbackTextIsNotText) {
  const std::string page = story_with_table(
      "<video controls><source src=\"v.mp4\" type=\"video/mp4\">Your browser does not support the video "
      "tag, so here is a sentence that would otherwise read like text.</video>"
      "<audio controls src=\"a.mp3\">Your browser does not support audio.</audio>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("browser"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("until they run out."), std::string::npos) << a->text;
}

// A link's note to screen readers ("annual report<span>, opens new tab
// </span>"), which a style sheet hides, is not the sentence's.
TEST(TextBlocks, ALinksNewTabNoteIsNotText) {
  const std::string page = story_with_table(
      "<p>The mine produced 412,000 tons of copper last year, according to the company's <a "
      "href=\"https://example.com/r\">annual report<span class=\"x1\">, opens new tab</span></a>, and "
      "more than any other in the region (<a href=\"https://example.com/m\">map<span>(opens in a new "
      "window)</span></a>).</p>");
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("the company's annual report, and more than any other in the region (map)."),
            std::string::npos)
      << a->text;
  EXPECT_EQ(a->text.find("new tab"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("new window"), std::string::npos) << a->text;
}

// A layout table's cells hold paragraphs or long text: each stays its own
// block, so a menu cell never runs into the story beside it.
TEST(TextBlocks, LayoutTableCellsStayApart) {
  const std::string long_cell(300, 'x');
  for (const std::string& cell :
       {std::string("<p>Timetables</p>"), std::string("Timetables<br>Fares"), "Timetables " + long_cell,
        std::string("<table><tr><td>Timetables</td></tr></table>")}) {
    const std::string page = story_with_table("<table><tr><td>" + cell + "</td><td>Crossings</td></tr></table>");
    lede::Result<lede::Article> a = lede::extract_article(page);
    ASSERT_TRUE(a.ok());
    for (const auto& p : a->paragraphs)
      EXPECT_FALSE(p.text.find("Crossings") != std::string::npos && p.text.find("Timetables") != std::string::npos)
          << p.text;
  }
}

namespace {

// Names in a sentence linked to their tag pages (<a id="auto-tag_...">):
// the link's hint word "tag" says boilerplate, but a link is no boundary,
// so the sentence stays whole rather than cut into scraps around the names.
TEST(TextBlocks, ALinkWithABoilerplateClassIsNoBoundary) {
  const std::string opening =
      "The long road that took <a href=\"/t/jane-roe\" id=\"auto-tag_jane-roe\">Jane Roe</a> from the harbour "
      "choir to the national final began ten years ago, when <a href=\"/t/ann-lee\" class=\"tag-link\">Ann "
      "Lee</a> heard her sing at a wedding.";
  std::string page =
      "<html><head><title>The choir singer</title></head><body><div class=\"entry-content\"><p>" + opening + "</p>";
  for (int k = 0; k < 4; ++k)
    page +=
        "<p>The choir rehearsed twice a week in the old school hall, and its members paid for their own "
        "travel to every contest, part " +
        std::to_string(k) + " of the story.</p>";
  page += "</div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 5u) << a->text;
  EXPECT_EQ(a->paragraphs[0].text,
            "The long road that took Jane Roe from the harbour choir to the national final began ten years ago, "
            "when Ann Lee heard her sing at a wedding.");
}

}  // namespace

namespace {

const char* kHarbour =
    "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
    "planned.</p><p>Work on the terminal began in the spring of last year, and the contractor had promised a "
    "summer opening.</p><p>Local business owners said the delay would cost them a large share of the visitors "
    "they expect.</p>";

std::string harbour_page(const std::string& middle) {
  return "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal "
         "opening delayed</h1>" +
         std::string(kHarbour) + middle + kHarbour + "</article></body></html>";
}

// A photo's <figure> without a <figcaption> holds its caption and credit in
// boxes of their own: not the story's text, as a <figcaption> is not. A
// <figure> around a table is the story's.
TEST(TextBlocks, APhotosFigureWithoutFigcaptionIsItsCaption) {
  lede::Result<lede::Article> a = lede::extract_article(harbour_page(
      "<figure><div><img src=\"p.jpg\"></div><div><div>Buses sit idle at the depot in September, when six routes "
      "had no driver.</div><div>Jane Roe/The Courier</div></div></figure>"
      "<figure><table><tr><td>Route 4</td><td>no driver</td></tr><tr><td>Route 9</td><td>no driver</td></tr>"
      "</table></figure>"));
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("Buses sit idle"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Jane Roe/The Courier"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Route 9"), std::string::npos) << a->text;
  lede::ExtractOptions keep;
  keep.keep_captions = true;
  lede::Result<lede::Article> b = lede::extract_article(
      harbour_page("<figure><img src=\"p.jpg\"><div>Buses sit idle at the depot in September, when six routes had "
                   "no driver.</div></figure>"),
      keep);
  ASSERT_TRUE(b.ok());
  EXPECT_NE(b->text.find("Buses sit idle"), std::string::npos) << b->text;
}

// A glossary's term set as a button inside a sentence is a word of it; the
// definition it opens is a tooltip, shown on hover only. Furigana over the
// characters is a reading aid: the text is the base. Marks that show
// nothing (direction marks around a Latin name, a zero-width space) are not
// text.
TEST(TextBlocks, InlineTermsTooltipsFuriganaAndInvisibleMarks) {
  lede::Result<lede::Article> a = lede::extract_article(harbour_page(
      "<p>The terminal will store 9.2 <span class=\"gloss\"><button type=\"button\">gigawatts</button><span "
      "role=\"tooltip\">A unit of power equal to one billion watts.</span></span> of battery power for the "
      "cranes, the authority said.</p><p>The new crane, built by \xE2\x80\x8E"
      "Acme\xE2\x80\x8F in <ruby>\xE6\x96\xB0\xE6\xBD\x9F<rp>(</rp><rt>\xE3\x81\xAB\xE3\x81\x84\xE3\x81\x8C\xE3\x81"
      "\x9F</rt><rp>)</rp></ruby>, lifts 40\xE2\x80\x8B"
      "tonnes at a time, its makers said.</p>"));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("store 9.2 gigawatts of battery power"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("billion watts"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("built by Acme in \xE6\x96\xB0\xE6\xBD\x9F, lifts 40tonnes"), std::string::npos) << a->text;
}

}  // namespace
