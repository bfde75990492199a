// text::list_marker_bytes: a list item's marker is layout, not words.
#include "text/list_marker.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lede::text {
namespace {

// What is left of `sentence` once its marker is taken off, in English.
std::string item(std::string_view sentence, std::string_view language = "en") {
  return std::string(sentence.substr(list_marker_bytes(sentence, language)));
}

TEST(ListMarker, BulletsAndDashesOpenItems) {
  EXPECT_EQ(item("\u2022 A new bus line opens in 2028."), "A new bus line opens in 2028.");
  EXPECT_EQ(item("\u2022A new bus line."), "A new bus line.");
  EXPECT_EQ(item("\u25AA  Fares fall."), "Fares fall.");
  EXPECT_EQ(item("- Free fares for riders under 18."), "Free fares for riders under 18.");
  EXPECT_EQ(item("* Upgraded shelters at 120 stops."), "Upgraded shelters at 120 stops.");
  EXPECT_EQ(item("+ More trains at night."), "More trains at night.");
  EXPECT_EQ(item("-\tTabs count as space."), "Tabs count as space.");
}

TEST(ListMarker, EnumeratorsOpenItems) {
  EXPECT_EQ(item("(a) The first point."), "The first point.");
  EXPECT_EQ(item("(12) The twelfth point."), "The twelfth point.");
  EXPECT_EQ(item("(iv) The fourth point."), "The fourth point.");
  EXPECT_EQ(item("b) The second point."), "The second point.");
  EXPECT_EQ(item("3) The third point."), "The third point.");
  EXPECT_EQ(item("3.) The third point."), "The third point.");
  EXPECT_EQ(item("2. The second point."), "The second point.");
  // A bullet before a number: both go.
  EXPECT_EQ(item("\u2022 1. The first point."), "The first point.");
}

TEST(ListMarker, SentencesThatOpenWithoutOne) {
  for (const char* s : {"The mayor spoke.", "-5 degrees were recorded overnight.", "-- and then it rained.",
                        "2020. The year of the vote.", "2.5 million people voted.", "(AP) _ The vote came late.",
                        "(The mayor declined to comment.)", "i.e. the vote was close.", "*Starred* words stay.", "A) ",
                        "\u2022 ", "* * *", "- 5 -", "1. 2. 3."})
    EXPECT_EQ(list_marker_bytes(s, "en"), 0u) << s;
}

// Where "1." is an ordinal, "1. FC Köln" opens with a word of the sentence.
TEST(ListMarker, OrdinalDotsAreNoMarkers) {
  EXPECT_EQ(item("1. FC K\u00f6ln gewann am Samstag.", "de"), "1. FC K\u00f6ln gewann am Samstag.");
  EXPECT_EQ(item("1) Der erste Punkt.", "de"), "Der erste Punkt.");
  EXPECT_EQ(item("\u2022 Der erste Punkt.", "de"), "Der erste Punkt.");
  EXPECT_EQ(list_marker_bytes("2. The second point.", true), 0u);
  EXPECT_EQ(list_marker_bytes("2. The second point.", false), 3u);
}

}  // namespace
}  // namespace lede::text
