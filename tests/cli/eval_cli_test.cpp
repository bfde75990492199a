// `lede eval` as a researcher meets it when nothing can be scored.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

// A data set without "summaries" printed a full table of 0.00000 figures
// (and JSON metrics of 0.0) beside "0 clusters scored": a figure no run made.
TEST(EvalCliJourney, NothingScoredPrintsNoFigures) {
  const std::string data =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat on the mat. It was warm.\"]}\n", ".jsonl");
  RunResult r = run_lede("eval -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: record has no \"summaries\" (references)"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("no ROUGE figures: no record was summarized and scored"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("0.00000"), std::string::npos) << r.out;

  r = run_lede("eval --json -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["scored"], 0);
  EXPECT_TRUE(j["metrics"].empty()) << r.out;
}

// Chinese references and summaries scored 0.00000 under ROUGE-1.5.5's ASCII
// words, with no word of why; --unicode read a whole sentence as one token.
TEST(EvalCliJourney, ChineseScoresWithUnicodeAndWarnsWithout) {
  const std::string data = temp_file(
      "{\"id\": \"z\", \"documents\": [\"市政府宣布了新的交通计划。计划明年实施。\"], "
      "\"summaries\": [\"市政府宣布新计划。\"]}\n",
      ".jsonl");
  RunResult r = run_lede("eval --json -m lead -n 1 -L zh " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: ROUGE reads only ASCII letters and digits as words, so 'zh' text"), std::string::npos)
      << r.err;
  r = run_lede("eval --json -m lead -n 1 -L zh --rouge '-n 2 --unicode' " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  // 市政府宣布 + 新 + 计划: 8 of the reference's 8 characters.
  EXPECT_DOUBLE_EQ(j["metrics"]["ROUGE-1"]["R"]["mean"].get<double>(), 1.0) << r.out;
  // English needs no --unicode and gets no warning.
  const std::string en =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\"]}\n", ".jsonl");
  r = run_lede("eval -m lead " + shell_quote(en));
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
  // -L auto: the language identified is warned of once the records are read,
  // and English is not.
  r = run_lede("eval -m lead -n 1 -L auto " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: ROUGE reads only ASCII letters and digits as words, so 'zh' text"), std::string::npos)
      << r.err;
  const std::string longer_en = temp_file(
      "{\"id\": \"b\", \"documents\": [\"The city council met on Monday evening to discuss the new budget for "
      "schools and roads. Most members voted for the plan after a long debate.\"], \"summaries\": [\"The council "
      "approved the budget.\"]}\n",
      ".jsonl");
  r = run_lede("eval -m lead -L auto " + shell_quote(longer_en));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("warning"), std::string::npos) << r.err;
}

// Under -j 2 the warning named the language of whichever record finished
// first: a short French record on line 2 before a long German one on line 1.
TEST(EvalCliJourney, AsciiWarningNamesTheFirstRecordsLanguageAtAnyThreadCount) {
  std::string german;
  for (int k = 0; k < 300; ++k)
    german += "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss im Frühjahr zu schließen. ";
  const std::string data = temp_file(
      "{\"id\": \"de\", \"documents\": [\"" + german + "\"], \"summaries\": [\"Die Brücke wird geschlossen.\"]}\n" +
          "{\"id\": \"fr\", \"documents\": [\"Le conseil municipal a décidé lundi de fermer le vieux pont sur la "
          "rivière au printemps prochain.\"], \"summaries\": [\"Le pont sera fermé.\"]}\n",
      ".jsonl");
  for (const char* threads : {"1", "2", "2", "2"}) {
    const RunResult r = run_lede(std::string("eval -m lead -n 1 -L auto -j ") + threads + " " + shell_quote(data));
    EXPECT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find("so 'de' text"), std::string::npos) << "-j " << threads << "\n" << r.err;
  }
}

// The table's header said "95% CI" whatever level -c asked for.
TEST(EvalCliJourney, TableNamesTheConfidenceLevelAskedFor) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The cat sat on the mat. It was warm.\"], \"summaries\": [\"A cat sat.\"]}\n",
      ".jsonl");
  RunResult r = run_lede("eval -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("R [95% CI]"), std::string::npos) << r.out;
  r = run_lede("eval -m lead --rouge '-n 2 -c 99' " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("R [99% CI]"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("95%"), std::string::npos) << r.out;
  r = run_lede("eval -m lead --rouge '-n 2 -c 97.5' " + shell_quote(data));
  EXPECT_NE(r.out.find("F [97.5% CI]"), std::string::npos) << r.out;
}

// An empty data set (a wrong path to a fresh file, a filter that kept
// nothing) exited 0 with a table of zeros.
TEST(EvalCliJourney, EmptyDataSetIsAnInputError) {
  const std::string data = temp_file("", ".jsonl");
  RunResult r = run_lede("eval " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(": the data set has no records"), std::string::npos) << r.err;
  EXPECT_EQ(r.out.find("0.00000"), std::string::npos) << r.out;
}

// A program or an image given as the data set printed an "invalid UTF-8"
// error for each of its "lines" (119 for a 200 kB ELF file) and then a table
// with nothing scored. Its signature names it now, once; so for any command
// reading JSONL lines from a file.
TEST(EvalCliJourney, BinaryDataSetIsRefusedByName) {
  const std::string elf = temp_file(std::string("\x7F"
                                                "ELF\x02\x01\x01\0\0\0\xFF\xFE\n\x80\x81\n",
                                                16),
                                    ".jsonl");
  for (const std::string command : {"eval", "summarize", "train --out /dev/null"}) {
    RunResult r = run_lede(command + " " + shell_quote(elf));
    EXPECT_EQ(r.exit_code, 1) << command << ": " << r.err;
    EXPECT_NE(r.err.find(elf + ": a program (ELF), not text: lede reads plain text, web pages and JSONL"),
              std::string::npos)
        << command << ": " << r.err;
    EXPECT_EQ(r.err.find("invalid UTF-8"), std::string::npos) << command << ": " << r.err;
  }
}

// References under another name ("references", as lede rouge reads them)
// gave only 'record has no "summaries" (references)'.
TEST(EvalCliJourney, ReferencesUnderAnotherNameAreNamed) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"references\": [\"A cat sat.\"]}\n"
      "{\"id\": \"b\", \"documents\": [\"The cat sat.\"], \"sumaries\": [\"A cat sat.\"]}\n",
      ".jsonl");
  RunResult r = run_lede("eval -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: record has no \"summaries\" (references) (it has \"references\": lede eval reads the "
                       "reference summaries from \"summaries\")"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(":2: record has no \"summaries\" (references) (it has \"sumaries\""), std::string::npos)
      << r.err;
}

