#include "server/server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "server/api.h"
#include "server/connection_stream.h"
#include "server/http_server.h"
#include "server/media_type.h"
#include "server/metrics.h"
#include "server/request_framing.h"
#include "server/web_page.h"

namespace lede::server {
namespace {

// httplib serves each connection on one worker thread from routing to
// logging, so per-request timing can live in thread-local state: set when
// routing starts, read by the handler (deadline) and by the logger.
struct RequestClock {
  Clock::time_point start;
  bool active = false;
  std::uint64_t body_bytes = 0;  // as received (de-chunked, decompressed)
};
thread_local RequestClock t_request;

void send(httplib::Response& res, const Reply& reply) {
  res.status = reply.status;
  res.set_content(reply.body, reply.content_type.c_str());
}

// Connections the kernel has completed on listening socket `fd` that no
// accept() has taken yet (Linux reports them as a listener's tcpi_unacked).
std::size_t accept_queue_length(int fd) {
  tcp_info info{};
  socklen_t len = sizeof info;
  if (::getsockopt(fd, IPPROTO_TCP, TCP_INFO, &info, &len) != 0) return 0;
  return info.tcpi_unacked;
}

}  // namespace

std::string allow_origin_problem(std::string_view origin) {
  if (origin == "*") return "";
  const std::string shown(origin.substr(0, 80));
  std::string_view rest = origin;
  if (rest.starts_with("https://")) rest.remove_prefix(8);
  else if (rest.starts_with("http://")) rest.remove_prefix(7);
  else return "'" + shown + "' is not an origin: give scheme://host[:port] (http or https), or *";
  const bool clean = !rest.empty() && std::all_of(rest.begin(), rest.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '-' || c == ':' || c == '[' || c == ']';
  });
  if (!clean)
    return "'" + shown +
           "' is not an origin as browsers send it: lower-case host and port only, no path, query or "
           "trailing slash";
  return "";
}

std::size_t default_threads() {
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  return std::max<std::size_t>(8, 4 * static_cast<std::size_t>(hw));
}

struct Server::Impl {
  ServerOptions options;
  LogSink log;
  Api api;
  Metrics metrics;
  HttpServer http;
  int port = -1;
  std::mutex stop_mu;
  bool stop_requested = false;  // guarded by stop_mu
  std::atomic<bool> listening{false};
  std::atomic<bool> stopping{false};  // answers then say "Connection: close"
  // Our own descriptor of the listening socket. httplib's stop() marks its
  // socket invalid, and its workers then close the connections it accepted
  // but has not served yet (their requests sent, never answered); so
  // Server::stop() ends the accept loop by shutting the socket down through
  // this descriptor instead, which stays ours to close while httplib closes
  // its own when the loop ends. Guarded by listener_mu.
  std::mutex listener_mu;
  int listener = -1;
  std::vector<std::string> get_paths;  // routes answered to GET (fixed before listen())
  // Routes answered to POST (likewise).
  std::vector<std::pair<std::string, Reply (Api::*)(std::string_view, const Deadline&) const>> post_routes;

