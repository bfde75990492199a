#include "lede/input_names.h"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <iostream>

#include "core/shown_path.h"

namespace lede::cli {

Result<std::vector<std::string>> expand_directories(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-" || is_url(arg) || !std::filesystem::is_directory(arg, ec)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> names;
    std::filesystem::directory_iterator it(arg, ec);
    for (; !ec && it != std::filesystem::directory_iterator(); it.increment(ec)) {
      const std::string name = it->path().filename().string();
      std::error_code type_ec;
      if (name.empty() || name[0] == '.' || !std::filesystem::is_regular_file(it->path(), type_ec)) continue;
      names.push_back(name);
    }
    if (ec) return Status::IoError(shown_path(arg) + ": cannot list the directory: " + ec.message());
    if (names.empty())
      return Status::InvalidInput(shown_path(arg) +
                                  ": the directory holds no files (hidden ones and subdirectories "
                                  "are not read)");
    std::sort(names.begin(), names.end());
    const std::string dir = arg.back() == '/' ? arg : arg + "/";
    for (const std::string& name : names) out.push_back(dir + name);
  }
  return out;
}

bool expand_directory_arguments(const std::string& command, std::vector<std::string>& files) {
  Result<std::vector<std::string>> expanded = expand_directories(files);
  if (!expanded.ok()) {
    std::cerr << "lede " << command << ": " << expanded.status().message() << '\n';
    return false;
  }
  files = std::move(*expanded);
  return true;
}

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : shown_path(path); }

std::string file_heading(const std::string& path, std::size_t files, bool first) {
  if (files <= 1) return "";
  return std::string(first ? "" : "\n") + "==> " + display_name(path) + " <==\n";
}

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

bool is_url(std::string_view arg) {
  std::string head(arg.substr(0, 8));
  std::transform(head.begin(), head.end(), head.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return head.rfind("http://", 0) == 0 || head.rfind("https://", 0) == 0;
}

std::string lower_name(const std::string& path) {
  std::string name = is_url(path) ? path.substr(0, path.find_first_of("?#")) : path;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return name;
}

std::string format_from_name(const std::string& path) {
  if (path == "-") return "text";
  // Fetched: the server's Content-Type decides between a page and text
  // (text/plain), but a link to x.jsonl names data, whatever type a server
  // gives it (many send application/octet-stream).
  std::string name = lower_name(path);
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  if (ends_with(name, ".jsonl")) return "jsonl";
  if (is_url(path) || ends_with(name, ".html") || ends_with(name, ".htm")) return "html";
  return "text";
}

Result<std::string> infer_format(const std::vector<std::string>& files) {
  const auto jsonl = [](const std::string& path) { return format_from_name(path) == "jsonl"; };
  const auto first_jsonl = std::find_if(files.begin(), files.end(), jsonl);
  if (first_jsonl == files.end()) return std::string("text");
  const auto other = std::find_if_not(files.begin(), files.end(), jsonl);
  if (other == files.end()) return std::string("jsonl");
  // The pair named is a JSONL file and another: html and text files mix, so
  // naming those two sent the user after the wrong file.
  return Status::InvalidArgument("the inputs have different formats by their names (" + display_name(*first_jsonl) +
                                 ": jsonl, " + display_name(*other) + ": " + format_from_name(*other) +
                                 "); give --format to read them all one way");
}

}  // namespace lede::cli
