// The routes of `lede serve`, their CORS answers, and 404 / 405 for the rest.
#include "server/server_impl.h"

#include <algorithm>
#include <string>

#include "server/media_type.h"
#include "server/web_page.h"

namespace lede::server {

void Server::Impl::routes() {
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

void Server::Impl::post(const std::string& path, Endpoint endpoint) {
  post_routes.emplace_back(path, endpoint);
  http.Get(path, [](const httplib::Request&, httplib::Response& res) {
    res.set_header("Allow", "POST");
    send(res, error_reply(405, "method_not_allowed", "use POST for this route"));
  });
}

void Server::Impl::get(const std::string& path, std::function<Reply()> endpoint) {
  get_paths.push_back(path);
  http.Get(path, [endpoint](const httplib::Request&, httplib::Response& res) { send(res, endpoint()); });
}

// Every request with a body (POST, PUT, PATCH, DELETE) comes here, on any
// path, so that no body is read without read_body's limit.
void Server::Impl::body_routes() {
  const auto handler = [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& read) {
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
      // The example is the route's own: a summarize body on /v1/rouge misled.
      const std::string example = req.path == "/v1/summarize" ? ", e.g. {\"text\": \"...\", \"sentences\": 2}"
                                  : req.path == "/v1/rouge"   ? ", e.g. {\"summary\": \"...\", \"references\": [...], "
                                                                "\"options\": {\"flags\": \"-n 2\"}}"
                                                              : " (docs/server.md)";
      send(res, error_reply(
                    400, "invalid_field",
                    "the query string is not read (" + names + "): give options as fields of the JSON body" + example));
      return;
    }
    send(res, (api.*(route->second))(body, deadline()));
  };
  http.Post(".*", handler);
  http.Put(".*", handler);
  http.Patch(".*", handler);
  http.Delete(".*", handler);
}

bool Server::Impl::is_get_path(const std::string& path) const {
  return std::find(get_paths.begin(), get_paths.end(), path) != get_paths.end();
}

bool Server::Impl::is_post_path(const std::string& path) const {
  return std::any_of(post_routes.begin(), post_routes.end(), [&](const auto& route) { return route.first == path; });
}

// Says that the request's origin may read the answer, if it is allowed.
bool Server::Impl::allow_origin(const httplib::Request& req, httplib::Response& res) const {
  const std::string origin = req.get_header_value("Origin");
  if (origin.empty() || options.allow_origins.empty() || res.has_header("Access-Control-Allow-Origin")) return false;
  const auto& allowed = options.allow_origins;
  const bool any = std::find(allowed.begin(), allowed.end(), "*") != allowed.end();
  if (!any && std::find(allowed.begin(), allowed.end(), origin) == allowed.end()) return false;
  res.set_header("Access-Control-Allow-Origin", any ? "*" : origin);
  return true;
}

// What an answer depends on besides its method, path and body, for caches:
// its coding (httplib compresses by Accept-Encoding) and, when a list of
// origins decides who may read it, Origin. Said on every answer: one
// without the CORS header (a request with no Origin) was cached and served
// to an allowed page, which could then not read it.
std::string Server::Impl::vary_value() const {
  const auto& allowed = options.allow_origins;
  const bool by_origin = !allowed.empty() && std::find(allowed.begin(), allowed.end(), "*") == allowed.end();
  return by_origin ? "Accept-Encoding, Origin" : "Accept-Encoding";
}

void Server::Impl::vary(httplib::Response& res) const {
  if (!res.has_header("Vary")) res.set_header("Vary", vary_value());
}

// CORS: a browser page on an allowed origin may read the answers. The
// preflight of such a page's POST (it sends JSON) gets 204 here; an
// origin not allowed gets no CORS header, and the browser keeps the
// answer from the page. True when the request is answered.
bool Server::Impl::cross_origin(const httplib::Request& req, httplib::Response& res) const {
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
Reply Server::Impl::no_route(const httplib::Request& req, httplib::Response& res) const {
  const bool is_get = is_get_path(req.path);
  const bool is_post = is_post_path(req.path);
  if (!is_get && !is_post)
    return error_reply(404, "not_found", "no such route; see GET /v1/methods and docs/server.md");
  res.set_header("Allow", is_get ? "GET" : "POST");
  return error_reply(405, "method_not_allowed",
                     std::string("use ") + (is_get ? "GET" : "POST") + " for this route" +
                         (req.method == "POST" ? "" : ", not " + req.method));
}

}  // namespace lede::server
