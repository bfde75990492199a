#include "lede/input.h"

#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

namespace lede::cli {

std::string display_name(const std::string& path) { return path == "-" ? "<stdin>" : path; }

namespace {

bool ends_with(const std::string& s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

}  // namespace

std::string format_from_name(const std::string& path) {
  if (path == "-") return "text";
  std::string name = path;
  std::transform(name.begin(), name.end(), name.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ends_with(name, ".gz")) name.resize(name.size() - 3);
  if (ends_with(name, ".jsonl")) return "jsonl";
  if (ends_with(name, ".html") || ends_with(name, ".htm")) return "html";
  return "text";
}

Result<std::string> infer_format(const std::vector<std::string>& files) {
  if (files.empty()) return std::string("text");
  const std::string first = format_from_name(files[0]);
  for (const std::string& path : files) {
    const std::string format = format_from_name(path);
    if (format != first)
      return Status::InvalidArgument("the inputs have different formats by their names (" + display_name(files[0]) +
                                     ": " + first + ", " + display_name(path) + ": " + format +
                                     "); give --format to read them all one way");
  }
  return first;
}

Status open_input(const std::string& path, std::ifstream& file) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  file.open(path, std::ios::binary);
  if (!file) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  // JSONL is streamed line by line and not decompressed; a gzip file would
  // otherwise give one "malformed JSON" error per line of binary.
  char magic[2] = {0, 0};
  file.read(magic, 2);
  const bool gzip = file.gcount() == 2 && magic[0] == '\x1f' && magic[1] == '\x8b';
  file.clear();
  file.seekg(0);
  if (gzip)
    return Status::IoError(path + ": is gzip-compressed; JSONL is read uncompressed (zcat " + path +
                           " | lede ... -)");
  return Status::Ok();
}

Result<std::string> read_input(const std::string& path) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return data;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  // zlib reads a file that is not gzip-compressed as it is: a gzip file is
  // decompressed whatever its name (open_input's refusal is for JSONL only).
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) data.append(buf, static_cast<std::size_t>(n));
  int err = 0;
  std::string msg = gzerror(f, &err);  // a copy: gzclose frees zlib's
  gzclose(f);
  if (msg.rfind(path + ": ", 0) == 0) msg.erase(0, path.size() + 2);  // zlib's message repeats the path
  if (n < 0 || (err != Z_OK && err != Z_STREAM_END))
    return Status::IoError(path + (err == Z_ERRNO ? ": read failed: " : ": bad gzip data: ") + msg);
  return data;
}

bool read_line(std::istream& in, std::string& line) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

bool for_each_record(const std::string& command, const std::string& path,
                     const std::function<Status(Record&, std::size_t)>& use) {
  std::ifstream in;
  if (Status st = open_input(path, in); !st.ok()) {
    std::cerr << "lede " << command << ": " << st.message() << '\n';
    return false;
  }
  std::string line;
  for (std::size_t no = 1; read_line(in, line); ++no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Record rec;
    Status st = parse_record(line, rec);
    if (st.ok()) st = use(rec, no);
    if (!st.ok()) {
      std::cerr << "lede " << command << ": " << path << ":" << no << ": " << st.message() << '\n';
      return false;
    }
  }
  return true;
}

}  // namespace lede::cli
