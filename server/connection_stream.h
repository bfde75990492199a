// server/connection_stream.h: the bytes of one accepted connection, as
// cpp-httplib reads and writes them, with a limit on each request's head.
//
// cpp-httplib 0.11 (Debian 12) buffers a request line or a header field whole
// before checking its length (8,192 bytes) and takes any number of header
// fields: a 100 MB header line took the service to 143 MB of RSS, a million
// short fields to 122 MB (answered 200). Its limits are compiled into
// libcpp-httplib.so, so no CPPHTTPLIB_* macro set before including httplib.h
// changes them. The service therefore serves each connection through this
// stream (Server overrides httplib's per-connection loop), which stops giving
// httplib the bytes of a head past the limits below, as if the client had
// stopped sending: httplib then refuses the request (414 for a request line,
// 400 for a header) and the service says 431 and closes the connection.
//
//   ConnectionStream strm(sock, read_limit, write_limit);
//   strm.begin_request();   // before each request on the connection
//   ... httplib reads the head ...
//   strm.end_head();        // once the head is parsed: the body is not counted
//   if (strm.head_problem() != HeadProblem::kNone) ... answer 431, close ...
//
// Thread safety: a stream belongs to the one thread serving its connection.
#pragma once

#include <httplib.h>

#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace lede::server {

// The request line and the header fields together, CRLFs included.
inline constexpr std::size_t kMaxHeadBytes = 64 * 1024;
inline constexpr std::size_t kMaxHeaderFields = 100;
// httplib's own limit on a request line and on one header field (its
// CPPHTTPLIB_REQUEST_URI_MAX_LENGTH and CPPHTTPLIB_HEADER_MAX_LENGTH).
inline constexpr std::size_t kMaxHeadLineBytes = 8192;

enum class HeadProblem {
  kNone,
  kTooLong,        // over kMaxHeadBytes
  kTooManyFields,  // over kMaxHeaderFields
  kFieldTooLong,   // one field line over kMaxHeadLineBytes, CRLF included (refused by httplib)
};

class ConnectionStream : public httplib::Stream {
 public:
  // `request_limit` bounds the time from begin_request() to the last byte of
  // that request read (0: no bound): each read waits at most `read_limit`,
  // so without it a client sending a byte a second held a worker for ever.
  ConnectionStream(int sock, std::chrono::microseconds read_limit, std::chrono::microseconds write_limit,
                   std::chrono::microseconds request_limit = std::chrono::microseconds(0));

  bool is_readable() const override;
  bool is_writable() const override;
  ssize_t read(char* ptr, std::size_t size) override;
  ssize_t write(const char* ptr, std::size_t size) override;
  void get_remote_ip_and_port(std::string& ip, int& port) const override;
  void get_local_ip_and_port(std::string& ip, int& port) const override;
  int socket() const override { return sock_; }

  // True once a byte (or the end) can be read within `limit`: the wait
  // between keep-alive requests.
  bool wait_readable(std::chrono::microseconds limit) const;
  void begin_request();
  void end_head() { in_head_ = false; }
  // Why the current request's head was cut short (kNone if it was not).
  HeadProblem head_problem() const;
  // The connection is to be closed after the current answer: its head was
  // cut, or close_after_answer() was called (a body that will not be read).
  bool must_close() const { return cut_ || close_; }
  void close_after_answer() { close_ = true; }
  // Requests the connection may still carry, the current one included
  // (--keep-alive's count, down by one a request).
  void set_requests_left(std::size_t n) { requests_left_ = n; }
  std::size_t requests_left() const { return requests_left_; }
  // A line in the body (a chunk-size line, a trailer field) passed
  // kMaxHeadLineBytes and the body's reading was ended: httplib 0.11 keeps
  // such a line whole, and a client sending hex digits without end took the
  // service to 570 MB in 3 s.
  bool body_line_cut() const { return body_line_cut_; }
  // The body about to be read is chunked. httplib 0.11 takes no trailer
  // fields after the last chunk (RFC 9112, 7.1.2 lets a server drop those it
  // does not use), so the stream follows the chunks httplib reads and drops
  // the trailer fields before httplib sees them, within the head's limits
  // (kMaxHeaderFields fields, kMaxHeadLineBytes a line, kMaxHeadBytes in
  // all); httplib still parses every chunk.
  void begin_chunked_body();
  // Why the trailer fields were refused (kNone if they were not).
  HeadProblem trailer_problem() const { return trailer_problem_; }
  // What is malformed in the chunked body that httplib 0.11 would take
  // ("" if nothing): a trailer line that is not a field ("name: value"), or
  // a chunk's data not followed by CRLF, where httplib ended the body and
  // left the rest of the chunk to be read as the next request.
  const std::string& chunk_problem() const { return chunk_problem_; }
  // The request line starts "HEAD ": its answer has no body, even when
  // httplib could not parse the line (it then writes one).
  bool head_request() const { return head_prefix_ == 5; }
  // The client closed its side during the current request.
  bool client_ended() const { return ended_; }
  // A read failed because the request's time limit passed.
  bool timed_out() const { return timed_out_; }
  // Bytes of the current request's head read so far.
  std::size_t head_bytes() const { return head_bytes_; }
  // Before closing with bytes unread: ends our side, then reads and drops
  // what the client still sends for up to a second, so that the answer is not
  // lost to the reset that closing a socket with unread bytes sends.
  void linger();

 private:
  bool head_byte_allowed();
  void count_head_byte(char c);
  // Makes bytes available in buf_, waiting as a read does: > 0 once there
  // are, else recv's 0 (closed) or -1.
  ssize_t fill();
  // Follows the chunked body through the bytes httplib took.
  void track_chunks(const char* p, std::size_t n);
  // At the start of a line of the trailer section: drops the field lines
  // up to the blank one that ends the body. > 0 when that line is next.
  ssize_t drop_trailer_fields();

  enum class Chunks { kOff, kSizeLine, kData, kDataEnd, kTrailers, kLastLine };
  Chunks chunks_ = Chunks::kOff;
  std::string chunk_line_;  // the size line (or the CRLF after the data) so far
  unsigned long chunk_left_ = 0;
  std::size_t trailer_bytes_ = 0;
  std::size_t trailer_fields_ = 0;
  HeadProblem trailer_problem_ = HeadProblem::kNone;
  std::string chunk_problem_;
  std::size_t head_prefix_ = 0;
  bool ended_ = false;  // bytes of "HEAD " that open the request line

  int sock_;
  std::chrono::microseconds read_limit_;
  std::chrono::microseconds write_limit_;
  std::chrono::microseconds request_limit_;
  std::chrono::steady_clock::time_point deadline_{};
  bool timed_out_ = false;
  // Bytes since the last newline in the body's one-byte reads (httplib reads
  // lines a byte at a time, chunk data in larger reads).
  std::size_t body_line_ = 0;
  bool body_line_cut_ = false;
  std::array<char, 4096> buf_{};
  std::size_t buf_pos_ = 0;
  std::size_t buf_len_ = 0;
  // The current request's head, as read so far.
  bool in_head_ = true;
  bool cut_ = false;
  bool close_ = false;
  std::size_t requests_left_ = 0;
  HeadProblem cut_problem_ = HeadProblem::kNone;
  std::size_t head_bytes_ = 0;
  std::size_t lines_ = 0;  // complete lines, the request line included
  std::size_t line_bytes_ = 0;
  std::size_t longest_field_ = 0;  // CRLF included
};

}  // namespace lede::server
