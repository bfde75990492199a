// `lede methods`: one NAME<TAB>DESCRIPTION line per method and the defaults,
// or the same as JSON with what each method is for.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::vector<std::string> kMethods = {"centroid", "ilp",  "klsum", "lead",       "learned",  "lexrank",
                                           "lsa",      "luhn", "mmr",   "submodular", "sumbasic", "textrank"};

TEST(MethodsCli, TextListsEveryMethodThenTheDefaults) {
  const RunResult r = run_lede("methods");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> lines = output_lines(r.out);
  ASSERT_EQ(lines.size(), kMethods.size() + 2) << r.out;
  for (std::size_t k = 0; k < kMethods.size(); ++k) {
    EXPECT_EQ(lines[k].rfind(kMethods[k] + "\t", 0), 0u) << lines[k];
    EXPECT_GT(lines[k].size(), kMethods[k].size() + 10) << "no description: " << lines[k];
  }
  EXPECT_EQ(lines.back(), "default: learned (one document), ilp (cluster)");
}

TEST(MethodsCli, JsonSaysWhichMethodIsForClustersAndWhichReadsAModel) {
  const RunResult r = run_lede("methods --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["default_single"], "learned");
  EXPECT_EQ(j["default_cluster"], "ilp");
  ASSERT_EQ(j["methods"].size(), kMethods.size());
  for (std::size_t k = 0; k < kMethods.size(); ++k) {
    const auto& m = j["methods"][k];
    EXPECT_EQ(m["name"], kMethods[k]);
    const bool learned = kMethods[k] == "learned";
    EXPECT_EQ(m["reads_model"], learned) << m.dump();
    EXPECT_EQ(m["multi_document"], !learned) << m.dump();
  }
}

}  // namespace
}  // namespace lede::testing
