// text::list_marker_bytes: a list item's marker is layout, not words.
#include "text/list_marker.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lede/text.h"

namespace lede::text {
namespace {

// What is left of `sentence` once its marker is taken off ("N." counting).
std::string item(std::string_view sentence) { return std::string(sentence.substr(list_marker_bytes(sentence, true))); }

// The sentences of `text` in `language`, each without its marker.
std::vector<std::string> items(const std::string& text, const std::string& language) {
  Document d;
  d.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(d, o).ok());
  std::vector<std::string> out;
  for (std::size_t i = 0; i < d.sentences.size(); ++i)
    out.push_back(d.sentences[i].text.substr(list_marker_bytes(d, i, language)));
  return out;
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
    EXPECT_EQ(list_marker_bytes(s, true), 0u) << s;
}

// "N." is a marker only in a numbered run, and never where "1." is an
// ordinal: "1. FC Köln" opens with a word of the sentence.
TEST(ListMarker, NumbersCountInARunOnly) {
  EXPECT_EQ(list_marker_bytes("2. The second point.", false), 0u);
  EXPECT_EQ(list_marker_bytes("2. The second point.", true), 3u);
  EXPECT_EQ(items("The plan has three parts.\n1. Buses run later.\n2. Fares fall.\n3. Stops get shelters.\n", "en"),
            (std::vector<std::string>{"The plan has three parts.", "Buses run later.", "Fares fall.",
                                      "Stops get shelters."}));
  // An item of two sentences does not break the run.
  EXPECT_EQ(items("1. Buses run later. They run until two.\n2. Fares fall.\n", "en"),
            (std::vector<std::string>{"Buses run later.", "They run until two.", "Fares fall."}));
  EXPECT_EQ(items("1. FC K\u00f6ln beat Bayern on Saturday.\n\nThe fans stayed late.\n", "en"),
            (std::vector<std::string>{"1. FC K\u00f6ln beat Bayern on Saturday.", "The fans stayed late."}));
  EXPECT_EQ(items("1. FC K\u00f6ln gewann am Samstag.\n\n2. Bundesliga: Paderborn verlor.\n", "de"),
            (std::vector<std::string>{"1. FC K\u00f6ln gewann am Samstag.", "2. Bundesliga: Paderborn verlor."}));
  // Other markers need no run, in any language.
  EXPECT_EQ(items("1) Der erste Punkt.\n\n\u2022 Der zweite Punkt.\n", "de"),
            (std::vector<std::string>{"Der erste Punkt.", "Der zweite Punkt."}));
}

}  // namespace
}  // namespace lede::text
