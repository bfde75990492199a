// The training commands when the run cannot end well: say so before the work.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

const std::string kRecord =
    "{\"id\": \"a\", \"documents\": [\"The council voted on Monday to close the old bridge. Repairs will take a "
    "year. Ferries will run in the meantime. The mayor called the decision painful.\"], \"summaries\": [\"The "
    "council closed the old bridge for a year of repairs.\"]}\n";

// An unwritable --out (or --summaries) was found only when the model was
// written, after the whole training run (cross-validation for train-concepts).
TEST(TrainJourneyCli, UnwritableOutputIsRefusedBeforeTraining) {
  const std::string data = temp_file(kRecord + kRecord, ".jsonl");
  RunResult r = run_lede("train --holdout 0 --trees 1 --out /nonexistent-dir/m.model " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede train: --out /nonexistent-dir/m.model: cannot write: no directory /nonexistent-dir"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("training on"), std::string::npos) << r.err;

  r = run_lede("train-concepts --folds 2 --summaries /nonexistent-dir/s.jsonl " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede train-concepts: --summaries /nonexistent-dir/s.jsonl: cannot write"), std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("clusters"), std::string::npos) << r.err;

  r = run_lede("train --holdout 0 --trees 1 --out /tmp " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("--out /tmp: cannot write: is a directory"), std::string::npos) << r.err;
}

// An output naming an input file: `lede eval DATA --save DATA` emptied the
// data set before reading it ("the data set has no records"), and the
// training commands replaced their training data with the model.
TEST(TrainJourneyCli, OutputThatIsAnInputIsRefused) {
  const std::string data = temp_file(kRecord + kRecord, ".jsonl");
  const std::string runs[] = {"eval -m lead --save " + shell_quote(data) + " " + shell_quote(data),
                              "train --holdout 0 --trees 1 --out " + shell_quote(data) + " " + shell_quote(data),
                              "train-concepts --folds 2 --summaries " + shell_quote(data) + " " + shell_quote(data)};
  for (const std::string& args : runs) {
    RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 1) << args;
    EXPECT_NE(r.err.find(data + ": cannot write: it is an input file"), std::string::npos) << args << ": " << r.err;
    EXPECT_EQ(read_file(data), kRecord + kRecord) << args;
  }
}

// A one-record file: record 0 is held out, and "no training sentences" left
// the user to find out why.
TEST(TrainJourneyCli, EverythingHeldOutSaysSo) {
  const std::string data = temp_file(kRecord, ".jsonl");
  const std::string model = temp_file("", ".model");
  RunResult r = run_lede("train --trees 1 --out " + shell_quote(model) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no training sentences (all 1 usable records were held out by --holdout 10; --holdout 0 "
                       "trains on all of them)"),
            std::string::npos)
      << r.err;
  r = run_lede("train --holdout 0 --trees 1 --out " + shell_quote(model) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Nothing held out and no --eval: it ended on an empty "validation:" heading.
  EXPECT_EQ(r.err.find("\nvalidation:"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("no validation: --holdout 0 held nothing out and no --eval file was given\n"), std::string::npos)
      << r.err;
}

// A model lost at write time (a full disk) exited 1 like bad training data;
// the other commands give 3 for output that could not be written.
TEST(TrainJourneyCli, ModelOnAFullDiskExitsThree) {
  if (!std::filesystem::exists("/dev/full")) GTEST_SKIP() << "no /dev/full";
  const std::string data = temp_file(kRecord, ".jsonl");
  const RunResult r = run_lede("train --holdout 0 --trees 1 --out /dev/full " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 3) << r.err;
  EXPECT_NE(r.err.find("lede train: /dev/full: cannot write: No space left on device"), std::string::npos) << r.err;
}

// An --eval file without a usable record (a cluster file, no "summaries")
// printed a validation table of 0.00 figures and exited 0.
TEST(TrainJourneyCli, EvalFileWithNothingToValidateOnSaysSo) {
  const std::string data = temp_file(kRecord + kRecord, ".jsonl");
  const std::string cluster = temp_file(
      "{\"id\": \"c\", \"documents\": [\"One report. Two.\", \"Another report.\"], \"summaries\": [\"One.\"]}\n",
      ".jsonl");
  const std::string model = temp_file("", ".model");
  RunResult r = run_lede("train --holdout 0 --trees 1 --out " + shell_quote(model) + " --eval " + shell_quote(cluster) +
                         " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find(": no record to validate on (each needs one document and \"summaries\"); no figures"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("0.00"), std::string::npos) << r.err;
  EXPECT_NE(read_file(model), "");  // the model itself is written
}

// A "summaries" string instead of a list skipped the record as one without
// references; training sets with a malformed record are refused.
TEST(TrainJourneyCli, MalformedSummariesStopTraining) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"text\": \"The bridge closed. Repairs take a week.\", \"summaries\": \"The bridge "
      "closed.\"}\n",
      ".jsonl");
  const std::string model = temp_file("", ".model");
  for (const char* command : {"train --holdout 0 --trees 1", "train-concepts"}) {
    RunResult r = run_lede(std::string(command) + " --out " + shell_quote(model) + " " + shell_quote(data));
    EXPECT_EQ(r.exit_code, 1) << command << r.err;
    EXPECT_NE(r.err.find(":1: field 'summaries' must be an array of summaries (each a string or a list of sentence "
                         "strings), not string"),
              std::string::npos)
        << command << r.err;
    EXPECT_EQ(read_file(model), "") << command;
  }
}

// Every file weighed 0 fit a model to nothing, wrote it and exited 0.
TEST(TrainJourneyCli, AllZeroWeightsAreAUsageError) {
  const std::string data = temp_file(kRecord, ".jsonl");
  const std::string model = temp_file("", ".model");
  RunResult r =
      run_lede("train --holdout 0 --trees 1 --weights 0 --out " + shell_quote(model) + " " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("every training file weighs 0"), std::string::npos) << r.err;
  EXPECT_EQ(read_file(model), "");
  r = run_lede("train --holdout 0 --trees 1 --weights 0 1 --out " + shell_quote(model) + " " + shell_quote(data) + " " +
               shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

}  // namespace
}  // namespace lede::testing
