#include "represent/near_duplicate.h"

#include <gtest/gtest.h>

#include "support/clusters.h"

namespace lede {
namespace {

Representation rep_of(const std::vector<std::string>& texts) { return represent(testing::analyzed_cluster(texts)); }

TEST(NearDuplicate, EditedWireCopyIsADuplicate) {
  const Representation rep = rep_of({
      "Rescue teams pulled six miners alive from the flooded shaft near Tarvo late on Sunday night.",
      "Rescue teams pulled six miners alive from the flooded shaft near Tarvo late on Sunday, officials said.",
      "Six miners were rescued on Sunday.",
  });
  ASSERT_EQ(rep.size(), 3u);
  EXPECT_TRUE(near_duplicate(rep.shingles[0], rep.shingles[1]));
  EXPECT_FALSE(near_duplicate(rep.shingles[0], rep.shingles[2]));
  EXPECT_GT(jaccard(rep.shingles[0], rep.shingles[1]), 0.5);
  EXPECT_DOUBLE_EQ(jaccard(rep.shingles[0], rep.shingles[0]), 1.0);
}

// The ASCII letters and digits of `s` in their full-width forms (U+FF01..).
std::string widen(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == ' ') {
      out += c;
      continue;
    }
    const auto cp = static_cast<char32_t>(0xFEE0 + static_cast<unsigned char>(c));
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
  return out;
}

// Japanese and Chinese news copy a Latin sentence in full-width forms: it is
// the same sentence.
TEST(NearDuplicate, FullWidthCopyIsADuplicate) {
  const std::string ascii = "Rescue teams pulled 6 miners alive from the flooded shaft near Tarvo on Sunday";
  const Representation rep = rep_of({ascii + ".", widen(ascii) + "."});
  ASSERT_EQ(rep.size(), 2u);
  EXPECT_DOUBLE_EQ(jaccard(rep.shingles[0], rep.shingles[1]), 1.0);
  EXPECT_TRUE(near_duplicate(rep.shingles[0], rep.shingles[1]));
}

TEST(NearDuplicate, ShortSentenceContainedInLongerOne) {
  const Representation rep = rep_of({
      "The storm cut power to forty thousand homes in the valley.",
      "Officials said on Monday that the storm cut power to forty thousand homes in the valley and closed schools.",
  });
  EXPECT_TRUE(near_duplicate(rep.shingles[0], rep.shingles[1]));
}

// Inputs past two million distinct stems hash the 3-grams instead of
// packing their ids: both forms must give every pair of sentences the same
// overlap.
TEST(NearDuplicate, HashedShinglesCompareAsPackedOnes) {
  const Representation rep = rep_of({
      "Rescue teams pulled six miners alive from the flooded shaft near Tarvo late on Sunday night.",
      "Rescue teams pulled six miners alive from the flooded shaft near Tarvo late on Sunday, officials said.",
      "Six miners were rescued on Sunday. Rescued. Six miners.",
      "The teams pulled the miners from the shaft, and the shaft was flooded.",
  });
  ASSERT_GE(rep.size(), 5u);
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const Shingles pi = shingles_of(rep.all_terms[i], true), hi = shingles_of(rep.all_terms[i], false);
    EXPECT_EQ(pi, rep.shingles[i]);
    EXPECT_EQ(pi.size(), hi.size());
    for (std::size_t j = 0; j < rep.size(); ++j) {
      const Shingles pj = shingles_of(rep.all_terms[j], true), hj = shingles_of(rep.all_terms[j], false);
      EXPECT_DOUBLE_EQ(jaccard(pi, pj), jaccard(hi, hj)) << i << " " << j;
      EXPECT_EQ(near_duplicate(pi, pj), near_duplicate(hi, hj)) << i << " " << j;
    }
  }
}