// A "summaries" string (not a list) read as no references, and the hint then
// said 'it has "summaries": lede eval reads ... from "summaries"'; a
// non-string entry was dropped, so the record was scored against fewer
// references than it gave.
TEST(EvalCliJourney, MalformedSummariesAreNamed) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": \"A cat sat.\"}\n"
      "{\"id\": \"b\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\", 7]}\n"
      "{\"id\": \"c\", \"documents\": [\"The cat sat.\"], \"summaries\": []}\n"
      "{\"id\": \"d\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\"]}\n",
      ".jsonl");
  RunResult r = run_lede("eval -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(":1: field 'summaries' must be an array of summaries (each a string or a list of sentence "
                       "strings), not string"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(":2: field 'summaries[1]' must be a string or a list of sentence strings, not number"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(":3: record has no \"summaries\" (references) (its \"summaries\" list is empty)"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("reads the reference summaries from"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("1 clusters scored"), std::string::npos) << r.out;
  // The clusters and their rate are the records summarized: the failed
  // lines were counted as clusters too.
  EXPECT_NE(r.out.find("\n1 clusters in "), std::string::npos) << r.out;
  r = run_lede("eval --json -m lead " + shell_quote(data));
  EXPECT_NE(r.out.find("\"clusters\":1,\"scored\":1,\"failed\":3,"), std::string::npos) << r.out;
}

// A reference given as its sentences (as lede rouge takes one) scores as the
// same text given as one string; a list entry that is no sentence is named.
TEST(EvalCliJourney, ReferenceAsAListOfSentencesScoresAsItsText) {
  const std::string doc = "\"documents\": [\"The cat sat on the mat. It was warm. The dog slept.\"]";
  const std::string joined = temp_file(
      "{\"id\": \"a\", " + doc + ", \"summaries\": [\"A cat sat on a mat.\\nThe dog was asleep.\"]}\n", ".jsonl");
  const std::string listed = temp_file(
      "{\"id\": \"a\", " + doc + ", \"summaries\": [[\"A cat sat on a mat.\", \"The dog was asleep.\"]]}\n", ".jsonl");
  const RunResult a = run_lede("eval -m lead -n 1 --json " + shell_quote(joined));
  const RunResult b = run_lede("eval -m lead -n 1 --json " + shell_quote(listed));
  ASSERT_EQ(a.exit_code, 0) << a.err;
  ASSERT_EQ(b.exit_code, 0) << b.err;
  EXPECT_EQ(nlohmann::json::parse(a.out)["metrics"], nlohmann::json::parse(b.out)["metrics"]);
  EXPECT_GT(nlohmann::json::parse(b.out)["metrics"].dump().size(), 10u);
  const std::string bad =
      temp_file("{\"id\": \"a\", " + doc + ", \"summaries\": [[\"A cat sat.\", null]]}\n", ".jsonl");
  const RunResult c = run_lede("eval -m lead -n 1 " + shell_quote(bad));
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_NE(c.err.find(":1: field 'summaries[0][1]' must be a sentence string, not null"), std::string::npos) << c.err;
}

// --save into a missing directory said only "cannot write".
TEST(EvalCliJourney, SaveIntoAMissingDirectorySaysWhy) {
  const std::string data =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\"]}\n", ".jsonl");
  RunResult r = run_lede("eval -m lead --save /nonexistent-lede-dir/out.jsonl " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede eval: --save /nonexistent-lede-dir/out.jsonl: cannot write: no directory "
                       "/nonexistent-lede-dir"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
}

// A data set whose file name is not UTF-8 (Latin-1 "\xe9") ended `eval
// --json` with "lede: internal error: [json.exception.type_error.316]" and no
// figures: the name is written with U+FFFD.
TEST(EvalCliJourney, JsonReportOfANonUtf8FileName) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The council met on Monday. It approved the plan.\"], \"summaries\": "
      "[\"The council approved the plan.\"]}\n",
      "caf\xe9.jsonl");
  const RunResult r = run_lede("eval --json -m lead " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err.find("internal error"), std::string::npos) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["scored"], 1);
  EXPECT_FALSE(j["metrics"].empty()) << r.out;
}