  Deadline deadline() const {
    Deadline d;
    d.start = t_request.active ? t_request.start : Clock::now();
    if (options.timeout_seconds > 0)
      d.limit = std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(options.timeout_seconds));
    return d;
  }

  // Ends httplib's accept loop once it has taken the connections the kernel
  // completed before now (their clients may have sent whole requests),
  // waiting a second at most: shutting the socket down makes accept() fail,
  // and would reset those.
  void end_accept_loop() {
    std::lock_guard<std::mutex> lock(listener_mu);
    if (listener < 0) return;
    for (int k = 0; k < 1000 && accept_queue_length(listener) > 0; ++k)
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ::shutdown(listener, SHUT_RDWR);
    ::close(listener);
    listener = -1;
  }

  using Endpoint = Reply (Api::*)(std::string_view, const Deadline&) const;

  void post(const std::string& path, Endpoint endpoint) {
    post_routes.emplace_back(path, endpoint);
    http.Get(path, [](const httplib::Request&, httplib::Response& res) {
      res.set_header("Allow", "POST");
      send(res, error_reply(405, "method_not_allowed", "use POST for this route"));
    });
  }

  void get(const std::string& path, std::function<Reply()> endpoint) {
    get_paths.push_back(path);
    http.Get(path, [endpoint](const httplib::Request&, httplib::Response& res) { send(res, endpoint()); });
  }

  bool is_get_path(const std::string& path) const {
    return std::find(get_paths.begin(), get_paths.end(), path) != get_paths.end();
  }

  bool is_post_path(const std::string& path) const {
    return std::any_of(post_routes.begin(), post_routes.end(), [&](const auto& route) { return route.first == path; });
  }

  // Says that the request's origin may read the answer, if it is allowed.
  bool allow_origin(const httplib::Request& req, httplib::Response& res) const {
    const std::string origin = req.get_header_value("Origin");
    if (origin.empty() || options.allow_origins.empty() || res.has_header("Access-Control-Allow-Origin")) return false;
    const auto& allowed = options.allow_origins;
    const bool any = std::find(allowed.begin(), allowed.end(), "*") != allowed.end();
    if (!any && std::find(allowed.begin(), allowed.end(), origin) == allowed.end()) return false;
    res.set_header("Access-Control-Allow-Origin", any ? "*" : origin);
    if (!any) res.set_header("Vary", "Origin");
    return true;
  }

  // CORS: a browser page on an allowed origin may read the answers. The
  // preflight of such a page's POST (it sends JSON) gets 204 here; an
  // origin not allowed gets no CORS header, and the browser keeps the
  // answer from the page. True when the request is answered.
  bool cross_origin(const httplib::Request& req, httplib::Response& res) const {
    if (!allow_origin(req, res)) return false;
    if (req.method != "OPTIONS" || !req.has_header("Access-Control-Request-Method")) return false;
    const bool is_post = is_post_path(req.path);
    if (!is_post && !is_get_path(req.path)) return false;  // 404 as any request there
    res.set_header("Access-Control-Allow-Methods", is_post ? "POST" : "GET");
    res.set_header("Access-Control-Allow-Headers", "Content-Type, Content-Encoding");
    res.set_header("Access-Control-Max-Age", "600");
    res.status = 204;
    return true;
  }

  // The answer to a request on no route, or on a route for another method
  // (with its Allow header).
  Reply no_route(const httplib::Request& req, httplib::Response& res) const {
    const bool is_get = is_get_path(req.path);
    const bool is_post = is_post_path(req.path);
    if (!is_get && !is_post)
      return error_reply(404, "not_found", "no such route; see GET /v1/methods and docs/server.md");
    res.set_header("Allow", is_get ? "GET" : "POST");
    return error_reply(405, "method_not_allowed",
                       std::string("use ") + (is_get ? "GET" : "POST") + " for this route" +
                           (req.method == "POST" ? "" : ", not " + req.method));
  }

  // `trailers` names the trailer section when it is the one over a limit.
  static Reply header_too_large(HeadProblem problem, const std::string& trailers = "") {
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
  static void close_after_answer(httplib::Response& res) {
    if (ConnectionStream* conn = current_connection()) conn->close_after_answer();
    if (res.get_header_value("Connection") != "close") res.set_header("Connection", "close");
  }

  Reply too_large() const {
    return error_reply(413, "payload_too_large",
                       "the request body is over the limit of " + std::to_string(options.max_body) + " bytes");
  }

  // Why a body could not be read.
  Reply unreadable_body(const httplib::Request& req) const {
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
    return error_reply(400, "bad_request", "the HTTP request could not be read");
  }

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
  bool read_body(const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read,
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

  // Every request with a body (POST, PUT, PATCH, DELETE) comes here, on any
  // path, so that no body is read without read_body's limit.
  void body_routes() {
    const auto handler = [this](const httplib::Request& req, httplib::Response& res,
                                const httplib::ContentReader& read) {
      std::string body;
      if (!read_body(req, res, read, body)) return;
      const auto route =
          std::find_if(post_routes.begin(), post_routes.end(), [&](const auto& r) { return r.first == req.path; });
      if (req.method != "POST" || route == post_routes.end()) {
        send(res, no_route(req, res));
        return;
      }
      if (std::string why = json_media_type_problem(req.get_header_value("Content-Type")); !why.empty()) {
        send(res, error_reply(415, "unsupported_media_type", why));
        return;
      }
      // `POST /v1/summarize?sentences=1` was answered with the default
      // budget, the query unread: refused as an unknown body field is.
      if (!req.params.empty()) {
        std::string names;
        for (const auto& [name, value] : req.params)
          if (names.find("'" + name + "'") == std::string::npos) names += (names.empty() ? "'" : ", '") + name + "'";
        send(res, error_reply(400, "invalid_field",
                              "the query string is not read (" + names +
                                  "): give options as fields of the JSON body, e.g. {\"text\": \"...\", "
                                  "\"sentences\": 2}"));
        return;
      }
      send(res, (api.*(route->second))(body, deadline()));
    };
    http.Post(".*", handler);
    http.Put(".*", handler);
    http.Patch(".*", handler);
    http.Delete(".*", handler);
  }

  void routes() {
    get("/", [] {
      Reply r;
      r.body = std::string(web_page());
      r.content_type = "text/html; charset=utf-8";
      return r;
    });
    get("/healthz", [this] { return api.health(); });
    get("/v1/methods", [this] { return api.methods(); });
    get("/v1/languages", [this] { return api.languages(); });
    get("/metrics", [this] {
      Reply r;
      r.body = metrics.render();
      r.content_type = "text/plain; version=0.0.4; charset=utf-8";
      return r;
    });
    post("/v1/summarize", &Api::summarize);
    post("/v1/summarize/batch", &Api::summarize_batch);
    post("/v1/rouge", &Api::rouge);
    post("/v1/extract", &Api::extract);
    body_routes();
  }

  void hooks() {
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
      use_origin_form(req);
      if (cross_origin(req, res)) return httplib::Server::HandlerResponse::Handled;
      ignore_range(req);
      // RFC 9112, 3.2: a server must refuse an HTTP/1.1 request without one.
      if (req.version == "HTTP/1.1" && !req.has_header("Host")) {
        send(res, error_reply(400, "bad_request", "the request has no Host header (HTTP/1.1 requires one)"));
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
            default: r = error_reply(res.status, "http_error", "HTTP error " + std::to_string(res.status)); break;
          }
          send(res, r);
          return httplib::Server::HandlerResponse::Handled;
        }));
    // One Connection header, saying what happens: httplib 0.11 adds its own
    // "Connection: close", or "Keep-Alive: timeout=5, max=10", to what the
    // hooks set, so a 431 said "Connection: close" twice and answers on a
    // connection about to close offered keep-alive as well.
    http.set_post_routing_handler([](const httplib::Request& req, httplib::Response& res) {
      const ConnectionStream* conn = current_connection();
      // httplib closes an HTTP/1.0 connection unless asked, in these words.
      bool closing = (conn && conn->must_close()) ||
                     (req.version == "HTTP/1.0" && req.get_header_value("Connection") != "Keep-Alive");
      const auto said = res.headers.equal_range("Connection");
      for (auto it = said.first; it != said.second; ++it) closing = closing || it->second == "close";
      // RFC 9110, 8.6: a 204 has no Content-Length (httplib wrote "0").
      if (res.status == 204) res.headers.erase("Content-Length");
      if (!closing) return;
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
      metrics.end(req.path, res.status, t_request.body_bytes, res.body.size(), seconds, started);
      if (!log) return;
      char line[512];
      std::snprintf(line, sizeof line, "%s %.300s %d %zu bytes %.3f ms", req.method.empty() ? "-" : req.method.c_str(),
                    req.path.empty() ? "-" : req.path.c_str(), res.status, res.body.size(), seconds * 1000);
      log(line);
    });
  }
};

