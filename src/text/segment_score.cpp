#include "text/segment_score.h"

#include <set>

#include "lede/text.h"

namespace lede {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Where each sentence starts in the stream of non-space bytes; the last
// entry is where the text ends.
std::vector<std::size_t> starts(const std::vector<std::string>& sentences) {
  std::vector<std::size_t> out{0};
  for (const std::string& s : sentences) {
    std::size_t pos = out.back();
    for (char c : s) pos += static_cast<std::size_t>(c != ' ');
    out.push_back(pos);
  }
  return out;
}

// Sentence ends, the end of the text not counted.
std::set<std::size_t> boundaries(const std::vector<std::string>& sentences) {
  const std::vector<std::size_t> at = starts(sentences);
  return at.size() > 2 ? std::set<std::size_t>(at.begin() + 1, at.end() - 1) : std::set<std::size_t>{};
}

double ratio(std::size_t num, std::size_t den, double if_empty) {
  return den > 0 ? static_cast<double>(num) / static_cast<double>(den) : if_empty;
}

}  // namespace

std::string collapse_whitespace(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (is_space(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::vector<std::string> segment_collapsed(std::string_view text, const std::string& language) {
  NormalizeOptions nopts;
  nopts.lenient = true;
  Result<NormalizedText> norm = normalize(text, nopts);
  std::vector<std::string> out;
  if (!norm.ok()) return out;
  SegmentOptions sopts;
  sopts.language = language;
  // Sentences are judged as the input's own bytes (mapped back through the
  // normalization), so NFC singletons such as the Greek question mark and
  // dropped bidirectional marks compare as the gold has them.
  const bool original = norm->replaced == 0;
  for (const ByteSpan& span : segment(norm->text, sopts)) {
    const ByteSpan shown = original ? norm->to_original(span) : span;
    const std::string_view from = original ? text : std::string_view(norm->text);
    std::string c = collapse_whitespace(from.substr(shown.start, shown.size()));
    if (!c.empty()) out.push_back(std::move(c));
  }
  return out;
}

void SegmentationScore::add(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  ++cases;
  passed += static_cast<std::size_t>(gold == predicted);
  const auto g = boundaries(gold), p = boundaries(predicted);
  for (std::size_t b : p) (g.count(b) ? true_positives : false_positives)++;
  for (std::size_t b : g) false_negatives += static_cast<std::size_t>(!p.count(b));
}

SegmentationDiff diff_segmentation(const std::vector<std::string>& gold, const std::vector<std::string>& predicted) {
  SegmentationDiff d;
  const auto g = boundaries(gold), p = boundaries(predicted);
  for (std::size_t b : p) d.extra += static_cast<std::size_t>(!g.count(b));
  for (std::size_t b : g) d.missed += static_cast<std::size_t>(!p.count(b));
  // Regions run from a place where both lists start a sentence to the next
  // place where both end one; a region of one sentence each with the same
  // text is shared, any other is listed, its gold sentences first.
  const std::vector<std::size_t> gs = starts(gold), ps = starts(predicted);
  const std::size_t ng = gold.size(), np = predicted.size();
  std::size_t i = 0, j = 0;
  while (i < ng || j < np) {
    std::size_t i_last = ng - 1, j_last = np - 1;  // to the end unless the ends meet
    if (i < ng && j < np) {
      i_last = i, j_last = j;
      std::size_t ge = gs[i + 1], pe = ps[j + 1];
      while (ge != pe) {
        if (ge < pe && i_last + 1 < ng) {
          ge = gs[++i_last + 1];
        } else if (pe < ge && j_last + 1 < np) {
          pe = ps[++j_last + 1];
        } else {  // the texts differ in length: the rest is one region
          i_last = ng - 1, j_last = np - 1;
          break;
        }
      }
      if (i_last == i && j_last == j && gold[i] == predicted[j]) {
        ++i, ++j;
        continue;
      }
    }
    for (; i < ng && i <= i_last; ++i) d.lines.push_back({true, i});
    for (; j < np && j <= j_last; ++j) d.lines.push_back({false, j});
  }
  return d;
}

double SegmentationScore::pass_rate() const { return ratio(passed, cases, 0.0); }
double SegmentationScore::precision() const { return ratio(true_positives, true_positives + false_positives, 1.0); }
double SegmentationScore::recall() const { return ratio(true_positives, true_positives + false_negatives, 1.0); }
double SegmentationScore::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace lede
