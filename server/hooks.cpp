// httplib's hooks: what `lede serve` checks before routing, how it answers
// httplib's own errors, the Connection header, exceptions and the log line.
#include "server/server_impl.h"

#include <chrono>
#include <cstdio>
#include <exception>
#include <string>

#include "server/request_framing.h"

namespace lede::server {

void Server::Impl::hooks() {
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (ConnectionStream* conn = current_connection()) conn->end_head();
    // A request that ended without reaching the logger (its connection
    // broke mid-write) must not stay counted as in flight.
    if (t_request.active) metrics.abandon();
    t_request.start = Clock::now();
    t_request.active = true;
    t_request.body_bytes = 0;
    metrics.begin();
    // Stopping: the client (a proxy's pool too) should not send more on
    // this connection, which is closed after the answer.
    if (stopping) res.set_header("Connection", "close");
    // What ignore_range means, said on every answer: httplib 0.11 told
    // HEAD requests "Accept-Ranges: bytes", and GET nothing.
    res.set_header("Accept-Ranges", "none");
    vary(res);
    settle_accept_encoding(req);
    use_origin_form(req);
    if (cross_origin(req, res)) return httplib::Server::HandlerResponse::Handled;
    ignore_range(req);
    // RFC 9112, 3.2: a server must refuse an HTTP/1.1 request without one.
    // Two Host fields name no one host (3.2 again). Either way the body is
    // not read, so the connection closes: its bytes were read as the next
    // request (a GET in a POST's body was answered).
    if (req.version == "HTTP/1.1" && !req.has_header("Host")) {
      close_after_answer(res);
      send(res, error_reply(400, "bad_request", "the request has no Host header (HTTP/1.1 requires one)"));
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.get_header_value_count("Host") > 1) {
      close_after_answer(res);
      send(res, error_reply(400, "bad_request", "the request has more than one Host header"));
      return httplib::Server::HandlerResponse::Handled;
    }
    // "OPTIONS *" asks about the server as a whole: the methods it serves.
    if (req.method == "OPTIONS" && req.path == "*") {
      res.set_header("Allow", "GET, HEAD, POST");
      res.status = 204;
      return httplib::Server::HandlerResponse::Handled;
    }
    // httplib 0.11 takes "chunked" alone and reads any other coding's body
    // by its Content-Length, or to the connection's end: a proxy in front
    // that decoded it otherwise would see other requests in it.
    if (req.has_header("Transfer-Encoding") && !chunked(req)) {
      close_after_answer(res);
      send(res, error_reply(501, "unsupported",
                            "Transfer-Encoding '" + req.get_header_value("Transfer-Encoding").substr(0, 40) +
                                "' is not supported: send the body with a Content-Length, or chunked alone"));
      return httplib::Server::HandlerResponse::Handled;
    }
    if (sends_body(req)) {
      if (std::string why = settle_content_coding(req); !why.empty()) {
        // RFC 9110, 12.5.3: the codings the server takes, said in a 415.
        res.set_header("Accept-Encoding", "gzip, deflate, br");
        close_after_answer(res);  // the body is not read
        send(res, error_reply(415, "unsupported_media_type", why));
        return httplib::Server::HandlerResponse::Handled;
      }
    }
    // RFC 9112, 6.1: the body is read as chunked, and where a proxy thought
    // it ended is unknown.
    if (req.has_header("Transfer-Encoding") && req.has_header("Content-Length")) close_after_answer(res);
    if (std::string why = content_length_problem(req); !why.empty()) {
      close_after_answer(res);
      send(res, error_reply(400, "bad_request", why));
      return httplib::Server::HandlerResponse::Handled;
    }
    // httplib 0.11 read such a body to its end before its 413, holding a
    // worker as long as the client kept sending (up to --timeout). Refuse
    // it from the head; its bytes are not read, so the connection closes.
    if (declared_over_limit(req, options.max_body)) {
      close_after_answer(res);
      send(res, too_large());
      return httplib::Server::HandlerResponse::Handled;
    }
    // A GET with a body is answered, and its body, which nothing reads,
    // not taken for the next request (it was: a request in a GET's body
    // got its own answer).
    if (sends_body(req) && !body_is_read(req.method)) close_after_answer(res);
    // httplib 0.11 reads the body of a POST, PUT or PATCH without
    // Content-Length or chunked encoding until the connection closes, so
    // `curl -X POST URL` held a worker for the whole --timeout and then got
    // 400 "could not be read". Answer such a request now.
    const bool has_body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH";
    if (has_body && !req.has_header("Content-Length") && !chunked(req)) {
      if (is_get_path(req.path)) {
        res.set_header("Allow", "GET");
        send(res, error_reply(405, "method_not_allowed", "use GET for this route"));
      } else {
        send(res, error_reply(411, "length_required",
                              "the request has no Content-Length header: send the JSON body with one (or chunked)"));
      }
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  // httplib 0.11 answers "Expect: 100-continue" with 100 before any
  // handler runs, so a client sending more than --max-body was told to go
  // on and its whole body read before the 413. Refuse it now instead; the
  // body the client may still send is not read, so the connection closes.
  http.set_expect_100_continue_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (ConnectionStream* conn = current_connection()) conn->end_head();
    const bool over = declared_over_limit(req, options.max_body);
    if (!over) return 100;
    if (ConnectionStream* conn = current_connection()) conn->close_after_answer();
    // The error handler writes the body (and "Connection: close"): only an
    // answer it handles gets a Content-Length from httplib on this path.
    res.status = 413;
    return 413;
  });
  http.set_error_handler(
      httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;  // our own JSON error
        // Answers written before routing (the early 413 to Expect:
        // 100-continue) never passed the pre-routing handler.
        ignore_range(req);
        // Those answers (and a malformed Range's 416) have not said it yet.
        if (!res.has_header("Accept-Ranges")) res.set_header("Accept-Ranges", "none");
        vary(res);
        settle_accept_encoding(req);
        allow_origin(req, res);
        const ConnectionStream* conn = current_connection();
        // httplib writes no body to a HEAD (RFC 9110, 9.3.2), but knows
        // none for a request line it could not parse (414, 400): it
        // wrote the JSON error after the head of a HEAD's answer.
        if (req.method.empty() && conn && conn->head_request()) const_cast<httplib::Request&>(req).method = "HEAD";
        const HeadProblem head = conn ? conn->head_problem() : HeadProblem::kNone;
        const bool timed_out = conn && conn->timed_out();
        // httplib answers these before reading the body, or without
        // knowing where the request ends.
        if (res.status == 400 || res.status == 414 || res.status == 416 || (conn && conn->must_close()))
          close_after_answer(res);
        Reply r;
        switch (res.status) {
          // PUT, DELETE, ... on a route: it exists, only not for that method.
          case 404: r = no_route(req, res); break;
          case 413: r = too_large(); break;
          case 400:
            if (timed_out) r = http.request_timeout();
            else if (head != HeadProblem::kNone) r = header_too_large(head);
            else r = error_reply(400, "bad_request", "the HTTP request could not be read");
            break;
          case 414:
            r = error_reply(414, "http_error",
                            "the request line (method, path with query, version) is over the limit of " +
                                std::to_string(kMaxHeadLineBytes) + " bytes");
            break;
          // httplib's own refusal of a Range header it cannot parse ("bytes=abc"):
          // lede serves whole answers, but a malformed header is still refused.
          case 416:
            r = error_reply(416, "http_error",
                            "the Range header could not be read (give none: every answer is sent whole)");
            break;
          default: r = error_reply(res.status, "http_error", "HTTP error " + std::to_string(res.status)); break;
        }
        send(res, r);
        return httplib::Server::HandlerResponse::Handled;
      }));
  // One Connection header, saying what happens: httplib 0.11 adds its own
  // "Connection: close", or "Keep-Alive: timeout=5, max=10", to what the
  // hooks set, so a 431 said "Connection: close" twice and answers on a
  // connection about to close offered keep-alive as well.
  http.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    const ConnectionStream* conn = current_connection();
    // httplib closes an HTTP/1.0 connection unless asked, in these words.
    // Stopping: said on every answer written after SIGTERM, the requests
    // whose head came before it too (the pre-routing hook only saw the
    // ones after), since the server closes the connection after it.
    bool closing = stopping || (conn && conn->must_close()) ||
                   (req.version == "HTTP/1.0" && req.get_header_value("Connection") != "Keep-Alive");
    const auto said = res.headers.equal_range("Connection");
    for (auto it = said.first; it != said.second; ++it) closing = closing || it->second == "close";
    // RFC 9110, 8.6: a 204 has no Content-Length (httplib wrote "0").
    if (res.status == 204) res.headers.erase("Content-Length");
    if (!closing) {
      // httplib says "max=10" on every answer; the requests the connection
      // may still carry after this one go down by one each time.
      const std::string said_alive = res.get_header_value("Keep-Alive");
      if (const std::size_t at = said_alive.find("max="); conn && at != std::string::npos) {
        res.headers.erase("Keep-Alive");
        res.headers.emplace("Keep-Alive",
                            said_alive.substr(0, at) +
                                "max=" + std::to_string(conn->requests_left() > 0 ? conn->requests_left() - 1 : 0));
      }
      return;
    }
    res.headers.erase("Connection");
    res.headers.erase("Keep-Alive");
    res.headers.emplace("Connection", "close");
  });
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "unknown exception";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) { what = e.what(); } catch (...) {
    }
    send(res, error_reply(500, "internal", "internal error: " + what));
  });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
    const bool started = t_request.active;
    const double seconds = started ? std::chrono::duration<double>(Clock::now() - t_request.start).count() : 0.0;
    t_request.active = false;
    // A HEAD answer carries its headers only: its body was counted as sent.
    const std::size_t sent = req.method == "HEAD" ? 0 : res.body.size();
    metrics.end(req.path, res.status, t_request.body_bytes, sent, seconds, started);
    if (!log) return;
    char line[512];
    std::snprintf(line, sizeof line, "%s %.300s %d %zu bytes %.3f ms", req.method.empty() ? "-" : req.method.c_str(),
                  req.path.empty() ? "-" : req.path.c_str(), res.status, sent, seconds * 1000);
    log(line);
  });
}

}  // namespace lede::server
