#include "lede/fetch.h"

#include <httplib.h>
#include <netdb.h>
#include <sys/socket.h>

#include <algorithm>
#include <cctype>

#include "core/ascii.h"
#include "lede/input.h"
#include "lede/text.h"
#include "lede/version.h"

namespace lede::cli {
namespace {

std::string trim(std::string_view s) {
  const std::size_t b = s.find_first_not_of(" \t\"");
  if (b == std::string_view::npos) return "";
  return std::string(s.substr(b, s.find_last_not_of(" \t\"") - b + 1));
}

// What each failure of the client means to a user.
std::string describe(httplib::Error error, int timeout_seconds) {
  switch (error) {
    case httplib::Error::Connection: return "cannot connect to the server";
    case httplib::Error::Read:
      return "the server did not answer in full (connection closed, or no data for " + std::to_string(timeout_seconds) +
             " s)";
    case httplib::Error::Write: return "cannot send the request";
    case httplib::Error::SSLConnection: return "the TLS connection failed";
    case httplib::Error::SSLLoadingCerts: return "cannot load the system's certificate authorities (ca-certificates)";
    case httplib::Error::SSLServerVerification: return "the server's certificate does not verify";
    case httplib::Error::Compression: return "the response's compressed body is corrupt";
    case httplib::Error::ConnectionTimeout:
      return "no connection to the server within " + std::to_string(timeout_seconds) + " s";
    default: break;
  }
  return "fetching failed (" + httplib::to_string(error) + ")";
}

// Why `host` (a URL's, without port or brackets) cannot be looked up, ""
// when it can: cpp-httplib reports a name that does not resolve as any other
// failed connection, so a misspelt host read "cannot connect to the server".
std::string unresolved_host(const std::string& host) {
  addrinfo hints{};
  hints.ai_family = AF_UNSPEC;
  hints.ai_socktype = SOCK_STREAM;
  addrinfo* found = nullptr;
  const int rc = getaddrinfo(host.c_str(), nullptr, &hints, &found);
  if (rc == 0) {
    freeaddrinfo(found);
    return "";
  }
  return "cannot look up the host name '" + host + "' (" + gai_strerror(rc) + ")";
}

// What is wrong with a URL's host[:port] ("" when nothing): cpp-httplib
// takes a malformed one as a host name and fails to connect to it.
std::string authority_problem(std::string_view authority) {
  if (authority.empty() || authority.find_first_of("@ \t") != std::string_view::npos)
    return "a URL needs a host (and no user name or spaces in it)";
  std::string_view host = authority, port;
  bool has_port = false;
  if (authority[0] == '[') {
    const std::size_t close = authority.find(']');
    if (close == 1) return "a URL needs a host (and no user name or spaces in it)";
    if (close == std::string_view::npos) return "an IPv6 address needs its brackets: [::1]";
    host = authority.substr(0, close + 1);
    const std::string_view rest = authority.substr(close + 1);
    if (!rest.empty() && rest[0] != ':') return "an IPv6 address needs its brackets: [::1]";
    has_port = !rest.empty();
    if (has_port) port = rest.substr(1);
  } else if (const std::size_t colon = authority.find(':'); colon != std::string_view::npos) {
    host = authority.substr(0, colon);
    port = authority.substr(colon + 1);
    has_port = true;
  }
  if (host.empty()) return "a URL needs a host (and no user name or spaces in it)";
  // "host:" is the default port, as in browsers.
  if (has_port && !port.empty() &&
      (port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos ||
       std::stoi(std::string(port)) < 1 || std::stoi(std::string(port)) > 65535))
    return "the port must be a number from 1 to 65535, not '" + std::string(port) + "'";
  return "";
}

// Where a redirect's Location points, from the URL that answered with it.
std::string resolve_location(const std::string& base, const std::string& location) {
  if (is_url(location)) return location;
  const std::size_t scheme_end = base.find("://");
  if (location.rfind("//", 0) == 0) return base.substr(0, scheme_end + 1) + location;
  const std::size_t authority_end = std::min(base.find_first_of("/?#", scheme_end + 3), base.size());
  const std::string origin = base.substr(0, authority_end);
  if (location.empty() || location[0] == '/') return origin + location;
  const std::string_view rest = std::string_view(base).substr(authority_end);
  std::string path(rest.substr(0, rest.find_first_of("?#")));
  if (path.empty()) path.push_back('/');
  // "?page=2" replaces the query; "next.html" the last path segment.
  if (location[0] != '?') path.resize(path.rfind('/') + 1);
  return origin + path + location;
}

}  // namespace

Result<FetchedPage> fetch_url(const std::string& url, std::size_t max_bytes, int timeout_seconds, FetchKind kind) {
  FetchedPage page;
  std::string content_type;
  // Redirects are followed here, a new connection each: cpp-httplib's own
  // following reuses a connection the server may be closing (an HTTP/1.1
  // server that closes without saying so), failing at random as a read or
  // write error, and a redirect loop came out as one too.
  std::string current = url;
  for (int redirects = 0;; ++redirects) {
    const std::size_t scheme_end = current.find("://");
    if (!is_url(current) || scheme_end == std::string::npos)
      return Status::InvalidArgument(current == url
                                         ? url + ": not an http:// or https:// URL"
                                         : url + ": redirected to " + current + ", not an http:// or https:// URL");
    const std::size_t authority_start = scheme_end + 3;
    const std::size_t authority_end = std::min(current.find_first_of("/?#", authority_start), current.size());
    std::string authority = current.substr(authority_start, authority_end - authority_start);
    if (std::string problem = authority_problem(authority); !problem.empty())
      return Status::InvalidArgument((current == url ? url : url + ": redirected to " + current) + ": " + problem);
    if (authority.back() == ':') authority.pop_back();  // "host:" is "host"
    // The fragment names a place in the page; servers never see it.
    std::string target = current.substr(authority_end, current.find('#', authority_end) - authority_end);
    if (target.empty() || target[0] != '/') target.insert(target.begin(), '/');

    httplib::Client client(ascii_lower(current.substr(0, scheme_end)) + "://" + authority);
    if (!client.is_valid()) return Status::InvalidArgument(url + ": not a URL lede can fetch");
    client.set_follow_location(false);
    client.set_connection_timeout(timeout_seconds, 0);
    client.set_read_timeout(timeout_seconds, 0);
    client.set_write_timeout(timeout_seconds, 0);
    const httplib::Headers headers = {
        {"User-Agent", std::string("lede/") + version()},
        {"Accept", kind == FetchKind::kPage
                       ? "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"
                       : "application/x-ndjson,application/jsonl,application/json;q=0.9,*/*;q=0.5"},
    };

    int status = 0;
    std::string reason, location;
    bool too_big = false;
    page.body.clear();
    httplib::Result res = client.Get(
        target, headers,
        [&](const httplib::Response& r) {
          status = r.status;
          reason = r.reason;
          content_type = r.get_header_value("Content-Type");
          location = r.get_header_value("Location");
          return r.status == 200;
        },
        [&](const char* data, std::size_t length) {
          if (page.body.size() + length > max_bytes) {
            too_big = true;
            return false;
          }
          page.body.append(data, length);
          return true;
        });
    if (too_big)
      return Status::ResourceExhausted(
          url + (kind == FetchKind::kPage ? ": the page" : ": the file") + " is over the limit of " +
          std::to_string(max_bytes) + " bytes" +
          // A JSONL file read from standard input streams, with no limit.
          (kind == FetchKind::kData ? " a URL may hold; stream it instead: curl -sL URL | lede COMMAND -f jsonl -"
                                    : ""));
    // cpp-httplib reads no body of a 204 and does not show it to the handler.
    if (status == 0 && res) {
      status = res->status;
      reason = res->reason;
    }
    const bool redirect = status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    if (redirect && !location.empty()) {
      if (redirects == kMaxRedirects)
        return Status::IoError(url + ": too many redirects (over " + std::to_string(kMaxRedirects) + ")");
      current = resolve_location(current, location);
      continue;
    }
    if (status != 0 && status != 200)
      return Status::InvalidInput(url + ": HTTP " + std::to_string(status) + (reason.empty() ? "" : " " + reason));
    if (!res) {
      std::string why = describe(res.error(), timeout_seconds);
      if (res.error() == httplib::Error::Connection) {
        std::string host = authority[0] == '[' ? authority.substr(1, authority.find(']') - 1)
                                               : authority.substr(0, authority.find(':'));
        if (std::string lookup = unresolved_host(host); !lookup.empty()) why = lookup;
      }
      return Status::IoError((current == url ? url : url + ": redirected to " + current) + ": " + why);
    }
    break;
  }

  // "text/html; charset=ISO-8859-1" -> media type and charset.
  const std::string media = ascii_lower(trim(std::string_view(content_type).substr(0, content_type.find(';'))));
  if (media.empty() || media == "text/html" || media == "application/xhtml+xml") {
    page.format = "html";
  } else if (media == "text/plain") {
    page.format = "text";
  } else if (kind == FetchKind::kData) {
    page.format.clear();
  } else {
    return Status::InvalidInput(url + ": the server sent " + media + ", not a web page or text");
  }
  for (std::size_t at = content_type.find(';'); at != std::string::npos;) {
    const std::size_t next = content_type.find(';', at + 1);
    const std::string param =
        trim(std::string_view(content_type).substr(at + 1, next == std::string::npos ? next : next - at - 1));
    if (ascii_lower(param.substr(0, 8)) == "charset=") page.charset = trim(std::string_view(param).substr(8));
    at = next;
  }
  // A label ICU does not know is no reason to refuse the page: detect instead.
  if (!page.charset.empty() && !decode_text("", page.charset).ok()) page.charset.clear();
  return page;
}

}  // namespace lede::cli
