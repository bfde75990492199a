#include "server/connection_stream.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

namespace lede::server {
namespace {

int poll_millis(std::chrono::microseconds limit) {
  return static_cast<int>(std::min<std::chrono::microseconds::rep>((limit.count() + 999) / 1000, 1 << 30));
}

bool wait_for(int sock, short events, std::chrono::microseconds limit) {
  pollfd p{sock, events, 0};
  int n;
  do { n = ::poll(&p, 1, poll_millis(limit)); } while (n < 0 && errno == EINTR);
  return n > 0;
}

void name_of(const sockaddr_storage& addr, std::string& ip, int& port) {
  char text[INET6_ADDRSTRLEN] = "";
  if (addr.ss_family == AF_INET) {
    const auto& a = reinterpret_cast<const sockaddr_in&>(addr);
    ::inet_ntop(AF_INET, &a.sin_addr, text, sizeof text);
    port = ntohs(a.sin_port);
  } else if (addr.ss_family == AF_INET6) {
    const auto& a = reinterpret_cast<const sockaddr_in6&>(addr);
    ::inet_ntop(AF_INET6, &a.sin6_addr, text, sizeof text);
    port = ntohs(a.sin6_port);
  }
  ip = text;
}

// RFC 9112, 7.1: chunk-size [ chunk-ext ] CRLF, chunk-size = 1*HEXDIG, the
// extension after optional white space and ';'.
bool plain_chunk_size(const std::string& line) {
  std::size_t i = 0;
  while (i < line.size() && std::isxdigit(static_cast<unsigned char>(line[i]))) ++i;
  if (i == 0) return false;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
  return i < line.size() && (line[i] == ';' || line.compare(i, std::string::npos, "\r\n") == 0);
}

}  // namespace

ConnectionStream::ConnectionStream(int sock, std::chrono::microseconds read_limit,
                                   std::chrono::microseconds write_limit, std::chrono::microseconds request_limit)
    : sock_(sock), read_limit_(read_limit), write_limit_(write_limit), request_limit_(request_limit) {}

bool ConnectionStream::is_readable() const { return buf_pos_ < buf_len_ || wait_for(sock_, POLLIN, read_limit_); }

bool ConnectionStream::is_writable() const { return wait_for(sock_, POLLOUT, write_limit_); }

bool ConnectionStream::wait_readable(std::chrono::microseconds limit) const {
  return buf_pos_ < buf_len_ || wait_for(sock_, POLLIN, limit);
}

void ConnectionStream::begin_request() {
  in_head_ = true;
  cut_ = false;
  timed_out_ = false;
  body_line_ = 0;
  body_line_cut_ = false;
  if (request_limit_.count() > 0) deadline_ = std::chrono::steady_clock::now() + request_limit_;
  cut_problem_ = HeadProblem::kNone;
  head_bytes_ = lines_ = line_bytes_ = longest_field_ = 0;
  head_prefix_ = 0;
  ended_ = false;
  chunks_ = Chunks::kOff;
  chunk_line_.clear();
  chunk_left_ = trailer_bytes_ = trailer_fields_ = 0;
  trailer_problem_ = HeadProblem::kNone;
  chunk_problem_.clear();
}

void ConnectionStream::begin_chunked_body() {
  chunks_ = Chunks::kSizeLine;
  chunk_line_.clear();
}

HeadProblem ConnectionStream::head_problem() const {
  if (cut_) return cut_problem_;
  // httplib counts the CRLF in.
  return longest_field_ > kMaxHeadLineBytes ? HeadProblem::kFieldTooLong : HeadProblem::kNone;
}

// httplib reads a head one byte at a time, so the limits hold to the byte.
bool ConnectionStream::head_byte_allowed() {
  if (cut_) return false;
  if (head_bytes_ >= kMaxHeadBytes) {
    cut_ = true;
    cut_problem_ = HeadProblem::kTooLong;
  } else if (lines_ > kMaxHeaderFields && line_bytes_ >= 2) {
    // The request line and kMaxHeaderFields fields are in: only the blank
    // line that ends the head may follow.
    cut_ = true;
    cut_problem_ = HeadProblem::kTooManyFields;
  }
  return !cut_;
}

void ConnectionStream::count_head_byte(char c) {
  ++head_bytes_;
  ++line_bytes_;
  if (lines_ == 0 && line_bytes_ == head_prefix_ + 1 && head_prefix_ < 5 && c == "HEAD "[head_prefix_]) ++head_prefix_;
  if (c != '\n') return;
  if (lines_ > 0) longest_field_ = std::max(longest_field_, line_bytes_);
  ++lines_;
  line_bytes_ = 0;
}

ssize_t ConnectionStream::fill() {
  if (buf_pos_ < buf_len_) return static_cast<ssize_t>(buf_len_ - buf_pos_);
  std::chrono::microseconds wait = read_limit_;
  if (request_limit_.count() > 0) {
    const auto left =
        std::chrono::duration_cast<std::chrono::microseconds>(deadline_ - std::chrono::steady_clock::now());
    if (left <= wait) {
      wait = std::max(left, std::chrono::microseconds(0));
      timed_out_ = true;  // unless a byte comes in time
    }
  }
  if (!wait_for(sock_, POLLIN, wait)) return -1;
  timed_out_ = false;
  ssize_t n;
  do { n = ::recv(sock_, buf_.data(), buf_.size(), 0); } while (n < 0 && errno == EINTR);
  if (n == 0) ended_ = true;
  if (n <= 0) return n;
  buf_pos_ = 0;
  buf_len_ = static_cast<std::size_t>(n);
  return n;
}

ssize_t ConnectionStream::read(char* ptr, std::size_t size) {
  if (in_head_) {
    // A cut head ends as a connection that closed: httplib refuses it.
    if (!head_byte_allowed()) return 0;
    size = std::min<std::size_t>(size, 1);
  } else if (size == 1 && body_line_ >= kMaxHeadLineBytes) {
    body_line_cut_ = true;
    return -1;
  }
  // A chunked body found malformed ends here (httplib may read on).
  if (!chunk_problem_.empty()) return -1;
  if (chunks_ == Chunks::kTrailers) {
    if (const ssize_t r = drop_trailer_fields(); r <= 0) return r;
  }
  if (const ssize_t r = fill(); r <= 0) return r;
  const std::size_t n = std::min(size, buf_len_ - buf_pos_);
  std::memcpy(ptr, buf_.data() + buf_pos_, n);
  buf_pos_ += n;
  if (in_head_) {
    count_head_byte(ptr[0]);
  } else {
    if (size == 1 && ptr[0] != '\n') ++body_line_;
    else body_line_ = 0;
    if (chunks_ != Chunks::kOff) track_chunks(ptr, n);
  }
  return static_cast<ssize_t>(n);
}

void ConnectionStream::track_chunks(const char* p, std::size_t n) {
  for (std::size_t i = 0; i < n; ++i) {
    switch (chunks_) {
      case Chunks::kData: {
        const std::size_t take = static_cast<std::size_t>(std::min<unsigned long>(chunk_left_, n - i));
        chunk_left_ -= take;
        i += take - 1;
        if (chunk_left_ == 0) {
          chunks_ = Chunks::kDataEnd;
          chunk_line_.clear();
        }
        break;
      }
      case Chunks::kSizeLine:
      case Chunks::kDataEnd:
        // httplib's line reads stop at kMaxHeadLineBytes (body_line_cut_),
        // which bounds this line too.
        chunk_line_ += p[i];
        if (p[i] != '\n') break;
        if (chunks_ == Chunks::kDataEnd) {
          // httplib 0.11 ends the body here and returns it as read.
          if (chunk_line_ != "\r\n") chunk_problem_ = "a chunk's data is not followed by CRLF";
          chunks_ = Chunks::kSizeLine;
          chunk_line_.clear();
          break;
        }
        {
          // Read as httplib reads it, so that both agree where the data ends.
          char* end = nullptr;
          chunk_left_ = std::strtoul(chunk_line_.c_str(), &end, 16);
          if (end == chunk_line_.c_str() || chunk_left_ == ULONG_MAX) {
            chunks_ = Chunks::kOff;  // httplib refuses it
          } else if (!plain_chunk_size(chunk_line_)) {
            // strtoul also takes " 5", "+5" and "0x5", which a proxy in
            // front may read otherwise (as the end of the body, for "0x5").
            chunk_problem_ = "a chunk size is not hexadecimal digits";
            chunks_ = Chunks::kOff;
          } else {
            chunks_ = chunk_left_ == 0 ? Chunks::kTrailers : Chunks::kData;
          }
        }
        break;
      case Chunks::kLastLine:
        if (p[i] == '\n') chunks_ = Chunks::kOff;
        break;
      default: break;
    }
  }
}

ssize_t ConnectionStream::drop_trailer_fields() {
  for (;;) {
    if (const ssize_t r = fill(); r <= 0) return r;
    const char first = buf_[buf_pos_];
    if (first == '\r' || first == '\n') {
      chunks_ = Chunks::kLastLine;
      return 1;
    }
    // A field line: "name: value", the name without white space.
    std::size_t line = 0;
    bool colon = false, bad_name = false;
    for (char c = 0; c != '\n';) {
      if (const ssize_t r = fill(); r <= 0) return r;
      c = buf_[buf_pos_++];
      ++line;
      if (++trailer_bytes_ > kMaxHeadBytes) trailer_problem_ = HeadProblem::kTooLong;
      else if (line > kMaxHeadLineBytes) trailer_problem_ = HeadProblem::kFieldTooLong;
      if (trailer_problem_ != HeadProblem::kNone) return -1;
      if (colon) continue;
      if (c == ':') {
        colon = true;
        bad_name = bad_name || line == 1;  // no name
      } else {
        bad_name = bad_name || static_cast<unsigned char>(c) <= ' ' || c == 0x7F;
      }
    }
    if (!colon || bad_name) {
      chunk_problem_ = "a trailer line after the last chunk is not a header field (name: value)";
      return -1;
    }
    if (++trailer_fields_ > kMaxHeaderFields) {
      trailer_problem_ = HeadProblem::kTooManyFields;
      return -1;
    }
  }
}

ssize_t ConnectionStream::write(const char* ptr, std::size_t size) {
  if (!is_writable()) return -1;
  ssize_t n;
  do { n = ::send(sock_, ptr, size, MSG_NOSIGNAL); } while (n < 0 && errno == EINTR);
  return n;
}

void ConnectionStream::get_remote_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getpeername(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) name_of(addr, ip, port);
}

void ConnectionStream::get_local_ip_and_port(std::string& ip, int& port) const {
  sockaddr_storage addr{};
  socklen_t len = sizeof addr;
  if (::getsockname(sock_, reinterpret_cast<sockaddr*>(&addr), &len) == 0) name_of(addr, ip, port);
}

void ConnectionStream::linger() {
  ::shutdown(sock_, SHUT_WR);
  const auto give_up = std::chrono::steady_clock::now() + std::chrono::seconds(1);
  char drop[4096];
  for (auto now = std::chrono::steady_clock::now(); now < give_up; now = std::chrono::steady_clock::now()) {
    if (!wait_for(sock_, POLLIN, std::chrono::duration_cast<std::chrono::microseconds>(give_up - now))) return;
    const ssize_t n = ::recv(sock_, drop, sizeof drop, 0);
    if (n == 0 || (n < 0 && errno != EINTR)) return;
  }
}

}  // namespace lede::server