Server::Server(ServerOptions options, LogSink log) : impl_(std::make_unique<Impl>()) {
  impl_->options = std::move(options);
  impl_->log = std::move(log);
  const std::size_t threads = impl_->options.threads ? impl_->options.threads : default_threads();
  impl_->http.set_threads(threads);
  impl_->http.set_payload_max_length(impl_->options.max_body);
  impl_->http.set_tcp_nodelay(true);
  // httplib's default also sets SO_REUSEPORT, which lets a second server bind
  // a port already in use and silently share it; keep only SO_REUSEADDR so a
  // restart can reuse a port in TIME_WAIT.
  impl_->http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, reinterpret_cast<const void*>(&yes), sizeof yes);
  });
  // A worker keeps a connection for its keep-alive requests while other
  // connections wait in the queue; closing after 10 requests keeps the wait
  // fair when clients outnumber workers (64 connections on 8 workers: p99
  // 0.3-0.7 s at 10 against 3 s and wrk timeouts at 100, same throughput).
  impl_->http.set_keep_alive_max_count(10);
  if (impl_->options.timeout_seconds > 0) {
    // The socket limits bound slow clients; they get a floor of one second
    // so that a tiny request limit still lets the body arrive and the 503
    // go out, instead of the connection closing with no reply.
    const double seconds = std::max(impl_->options.timeout_seconds, 1.0);
    const auto limit = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::duration<double>(seconds));
    impl_->http.set_read_timeout(limit);
    impl_->http.set_write_timeout(limit);
    impl_->http.set_request_limit(limit);
  }
  impl_->routes();
  impl_->hooks();
}

