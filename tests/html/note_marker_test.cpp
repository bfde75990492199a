// Footnote and citation markers in <sup> (note_marker.cpp), on pages written
// for these tests. A superscript number glued to the word before it
// ("crossing3") and made tokens no reader sees.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

std::string body_of(const std::string& article_html) {
  const std::string page = "<html><head><title>Bridge vote</title></head><body><article>" + article_html +
                           "<p>The regional court will hear an appeal against the plan next month, "
                           "and opponents say they have gathered four thousand signatures so far.</p>"
                           "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  EXPECT_TRUE(a.ok());
  return a.ok() && !a->paragraphs.empty() ? a->paragraphs.front().text : std::string();
}

TEST(NoteMarkers, ANumberAfterAWordOrSentenceEndIsDropped) {
  EXPECT_EQ(body_of("<p>Residents had asked for a safer crossing<sup>3</sup> after the old bridge was closed "
                    "to trucks.<sup>4</sup> The money<sup>5</sup>would come from the region.</p>"),
            "Residents had asked for a safer crossing after the old bridge was closed to trucks. "
            "The money would come from the region.");
  EXPECT_EQ(body_of("<p>The council approved the bridge on Tuesday, the mayor said.<sup><a href=\"#n1\">12</a>"
                    "</sup> Work starts in spring<sup>\xE2\x80\xA0</sup>.</p>"),
            "The council approved the bridge on Tuesday, the mayor said. Work starts in spring.");
}

TEST(NoteMarkers, ABracketedMarkerStaysApartFromItsWord) {
  // Plain text writes a citation as "[1]"; the word before it keeps its form.
  EXPECT_EQ(body_of("<p>Nurses hear up to 1,000 alarms per shift<sup>[1]</sup>, most of them false, "
                    "a hospital survey found.<sup>[a]</sup></p>"),
            "Nurses hear up to 1,000 alarms per shift [1], most of them false, a hospital survey found.[a]");
}

TEST(NoteMarkers, ExponentsOrdinalsAndSignsStay) {
  // A number after a digit or a short word is an exponent ("km<sup>2</sup>").
  EXPECT_EQ(body_of("<p>The new square covers 4,000 m<sup>2</sup> and 2 km<sup>2</sup> of the park, and "
                    "E = mc<sup>2</sup> was painted on it for the 1<sup>st</sup> Lumio<sup>TM</sup> fair.</p>"),
            "The new square covers 4,000 m2 and 2 km2 of the park, and E = mc2 was painted on it for the 1st "
            "LumioTM fair.");
}

}  // namespace
