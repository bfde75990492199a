// A single line break inside a paragraph (src/text/segment_lines.cpp): where
// the line was left open, the sentence goes on across it; a line break before
// a sentence's opening word, or before a name in capitals, ends one. The
// paragraph before each case gives the text a blank line, so its single
// breaks are read inside paragraphs.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/split_sentences.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

const std::string kBefore = "A report.\n\n";

// Soft-wrapped text keeps a space before its breaks: a capital that opens no
// sentence goes on.
TEST(SegmentLineBreaks, ASpaceBeforeTheBreakKeepsTheSentenceGoing) {
  EXPECT_EQ(
      split(kBefore + "The plan was approved by the \nCouncil on Monday after a long debate. It starts soon."),
      (V{"A report.", "The plan was approved by the \nCouncil on Monday after a long debate.", "It starts soon."}));
  // A sentence's opening word after it still starts one.
  EXPECT_EQ(split(kBefore + "The plan was approved by the \nThe council met on Monday after a long debate."),
            (V{"A report.", "The plan was approved by the", "The council met on Monday after a long debate."}));
}

// "a possible\nPregnancy test": a line ending on a lower-case word, then a
// capitalized word that opens no sentence, with sentence marks ahead.
TEST(SegmentLineBreaks, ALineLeftOpenGoesOnWithANameOrNoun) {
  EXPECT_EQ(split(kBefore +
                  "The clinic was busy all week. Doctors ordered a possible\nPregnancy test for the patient on Monday. "
                  "It came back negative."),
            (V{"A report.", "The clinic was busy all week.",
               "Doctors ordered a possible\nPregnancy test for the patient on Monday.", "It came back negative."}));
  // A word in capitals is a name opening a line of its own (a dateline, a speaker).
  EXPECT_EQ(split(kBefore +
                  "The clinic was busy all week. Doctors ordered a test\nSANDOVAL said the result was clear on Monday. "
                  "It came back negative."),
            (V{"A report.", "The clinic was busy all week.", "Doctors ordered a test",
               "SANDOVAL said the result was clear on Monday.", "It came back negative."}));
}

}  // namespace
}  // namespace lede
