// `lede rouge [FLAGS] settings.xml [SYSTEM]`: ROUGE-1.5.5's own call, on its
// settings file and SEE/SPL summary files, gives what the JSONL path gives.
#include <gtest/gtest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>

#include "eval/rouge_settings_files.h"
#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing::rouge_settings {
namespace {

TEST(RougeSettingsCli, SameSummariesGiveTheJsonlPathsOutput) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  TempDir dir;
  std::string refs, a, b;
  const std::string xml = shell_quote(write_both(dir, refs, a, b));
  for (const std::string flags : {"-n 2 -m -d", "-n 4 -m -w 1.2 -2 4 -u -d -f B", "-n 2 -s -l 9 -d", "-n 1 -b 40",
                                  "-n 2 -w 1.2 -t 1 -d", "-n 2 -t 2 -d"}) {
    const RunResult ja = run_lede("rouge " + flags + " --system-id A " + shell_quote(refs) + " " + shell_quote(a));
    const RunResult jb = run_lede("rouge " + flags + " --system-id B " + shell_quote(refs) + " " + shell_quote(b));
    ASSERT_EQ(ja.exit_code, 0) << ja.err;
    ASSERT_EQ(jb.exit_code, 0) << jb.err;
    // ROUGE-1.5.5's call: -a scores every system, in sorted order, one after the other.
    const RunResult all = run_lede("rouge " + flags + " -a " + xml);
    EXPECT_EQ(all.exit_code, 0) << all.err;
    EXPECT_EQ(all.err, "");
    EXPECT_EQ(all.out, ja.out + jb.out) << flags;
    const RunResult one = run_lede("rouge " + flags + " " + xml + " B");
    EXPECT_EQ(one.out, jb.out) << flags;
    // --json: one object per system, the JSONL path's metrics.
    const RunResult json = run_lede("rouge " + flags + " --json " + xml + " A");
    const RunResult json_a = run_lede("rouge " + flags + " --json " + shell_quote(refs) + " " + shell_quote(a));
    EXPECT_EQ(nlohmann::json::parse(json.out)["metrics"], nlohmann::json::parse(json_a.out)["metrics"]);
    EXPECT_EQ(nlohmann::json::parse(json.out)["system"], "A");
  }
}

TEST(RougeSettingsCli, FileListAndAMissingSummary) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  TempDir dir;
  const std::string peer = dir.file("p.txt", "The cat sat on the mat.\n");
  const std::string model = dir.file("m.txt", "The cat was on the mat.\n");
  const std::string list = dir.file("list.txt", "# peer model\n" + peer + " " + model + "\n");
  fs::create_directories(dir.str() + "/peers");
  fs::create_directories(dir.str() + "/models");
  RunResult r = run_lede("rouge -n 1 -x --per-summary -z SPL " + shell_quote(list) + " 7");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["id"], "1");
  EXPECT_EQ(j["system"], "7");
  EXPECT_DOUBLE_EQ(j["ROUGE-1"]["R"].get<double>(), 0.83333);  // 5 of 6 words
  // Without a system id ROUGE-1.5.5 names it X.
  r = run_lede("rouge -n 1 -x -z SPL " + shell_quote(list));
  EXPECT_NE(r.out.find("\nX ROUGE-1 Average_R: 0.83333"), std::string::npos) << r.out;

  // A system that did not answer an EVAL: warned about, left out, exit 0.
  const std::string xml = dir.file(
      "s.xml", "<ROUGE-EVAL>" + eval_xml("1", dir.str(), "SPL", {{"A", "../p.txt"}, {"B", "../p.txt"}}, {"../m.txt"}) +
                   eval_xml("2", dir.str(), "SPL", {{"A", "../p.txt"}}, {"../m.txt"}) + "</ROUGE-EVAL>");
  r = run_lede("rouge -n 1 -x -a -d " + shell_quote(xml));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("EVAL \"2\" has no summary of system \"B\""), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("B ROUGE-1 Eval 1.B R:0.83333"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Eval 2.B"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("A ROUGE-1 Eval 2.A"), std::string::npos) << r.out;
}

