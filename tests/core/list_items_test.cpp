// A list item in a summary is shown without its marker ("• ", "2. "), and
// its offsets point at what is shown.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"
#include "lede/summarize.h"

namespace lede {
namespace {

const char* kPlan =
    "The council approved the transit plan on Tuesday.\n\nThe plan includes:\n"
    "\u2022 A new bus line along Main Street, opening in 2028.\n"
    "-   Free fares for riders under 18 from next summer.\n"
    "3) Upgraded shelters at 120 bus stops.\n";

Cluster one(const std::string& text) {
  Cluster c;
  Document d;
  d.text = text;
  c.documents.push_back(std::move(d));
  return c;
}

Summary lead(const std::string& text, Budget budget, bool truncate = false, const std::string& language = "en") {
  SummarizeOptions o;
  o.method = "lead";
  o.budget = budget;
  o.truncate = truncate;
  o.language = language;
  Result<Summary> s = Summarizer().summarize(one(text), o);
  EXPECT_TRUE(s.ok()) << s.status().message();
  return s.ok() ? *s : Summary{};
}

TEST(ListItems, ShownWithoutTheirMarkers) {
  const std::string text = kPlan;
  const Summary s = lead(text, Budget::sentences(5));
  // "The plan includes:" announces what follows and is no candidate.
  ASSERT_EQ(s.sentences.size(), 4u);
  EXPECT_EQ(s.sentences[1].text, "A new bus line along Main Street, opening in 2028.");
  EXPECT_EQ(s.sentences[2].text, "Free fares for riders under 18 from next summer.");
  EXPECT_EQ(s.sentences[3].text, "Upgraded shelters at 120 bus stops.");
  // The offsets hold exactly the shown text.
  for (const SummarySentence& x : s.sentences) EXPECT_EQ(text.substr(x.start, x.end - x.start), x.text) << x.index;
}

// The offsets skip what normalization made a space or dropped after the
// marker: a no-break space, a zero-width space.
TEST(ListItems, OffsetsSkipInvisibleSpaceAfterTheMarker) {
  const std::string text =
      "The council approved the transit plan on Tuesday.\n\n\u2022\u00a0\u200bFree fares for riders under 18.\n";
  const Summary s = lead(text, Budget::sentences(2));
  ASSERT_EQ(s.sentences.size(), 2u);
  EXPECT_EQ(s.sentences[1].text, "Free fares for riders under 18.");
  EXPECT_EQ(text.substr(s.sentences[1].start, s.sentences[1].end - s.sentences[1].start), s.sentences[1].text);
}

TEST(ListItems, ACutItemLosesItsMarkerToo) {
  // 8 + 3 words: the first sentence whole, then the item cut to three words.
  const Summary s = lead(kPlan, Budget::words(11), true);
  ASSERT_FALSE(s.sentences.empty());
  EXPECT_EQ(s.sentences.back().text.rfind("\u2022", 0), std::string::npos) << s.sentences.back().text;
}

// A lone "1." is a word of its sentence: an ordinal in German, a club's
// name in English too.
TEST(ListItems, ALoneNumberIsNoMarker) {
  const std::string de = "1. FC K\u00f6ln gewann am Samstag in Berlin.\n\nDie Fans feierten lange.\n";
  Summary s = lead(de, Budget::sentences(1), false, "de");
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].text, "1. FC K\u00f6ln gewann am Samstag in Berlin.");
  EXPECT_EQ(s.sentences[0].start, 0u);
  const std::string en = "1. FC K\u00f6ln beat Bayern Munich on Saturday in Cologne.\n\nThe fans stayed late.\n";
  s = lead(en, Budget::sentences(1));
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].text, "1. FC K\u00f6ln beat Bayern Munich on Saturday in Cologne.");
}

