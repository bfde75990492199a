#include "lede/input.h"

#include <zlib.h>

#include <algorithm>
#include <array>
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

class GzStreambuf : public std::streambuf {
 public:
  explicit GzStreambuf(gzFile f) : f_(f) {}
  ~GzStreambuf() override { gzclose(f_); }
  GzStreambuf(const GzStreambuf&) = delete;
  GzStreambuf& operator=(const GzStreambuf&) = delete;
  const std::string& error() const { return error_; }

 protected:
  // A regular file's bytes are always there to read (run_batch asks).
  std::streamsize showmanyc() override { return gzeof(f_) != 0 || !error_.empty() ? -1 : 1; }

  int_type underflow() override {
    if (gptr() < egptr()) return traits_type::to_int_type(*gptr());
    if (!error_.empty()) return traits_type::eof();
    const int n = gzread(f_, buf_.data(), static_cast<unsigned>(buf_.size()));
    int err = Z_OK;
    const char* msg = gzerror(f_, &err);
    if (n < 0 || (err != Z_OK && err != Z_STREAM_END)) {
      error_ = msg != nullptr && *msg != '\0' ? msg : "read failed";
      if (n <= 0) return traits_type::eof();
    }
    if (n == 0) return traits_type::eof();
    setg(buf_.data(), buf_.data(), buf_.data() + n);
    return traits_type::to_int_type(*gptr());
  }

 private:
  gzFile f_;
  std::array<char, 1 << 16> buf_{};
  std::string error_;
};

InputLines::InputLines() : in_(&std::cin) {}
InputLines::~InputLines() = default;

Status InputLines::open(const std::string& path) {
  path_ = path;
  if (path == "-") return Status::Ok();
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  if (!std::filesystem::is_regular_file(path, ec)) {
    // A pipe or device: read what arrives, line by line.
    file_.open(path, std::ios::binary);
    if (!file_) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
    in_ = &file_;
    return Status::Ok();
  }
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  gzbuffer(f, 1 << 18);
  gz_ = std::make_unique<GzStreambuf>(f);
  gz_stream_ = std::make_unique<std::istream>(gz_.get());
  in_ = gz_stream_.get();
  return Status::Ok();
}

Status InputLines::status() const {
  if (gz_ == nullptr || gz_->error().empty()) return Status::Ok();
  std::string msg = gz_->error();
  if (msg.rfind(path_ + ": ", 0) == 0) msg.erase(0, path_.size() + 2);  // zlib's message repeats the path
  return Status::IoError(path_ + ": bad gzip data: " + msg);
}

Status eval_file_status(const std::string& path, InputLines& probe) {
  if (path == "-") return Status::InvalidArgument("-: give a file (standard input is for the training data)");
  return probe.open(path);
}

Result<std::string> read_input(const std::string& path) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return data;
  }
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return Status::IoError(path + ": is a directory");
  // zlib reads a file that is not gzip-compressed as it is: a gzip file is
  // decompressed whatever its name.
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

bool read_line(std::istream& in, std::string& line, bool& too_long, std::size_t max_bytes) {
  line.clear();
  too_long = false;
  bool any = false;
  std::array<char, 1 << 16> buf;
  for (;;) {
    // getline into a buffer scans the stream's own buffer for the newline and
    // stops when `buf` is full (failbit), so a long line comes in pieces.
    in.getline(buf.data(), static_cast<std::streamsize>(buf.size()));
    const auto got = static_cast<std::size_t>(in.gcount());
    if (got > 0) any = true;
    const bool full = in.fail() && !in.eof() && got == buf.size() - 1;
    const std::size_t stored = full || in.eof() ? got : got - 1;  // a newline was extracted, not stored
    if (!too_long) {
      if (line.size() + stored > max_bytes) {
        too_long = true;
        line.clear();
        line.shrink_to_fit();
      } else {
        line.append(buf.data(), stored);
      }
    }
    if (full) {
      in.clear();
      continue;
    }
    if (in.eof() && !any) return false;
    break;
  }
  if (in.eof()) in.clear(std::ios::eofbit);  // this line is read; the next call ends
  if (!line.empty() && line.back() == '\r') line.pop_back();
  return true;
}

void drop_byte_order_mark(std::string& first_line) {
  if (first_line.rfind("\xEF\xBB\xBF", 0) == 0) first_line.erase(0, 3);
}

Status line_too_long(std::size_t max_bytes) {
  return Status::ResourceExhausted("line is over " + std::to_string(max_bytes >> 20) +
                                   " MiB, the limit of one JSONL record; skipped");
}

bool for_each_record(const std::string& command, const std::string& path,
                     const std::function<Status(Record&, std::size_t)>& use) {
  InputLines input;
  if (Status st = input.open(path); !st.ok()) {
    std::cerr << "lede " << command << ": " << st.message() << '\n';
    return false;
  }
  std::string line;
  bool too_long = false;
  for (std::size_t no = 1; read_line(input.stream(), line, too_long); ++no) {
    if (no == 1) drop_byte_order_mark(line);
    if (!too_long && line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Record rec;
    Status st = too_long ? line_too_long() : parse_record(line, rec);
    if (st.ok()) st = use(rec, no);
    if (!st.ok()) {
      std::cerr << "lede " << command << ": " << path << ":" << no << ": " << st.message() << '\n';
      return false;
    }
  }
  if (Status st = input.status(); !st.ok()) {
    std::cerr << "lede " << command << ": " << st.message() << '\n';
    return false;
  }
  return true;
}

}  // namespace lede::cli
