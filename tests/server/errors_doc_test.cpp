// docs/server.md's error table is the reference clients code against: every
// HTTP status the service can answer must have its row there. The library's
// status codes reach clients through http_status_for, so each of them is
// checked, not a list kept by hand beside it.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <regex>
#include <sstream>
#include <string>

#include "lede/status.h"
#include "server/reply.h"

namespace lede::testing {
namespace {

// status -> the rest of its row(s) in the "## Errors" table.
std::map<int, std::string> error_table() {
  std::ifstream in(std::string(LEDE_SOURCE_DIR) + "/docs/server.md");
  EXPECT_TRUE(in) << "docs/server.md not found";
  std::map<int, std::string> rows;
  bool in_errors = false;
  const std::regex row(R"(^\| (\d{3}) \|(.*)$)");
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) in_errors = line == "## Errors";
    std::smatch m;
    if (in_errors && std::regex_match(line, m, row)) rows[std::stoi(m[1])] += m[2].str();
  }
  return rows;
}

TEST(ErrorsDoc, TableHasARowForEveryStatusTheServiceAnswers) {
  const std::map<int, std::string> rows = error_table();
  // Set by the service itself (server/routes.cpp, read_body.cpp, hooks.cpp, api.cpp).
  for (int status : {400, 404, 405, 408, 411, 413, 414, 415, 431, 500, 501, 503})
    EXPECT_TRUE(rows.count(status)) << "no row for " << status << " in docs/server.md's error table";
  for (StatusCode code : {StatusCode::kInvalidArgument, StatusCode::kInvalidInput, StatusCode::kNotFound,
                          StatusCode::kIoError, StatusCode::kUnsupported, StatusCode::kResourceExhausted,
                          StatusCode::kDeadlineExceeded, StatusCode::kInternal}) {
    const int status = server::http_status_for(Status(code, "x"));
    EXPECT_TRUE(rows.count(status)) << "no row for " << status << " (library code " << status_code_name(code)
                                    << ") in docs/server.md's error table";
  }
  // 501 is the library's "valid, but not something lede does".
  ASSERT_TRUE(rows.count(501));
  EXPECT_NE(rows.at(501).find("`unsupported`"), std::string::npos) << rows.at(501);
}

}  // namespace
}  // namespace lede::testing