TEST(ListItems, ANumberedRunLosesItsNumbers) {
  const std::string text =
      "The council listed its reasons on Tuesday.\n\n1. Buses will run later at night.\n"
      "2. Fares will fall for riders under 18.\n";
  const Summary s = lead(text, Budget::sentences(3));
  ASSERT_EQ(s.sentences.size(), 3u);
  EXPECT_EQ(s.sentences[1].text, "Buses will run later at night.");
  EXPECT_EQ(s.sentences[2].text, "Fares will fall for riders under 18.");
  for (const SummarySentence& x : s.sentences) EXPECT_EQ(text.substr(x.start, x.end - x.start), x.text) << x.index;
}

// A page's list reaches the summarizer as one: each item shown without its
// bullet, and under --standalone left out without the sentence that
// introduces it.
TEST(ListItems, APageListIsAListToo) {
  const std::string page =
      "<html><body><article><p>The city council voted 7-2 on Tuesday to approve a $400 million transit plan for "
      "the region.</p><p>The plan includes:</p><ul><li>A new bus rapid transit line along Main Street, opening in "
      "2028.</li><li>An extension of the light rail line by six miles to the airport.</li></ul><p>Mayor Ana Ruiz "
      "said the vote marked a turning point for the region.</p><p>Opponents argued the plan relies too heavily on "
      "a sales tax increase.</p></article></body></html>";
  Result<Article> a = extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_NE(a->text.find("\u2022 A new bus"), std::string::npos) << a->text;
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::sentences(3);
  Result<Summary> s = Summarizer().summarize(one(a->text), o);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->sentences.size(), 3u);
  EXPECT_EQ(s->sentences[1].text, "A new bus rapid transit line along Main Street, opening in 2028.");
  EXPECT_EQ(a->text.substr(s->sentences[1].start, s->sentences[1].end - s->sentences[1].start), s->sentences[1].text);
  o.standalone = true;
  s = Summarizer().summarize(one(a->text), o);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->sentences.size(), 3u);
  for (const SummarySentence& x : s->sentences) EXPECT_EQ(x.text.find("transit line along"), std::string::npos);
}

// The budget counts what the summary shows: a marker that is not printed
// takes none of it.
TEST(ListItems, MarkersTakeNoneOfTheBudget) {
  const std::string text =
      "The council listed its reasons today.\n\n1. Buses will run later at night.\n"
      "2. Fares will fall for young riders.\n";
  // 6 + 6 + 6 shown words: all three fit 18 words, and 17 leave the last out.
  Summary s = lead(text, Budget::words(18));
  ASSERT_EQ(s.sentences.size(), 3u);
  s = lead(text, Budget::words(17));
  EXPECT_EQ(s.sentences.size(), 2u);
  // 37 + 1 + 30 + 1 + 33 shown bytes (one space between sentences).
  s = lead(text, Budget::bytes(102));
  ASSERT_EQ(s.sentences.size(), 3u);
  EXPECT_EQ(s.sentences[2].text, "Fares will fall for young riders.");
  s = lead(text, Budget::bytes(101));
  EXPECT_EQ(s.sentences.size(), 2u);
}

TEST(ListItems, ACutAfterAnItemUsesAllTheRoomLeft) {
  const std::string text =
      "\u2022 The council approved the plan.\n\u2022 Buses will run later.\n\u2022 Fares will fall for young riders.\n";
  // 5 + 4 shown words, then 3 of the last item's 6.
  Summary s = lead(text, Budget::words(12), true);
  ASSERT_EQ(s.sentences.size(), 3u);
  EXPECT_EQ(s.sentences[2].text, "Fares will fall");
  // 30 + 1 + 21 + 1 bytes, then 12 bytes of room: "Fares will f".
  s = lead(text, Budget::bytes(65), true);
  ASSERT_EQ(s.sentences.size(), 3u);
  EXPECT_EQ(s.sentences[2].text, "Fares will f");
}

// A byte cut that falls just after a word leaves no space at the end.
TEST(ListItems, AByteCutEndsWithoutASpace) {
  const Summary s = lead("Fares will fall for young riders.\n", Budget::bytes(11), true);
  ASSERT_EQ(s.sentences.size(), 1u);
  EXPECT_EQ(s.sentences[0].text, "Fares will");
}

}  // namespace
}  // namespace lede
