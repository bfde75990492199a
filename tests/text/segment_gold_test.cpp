// The targets of issue 2 on the gold sets in ../shared (skipped when absent).
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "support/shared_data.h"
#include "text/segment_score.h"

namespace lede {
namespace {

SegmentationScore evaluate(const std::string& path, const std::string& language) {
  SegmentationScore s;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto j = nlohmann::json::parse(line);
    std::vector<std::string> gold;
    for (const auto& g : j["sentences"]) {
      std::string c = collapse_whitespace(g.get<std::string>());
      if (!c.empty()) gold.push_back(c);
    }
    s.add(gold, segment_collapsed(j["text"].get<std::string>(), language));
  }
  return s;
}

TEST(SegmentGold, GoldenRulesEnglish) {
  LEDE_REQUIRE_SHARED(path, "data/segmentation/golden_rules.en.jsonl");
  const SegmentationScore s = evaluate(path, "en");
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
