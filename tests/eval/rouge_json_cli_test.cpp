// The exact text of `lede rouge --json` (JSONL and settings-file paths) and
// of `lede eval --json`: keys in the order docs/rouge.md lists them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include <unistd.h>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

namespace fs = std::filesystem;

// Two pairs, each summary "a b" against the reference "a c d": ROUGE-1 and
// ROUGE-L both hit one token, so R = 1/3 (0.33333), P = 1/2 and F =
// 2PR/(P+R) of the rounded R and P = 0.4; every resample draws the same
// scores, so mean, low and high are those. Under -t 2 the corpus counts
// are M = 3 + 3, P = 2 + 2, H = 1 + 1 for both metrics.
const char* const kRefs =
    "{\"id\": \"a\", \"summaries\": [\"a c d\"]}\n"
    "{\"id\": \"b\", \"summaries\": [\"a c d\"]}\n";
const char* const kSums =
    "{\"id\": \"a\", \"summary\": \"a b\"}\n"
    "{\"id\": \"b\", \"summary\": \"a b\"}\n";

const char* const kMetrics =
    "\"metrics\":{\"ROUGE-1\":{\"R\":{\"mean\":0.33333,\"low\":0.33333,\"high\":0.33333},"
    "\"P\":{\"mean\":0.5,\"low\":0.5,\"high\":0.5},\"F\":{\"mean\":0.4,\"low\":0.4,\"high\":0.4}},"
    "\"ROUGE-L\":{\"R\":{\"mean\":0.33333,\"low\":0.33333,\"high\":0.33333},"
    "\"P\":{\"mean\":0.5,\"low\":0.5,\"high\":0.5},\"F\":{\"mean\":0.4,\"low\":0.4,\"high\":0.4}}}";
const char* const kCounts =
    "\"metrics\":{\"ROUGE-1\":{\"M_count\":6.0,\"P_count\":4.0,\"H_count\":2.0},"
    "\"ROUGE-L\":{\"M_count\":6.0,\"P_count\":4.0,\"H_count\":2.0}}";

// The same two pairs as ROUGE-1.5.5's settings file of SPL summaries, in a
// fresh directory removed at the end.
class SettingsFile {
 public:
  SettingsFile() {
    static int n = 0;
    dir_ = fs::temp_directory_path() / ("lede_rouge_json_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    std::ofstream(dir_ / "peer.spl") << "a b\n";
    std::ofstream(dir_ / "model.spl") << "a c d\n";
    std::string xml = "<ROUGE-EVAL version=\"1.0\">\n";
    for (const char* id : {"a", "b"})
      xml += std::string("<EVAL ID=\"") + id + "\">\n<PEER-ROOT>" + dir_.string() + "</PEER-ROOT>\n<MODEL-ROOT>" +
             dir_.string() +
             "</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"SPL\"></INPUT-FORMAT>\n"
             "<PEERS><P ID=\"A\">peer.spl</P></PEERS>\n<MODELS><M ID=\"1\">model.spl</M></MODELS>\n</EVAL>\n";
    std::ofstream(dir_ / "settings.xml") << xml << "</ROUGE-EVAL>\n";
  }
  ~SettingsFile() { fs::remove_all(dir_); }
  std::string path() const { return (dir_ / "settings.xml").string(); }

 private:
  fs::path dir_;
};

// The JSONL path sorted every key (flags, metrics, mode, pairs; F, P, R;
// high, low, mean; H, M, P counts) while the settings-file path kept the
// documented order.
TEST(RougeJsonCli, BothPathsPrintTheDocumentedKeyOrder) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = shell_quote(temp_file(kRefs, ".jsonl")), sums = shell_quote(temp_file(kSums, ".jsonl"));
  const SettingsFile settings;
  const std::string xml = shell_quote(settings.path());

  RunResult jsonl = run_lede("rouge -n 1 --json " + refs + " " + sums);
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_EQ(jsonl.out,
            std::string("{\"pairs\":2,\"mode\":\"ROUGE-1.5.5\",\"flags\":[\"-n\",\"1\"],") + kMetrics + "}\n");
  RunResult xml_run = run_lede("rouge -n 1 --json " + xml + " A");
  ASSERT_EQ(xml_run.exit_code, 0) << xml_run.err;
  EXPECT_EQ(xml_run.out, "{\"system\":\"A\"," + jsonl.out.substr(1));

