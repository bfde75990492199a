// How the parsed page is read (dom.cpp), on small pages written for these
// tests: what the parser adds to a broken page must not change its text.
#include <gtest/gtest.h>

#include <iterator>
#include <string>

#include "lede/extract.h"

namespace {

const char* kFerryParagraphs[] = {
    "The harbour authority said on Monday that the new ferry terminal would open two months later than planned, "
    "blaming delays in the delivery of steel.",
    "Work on the terminal began in the spring of last year, and the contractor had promised that the building "
    "would be finished before the summer season.",
    "Local business owners, who had hoped for an early opening, said the delay would cost them a large share of "
    "the visitors they expect every year.",
    "The council will discuss the timetable at its next meeting, where members are expected to ask for a "
    "detailed report on the costs of the delay.",
};

// A link left open before the body (a photo credit, a byline): the HTML5
// parser re-opens it in every later paragraph, as browsers do, so without
// care the whole body reads as link text and a box of related teasers wins.
std::string page_with_unclosed_link(const std::string& opener) {
  std::string page =
      "<html><head><title>Ferry terminal opening delayed | Harbour Times</title></head><body><article>"
      "<h1>Ferry terminal opening delayed</h1>" +
      opener;
  for (const char* p : kFerryParagraphs) page += std::string("<p>") + p + "</p>";
  page +=
      "</article><div><h3>More stories</h3><ul>"
      "<li><a href=\"/a\">Fishermen protest</a><p>The fishermen say the quotas announced last week will force "
      "several family boats out of business by winter.</p></li>"
      "<li><a href=\"/b\">Lighthouse restored</a><p>Volunteers spent three years restoring the old lighthouse, "
      "which now houses a small museum of the coast.</p></li></ul></div></body></html>";
  return page;
}

TEST(ParsedPage, ALinkLeftOpenDoesNotTurnTheBodyIntoLinks) {
  for (const char* opener :
       {"<p>Photo: <a href=\"/photographer\">Jan Olsen</p>", "<div><a href=\"/author\">Anna Berg</div>",
        "<p>See <a href=\"/report\">the report.</p>"}) {
    lede::Result<lede::Article> a = lede::extract_article(page_with_unclosed_link(opener));
    ASSERT_TRUE(a.ok());
    for (const char* p : kFerryParagraphs) EXPECT_NE(a->text.find(p), std::string::npos) << opener << "\n" << a->text;
    EXPECT_EQ(a->text.find("fishermen"), std::string::npos) << opener << "\n" << a->text;
  }
}

TEST(ParsedPage, SoftHyphensAreDroppedFromTextAndHeadline) {
  // &shy; marks where a word may break; kept, it cuts the word for every
  // reader of the text (a German compound here).
  const std::string page =
      "<html><head><title>Bundes&shy;regierung beschlie\u00DFt Haushalt</title></head><body><article>"
      "<h1>Bundes&shy;regierung beschlie\u00DFt Haushalt</h1><p>Die Bundes&shy;regierung hat am Dienstag den "
      "Haushalt f\u00FCr das kommende Jahr beschlossen, nach monatelangen Verhandlungen.</p><p>Sie will damit "
      "Schulen, Parks und Stra\u00DFen\u00ADreparaturen in der ganzen Region finanzieren, hie\u00DF es.</p>"
      "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "Bundesregierung beschlie\u00DFt Haushalt");
  ASSERT_EQ(a->paragraphs.size(), 2u) << a->text;
  EXPECT_EQ(a->text.find("\u00AD"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Die Bundesregierung hat"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("Stra\u00DFenreparaturen"), std::string::npos) << a->text;
}

// A story built of web components: browsers draw an unknown element inline
// until the site's style sheet says otherwise, and read as inline the
// paragraphs ran into one block with the newsletter box and the related
// cards beside them. Custom elements standing among elements are blocks;
// one inside a sentence stays part of it.
TEST(ParsedPage, CustomElementsAmongElementsAreBlocks) {
  std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><site-app><story-page>"
      "<story-header><h1>Ferry terminal opening delayed</h1></story-header><story-body><rich-text-block>";
  for (const char* p : kFerryParagraphs) page += std::string("<x-para>") + p + "</x-para>";
  page +=
      "<x-para>The harbour master called the <glossary-term>slipway</glossary-term> the hardest part of the "
      "work.</x-para></rich-text-block><newsletter-signup><x-para>Get the Harbour Times briefing every "
      "morning.</x-para><button>Sign up</button></newsletter-signup></story-body><more-stories>"
      "<story-card><a href=\"/a\">Fishermen protest new quotas</a></story-card><story-card><a href=\"/b\">"
      "Lighthouse restored by volunteers</a></story-card></more-stories></story-page></site-app></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), std::size(kFerryParagraphs) + 1) << a->text;
  for (std::size_t k = 0; k < std::size(kFerryParagraphs); ++k) EXPECT_EQ(a->paragraphs[k].text, kFerryParagraphs[k]);
  EXPECT_EQ(a->paragraphs.back().text, "The harbour master called the slipway the hardest part of the work.");
}

// A declarative shadow root (<template shadowrootmode="open">) is drawn in
// place of its host's children, so its text is the page's; a plain
// <template> is inert markup a script may clone, and stays out.
TEST(ParsedPage, ADeclarativeShadowRootIsReadAndAPlainTemplateIsNot) {
  std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><news-story>"
      "<template shadowrootmode=\"open\"><style>p{margin:0}</style><article><h1>Ferry terminal opening "
      "delayed</h1>";
  for (const char* p : kFerryParagraphs) page += std::string("<p>") + p + "</p>";
  page +=
      "</article></template></news-story><template id=\"card\"><p>A card's text that a script copies into "
      "the page for every teaser it builds, with the teaser's own words.</p></template></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), std::size(kFerryParagraphs)) << a->text;
  for (std::size_t k = 0; k < std::size(kFerryParagraphs); ++k) EXPECT_EQ(a->paragraphs[k].text, kFerryParagraphs[k]);
}

}  // namespace
