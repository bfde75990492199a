#include "support/shared_data.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace lede::testing {

std::string shared_path(const std::string& relative) {
  const char* env = std::getenv("LEDE_SHARED_DIR");
  std::filesystem::path root = env != nullptr && *env != '\0' ? env : LEDE_DEFAULT_SHARED_DIR;
  std::filesystem::path p = root / relative;
  std::error_code ec;
  if (!std::filesystem::exists(p, ec)) return "";
  return std::filesystem::weakly_canonical(p, ec).string();
}

std::string fixture_path(const std::string& relative) {
  return (std::filesystem::path(LEDE_SOURCE_DIR) / "tests" / "fixtures" / relative).string();
}

std::string cli_path() {
#ifdef LEDE_CLI_PATH
  return LEDE_CLI_PATH;
#else
  return "";
#endif
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return "";
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace lede::testing
