#include "lede/fetch.h"

#include <httplib.h>

#include <algorithm>
#include <cctype>

#include "lede/input.h"
#include "lede/text.h"
#include "lede/version.h"

namespace lede::cli {
namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

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
    case httplib::Error::ExceedRedirectCount: return "too many redirects";
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

}  // namespace

bool is_utf8_label(std::string_view charset) {
  const std::string l = lower(charset);
  return l == "utf-8" || l == "utf8";
}

Result<FetchedPage> fetch_url(const std::string& url, std::size_t max_bytes, int timeout_seconds) {
  const std::size_t scheme_end = url.find("://");
  if (!is_url(url) || scheme_end == std::string::npos)
    return Status::InvalidArgument(url + ": not an http:// or https:// URL");
  const std::size_t authority_start = scheme_end + 3;
  const std::size_t authority_end = std::min(url.find_first_of("/?#", authority_start), url.size());
  const std::string authority = url.substr(authority_start, authority_end - authority_start);
  if (authority.empty() || authority.find_first_of("@ \t") != std::string::npos)
    return Status::InvalidArgument(url + ": a URL needs a host (and no user name or spaces in it)");
  // The fragment names a place in the page; servers never see it.
  std::string target = url.substr(authority_end, url.find('#', authority_end) - authority_end);
  if (target.empty() || target[0] != '/') target.insert(0, "/");

  httplib::Client client(lower(url.substr(0, scheme_end)) + "://" + authority);
  if (!client.is_valid()) return Status::InvalidArgument(url + ": not a URL lede can fetch");
  client.set_follow_location(true);
  client.set_connection_timeout(timeout_seconds, 0);
  client.set_read_timeout(timeout_seconds, 0);
  client.set_write_timeout(timeout_seconds, 0);
  const httplib::Headers headers = {
      {"User-Agent", std::string("lede/") + version()},
      {"Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"},
  };

  FetchedPage page;
  int status = 0;
  std::string reason, content_type;
  bool too_big = false;
  httplib::Result res = client.Get(
      target, headers,
      [&](const httplib::Response& r) {
        status = r.status;
        reason = r.reason;
        content_type = r.get_header_value("Content-Type");
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
    return Status::ResourceExhausted(url + ": the page is over the limit of " + std::to_string(max_bytes) + " bytes");
  if (status != 0 && status != 200)
    return Status::InvalidInput(url + ": HTTP " + std::to_string(status) + (reason.empty() ? "" : " " + reason));
  if (!res) return Status::IoError(url + ": " + describe(res.error(), timeout_seconds));

  // "text/html; charset=ISO-8859-1" -> media type and charset.
  const std::string media = lower(trim(std::string_view(content_type).substr(0, content_type.find(';'))));
  if (media.empty() || media == "text/html" || media == "application/xhtml+xml") {
    page.format = "html";
  } else if (media == "text/plain") {
    page.format = "text";
  } else {
    return Status::InvalidInput(url + ": the server sent " + media + ", not a web page or text");
  }
  for (std::size_t at = content_type.find(';'); at != std::string::npos;) {
    const std::size_t next = content_type.find(';', at + 1);
    const std::string param =
        trim(std::string_view(content_type).substr(at + 1, next == std::string::npos ? next : next - at - 1));
    if (lower(param.substr(0, 8)) == "charset=") page.charset = trim(std::string_view(param).substr(8));
    at = next;
  }
  // A label ICU does not know is no reason to refuse the page: detect instead.
  if (!page.charset.empty() && !decode_text("", page.charset).ok()) page.charset.clear();
  return page;
}

}  // namespace lede::cli