// Two records with one id were both scored, where ROUGE-1.5.5 keeps one
// score per id and `lede rouge` refuses the repeat: eval's --save file and
// data set, given to lede rouge, then gave other figures.
TEST(EvalCliJourney, ARepeatedIdIsReportedAndTheFirstKept) {
  const std::string one =
      "{\"id\": \"a\", \"documents\": [\"The cat sat on the mat. It was warm.\"], \"summaries\": [\"A cat sat.\"]}\n";
  const std::string two =
      "{\"id\": \"a\", \"documents\": [\"Dogs ran in the park. They barked.\"], \"summaries\": [\"Dogs ran.\"]}\n";
  const RunResult alone = run_lede("eval --json -m lead -n 1 " + shell_quote(temp_file(one, ".jsonl")));
  ASSERT_EQ(alone.exit_code, 0) << alone.err;
  const RunResult r = run_lede("eval --json -m lead -n 1 " + shell_quote(temp_file(one + two, ".jsonl")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(".jsonl:2: duplicate id \"a\" (line 1 has it; the first one kept)"), std::string::npos) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out), k = nlohmann::json::parse(alone.out);
  EXPECT_EQ(j["scored"], 1);
  EXPECT_EQ(j["failed"], 1);
  EXPECT_EQ(j["metrics"], k["metrics"]);
  // Records without an id are no repeats of each other.
  const std::string no_id = "{\"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\"]}\n";
  EXPECT_EQ(run_lede("eval -m lead -n 1 " + shell_quote(temp_file(no_id + no_id, ".jsonl"))).exit_code, 0);
}

// The budget was in neither the table nor the JSON, so 200-word summaries
// cut to 100 by -l 100 read like 100-word ones.
TEST(EvalCliJourney, TheBudgetIsNamedAndACutBudgetWarned) {
  const std::string data = temp_file(
      "{\"id\": \"a\", \"documents\": [\"The cat sat on the mat. It was warm.\"], \"summaries\": [\"A cat sat.\"]}\n",
      ".jsonl");
  RunResult r = run_lede("eval -m lead -w 200 --rouge '-n 1 -l 100' " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(": method lead, budget 200 words, ROUGE -n 1 -l 100, 1 clusters scored"), std::string::npos)
      << r.out;
  EXPECT_NE(r.err.find("warning: summaries of up to 200 words are cut to 100 by the ROUGE flag -l before scoring"),
            std::string::npos)
      << r.err;
  r = run_lede("eval --json -m lead -n 2 --rouge '-n 1' " + shell_quote(data));
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(nlohmann::json::parse(r.out)["budget"], "2 sentences");
  r = run_lede("eval --json -m lead -b 50 --truncate --rouge '-n 1 -b 75' " + shell_quote(data));
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(nlohmann::json::parse(r.out)["budget"], "50 bytes, the last sentence cut to fit");
}

// -d was echoed in the header and printed nothing.
TEST(EvalCliJourney, PerPairLinesAreRefusedWithTheWayToGetThem) {
  const std::string data =
      temp_file("{\"id\": \"a\", \"documents\": [\"The cat sat.\"], \"summaries\": [\"A cat sat.\"]}\n", ".jsonl");
  const RunResult r = run_lede("eval -m lead --rouge '-n 2 -d' " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("-d (per-pair lines) is not printed by eval: save the summaries with --save FILE"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace lede::testing
