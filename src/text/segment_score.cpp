#include "text/segment_score.h"

#include <set>

#include "lede/text.h"

namespace lede {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::set<std::size_t> boundaries(const std::vector<std::string>& sentences) {
  std::set<std::size_t> out;
  std::size_t pos = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    for (char c : sentences[k]) pos += static_cast<std::size_t>(c != ' ');
    if (k + 1 < sentences.size()) out.insert(pos);
  }
  return out;
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

double SegmentationScore::pass_rate() const { return ratio(passed, cases, 0.0); }
double SegmentationScore::precision() const { return ratio(true_positives, true_positives + false_positives, 1.0); }
double SegmentationScore::recall() const { return ratio(true_positives, true_positives + false_negatives, 1.0); }
double SegmentationScore::f1() const {
  const double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

}  // namespace lede
