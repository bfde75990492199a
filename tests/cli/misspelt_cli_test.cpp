// Misspelt commands, options, methods and languages: a usage error (exit 2)
// that suggests the nearest name.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

const std::string kArticle = shell_quote(std::string(LEDE_SOURCE_DIR) + "/examples/article.txt");

TEST(UsageCli, MisspeltOptionSuggestsTheNearestName) {
  RunResult r = run_lede("summarize --sentence 2 " + kArticle);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede summarize: unknown option '--sentence'; did you mean --sentences?"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lede summarize --help"), std::string::npos) << r.err;

  r = run_lede("summarize --lang=de " + kArticle);  // the start of a name, with its value attached
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown option '--lang'; did you mean --language?"), std::string::npos) << r.err;

  r = run_lede("summarize --zebra 2 " + kArticle);  // nothing near: no guess
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("unknown option '--zebra'\n"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("did you mean"), std::string::npos) << r.err;
}

// `lede summarise x` said "A subcommand is required".
// eval and rouge take --json; summarize and extract spell it -o json.
TEST(UsageCli, JsonFlagOfAnotherCommandSuggestsTheOutputOption) {
  for (const char* cmd : {"summarize", "extract"}) {
    const RunResult r = run_lede(std::string(cmd) + " --json " + kArticle);
    EXPECT_EQ(r.exit_code, 2) << cmd;
    EXPECT_NE(r.err.find("unknown option '--json'; did you mean `-o json`?"), std::string::npos) << r.err;
  }
}

TEST(UsageCli, MisspeltCommandSuggestsTheCommand) {
  RunResult r = run_lede("summarise " + kArticle);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unknown command 'summarise'; did you mean `lede summarize`?"), std::string::npos)
      << r.err;
  r = run_lede("frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unknown command 'frobnicate'\nRun `lede --help` for the commands."), std::string::npos)
      << r.err;
}

// `lede --verison` said "unknown option '--verison'; a command comes first".
TEST(UsageCli, MisspeltTopLevelOptionSuggestsTheOptionOrCommand) {
  RunResult r = run_lede("--verison");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "lede: unknown option '--verison'; did you mean --version?\nRun `lede --help` for the commands.\n");
  r = run_lede("--summarize " + kArticle);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unknown option '--summarize'; did you mean `lede summarize`?"), std::string::npos)
      << r.err;
  // A command's option before any command is that command's, not a misspelt
  // `lede methods`; case does not hide --version.
  r = run_lede("--method lead " + kArticle);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unknown option '--method'; a command comes first, with its options after it: `lede "
                       "summarize --method ...`"),
            std::string::npos)
      << r.err;
  r = run_lede("--VERSION");
  EXPECT_NE(r.err.find("did you mean --version?"), std::string::npos) << r.err;
  r = run_lede("--verison summarize " + kArticle);
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unexpected argument '--verison' before the command summarize; did you mean --version?"),
            std::string::npos)
      << r.err;
  r = run_lede("--frobnicate");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede: unknown option '--frobnicate'; a command comes first"), std::string::npos) << r.err;
}

TEST(UsageCli, RougeMisspeltOptionSuggestsTheNearestName) {
  RunResult r = run_lede("rouge --per-sumary a.jsonl b.jsonl");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("lede rouge: unknown option --per-sumary; did you mean --per-summary?"), std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace lede::testing