// A sentence of one or two words is its words; they never match a 3-gram
// of the same ids.
TEST(NearDuplicate, WordsOfAShortSentenceAreNotThreeGrams) {
  for (const bool pack : {true, false}) {
    const Shingles words = shingles_of({0, 0}, pack), gram = shingles_of({0, 0, 0}, pack);
    ASSERT_EQ(words.size(), 1u);
    ASSERT_EQ(gram.size(), 1u);
    EXPECT_NE(words[0], gram[0]);
    EXPECT_EQ(shingles_of({7, 9, 7, 9, 7}, pack).size(), 2u);  // "7 9 7" twice, "9 7 9" once
  }
}

TEST(NearDuplicate, RepeatedDocumentIsFlaggedOnceKeepingTheFirst) {
  const std::string a =
      "The central bank raised its main rate by half a point. Markets had expected a smaller rise. "
      "The bank said inflation was still too high.";
  const std::string b = "A new bridge opened in the north of the city. Traffic on the old road fell by half.";
  const Representation rep = rep_of({a, b, a, a + " Shares fell slightly after the news."});
  ASSERT_EQ(rep.duplicate_document.size(), 4u);
  EXPECT_FALSE(rep.duplicate_document[0]);
  EXPECT_FALSE(rep.duplicate_document[1]);
  EXPECT_TRUE(rep.duplicate_document[2]);
  EXPECT_TRUE(rep.duplicate_document[3]);
}

TEST(NearDuplicate, CopiesAnywhereInTheClusterAreFlagged) {
  const std::string a = "Heavy snow closed the mountain pass on Tuesday. Trucks waited at the border for a day.";
  const std::string b =
      "The city council approved a new budget for schools. Teachers will get a raise next year. "
      "Parents welcomed the plan.";
  const std::string c = "A rare bird was seen in the harbour. Watchers came from far away to see it.";
  // b's copy comes two documents later; the last document copies that copy.
  const Representation rep = rep_of({b, a, c, b + " The vote was close.", b});
  ASSERT_EQ(rep.duplicate_document.size(), 5u);
  EXPECT_EQ(rep.duplicate_document, (std::vector<bool>{false, false, false, true, true}));
}

TEST(NearDuplicate, DifferentReportsOfOneEventAreKept) {
  const Representation rep = rep_of({
      "Flooding closed the main highway on Friday. Drivers were stuck for hours.",
      "Schools stayed shut as water rose in the river town. The mayor asked for army help.",
  });
  EXPECT_FALSE(rep.duplicate_document[0]);
  EXPECT_FALSE(rep.duplicate_document[1]);
}

// 100,000 documents (a JSONL record of many short items, most of them left
// without sentences by max_sentences) made a table of every document pair,
// 80 GB, and `lede summarize` died of std::bad_alloc.
TEST(NearDuplicate, ManyDocumentsWithoutSentencesCostNothing) {
  const std::string a = "Heavy snow closed the mountain pass on Tuesday. Trucks waited at the border for a day.";
  std::vector<std::string> texts(100000);
  texts[10] = a;
  texts[50000] = "A rare bird was seen in the harbour. Watchers came from far away to see it.";
  texts[99999] = a;
  const Representation rep = rep_of(texts);
  ASSERT_EQ(rep.duplicate_document.size(), texts.size());
  for (std::size_t d = 0; d < texts.size(); ++d) EXPECT_EQ(rep.duplicate_document[d], d == 99999) << d;
}

TEST(Representation, SentenceIdfKeepsClusterTopicWords) {
  const Representation rep = rep_of({"Volcano erupts. Ash falls.", "The volcano erupted again. Flights stop.",
                                     "Volcano ash closes airports. Trains run."});
  // "volcano" is in every document but not every sentence: its IDF stays positive.
  bool found = false;
  for (std::size_t t = 0; t < rep.vocabulary.size(); ++t) {
    if (rep.vocabulary[t].rfind("volcano", 0) != 0) continue;
    found = true;
    EXPECT_GT(rep.idf[t], 0.1);
  }
  EXPECT_TRUE(found);
}

}  // namespace
}  // namespace lede
