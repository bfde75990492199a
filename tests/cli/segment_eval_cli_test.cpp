// `lede segment --eval` on a file that holds no gold case.
#include <gtest/gtest.h>

#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A data set of the wrong kind (here a summarization record) or an empty file
// printed "0/0 cases pass (0.0%); boundaries P 1.0000 R 1.0000 F1 1.0000".
TEST(SegmentEvalCli, NoGoldCaseGivesNoFigures) {
  const std::string wrong =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"a cat\"]}\n", ".jsonl");
  RunResult r = run_lede("segment --eval " + shell_quote(wrong));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(":1: not a gold record"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(": no gold case read (the lines above say why)"), std::string::npos) << r.err;

  r = run_lede("segment --json --eval " + shell_quote(temp_file("", ".jsonl")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find(": no gold case read; lines are {\"text\", \"sentences\": [...]}"), std::string::npos) << r.err;

  const std::string gold =
      temp_file("{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n", ".jsonl");
  r = run_lede("segment --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("1/1 cases pass (100.0%)"), std::string::npos) << r.out;
}

// Every malformed gold line said only "not a gold record {"text",
// "sentences"}", whether its JSON was broken, a field was missing or of the
// wrong type: the message now names what is wrong, as JSONL input does.
TEST(SegmentEvalCli, MalformedGoldLinesSayWhatIsWrong) {
  const std::string gold = temp_file(
      "{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n"
      "{\"text\": \"Cut off\", \"sentences\": \n"
      "{\"text\": \"No sentences here.\"}\n"
      "{\"text\": 5, \"sentences\": []}\n"
      "{\"text\": \"Numbers.\", \"sentences\": [\"Numbers.\", 2]}\n"
      "[\"a\", \"list\"]\n"
      "{\"text\": \"Odd.\", \"sentences\": \"Odd.\"}\n"
      "{\"text\": \"Mismatch text.\", \"sentences\": [\"Different text entirely.\"]}\n"
      "{\"text\": \"The mayor spoke. The council agreed.\", \"sentences\": []}\n",
      ".jsonl");
  const RunResult r = run_lede("segment --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.out.find("1/1 cases pass"), std::string::npos) << r.out;
  const std::string at = "lede: " + gold + ":";
  EXPECT_NE(r.err.find(at + "2: not a gold record: malformed JSON: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(at + "3: not a gold record: field 'sentences' is missing\n"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(at + "4: not a gold record: field 'text' must be a string, not number\n"), std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(at + "5: not a gold record: field 'sentences' must be a list of strings; item 1 is number\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(
      r.err.find(at + "6: not a gold record: a line must be a JSON object {\"text\", \"sentences\"}, not array\n"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(at + "7: not a gold record: field 'sentences' must be a list of strings, not string\n"),
            std::string::npos)
      << r.err;
  // Gold sentences of another text, or none for a text, were scored as
  // segmentation failures.
  EXPECT_NE(r.err.find(at + "8: not a gold record: the gold sentences are not the text's: their ASCII letters and "
                            "digits do not follow it\n"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(at + "9: not a gold record: field 'sentences' is empty but the text is not\n"),
            std::string::npos)
      << r.err;
}

// `segment --eval GOLD FILE` evaluated GOLD and never read FILE, without a
// word: the input files (and --format) do nothing with --eval.
TEST(SegmentEvalCli, InputFilesWithEvalAreAUsageError) {
  const std::string gold =
      temp_file("{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n", ".jsonl");
  const std::string text = temp_file("The council met. It voted.", ".txt");
  RunResult r = run_lede("segment --eval " + shell_quote(gold) + " " + shell_quote(text));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("lede segment: --eval reads only the gold file; the input files are not read"),
            std::string::npos)
      << r.err;
  r = run_lede("segment -f jsonl --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--format"), std::string::npos) << r.err;
}

// A gold file whose name is not UTF-8 ended `--json` with "lede: internal
// error: [json.exception.type_error.316]" instead of the report.
TEST(SegmentEvalCli, JsonReportOfANonUtf8FileName) {
  const std::string gold = temp_file(
      "{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n", "caf\xe9.jsonl");
  const RunResult r = run_lede("segment --json --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_NE(r.out.find("caf\xEF\xBF\xBD.jsonl\",\"cases\":1,\"passed\":1,"), std::string::npos) << r.out;
}

// The figures alone left a user with no way to see which cases failed, or
// why. --failures names each failing case by its line in the gold file and
// shows the sentences that differ, gold first; passing cases are not shown.
TEST(SegmentEvalCli, FailuresShowEachFailingCaseByItsLine) {
  const std::string gold = temp_file(
      "{\"text\": \"It rained. We left.\", \"sentences\": [\"It rained.\", \"We left.\"]}\n"
      "{\"text\": \"Snow fell. Roads shut. Schools opened late.\", "
      "\"sentences\": [\"Snow fell. Roads shut.\", \"Schools opened late.\"]}\n"
      "\n"
      "{\"text\": \"The vote was held today\", \"sentences\": [\"The vote\", \"was held today\"]}\n",
      ".jsonl");
  RunResult r = run_lede("segment --failures --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, gold +
                       ":2: 1 extra boundary, 0 missed\n"
                       "  gold | Snow fell. Roads shut.\n"
                       "  lede | Snow fell.\n"
                       "  lede | Roads shut.\n" +
                       gold +
                       ":4: 0 extra boundaries, 1 missed\n"
                       "  gold | The vote\n"
                       "  gold | was held today\n"
                       "  lede | The vote was held today\n" +
                       gold + ": 1/3 cases pass (33.3%); boundaries P 0.6667 R 0.6667 F1 0.6667\n");

  r = run_lede("segment --failures --json --eval " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(",\"failures\":[{\"line\":2,\"extra\":1,\"missed\":0,\"gold\":[\"Snow fell. Roads shut.\"],"
                       "\"lede\":[\"Snow fell.\",\"Roads shut.\"]},{\"line\":4,\"extra\":0,\"missed\":1,"
                       "\"gold\":[\"The vote\",\"was held today\"],\"lede\":[\"The vote was held today\"]}]}\n"),
            std::string::npos)
      << r.out;

  // Without the flag the report is as before; the flag alone is refused.
  r = run_lede("segment --json --eval " + shell_quote(gold));
  EXPECT_EQ(r.out.find("failures"), std::string::npos) << r.out;
  r = run_lede("segment --failures " + shell_quote(gold));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--failures requires --eval"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace lede::testing
