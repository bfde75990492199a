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