Server::~Server() { stop(); }

Status Server::bind() {
  const ServerOptions& o = impl_->options;
  if (o.port < 0 || o.port > 65535)
    return Status::InvalidArgument("port " + std::to_string(o.port) + " is not in 0..65535");
  errno = 0;
  const int port =
      o.port == 0 ? impl_->http.bind_to_any_port(o.host) : (impl_->http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) {
    // httplib leaves bind()'s errno (in use, not a local address); a host
    // name that does not resolve fails before any socket call, with none.
    const int err = errno;
    return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(o.port) + ": " +
                           (err != 0 ? std::string(std::strerror(err)) : "the host name does not resolve"));
  }
  if (!impl_->http.raise_backlog()) return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(port));
  {
    std::lock_guard<std::mutex> lock(impl_->listener_mu);
    impl_->listener = impl_->http.dup_listener();
    if (impl_->listener < 0)
      return Status::IoError("cannot listen on " + o.host + ":" + std::to_string(port) + ": " + std::strerror(errno));
  }
  impl_->port = port;
  return Status::Ok();
}

int Server::port() const { return impl_->port; }

Status Server::listen() {
  {
    std::lock_guard<std::mutex> lock(impl_->stop_mu);
    if (impl_->stop_requested) return Status::Ok();
    if (impl_->port < 0) return Status::InvalidArgument("listen() before a successful bind()");
    impl_->listening = true;
  }
  const bool ok = impl_->http.listen_after_bind();
  impl_->listening = false;
  std::lock_guard<std::mutex> lock(impl_->stop_mu);
  if (!ok && !impl_->stop_requested) return Status::IoError("the listening socket failed");
  return Status::Ok();
}

void Server::stop() {
  std::lock_guard<std::mutex> lock(impl_->stop_mu);
  if (impl_->stop_requested) return;
  impl_->stop_requested = true;
  impl_->stopping = true;
  // listen() may be between taking the lock and starting its accept loop,
  // which must be running to be ended; wait for it to run.
  while (impl_->listening && !impl_->http.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  // Before the accept loop ends, while the workers still take jobs: a
  // connection whose request has arrived goes back to one.
  impl_->http.stop_idle();
  impl_->end_accept_loop();
}

const Metrics& Server::metrics() const { return impl_->metrics; }

}  // namespace lede::server
