// `lede eval --oracle`: the extractive oracle scored beside the methods.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// Two records written for the test; each reference repeats one sentence of
// its article, which the oracle must find wherever it is.
const char* kData =
    "{\"id\": \"a\", \"documents\": [\"The council met on Monday. Members argued for an hour. The budget "
    "passed by one vote. Nobody spoke after the vote.\"], \"summaries\": [\"The budget passed by one vote.\"]}\n"
    "{\"id\": \"b\", \"documents\": [\"Snow fell overnight across the valley. Schools opened late. Ploughs "
    "cleared the main road by noon.\"], \"summaries\": [\"Ploughs cleared the main road by noon.\"]}\n";

TEST(EvalOracleCli, FindsTheSentencesTheReferencesRepeat) {
  const std::string data = temp_file(kData, ".jsonl");
  const std::string saved = temp_file("", ".jsonl");
  RunResult r = run_lede("eval --json --oracle --save " + shell_quote(saved) + " " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["method"], "oracle");
  EXPECT_EQ(j["scored"], 2);
  // Each summary is its reference exactly: every F is 1 (F1, the default
  // measure of a data set not named DUC or MultiLing, stops at one sentence).
  for (const char* m : {"ROUGE-1", "ROUGE-2", "ROUGE-L"})
    EXPECT_DOUBLE_EQ(j["metrics"][m]["F"]["mean"].get<double>(), 1.0) << m << ": " << r.out;
  std::ifstream in(saved);
  std::stringstream lines;
  lines << in.rdbuf();
  const std::string s = lines.str();
  EXPECT_NE(s.find("\"method\":\"oracle\""), std::string::npos) << s;
  EXPECT_NE(s.find("The budget passed by one vote."), std::string::npos) << s;
  EXPECT_NE(s.find("Ploughs cleared the main road by noon."), std::string::npos) << s;
}

TEST(EvalOracleCli, WithAMethodIsAUsageError) {
  const std::string data = temp_file(kData, ".jsonl");
  RunResult r = run_lede("eval --oracle -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--oracle chooses sentences by their overlap with the references: not with --method"),
            std::string::npos)
      << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  // The oracle is not made standalone: the flag would read as applied.
  r = run_lede("eval --oracle --standalone " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("not with --method, --selector, --model or --standalone"), std::string::npos) << r.err;
  EXPECT_TRUE(r.out.empty()) << r.out;
  // The same usage error whether the model file exists or not: a missing one
  // was reported as an input error (exit 1) first.
  r = run_lede("eval --oracle --model /nonexistent/news.model " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("not with --method, --selector, --model or --standalone"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
