#include "lede/output_path.h"
#include "core/shown_path.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

namespace lede::cli {

Status check_writable(const std::string& path, const std::vector<std::string>& inputs) {
  namespace fs = std::filesystem;
  auto cannot = [&](const std::string& why) { return Status::IoError(shown_path(path) + ": cannot write: " + why); };
  std::error_code ec;
  if (fs::is_directory(path, ec)) return cannot("is a directory");
  if (fs::exists(path, ec)) {
    if (::access(path.c_str(), W_OK) != 0) return cannot(std::strerror(errno));
    for (const std::string& input : inputs)
      if (input != "-" && fs::equivalent(path, input, ec))
        return cannot("it is an input file (" + shown_path(input) + "); writing would replace what is read");
    return Status::Ok();
  }
  const fs::path parent = fs::path(path).parent_path();
  const std::string dir = parent.empty() ? "." : parent.string();
  if (!fs::is_directory(dir, ec)) return cannot("no directory " + shown_path(dir));
  if (::access(dir.c_str(), W_OK) != 0) return cannot(std::strerror(errno));
  return Status::Ok();
}

bool same_file(const std::string& a, const std::string& b) {
  namespace fs = std::filesystem;
  std::error_code ea, eb;
  const fs::path ca = fs::weakly_canonical(a, ea), cb = fs::weakly_canonical(b, eb);
  if (!ea && !eb && ca == cb) return true;
  return fs::equivalent(a, b, ea);
}

}  // namespace lede::cli
