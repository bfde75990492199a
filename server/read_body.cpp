// A request body read within --max-body, and the answers when it cannot be.
#include "server/server_impl.h"

#include <string>

#include "server/request_framing.h"

namespace lede::server {

// Reads the body of a request on any path into `body`, keeping at most
// `max_body` bytes. httplib 0.11 checks its own limit against
// Content-Length only (and read such a body to its end before the 413: the
// pre-routing handler now refuses it first), and buffers a chunked or
// compressed body whole (a 29 KB gzip body made 30 MB). Reading stops at
// the first byte past the limit: the rest of the body is not read, so the
// connection is closed after the 413 (reading it held a worker until the
// client was done, or up to --timeout).
// False when `res` is answered (413; 408 or 400 for a body that does not
// arrive or cannot be read).
bool Server::Impl::read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read,
                             std::string& body) {
  bool over = false;
  ConnectionStream* conn = current_connection();
  if (conn && chunked(req)) conn->begin_chunked_body();
  const auto receive = [&](const char* data, std::size_t n) {
    t_request.body_bytes += n;
    if (body.size() + n > options.max_body) {
      over = true;
      std::string().swap(body);
      return false;
    }
    body.append(data, n);
    return true;
  };
  // A multipart body goes through httplib's form parser, which needs a
  // header callback; its parts are dropped like any body (415 follows).
  const bool ok = req.is_multipart_form_data() ? read([](const httplib::MultipartFormData&) { return true; }, receive)
                                               : read(receive);
  if (over || res.status == 413) {
    close_after_answer(res);
    send(res, too_large());
    return false;
  }
  // httplib 0.11 takes a chunk whose data runs on past its size as the
  // body's end, and would read the rest as the next request.
  if (!ok || (conn && !conn->chunk_problem().empty())) {
    // Where the unreadable body ends is unknown, so its rest would be read
    // as the next request.
    close_after_answer(res);
    send(res, unreadable_body(req));
    return false;
  }
  return true;
}

// Why a body could not be read.
Reply Server::Impl::unreadable_body(const httplib::Request& req) const {
  const ConnectionStream* conn = current_connection();
  if (conn && conn->timed_out()) return http.request_timeout();
  if (conn && conn->body_line_cut())
    return error_reply(400, "bad_request",
                       "a line of the chunked body (a chunk size) is over the limit of " +
                           std::to_string(kMaxHeadLineBytes) + " bytes");
  if (conn && conn->trailer_problem() != HeadProblem::kNone)
    return header_too_large(conn->trailer_problem(), "the chunked body's trailer fields");
  if (conn && !conn->chunk_problem().empty())
    return error_reply(400, "bad_request", "the chunked body could not be read: " + conn->chunk_problem());
  // The client stopped sending halfway (it said "the HTTP request could
  // not be read", as for any broken request).
  if (conn && conn->client_ended())
    return error_reply(400, "bad_request",
                       chunked(req) ? "the connection was closed before the chunked body's last chunk"
                       : req.has_header("Content-Encoding")
                           ? "the connection was closed before the whole body arrived"
                           : "the connection was closed after " + std::to_string(t_request.body_bytes) + " of the " +
                                 req.get_header_value("Content-Length") + " bytes of the body (Content-Length)");
  if (chunked(req) && !req.has_header("Content-Encoding"))
    return error_reply(400, "bad_request", "the chunked body could not be read: a malformed chunk");
  // The body arrived whole and the decoder refused it (the codings are
  // checked before: only gzip, deflate and br get here).
  if (req.has_header("Content-Encoding")) {
    std::string coding = req.get_header_value("Content-Encoding");
    for (char& c : coding) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    const std::string format = coding == "deflate" ? "deflate data in zlib's format (RFC 1950, as HTTP's deflate is)"
                               : coding == "br"    ? "Brotli data"
                                                   : "gzip data";
    return error_reply(
        400, "bad_request",
        "the body could not be decompressed: it is not valid " + format + ", which its Content-Encoding says it is");
  }
  return error_reply(400, "bad_request", "the HTTP request could not be read");
}

Reply Server::Impl::too_large() const {
  return error_reply(413, "payload_too_large",
                     "the request body is over the limit of " + std::to_string(options.max_body) + " bytes");
}

// `trailers` names the trailer section when it is the one over a limit.
Reply Server::Impl::header_too_large(HeadProblem problem, const std::string& trailers) {
  std::string why;
  switch (problem) {
    case HeadProblem::kTooManyFields:
      why = trailers.empty() ? "the request has more than " + std::to_string(kMaxHeaderFields) + " header fields"
                             : trailers + " are more than " + std::to_string(kMaxHeaderFields);
      break;
    case HeadProblem::kFieldTooLong:
      why = std::string(trailers.empty() ? "a header field" : "a trailer field") + " is over the limit of " +
            std::to_string(kMaxHeadLineBytes) + " bytes";
      break;
    default:
      why = (trailers.empty() ? "the request line and header fields" : trailers) + " are over the limit of " +
            std::to_string(kMaxHeadBytes) + " bytes together";
      break;
  }
  return error_reply(431, "header_too_large", why);
}

// Ends the connection after this answer: the rest of the request's bytes
// (or where they end) is unknown, and httplib would read them as another
// request and answer each of its lines.
void Server::Impl::close_after_answer(httplib::Response& res) {
  if (ConnectionStream* conn = current_connection()) conn->close_after_answer();
  if (res.get_header_value("Connection") != "close") res.set_header("Connection", "close");
}

}  // namespace lede::server
