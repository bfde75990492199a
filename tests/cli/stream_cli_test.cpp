// JSONL arriving line by line (a pipe fed as articles come in) is answered
// line by line: each line's output is written before the next line arrives,
// not when a window of 64 lines or the end of the input is reached.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

std::string slurp_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(StreamCli, EachLineIsAnsweredBeforeTheNextArrives) {
  const std::string out = temp_file("", ".out");
  // The producer writes one record and then stays silent for 8 s; lede is
  // stopped after 5 s. Its answer to the record must be out by then.
  const std::string record = R"({"id":"live","text":"The council met on Monday. It approved the plan."})";
  const std::string cmd = "(printf '%s\\n' " + shell_quote(record) + "; sleep 8) | timeout 5 " +
                          shell_quote(cli_path()) + " summarize -f jsonl --method lead --sentences 1 - > " +
                          shell_quote(out) + " 2>/dev/null";
  const int rc = std::system(cmd.c_str());
  (void)rc;  // timeout's status: lede was still waiting for more input
  EXPECT_EQ(
      slurp_file(out),
      "{\"id\":\"live\",\"method\":\"lead\",\"sentences\":[{\"text\":\"The council met on Monday.\",\"document\":0,"
      "\"index\":0,\"start\":0,\"end\":26,\"score\":1.0}]}\n");
}

}  // namespace
}  // namespace lede::testing
