// JSONL records through the built binary: the rules the service follows
// (an empty cluster is a bad record, null means absent), and --truncate
// where it has nothing to cut.
#include <gtest/gtest.h>

#include "support/run.h"

namespace lede::testing {
namespace {

std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) ++n;
  return n;
}

// {"documents": []} printed an empty summary and exited 0.
TEST(JsonlRecordsCli, EmptyClusterIsABadRecordAndTheOthersAreSummarized) {
  const std::string input =
      "{\"id\": \"a\", \"text\": \"Alpha one. Alpha two.\"}\n"
      "{\"id\": \"e\", \"documents\": []}\n"
      "{\"id\": \"t\", \"text\": \"\"}\n"
      "{\"id\": \"d\", \"documents\": [\"Delta one.\"]}\n";
  const RunResult r = run_lede("summarize --format jsonl --method lead --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 1);
  const auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 4u) << r.out;
  EXPECT_EQ(out[0].rfind("{\"id\":\"a\",\"method\":\"lead\",\"sentences\":[{", 0), 0u) << out[0];
  EXPECT_EQ(
      out[1],
      "{\"id\":\"e\",\"line\":2,\"error\":{\"code\":\"invalid_input\",\"message\":\"field 'documents' must not be "
      "empty\"}}");
  // An empty text is no error: its summary is empty.
  EXPECT_EQ(out[2], "{\"id\":\"t\",\"method\":\"lead\",\"sentences\":[]}");
  EXPECT_EQ(out[3].rfind("{\"id\":\"d\",\"method\":\"lead\",\"sentences\":[{", 0), 0u) << out[3];
  // ... but it is said, as for an empty text file.
  EXPECT_EQ(r.err,
            "lede: <stdin>:2: field 'documents' must not be empty\n"
            "lede: <stdin>:3: warning: no sentences to summarize\n");
}

TEST(JsonlRecordsCli, EvalRefusesAnEmptyClusterToo) {
  const std::string data = temp_file(
      "{\"id\": 1, \"documents\": [\"The council met. It voted.\"], \"summaries\": [\"The council met.\"]}\n"
      "{\"id\": 2, \"documents\": [], \"summaries\": [\"Nothing.\"]}\n",
      ".jsonl");
  const RunResult r = run_lede("eval --method lead --json " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(data + ":2: field 'documents' must not be empty"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("\"scored\":1"), std::string::npos) << r.out;
}

TEST(JsonlRecordsCli, NullOptionalFieldsAreAbsentAndWrongTitlesNamed) {
  const std::string input =
      "{\"id\": null, \"text\": \"Alpha one.\", \"title\": null, \"titles\": null}\n"
      "{\"id\": \"x\", \"text\": \"Beta one.\", \"title\": 5}\n";
  const RunResult r = run_lede("summarize -f jsonl --method lead -", input);
  EXPECT_EQ(r.exit_code, 1);
  const auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 2u) << r.out;
  EXPECT_EQ(out[0].rfind("{\"id\":null,\"method\":\"lead\",\"sentences\":[{\"text\":\"Alpha one.\"", 0), 0u) << out[0];
  EXPECT_EQ(r.err, "lede: <stdin>:2: field 'title' must be a string, not number\n");
}

