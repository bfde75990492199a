// --model: a missing or broken file is an input error; a model the chosen
// method does not read is said to be unused.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kArticle = shell_quote(std::string(LEDE_SOURCE_DIR) + "/examples/article.txt");

// A missing or broken --model file exited 2 (usage) where a missing input
// file exits 1; a wrong name (method, language) stays a usage error.
TEST(UsageCli, UnreadableModelFileIsAnInputError) {
  for (const std::string& args :
       {"summarize --model /nonexistent.model " + kArticle, "summarize --model /tmp " + kArticle,
        "summarize --model " + shell_quote(temp_file("not a model\n", ".model")) + " " + kArticle,
        "eval --model /nonexistent.model " + shell_quote(temp_file("", ".jsonl"))}) {
    RunResult r = run_lede(args);
    EXPECT_EQ(r.exit_code, 1) << args << "\n" << r.err;
    EXPECT_NE(r.err.find("model file"), std::string::npos) << args << "\n" << r.err;
  }
  EXPECT_EQ(run_lede("summarize -m no-such-method " + kArticle).exit_code, 2);
  EXPECT_EQ(run_lede("summarize -L xx " + kArticle).exit_code, 2);
}

// --model with another method was loaded, checked and silently unused.
TEST(UsageCli, ModelWithAnotherMethodSaysItIsUnused) {
  const std::string model = shell_quote(std::string(LEDE_SOURCE_DIR) + "/data/models/news.model");
  RunResult r = run_lede("summarize -m lead --model " + model + " " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, run_lede("summarize -m lead " + kArticle).out);
  EXPECT_EQ(r.err,
            "lede summarize: warning: --model is read by the learned method only; --method lead does not use it\n");
  r = run_lede("summarize -m learned --model " + model + " " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  // Unused, a missing file is not opened either: it failed the run (exit 1)
  // where an existing one was only warned of.
  r = run_lede("summarize -m lead --model /no/such.model " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "lede summarize: warning: --model is read by the learned method only; --method lead does not use it\n");
  r = run_lede("summarize -m learned --model /no/such.model " + kArticle);
  EXPECT_EQ(r.exit_code, 1);
}

// Without --method, a cluster's summary comes from ilp: `--cluster --model M`
// and `lede eval --model M` on clusters ran without the model and said nothing.
TEST(UsageCli, ModelUnusedByTheDefaultMethodOfAClusterSaysSo) {
  const std::string model = shell_quote(std::string(LEDE_SOURCE_DIR) + "/data/models/news.model");
  const std::string warning =
      "warning: --model was not used: no summary came from the learned method (the default for one document; a "
      "cluster's is ilp): give --method learned to use the model\n";
  RunResult r = run_lede("summarize --cluster --model " + model + " " + kArticle + " " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "lede summarize: " + warning);
  // Not read, a missing file is not opened either (it failed the run).
  r = run_lede("summarize --cluster --model /no/such.model " + kArticle + " " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "lede summarize: " + warning);
  const std::string records = shell_quote(
      temp_file("{\"id\": 1, \"documents\": [\"The port closed on Monday. Fog was thick.\", \"Fog closed the port on "
                "Monday. Ships waited.\"], \"summaries\": [\"Fog closed the port.\"]}\n",
                ".jsonl"));
  r = run_lede("summarize --model " + model + " " + records);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "lede summarize: " + warning);
  r = run_lede("eval --model " + model + " " + records);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "lede eval: " + warning);
  // One document: the default is learned, which reads the model.
  r = run_lede("summarize --model " + model + " " + kArticle);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
}

}  // namespace
}  // namespace lede::testing
