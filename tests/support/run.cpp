#include "support/run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/shared_data.h"

namespace lede::testing {
namespace {

// Removed when the test process ends: every run of the suite left a
// directory per test process in /tmp (thousands after a few runs).
struct TempDir {
  std::string path = (std::filesystem::temp_directory_path() / ("lede-test-" + std::to_string(getpid()))).string();
  TempDir() { std::filesystem::create_directories(path); }
  ~TempDir() {
    std::error_code ignored;
    std::filesystem::remove_all(path, ignored);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
};

std::string temp_dir() {
  static const TempDir dir;
  return dir.path;
}

}  // namespace

std::vector<std::string> output_lines(const std::string& out) {
  std::vector<std::string> lines;
  std::istringstream in(out);
  for (std::string l; std::getline(in, l);) lines.push_back(l);
  return lines;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string temp_file(const std::string& data, const std::string& suffix) {
  static std::atomic<int> counter{0};
  std::string path = temp_dir() + "/f" + std::to_string(counter++) + suffix;
  std::ofstream(path, std::ios::binary) << data;
  return path;
}

RunResult run_lede(const std::string& args, const std::string& stdin_data) {
  RunResult r;
  const std::string in = temp_file(stdin_data);
  const std::string out = temp_file("");
  const std::string err = temp_file("");
  const std::string cmd = shell_quote(cli_path()) + " " + args + " <" + shell_quote(in) + " >" + shell_quote(out) +
                          " 2>" + shell_quote(err);
  const int status = std::system(cmd.c_str());
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out);
  r.err = read_file(err);
  std::filesystem::remove(in);
  std::filesystem::remove(out);
  std::filesystem::remove(err);
  return r;
}

}  // namespace lede::testing
