// `lede summarize --cluster -o json`: every sentence's "document" names the
// file by its place on the command line and "start"/"end" slice that file's
// bytes (decompressed), whatever its line endings, byte order mark, spaces
// or invisible characters.
#include <gtest/gtest.h>

#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// White space runs as one space (sentence text is printed that way) and
// invisible characters the normalizer drops removed.
std::string display(const std::string& bytes) {
  std::string out;
  for (std::size_t i = 0; i < bytes.size();) {
    if (bytes.compare(i, 3, "\xE2\x80\x8B") == 0 || bytes.compare(i, 3, "\xEF\xBB\xBF") == 0) {
      i += 3;
      continue;
    }
    const bool nbsp = bytes.compare(i, 2, "\xC2\xA0") == 0;
    const char c = bytes[i];
    if (nbsp || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
      if (!out.empty() && out.back() != ' ') out += ' ';
      i += nbsp ? 2 : 1;
      continue;
    }
    out += c;
    ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

TEST(ClusterOffsetsCli, StartAndEndSliceEachFilesBytes) {
  const std::vector<std::string> texts = {
      "\xEF\xBB\xBF"
      "Bridge shut after barge strike\r\n\r\nA loose barge struck the Kestrel River bridge on Sunday, and inspectors "
      "closed it.\r\nThe transport office said ferries would run every half hour from Monday.\r\n",
      "Island cut off\n\nResidents of Wren Harbor\twoke on Sunday to find their only road to the mainland "
      "closed.\xC2\xA0"
      "Shops said deliveries of fresh food had stopped.\nThe clinic arranged a boat for emergency patients.",
      "Divers found no damage to the pier's foundation, and the bri\xE2\x80\x8B"
      "dge should reopen to cars by Friday.\n\nTrucks heavier than 12 tonnes will be kept off the span until spring.\n",
  };
  std::vector<std::string> files;
  for (std::size_t k = 0; k < texts.size(); ++k) files.push_back(temp_file(texts[k], ".txt"));
  // The third file gzip-compressed: offsets point into its decompressed text.
  const std::string packed = files[2] + ".gz";
  ASSERT_EQ(std::system(("gzip -c " + shell_quote(files[2]) + " > " + shell_quote(packed)).c_str()), 0);
  const std::string args = shell_quote(files[0]) + " " + shell_quote(files[1]) + " " + shell_quote(packed);
  for (const char* budget : {"--words 200", "--sentences 6", "--bytes 400", "--ratio 1"}) {
    const RunResult r = run_lede("summarize --cluster -o json -m lead " + std::string(budget) + " " + args);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const nlohmann::json j = nlohmann::json::parse(r.out);
    EXPECT_EQ(j["id"], "cluster");
    std::vector<bool> seen(texts.size(), false);
    for (const auto& s : j["sentences"]) {
      const auto doc = s["document"].get<std::size_t>();
      const auto start = s["start"].get<std::size_t>(), end = s["end"].get<std::size_t>();
      ASSERT_LT(doc, texts.size());
      ASSERT_LE(start, end);
      ASSERT_LE(end, texts[doc].size());
      seen[doc] = true;
      EXPECT_EQ(display(texts[doc].substr(start, end - start)), s["text"].get<std::string>()) << budget;
    }
    for (std::size_t k = 0; k < texts.size(); ++k) EXPECT_TRUE(seen[k]) << budget << ": document " << k;
  }
}

// A page without an article (a front page, a login wall) or an empty file
// among a cluster's documents was left out without a word: the summary came
// from the others, and only a one-file run said "no sentences to summarize".
TEST(ClusterOffsetsCli, ADocumentWithoutTextIsNamedInAWarning) {
  const std::string page = temp_file(
      "<html><head><title>Bridge shut</title></head><body><article><p>The harbour bridge was shut on Tuesday "
      "after a storm tore panels from its walkway, officials said.</p></article></body></html>",
      ".html");
  const std::string front =
      temp_file("<html><body><nav><a href=\"/a\">News</a> <a href=\"/b\">Sport</a></nav></body></html>", ".html");
  const std::string empty = temp_file("\n  \n", ".txt");
  const RunResult r = run_lede("summarize --cluster -m lead " + shell_quote(page) + " " + shell_quote(front) + " " +
                               shell_quote(empty));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "The harbour bridge was shut on Tuesday after a storm tore panels from its walkway, officials said.\n");
  EXPECT_EQ(r.err, "lede: " + front + ": warning: no article text found in the page (document 1 of the cluster)\n" +
                       "lede: " + empty + ": warning: the file holds no text (document 2 of the cluster)\n");
}

}  // namespace
}  // namespace lede::testing
