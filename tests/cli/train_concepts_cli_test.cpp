#include <gtest/gtest.h>

#include <filesystem>

#include "represent/concept_model.h"
#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// Four small clusters of three reports each, with two references.
std::string clusters() {
  std::string out;
  const char* topics[] = {"harbor bridge", "river ferry", "mountain tunnel", "city tram"};
  for (int k = 0; k < 4; ++k) {
    const std::string t = topics[k];
    out += "{\"id\": \"c" + std::to_string(k) + "\", \"documents\": [";
    for (int d = 0; d < 3; ++d) {
      out += std::string(d ? ", " : "") + "\"The " + t +
             " closed on Monday after engineers found cracks in a steel cable. " + "Officials said repairs to the " +
             t + " would take a week and cost four million dollars. " + "Commuters waited for hours at report " +
             std::to_string(d) + " while police directed the traffic.\"";
    }
    out += "], \"summaries\": [\"The " + t + " closed on Monday after engineers found cracks.\", \"Repairs to the " +
           t + " will take a week.\"]}\n";
  }
  return out;
}

TEST(TrainConceptsCli, CrossValidatesEveryClusterInInputOrder) {
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::string summaries = temp_file("", ".jsonl");
  RunResult r = run_lede("train-concepts --folds 2 --summaries " + shell_quote(summaries) + " " + shell_quote(data));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const std::vector<std::string> got = output_lines(read_file(summaries));
  ASSERT_EQ(got.size(), 4u);
  for (int k = 0; k < 4; ++k) {
    EXPECT_EQ(got[static_cast<std::size_t>(k)].rfind("{\"id\":\"c" + std::to_string(k) + "\",\"summary\":[\"", 0), 0u)
        << got[static_cast<std::size_t>(k)];
  }
  // The summaries are scored by `lede rouge` against the same file.
  RunResult rouge = run_lede("rouge -n 2 -m -l 100 " + shell_quote(data) + " " + shell_quote(summaries));
  EXPECT_EQ(rouge.exit_code, 0) << rouge.err;
}

TEST(TrainConceptsCli, WritesTheSameParseableModelTwice) {
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::string a = temp_file("", ".model"), b = temp_file("", ".model");
  ASSERT_EQ(run_lede("train-concepts --out " + shell_quote(a) + " " + shell_quote(data)).exit_code, 0);
  ASSERT_EQ(run_lede("train-concepts --out " + shell_quote(b) + " " + shell_quote(data)).exit_code, 0);
  const std::string text = read_file(a);
  EXPECT_EQ(text, read_file(b));
  Result<ConceptModel> m = ConceptModel::parse(text);
  ASSERT_TRUE(m.ok()) << m.status().message();
  EXPECT_EQ(m->weights().size(), concept_feature_names().size());
}

// It used to read the data, write nothing and exit 0.
TEST(TrainConceptsCli, NothingToDoIsAUsageError) {
  const std::string data = temp_file(clusters(), ".jsonl");
  RunResult r = run_lede("train-concepts " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("nothing to do: give --out FILE, --folds K or --eval FILE"), std::string::npos) << r.err;
  const std::string summaries = temp_file("", ".jsonl");
  r = run_lede("train-concepts --summaries " + shell_quote(summaries) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--summaries is written only with --folds or --eval"), std::string::npos) << r.err;
}

// A missing --eval file was found only after the training data was read and
// the model trained (with --folds, after the cross-validation too).
TEST(TrainConceptsCli, MissingEvalFileFailsFirst) {
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::string model = temp_file("", ".model"), summaries = temp_file("", ".jsonl");
  RunResult r = run_lede("train-concepts --out " + shell_quote(model) + " --summaries " + shell_quote(summaries) +
                         " --eval /nonexistent/eval.jsonl " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--eval /nonexistent/eval.jsonl: cannot open"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("clusters"), std::string::npos) << r.err;  // the training data was not read
  EXPECT_EQ(read_file(model), "");
}

// On a full disk the summaries and the model were lost at close, after the
// run had printed its figures and exited 0.
TEST(TrainConceptsCli, FullDiskIsAnErrorThatSaysSo) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::vector<std::string> runs = {"--folds 2 --summaries /dev/full",
                                         "--eval " + shell_quote(data) + " --summaries /dev/full", "--out /dev/full"};
  for (const std::string& args : runs) {
    RunResult r = run_lede("train-concepts " + args + " " + shell_quote(data));
    EXPECT_EQ(r.exit_code, 3) << args;
    EXPECT_NE(r.err.find("/dev/full: cannot write: No space left on device"), std::string::npos)
        << args << ": " << r.err;
  }
}

// Both wrote --summaries: the --eval summaries replaced the cross-validated
// ones without a word.
TEST(TrainConceptsCli, FoldsAndEvalTogetherAreAUsageError) {
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::string summaries = temp_file("", ".jsonl");
  RunResult r = run_lede("train-concepts --folds 2 --eval " + shell_quote(data) + " --summaries " +
                         shell_quote(summaries) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--folds and --eval both write --summaries"), std::string::npos) << r.err;
}

// Both were written to it, the model last: the summaries were lost and the
// run exited 0. A symbolic link to the same file is the same file.
TEST(TrainConceptsCli, OutAndSummariesNamingOneFileAreAUsageError) {
  const std::string data = temp_file(clusters(), ".jsonl");
  const std::string summaries = temp_file("", ".jsonl");
  const std::string link = summaries + ".link";
  std::filesystem::remove(link);
  std::filesystem::create_symlink(summaries, link);
  for (const std::string& out : {summaries, link}) {
    RunResult r = run_lede("train-concepts --folds 2 --summaries " + shell_quote(summaries) + " --out " +
                           shell_quote(out) + " " + shell_quote(data));
    EXPECT_EQ(r.exit_code, 2) << out;
    EXPECT_NE(r.err.find("--out and --summaries name the same file"), std::string::npos) << r.err;
    EXPECT_EQ(read_file(summaries), "") << out;
  }
  std::filesystem::remove(link);
}

TEST(TrainConceptsCli, FoldsNeedASummaryFile) {
  const std::string data = temp_file(clusters(), ".jsonl");
  EXPECT_EQ(run_lede("train-concepts --folds 2 " + shell_quote(data)).exit_code, 2);
}

// Data without references (a wrong file, a field misnamed) wrote an all-zero
// model and exited 0.
TEST(TrainConceptsCli, DataWithoutReferencesIsAnErrorNotAZeroModel) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The bridge closed. Repairs take a week.\"], \"refs\": [\"x\"]}\n", ".jsonl");
  const std::string model = temp_file("", ".model");
  RunResult r = run_lede("train-concepts --out " + shell_quote(model) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(": 0 clusters (1 records without \"summaries\" skipped)"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("lede train-concepts: nothing to train on: no record has reference \"summaries\""),
            std::string::npos)
      << r.err;
  EXPECT_EQ(read_file(model), "");
}

// Records with references but empty documents also wrote an all-zero model.
TEST(TrainConceptsCli, RecordsWithoutAnyConceptAreAnErrorNotAZeroModel) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"\"], \"summaries\": [\"The bridge closed.\"]}\n"
      "{\"id\": \"b\", \"text\": \"   \", \"summaries\": [\"Repairs take a week.\"]}\n",
      ".jsonl");
  const std::string model = temp_file("", ".model");
  RunResult r = run_lede("train-concepts --out " + shell_quote(model) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("nothing to train on: the 2 records with \"summaries\" hold no concept"), std::string::npos)
      << r.err;
  EXPECT_EQ(read_file(model), "");
}

}  // namespace
}  // namespace lede::testing
