#include "server/request_framing.h"
#include "core/ascii.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <system_error>
#include <vector>

namespace lede::server {

void ignore_range(const httplib::Request& req) { const_cast<httplib::Request&>(req).ranges.clear(); }

void use_origin_form(const httplib::Request& req) {
  const std::string& path = req.path;
  const std::size_t scheme_end = path.find("://");
  if (path.empty() || path[0] == '/' || scheme_end == std::string::npos) return;
  const std::string scheme = ascii_lower(path.substr(0, scheme_end));
  if (scheme != "http" && scheme != "https") return;
  const std::size_t slash = path.find('/', scheme_end + 3);
  const_cast<httplib::Request&>(req).path = slash == std::string::npos ? "/" : path.substr(slash);
}

bool chunked(const httplib::Request& req) {
  const std::string coding = req.get_header_value("Transfer-Encoding");
  return coding.size() == 7 && std::equal(coding.begin(), coding.end(), "chunked", [](char a, char b) {
           return std::tolower(static_cast<unsigned char>(a)) == b;
         });
}

bool body_is_read(const std::string& method) {
  return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool sends_body(const httplib::Request& req) {
  return req.get_header_value("Content-Length").find_first_not_of('0') != std::string::npos || chunked(req);
}

std::string content_length_problem(const httplib::Request& req) {
  const std::size_t count = req.get_header_value_count("Content-Length");
  if (count == 0) return "";
  const std::string first = req.get_header_value("Content-Length");
  for (std::size_t k = 1; k < count; ++k)
    if (req.get_header_value("Content-Length", k) != first)
      return "the request has several Content-Length headers that differ";
  const bool digits =
      !first.empty() && std::all_of(first.begin(), first.end(), [](char c) { return c >= '0' && c <= '9'; });
  return digits ? "" : "the Content-Length header '" + first.substr(0, 40) + "' is not a number of bytes";
}

namespace {

// `value` split at commas, each part trimmed of spaces and tabs.
std::vector<std::string> list_items(const std::string& value) {
  std::vector<std::string> items;
  std::size_t start = 0;
  while (start <= value.size()) {
    std::size_t comma = value.find(',', start);
    if (comma == std::string::npos) comma = value.size();
    std::string item = value.substr(start, comma - start);
    const auto space = [](char ch) { return ch == ' ' || ch == '\t'; };
    item.erase(item.begin(), std::find_if_not(item.begin(), item.end(), space));
    item.erase(std::find_if_not(item.rbegin(), item.rend(), space).base(), item.end());
    items.push_back(std::move(item));
    start = comma + 1;
  }
  return items;
}

// Whether a list item's parameters ("gzip;q=0.5" past its coding) give it a
// weight of 0 ("q=0", "q=0.000", RFC 9110, 12.4.2).
bool weighs_zero(const std::string& item) {
  const std::string params = ascii_lower(item.substr(std::min(item.find(';'), item.size())));
  const std::size_t q = params.find("q=");
  if (q == std::string::npos) return false;
  std::size_t at = q + 2;
  if (at >= params.size() || params[at] != '0') return false;
  ++at;
  if (at < params.size() && params[at] == '.') ++at;
  while (at < params.size() && params[at] == '0') ++at;
  return at == params.size() || params[at] == ';' || params[at] == ' ' || params[at] == '\t';
}

}  // namespace

std::string settle_content_coding(const httplib::Request& req) {
  const std::size_t fields = req.get_header_value_count("Content-Encoding");
  if (fields == 0) return "";
  std::vector<std::string> codings;
  std::string given;
  for (std::size_t f = 0; f < fields; ++f) {
    const std::string value = req.get_header_value("Content-Encoding", f);
    given += (f == 0 ? "" : ", ") + value;
    for (std::string c : list_items(value)) {
      c = ascii_lower(std::move(c));
      if (!c.empty() && c != "identity") codings.push_back(c == "x-gzip" ? "gzip" : c);
    }
  }
  if (given.size() > 60) given = given.substr(0, 60) + "...";
  if (codings.size() > 1)
    return "Content-Encoding '" + given + "' applies several codings; lede decodes one of gzip, deflate and br";
  if (codings.size() == 1 && codings[0] != "gzip" && codings[0] != "deflate" && codings[0] != "br")
    return "Content-Encoding '" + given + "' is not supported: send the body as it is, or in gzip, deflate or br";
  auto& headers = const_cast<httplib::Request&>(req).headers;
  headers.erase("Content-Encoding");
  if (!codings.empty()) headers.emplace("Content-Encoding", codings[0]);
  return "";
}

void settle_accept_encoding(const httplib::Request& req) {
  const std::size_t fields = req.get_header_value_count("Accept-Encoding");
  if (fields == 0) return;
  bool br = false, gzip = false;
  for (std::size_t f = 0; f < fields; ++f)
    for (const std::string& item : list_items(req.get_header_value("Accept-Encoding", f))) {
      std::string coding = ascii_lower(item.substr(0, std::min(item.find(';'), item.size())));
      while (!coding.empty() && (coding.back() == ' ' || coding.back() == '\t')) coding.pop_back();
      if (weighs_zero(item)) continue;
      br = br || coding == "br";
      gzip = gzip || coding == "gzip" || coding == "x-gzip";
    }
  auto& headers = const_cast<httplib::Request&>(req).headers;
  headers.erase("Accept-Encoding");
  if (br || gzip) headers.emplace("Accept-Encoding", br && gzip ? "br, gzip" : br ? "br" : "gzip");
}

bool declared_over_limit(const httplib::Request& req, std::size_t max_body) {
  const std::string length = req.get_header_value("Content-Length");
  std::uint64_t n = 0;
  const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), n);
  return !length.empty() && (ec == std::errc::result_out_of_range ||
                             (ec == std::errc() && end == length.data() + length.size() && n > max_body));
}

}  // namespace lede::server
