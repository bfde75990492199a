#include "server/request_framing.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdint>
#include <system_error>

namespace lede::server {

void ignore_range(const httplib::Request& req) { const_cast<httplib::Request&>(req).ranges.clear(); }

void use_origin_form(const httplib::Request& req) {
  const std::string& path = req.path;
  const std::size_t scheme_end = path.find("://");
  if (path.empty() || path[0] == '/' || scheme_end == std::string::npos) return;
  std::string scheme = path.substr(0, scheme_end);
  std::transform(scheme.begin(), scheme.end(), scheme.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
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

bool declared_over_limit(const httplib::Request& req, std::size_t max_body) {
  const std::string length = req.get_header_value("Content-Length");
  std::uint64_t n = 0;
  const auto [end, ec] = std::from_chars(length.data(), length.data() + length.size(), n);
  return !length.empty() && (ec == std::errc::result_out_of_range ||
                             (ec == std::errc() && end == length.data() + length.size() && n > max_body));
}

}  // namespace lede::server
