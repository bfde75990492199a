// Locating the development data in ../shared for tests that need it.
//
// Tests that read ../shared call shared_path(); when the data is absent (a
// fresh clone) it returns "" and the test calls GTEST_SKIP() saying what is
// missing. The directory comes from $LEDE_SHARED_DIR when it is set (CTest
// leaves it alone: a git worktree has no sibling ../shared), else the
// checkout's sibling ../shared.
#pragma once

#include <string>

namespace lede::testing {

// Absolute path of `relative` under the shared directory, or "" if missing.
std::string shared_path(const std::string& relative);

// Path of a file under the project's own tests/fixtures directory.
std::string fixture_path(const std::string& relative);

// Path of the built lede CLI binary ("" when the CLI is not built).
std::string cli_path();

// Whole file as bytes; "" when it cannot be read.
std::string read_file(const std::string& path);

}  // namespace lede::testing

#define LEDE_REQUIRE_SHARED(var, relative)                        \
  const std::string var = ::lede::testing::shared_path(relative); \
  if (var.empty()) GTEST_SKIP() << "needs ../shared/" << (relative) << " (development data, absent from a fresh clone)"