// With the default budget of one document (3 sentences) --truncate was
// dropped without a word.
TEST(JsonlRecordsCli, TruncateWithASentenceBudgetWarnsOncePerRun) {
  const std::string notice =
      "warning: --truncate has no effect with a sentence budget (the default for one document); give --words or "
      "--bytes\n";
  const std::string input =
      "{\"id\": 1, \"text\": \"Alpha one. Alpha two.\"}\n"
      "{\"id\": 2, \"text\": \"Beta one. Beta two.\"}\n"
      "{\"id\": 3, \"documents\": [\"Gamma one.\", \"Gamma two.\"]}\n";
  RunResult r = run_lede("summarize -f jsonl --truncate --method lead --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(output_lines(r.out).size(), 3u) << r.out;
  EXPECT_EQ(r.err, "lede summarize: " + notice);
  // Text files: once for both.
  const std::string a = temp_file("The council met. It voted.", ".txt");
  const std::string b = temp_file("The mayor spoke. She left.", ".txt");
  r = run_lede("summarize --truncate --method lead " + shell_quote(a) + " " + shell_quote(b));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(count(r.err, notice), 1u) << r.err;
  // A cluster gets 100 words, which --truncate does cut: no warning.
  r = run_lede("summarize -f jsonl --truncate --method lead -", "{\"documents\": [\"A b.\", \"C d.\"]}\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  r = run_lede("summarize --truncate --words 5 -", "The council met on Monday evening.");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  // lede eval drops summary warnings, but not this one.
  const std::string data = temp_file(
      "{\"id\": 1, \"documents\": [\"The council met. It voted.\"], \"summaries\": [\"The council met.\"]}\n"
      "{\"id\": 2, \"documents\": [\"The mayor spoke. She left.\"], \"summaries\": [\"The mayor spoke.\"]}\n",
      ".jsonl");
  r = run_lede("eval --truncate --method lead --json " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "lede eval: " + notice);
}

// {"text": ..., "sentences": 1}, as sent to `lede serve`, got the command
// line's budget without a word.
TEST(JsonlRecordsCli, RequestOptionsInRecordsAreNamedOnce) {
  const std::string input =
      "{\"id\": 1, \"text\": \"Alpha one. Alpha two. Alpha three.\", \"sentences\": 1}\n"
      "{\"id\": 2, \"text\": \"Beta one.\", \"sentences\": 1, \"method\": \"lead\", \"order\": null}\n"
      "{\"id\": 3, \"text\": \"Gamma one.\", \"title\": \"G\", \"summaries\": [\"G.\"]}\n";
  RunResult r = run_lede("summarize -f jsonl --method lead --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "lede summarize: warning: JSONL records hold 'method', 'sentences', which are not read per record: options "
            "come from the command line (--method, --sentences)\n");
  // The command line's budget applies (the default 3 sentences), as the warning says.
  EXPECT_NE(r.out.find("Alpha three."), std::string::npos) << r.out;
  r = run_lede("summarize -f jsonl --method lead -", "{\"text\": \"Gamma one.\", \"summaries\": [\"G.\"]}\n");
  EXPECT_EQ(r.err, "");
  const std::string data = temp_file(
      "{\"id\": 1, \"documents\": [\"The council met. It voted.\"], \"summaries\": [\"The council met.\"], "
      "\"words\": 3}\n",
      ".jsonl");
  r = run_lede("eval --method lead --json " + shell_quote(data));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "lede eval: warning: JSONL records hold 'words', which is not read per record: options come from the "
            "command line (--words)\n");
}

// `lede segment -f jsonl` read a record's "language" as nothing, without a
// word: German records were segmented as English. Its two options are named
// (once, whatever the thread count); the summarizer's options mean nothing to it.
TEST(JsonlRecordsCli, SegmentNamesItsOptionsInRecordsOnce) {
  const std::string input =
      "{\"id\": 1, \"text\": \"Der Rat tagte. Er stimmte ab.\", \"language\": \"de\"}\n"
      "{\"id\": 2, \"text\": \"Beta one.\", \"language\": \"de\", \"lenient\": true, \"sentences\": 1}\n"
      "{\"id\": 3, \"text\": \"Gamma one.\", \"language\": null}\n";
  const RunResult r = run_lede("segment -f jsonl --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err,
            "lede segment: warning: JSONL records hold 'language', 'lenient', which are not read per record: options "
            "come from the command line (--language, --lenient)\n");
  EXPECT_EQ(output_lines(r.out).size(), 3u) << r.out;
  EXPECT_EQ(run_lede("segment -f jsonl -", "{\"text\": \"Gamma one.\", \"url\": \"x\"}\n").err, "");
}

// lede segment -f jsonl read only {"text"}: a record lede summarize reads,
// a cluster's "documents" or a page's "html", failed with "missing field
// 'text'". Now a cluster keeps its documents apart, a page gives its
// article's sentences in the language it declares, and what summarize
// warns of is said in segment's words.
TEST(JsonlRecordsCli, SegmentReadsClustersAndPagesAsSummarizeDoes) {
  const std::string input =
      "{\"id\": \"c\", \"documents\": [\"Rain fell on Monday. Roads closed.\", \"The river rose.\"]}\n"
      "{\"id\": \"p\", \"html\": \"<html lang=\\\"de\\\"><body><article><h1>Sturm</h1><p>Der Rat tagte am "
      "3. Oktober in Bonn. Die Stadt zahlte.</p></article></body></html>\"}\n"
      "{\"id\": \"e\", \"html\": \"<html><body></body></html>\"}\n"
      "{\"id\": \"w\", \"documents\": [\"<!DOCTYPE html><p>Hi.</p>\"]}\n";
  const RunResult r = run_lede("segment -f jsonl --threads 2 -", input);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 4u) << r.out;
  EXPECT_EQ(out[0],
            "{\"id\":\"c\",\"documents\":[[\"Rain fell on Monday.\",\"Roads closed.\"],[\"The river rose.\"]]}");
  // German: an ordinal's period ends no sentence; the headline is no sentence.
  EXPECT_EQ(out[1], "{\"id\":\"p\",\"sentences\":[\"Der Rat tagte am 3. Oktober in Bonn.\",\"Die Stadt zahlte.\"]}");
  EXPECT_EQ(out[2], "{\"id\":\"e\",\"sentences\":[]}");
  EXPECT_EQ(out[3], "{\"id\":\"w\",\"documents\":[[\"<!DOCTYPE html><p>Hi.</p>\"]]}");
  EXPECT_EQ(r.err,
            "lede: <stdin>:3: warning: no article text found in the page ('html'): it has no sentences\n"
            "lede: <stdin>:4: warning: 'documents[0]' looks like a web page (it starts with an <html> or <!DOCTYPE "
            "html> tag) but is split as text, markup and all; give it as 'html' to segment its article\n");
  // -L wins over the page's declaration, as in summarize.
  const RunResult en = run_lede("segment -f jsonl -L en -", input);
  EXPECT_EQ(output_lines(en.out).at(1),
            "{\"id\":\"p\",\"sentences\":[\"Der Rat tagte am 3.\",\"Oktober in Bonn.\",\"Die Stadt zahlte.\"]}");
  // A record's content error names the three fields, as summarize's does.
  const RunResult bad = run_lede("segment -f jsonl -", "{\"id\": 9, \"txt\": \"A.\"}\n");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_EQ(bad.err,
            "lede: <stdin>:1: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field "
            "'txt'; did you mean 'text'?)\n");
}

