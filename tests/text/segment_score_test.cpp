#include <gtest/gtest.h>

#include "text/segment_score.h"

namespace lede {
namespace {

TEST(CollapseWhitespace, RunsBecomeOneSpaceAndEndsAreTrimmed) {
  EXPECT_EQ(collapse_whitespace("  One\ttwo\r\n\n three  "), "One two three");
  EXPECT_EQ(collapse_whitespace(" \n\t "), "");
  EXPECT_EQ(collapse_whitespace("x"), "x");
}

TEST(SegmentationScore, ExactMatchPassesWithPerfectBoundaries) {
  SegmentationScore s;
  s.add({"A b.", "C d."}, {"A b.", "C d."});
  EXPECT_EQ(s.cases, 1u);
  EXPECT_EQ(s.passed, 1u);
  EXPECT_EQ(s.true_positives, 1u);
  EXPECT_DOUBLE_EQ(s.f1(), 1.0);
}

TEST(SegmentationScore, CountsMissedAndSpuriousBoundaries) {
  SegmentationScore s;
  // Gold ends after "A b." and "C d."; the prediction misses the first end
  // and adds one after "Mr.".
  s.add({"A b.", "C d.", "E Mr. F."}, {"A b. C d.", "E Mr.", "F."});
  EXPECT_EQ(s.passed, 0u);
  EXPECT_EQ(s.true_positives, 1u);   // after "C d."
  EXPECT_EQ(s.false_positives, 1u);  // after "Mr."
  EXPECT_EQ(s.false_negatives, 1u);  // after "A b."
  EXPECT_DOUBLE_EQ(s.precision(), 0.5);
  EXPECT_DOUBLE_EQ(s.recall(), 0.5);
  EXPECT_DOUBLE_EQ(s.pass_rate(), 0.0);
}

TEST(SegmentationScore, BoundariesIgnoreWhiteSpaceDifferences) {
  SegmentationScore s;
  s.add({"A  b.", "C."}, {"A b.", "C."});
  EXPECT_EQ(s.true_positives, 1u);
  EXPECT_EQ(s.false_positives + s.false_negatives, 0u);
}

// Lines are written as "g<index>" / "p<index>" so one string shows the order.
std::string lines_of(const SegmentationDiff& d) {
  std::string out;
  for (const SegmentationDiff::Line& l : d.lines) out += (l.gold ? " g" : " p") + std::to_string(l.index);
  return out;
}

// The gold ends a sentence after "A b." where the prediction does not, and
// the prediction ends one after "Mr." where the gold does not: two regions,
// each with its gold sentences first; the shared "G." is left out.
TEST(SegmentationDiff, ListsTheRegionsThatDifferGoldFirst) {
  const SegmentationDiff d = diff_segmentation({"A b.", "C d.", "E Mr. F.", "G."}, {"A b. C d.", "E Mr.", "F.", "G."});
  EXPECT_EQ(d.extra, 1u);
  EXPECT_EQ(d.missed, 1u);
  EXPECT_EQ(lines_of(d), " g0 g1 p0 g2 p1 p2");
}

// pySBD's cleaning cases drop bytes from the gold: the ends never meet again,
// so everything from the first difference on is one region.
TEST(SegmentationDiff, TextsOfDifferentLengthsEndInOneRegion) {
  EXPECT_EQ(lines_of(diff_segmentation({"A.", "B c.", "D."}, {"A.", "B x c.", "D."})), " g1 g2 p1 p2");
}

TEST(SegmentationDiff, SameCasesHaveNoLines) {
  const SegmentationDiff d = diff_segmentation({"A b.", "C."}, {"A b.", "C."});
  EXPECT_EQ(d.extra + d.missed, 0u);
  EXPECT_TRUE(d.lines.empty());
  EXPECT_TRUE(diff_segmentation({}, {}).lines.empty());
}

// The case fails (the texts differ) though every boundary is right.
TEST(SegmentationDiff, WhiteSpaceInsideASentenceIsADifferenceWithoutWrongBoundaries) {
  const SegmentationDiff d = diff_segmentation({"A b.", "C."}, {"Ab.", "C."});
  EXPECT_EQ(d.extra + d.missed, 0u);
  EXPECT_EQ(lines_of(d), " g0 p0");
}

TEST(SegmentationDiff, AnEmptySideListsTheOther) {
  EXPECT_EQ(lines_of(diff_segmentation({"A.", "B."}, {})), " g0 g1");
  EXPECT_EQ(lines_of(diff_segmentation({}, {"A."})), " p0");
}

TEST(SegmentCollapsed, SplitsAndCollapses) {
  const auto out = segment_collapsed("The vote was held.  Results  came\nlater.", "en");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0], "The vote was held.");
  EXPECT_EQ(out[1], "Results came later.");
}

TEST(SegmentCollapsed, SentencesAreTheInputsOwnBytes) {
  // NFC would turn the Greek question mark (U+037E) into ';'.
  const auto out = segment_collapsed("Τι ώρα είναι\xCD\xBE Είναι αργά.", "el");
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0], "Τι ώρα είναι\xCD\xBE");
}

}  // namespace
}  // namespace lede
