// The targets of issue 2 on the gold sets in ../shared (skipped when absent).
#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lede/text.h"
#include "support/shared_data.h"

namespace lede {
namespace {

std::string collapse(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::set<std::size_t> boundaries(const std::vector<std::string>& sentences) {
  std::set<std::size_t> out;
  std::size_t pos = 0;
  for (std::size_t k = 0; k < sentences.size(); ++k) {
    for (char c : sentences[k]) pos += static_cast<std::size_t>(c != ' ');
    if (k + 1 < sentences.size()) out.insert(pos);
  }
  return out;
}

struct Score {
  std::size_t cases = 0, passed = 0, tp = 0, fp = 0, fn = 0;
  double f1() const {
    const double p = tp + fp ? static_cast<double>(tp) / static_cast<double>(tp + fp) : 1.0;
    const double r = tp + fn ? static_cast<double>(tp) / static_cast<double>(tp + fn) : 1.0;
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

Score evaluate(const std::string& path, const std::string& language) {
  Score s;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    std::vector<std::string> gold, pred;
    for (const auto& g : j["sentences"]) {
      std::string c = collapse(g.get<std::string>());
      if (!c.empty()) gold.push_back(c);
    }
    NormalizeOptions n;
    n.lenient = true;
    auto norm = normalize(j["text"].get<std::string>(), n);
    EXPECT_TRUE(norm.ok());
    SegmentOptions o;
    o.language = language;
    for (const ByteSpan& sp : segment(norm->text, o)) {
      std::string c = collapse(std::string_view(norm->text).substr(sp.start, sp.size()));
      if (!c.empty()) pred.push_back(c);
    }
    ++s.cases;
    s.passed += static_cast<std::size_t>(pred == gold);
    const auto g = boundaries(gold), p = boundaries(pred);
    for (auto b : p) (g.count(b) ? s.tp : s.fp)++;
    for (auto b : g) s.fn += static_cast<std::size_t>(!p.count(b));
  }
  return s;
}

TEST(SegmentGold, GoldenRulesEnglish) {
  LEDE_REQUIRE_SHARED(path, "data/segmentation/golden_rules.en.jsonl");
  const Score s = evaluate(path, "en");
  EXPECT_EQ(s.cases, 148u);
  EXPECT_GE(s.passed, 145u);
}

TEST(SegmentGold, UniversalDependenciesEwtDev) {
  LEDE_REQUIRE_SHARED(path, "data/segmentation/ud_en_ewt.dev.jsonl");
  EXPECT_GE(evaluate(path, "en").f1(), 0.88);
}

TEST(SegmentGold, UniversalDependenciesGumDev) {
  LEDE_REQUIRE_SHARED(path, "data/segmentation/ud_en_gum.dev.jsonl");
  EXPECT_GE(evaluate(path, "en").f1(), 0.95);
}

}  // namespace
}  // namespace lede
