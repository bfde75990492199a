// Scoring a segmenter against gold sentences, as `lede segment --eval` and
// the gold-set tests do: a case passes when the predicted sentences, white
// space collapsed and trimmed, equal the gold ones likewise; boundaries are
// the places where sentences end (not the end of the text), counted in the
// stream of non-space bytes so that white-space differences never matter.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace lede {

// Every run of ' ', '\t', '\n', '\r' becomes one space; leading and trailing
// runs are dropped.
std::string collapse_whitespace(std::string_view s);

// `text` normalized leniently and segmented for `language`; each sentence is
// the original bytes of its span (the normalized text where bytes had to be
// replaced), collapsed; empty sentences are left out.
std::vector<std::string> segment_collapsed(std::string_view text, const std::string& language);

// Where one case's predicted sentences differ from the gold ones. A sentence
// is shared when the other list holds the same text at the same place (in
// the stream of non-space bytes); `lines` are the others, in text order (at
// one place the gold's first), as indices into their list. A case can fail
// with no boundary wrong, when only white space inside a sentence differs.
struct SegmentationDiff {
  struct Line {
    bool gold = false;  // else predicted
    std::size_t index = 0;
  };
  std::size_t extra = 0;   // predicted boundaries the gold lacks
  std::size_t missed = 0;  // gold boundaries not predicted
  std::vector<Line> lines;
};

SegmentationDiff diff_segmentation(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

struct SegmentationScore {
  std::size_t cases = 0, passed = 0;
  std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;

  // Both lists collapsed already (collapse_whitespace), empties left out.
  void add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted);

  double pass_rate() const;  // 0 with no cases
  double precision() const;  // 1 when nothing was predicted
  double recall() const;     // 1 when the gold has no inner boundary
  double f1() const;
};

}  // namespace lede