  jsonl = run_lede("rouge -n 1 -t 2 --json " + refs + " " + sums);
  ASSERT_EQ(jsonl.exit_code, 0) << jsonl.err;
  EXPECT_EQ(jsonl.out, std::string("{\"pairs\":2,\"mode\":\"ROUGE-1.5.5\",\"flags\":[\"-n\",\"1\",\"-t\",\"2\"],") +
                           kCounts + "}\n");
  xml_run = run_lede("rouge -n 1 -t 2 --json " + xml + " A");
  ASSERT_EQ(xml_run.exit_code, 0) << xml_run.err;
  EXPECT_EQ(xml_run.out, "{\"system\":\"A\"," + jsonl.out.substr(1));
}

// --unicode was in neither "flags" nor "mode": such figures, not comparable
// with ROUGE-1.5.5's, were labelled "ROUGE-1.5.5". The ASCII fixture scores
// the same either way, so the metrics are the hand-worked ones above.
TEST(RougeJsonCli, UnicodeIsInFlagsAndMode) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string refs = shell_quote(temp_file(kRefs, ".jsonl")), sums = shell_quote(temp_file(kSums, ".jsonl"));
  const SettingsFile settings;
  RunResult r = run_lede("rouge -n 1 --unicode --json " + refs + " " + sums);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            std::string("{\"pairs\":2,\"mode\":\"ROUGE-1.5.5+unicode\",\"flags\":[\"-n\",\"1\",\"--unicode\"],") +
                kMetrics + "}\n");
  r = run_lede("rouge --unicode -n 1 --json " + shell_quote(settings.path()) + " A");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            std::string("{\"system\":\"A\",\"pairs\":2,\"mode\":\"ROUGE-1.5.5+unicode\",\"flags\":[\"--unicode\","
                        "\"-n\",\"1\"],") +
                kMetrics + "}\n");
  // The other switch that changes the figures is kept where given too.
  r = run_lede("rouge --rouge-score -n 1 --json " + refs + " " + sums);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("{\"pairs\":2,\"mode\":\"rouge-score\",\"flags\":[\"--rouge-score\",\"-n\",\"1\"],", 0), 0u)
      << r.out;

  // lede eval kept --unicode in its flags but called the mode ROUGE-1.5.5.
  const std::string data = temp_file(
      "{\"id\": \"d1\", \"documents\": [\"Rain fell on the town. The river rose.\"], "
      "\"summaries\": [\"The river rose after rain.\"]}\n",
      ".jsonl");
  r = run_lede("eval --json -m lead --rouge '-n 1 --unicode -r 10' " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["rouge"], (nlohmann::json{{"mode", "ROUGE-1.5.5+unicode"}, {"flags", "-n 1 --unicode -r 10"}}));
  r = run_lede("eval --json -m lead --rouge '-n 1 -r 10' " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(nlohmann::json::parse(r.out)["rouge"]["mode"], "ROUGE-1.5.5");
}

// lede eval --json sorted its keys too, against the order docs/rouge.md
// lists. Its seconds and memory vary, so the keys are compared, in order.
TEST(EvalJsonCli, KeysInTheDocumentedOrder) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const std::string data = temp_file(
      "{\"id\": \"d1\", \"documents\": [\"Rain fell on the town. The river rose.\"], "
      "\"summaries\": [\"The river rose after rain.\"]}\n",
      ".jsonl");
  const RunResult r = run_lede("eval --json -m lead --rouge '-n 1 -r 10' " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::ordered_json j = nlohmann::ordered_json::parse(r.out);
  auto keys = [](const nlohmann::ordered_json& o) {
    std::vector<std::string> out;
    for (const auto& item : o.items()) out.push_back(item.key());
    return out;
  };
  EXPECT_EQ(keys(j), (std::vector<std::string>{"dataset", "method", "budget", "rouge", "clusters", "scored", "failed",
                                               "standard", "seconds", "clusters_per_second", "peak_rss_mb", "metrics"}))
      << r.out;
  EXPECT_EQ(keys(j["rouge"]), (std::vector<std::string>{"mode", "flags"})) << r.out;
  EXPECT_EQ(keys(j["metrics"]), (std::vector<std::string>{"ROUGE-1", "ROUGE-L"})) << r.out;
  EXPECT_EQ(keys(j["metrics"]["ROUGE-1"]), (std::vector<std::string>{"R", "P", "F"})) << r.out;
  EXPECT_EQ(keys(j["metrics"]["ROUGE-1"]["R"]), (std::vector<std::string>{"mean", "low", "high"})) << r.out;
}

}  // namespace
}  // namespace lede::testing