// --cluster was ignored without a word with JSONL input.
TEST(JsonlRecordsCli, ClusterFlagWithJsonlIsAUsageError) {
  const RunResult r = run_lede("summarize -f jsonl --cluster -", "{\"text\": \"A.\"}\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("--cluster does not apply to JSONL input"), std::string::npos) << r.err;
}

// lede segment -f jsonl echoed an id of any type ({"id": 1.5} gave
// {"id":1.5,...}) where lede summarize and the service refuse it.
TEST(JsonlRecordsCli, SegmentReadsTheIdAsSummarizeDoes) {
  const std::string input =
      "{\"id\": 1.5, \"text\": \"Alpha one.\"}\n"
      "{\"id\": true, \"text\": \"Beta one.\"}\n"
      "{\"id\": null, \"text\": \"Gamma one.\"}\n"
      "{\"id\": \"d\", \"text\": \"Delta one.\"}\n";
  const RunResult seg = run_lede("segment -f jsonl --threads 2 -", input);
  const RunResult sum = run_lede("summarize -f jsonl --method lead --threads 2 -", input);
  EXPECT_EQ(seg.exit_code, 1);
  EXPECT_EQ(seg.err,
            "lede: <stdin>:1: field 'id' must be a string or an integer, not number\n"
            "lede: <stdin>:2: field 'id' must be a string or an integer, not boolean\n");
  EXPECT_EQ(seg.err, sum.err);
  const auto seg_out = output_lines(seg.out), sum_out = output_lines(sum.out);
  ASSERT_EQ(seg_out.size(), 4u) << seg.out;
  ASSERT_EQ(sum_out.size(), 4u) << sum.out;
  EXPECT_EQ(
      seg_out[0],
      "{\"id\":null,\"line\":1,\"error\":{\"code\":\"invalid_input\",\"message\":\"field 'id' must be a string or "
      "an integer, not number\"}}");
  EXPECT_EQ(seg_out[0], sum_out[0]);
  EXPECT_EQ(seg_out[1], sum_out[1]);
  EXPECT_EQ(seg_out[2], "{\"id\":null,\"sentences\":[\"Gamma one.\"]}");
  EXPECT_EQ(seg_out[3], "{\"id\":\"d\",\"sentences\":[\"Delta one.\"]}");
}

// The service leaves "id" out of an answer to a request without one; a
// JSONL stream keeps the key on every line (--help, README say so).
TEST(JsonlRecordsCli, EveryOutputLineHoldsTheIdNullWhenTheRecordHasNone) {
  const std::string input = "{\"text\": 5}\n{\"text\": \"Alpha one.\"}\n";
  RunResult r = run_lede("summarize -f jsonl --method lead -", input);
  EXPECT_EQ(r.exit_code, 1);
  auto out = output_lines(r.out);
  ASSERT_EQ(out.size(), 2u) << r.out;
  EXPECT_EQ(
      out[0],
      "{\"id\":null,\"line\":1,\"error\":{\"code\":\"invalid_input\",\"message\":\"field 'text' must be a string, "
      "not number\"}}");
  EXPECT_EQ(out[1].rfind("{\"id\":null,\"method\":\"lead\",", 0), 0u) << out[1];
  r = run_lede("segment -f jsonl -", input);
  out = output_lines(r.out);
  ASSERT_EQ(out.size(), 2u) << r.out;
  EXPECT_EQ(out[0].rfind("{\"id\":null,\"line\":1,\"error\":", 0), 0u) << out[0];
  EXPECT_EQ(out[1], "{\"id\":null,\"sentences\":[\"Alpha one.\"]}");
  r = run_lede("summarize --help");
  EXPECT_NE(r.out.find("Every output line holds an \"id\" (null when the record has none"), std::string::npos);
}

TEST(JsonlRecordsCli, HelpSaysWhatTruncateDoesWithTheDefaultBudget) {
  const RunResult r = run_lede("summarize --help");
  EXPECT_NE(r.out.find("default budget of one document (3 sentences) it has no effect"), std::string::npos) << r.out;
}

// A field typo and a JSON array given as JSONL, end to end: the message
// names the typo, and the array's says what JSONL is and how to write it.
TEST(JsonlRecordsCli, BadRecordsSayWhatWasMeant) {
  const RunResult typo = run_lede("summarize -f jsonl --method lead -", "{\"id\":1,\"txt\":\"A b.\"}\n");
  EXPECT_EQ(typo.exit_code, 1);
  EXPECT_EQ(typo.err,
            "lede: <stdin>:1: a record needs a 'text' string, a 'documents' array or an 'html' page (unknown field "
            "'txt'; did you "
            "mean 'text'?)\n");
  const std::string data = temp_file(
      "[{\"id\": 1, \"documents\": [\"The council met.\"], \"summaries\": [\"The council met.\"]}]\n", ".jsonl");
  const RunResult array = run_lede("eval --method lead --json " + shell_quote(data));
  EXPECT_EQ(array.exit_code, 1);
  EXPECT_NE(array.err.find(
                data + ":1: a record must be a JSON object, not array; JSONL holds one JSON object a line; this "
                       "looks like a JSON array or indented JSON (jq -c '.[]' FILE, or jq -c . FILE, writes JSONL)"),
            std::string::npos)
      << array.err;
  const RunResult indented = run_lede("summarize -f jsonl --method lead -", "{\n  \"text\": \"A b.\"\n}\n");
  EXPECT_EQ(indented.exit_code, 1);
  EXPECT_EQ(count(indented.err, "JSONL holds one JSON object a line"), 1u) << indented.err;
  EXPECT_EQ(indented.err.rfind("lede: <stdin>:1: malformed JSON: parse error at column 2: ", 0), 0u) << indented.err;
}

}  // namespace
}  // namespace lede::testing