TEST(RougeSettingsCli, ErrorsNameTheFileAndEvalAndExitOne) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  TempDir dir;
  dir.file("p.txt", "The cat sat on the mat.\n");
  dir.file("m.txt", "The cat was on the mat.\n");
  fs::create_directories(dir.str() + "/peers");
  fs::create_directories(dir.str() + "/models");
  // A missing summary file: that EVAL is listed and left out, the rest scored.
  const std::string xml =
      dir.file("s.xml", "<ROUGE-EVAL>" + eval_xml("1", dir.str(), "SPL", {{"A", "../p.txt"}}, {"../m.txt"}) +
                            eval_xml("2", dir.str(), "SPL", {{"A", "../gone.txt"}}, {"../m.txt"}) +
                            eval_xml("3", dir.str(), "SPL", {{"A", "../p.txt"}}, {"../m.txt", "../gone2.txt"}) +
                            "</ROUGE-EVAL>");
  RunResult r = run_lede("rouge -n 1 -d " + shell_quote(xml));
  EXPECT_EQ(r.exit_code, 1);
  const std::string xml_text = read_file(xml);
  EXPECT_NE(r.err.find(xml + ":" + line_of(xml_text, "../gone.txt") + ": EVAL \"2\", system \"A\": " + dir.str() +
                       "/peers/../gone.txt: cannot open"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find(xml + ":" + line_of(xml_text, "../gone2.txt") + ": EVAL \"3\", system \"A\": model B: "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("A ROUGE-1 Eval 1.A R:0.83333"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("Eval 3.A"), std::string::npos) << r.out;

  const std::vector<std::pair<std::string, std::string>> bad = {
      {"<ROUGE-EVAL><EVAL ID=\"1\">\n<PEERS>\n</ROUGE-EVAL>\n", ": not a ROUGE-1.5.5 settings file (malformed XML: "},
      {"<ROUGE-EVAL><EVAL ID=\"x\"><INPUT-FORMAT TYPE=\"DOC\"/></EVAL></ROUGE-EVAL>",
       "EVAL \"x\": unknown INPUT-FORMAT TYPE \"DOC\""},
      {"<ROUGE-EVAL><EVAL ID=\"x\"><INPUT-FORMAT TYPE=\"SPL\"/><MODELS><M ID=\"A\">m</M></MODELS></EVAL></ROUGE-EVAL>",
       "EVAL \"x\": no <PEERS>"},
      {"<ROUGE-EVAL><EVAL ID=\"x\"><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">p</P></PEERS></EVAL></ROUGE-EVAL>",
       "EVAL \"x\": no <MODELS>"}};
  for (const auto& [text, message] : bad) {
    const std::string path = dir.file("bad.xml", text);
    r = run_lede("rouge -n 1 -a " + shell_quote(path));
    EXPECT_EQ(r.exit_code, 1) << text;
    EXPECT_EQ(r.out, "") << text;
    EXPECT_NE(r.err.find("lede rouge: " + path), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(message), std::string::npos) << r.err;
  }
  // A system the file does not list; --system-id belongs to the JSONL path.
  r = run_lede("rouge -n 1 " + shell_quote(xml) + " Z");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no <P ID=\"Z\"> in any EVAL (its systems: A)"), std::string::npos) << r.err;
  EXPECT_EQ(run_lede("rouge -n 1 --system-id A " + shell_quote(xml)).exit_code, 2);
  EXPECT_EQ(run_lede("rouge -n 1 -z SIMPLE " + shell_quote(xml)).exit_code, 2);
}

TEST(RougeSettingsCli, AMissingSettingsFileIsNamed) {
  const TempDir dir;
  const std::string missing = dir.str() + "/settings.xml";
  const RunResult r = run_lede("rouge -n 2 -m -a " + shell_quote(missing));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot read '" + missing + "' (no such file)"), std::string::npos) << r.err;
}

// A UTF-16 settings file (libxml2 reads it by its byte order mark) was
// taken for a JSONL references file: a usage error, exit 2.
TEST(RougeSettingsCli, AUtf16SettingsFileIsRead) {
  const TempDir dir;
  const std::string peer = dir.file("p.spl", "the cat sat\n"), model = dir.file("m.spl", "a cat sat\n");
  const std::string xml = "<ROUGE-EVAL><EVAL ID=\"1\"><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">" + peer +
                          "</P></PEERS><MODELS><M ID=\"m\">" + model + "</M></MODELS></EVAL></ROUGE-EVAL>\n";
  for (const bool little : {true, false}) {
    std::string utf16 = little ? "\xFF\xFE" : "\xFE\xFF";
    for (char c : xml) {  // ASCII only
      if (little) utf16 += c;
      utf16 += '\0';
      if (!little) utf16 += c;
    }
    const RunResult r = run_lede("rouge -n 1 -x --json " + shell_quote(dir.file("settings.xml", utf16)));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("\"ROUGE-1\""), std::string::npos) << r.out;
  }
}

// A summary file that cannot be read was named without the settings file's
// line, unlike the settings file's other errors: the P or M element (or the
// file list's line) is now where the message points.
TEST(RougeSettingsCli, AMissingSummaryNamesTheSettingsLine) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  const TempDir dir;
  const std::string peer = dir.file("p.spl", "the cat sat\n"), model = dir.file("m.spl", "a cat sat\n");
  const std::string xml =
      dir.file("settings.xml",
               "<ROUGE-EVAL>\n<EVAL ID=\"d1\">\n<INPUT-FORMAT TYPE=\"SPL\"/>\n"
               "<PEERS>\n<P ID=\"A\">" +
                   peer +
                   "</P>\n"
                   "<P ID=\"B\">" +
                   dir.str() +
                   "/no-peer.spl</P>\n</PEERS>\n"
                   "<MODELS>\n<M ID=\"m1\">" +
                   model +
                   "</M>\n</MODELS>\n</EVAL>\n"
                   "<EVAL ID=\"d2\">\n<INPUT-FORMAT TYPE=\"SPL\"/>\n<PEERS>\n<P ID=\"A\">" +
                   peer + "</P>\n</PEERS>\n<MODELS>\n<M ID=\"m1\">" + model + "</M>\n<M ID=\"m2\">\n  " + dir.str() +
                   "/no-model.spl\n</M>\n</MODELS>\n</EVAL>\n</ROUGE-EVAL>\n");
  RunResult r = run_lede("rouge -n 1 -a " + shell_quote(xml));
  EXPECT_EQ(r.exit_code, 1);
  // P B is on line 6; M m2 opens on line 19 (its file name on the next).
  // No root: ROUGE-1.5.5 joins "" and the file as "/file".
  EXPECT_NE(
      r.err.find("lede rouge: " + xml + ":6: EVAL \"d1\", system \"B\": /" + dir.str() + "/no-peer.spl: cannot open"),
      std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("lede rouge: " + xml + ":19: EVAL \"d2\", system \"A\": model m2: /" + dir.str() +
                       "/no-model.spl: cannot open"),
            std::string::npos)
      << r.err;

  const std::string list =
      dir.file("list.txt", "# peer model\n\n" + peer + " " + model + "\n" + dir.str() + "/gone.spl " + model + "\n");
  r = run_lede("rouge -n 1 -z SPL " + shell_quote(list));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("lede rouge: " + list + ":4: EVAL \"2\", system \"X\": " + dir.str() + "/gone.spl: cannot open"),
            std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace lede::testing::rouge_settings
