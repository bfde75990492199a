// server/request_framing.h: where a request's body is and what it is for,
// read from its head as cpp-httplib 0.11 parsed it. The pre-routing handler
// (hooks.cpp) uses these to refuse, or to close the connection after,
// requests whose body httplib would read wrongly or too late.
//
// Thread safety: pure functions; those that take a const Request change it
// only where httplib's own object is the caller's to change (see each).
#pragma once

#include <httplib.h>

#include <cstddef>
#include <string>

namespace lede::server {

// Drops the request's parsed Range: every reply is a JSON document made for
// its request, not a stored resource to fetch in pieces, so a Range header is
// ignored (RFC 9110, 14.2 lets a server do so). httplib 0.11 applied it to
// whatever it wrote: "bytes=0-5" gave `{"stat` under 200 OK, a range past the
// end a 416 with an empty body. `req` is httplib's own non-const object.
void ignore_range(const httplib::Request& req);

// Makes a request in absolute form ("GET http://host/healthz", as sent to a
// proxy) name its path: RFC 9112, 3.2.2 says a server must take it, and
// httplib matched the whole URL against the routes (a 404). In place, as
// ignore_range.
void use_origin_form(const httplib::Request& req);

// The body is chunked as httplib 0.11 reads one: Transfer-Encoding
// "chunked" alone, in any case.
bool chunked(const httplib::Request& req);

// httplib 0.11 reads a body only for these methods; another's body would be
// read as the next request on the connection.
bool body_is_read(const std::string& method);

// The request says it sends a body (a Content-Length above 0, or chunked).
bool sends_body(const httplib::Request& req);

// Why the Content-Length header cannot be a body's length ("" if it can):
// httplib reads "abc" as 0 and "-1" as 2^64 - 1, so a body would be taken as
// empty, or waited for until the time limit.
std::string content_length_problem(const httplib::Request& req);

// Readies Content-Encoding for httplib 0.11, which decodes a body whose
// coding is exactly "gzip" or "deflate", or contains "br", and reads any other
// as it is: "GZIP" (codings are case-insensitive, RFC 9110, 8.4.1) and
// "compress" gave 400 "malformed JSON" for the compressed bytes. One coding in
// any case and spacing (x-gzip for gzip, RFC 9110, 8.4.1.3) is rewritten as
// httplib's name; "identity" is dropped. "" when httplib will decode the body
// right, else why not (a coding it does not know, or more than one), for a
// 415. In place, as ignore_range.
std::string settle_content_coding(const httplib::Request& req);

// Rewrites Accept-Encoding as the codings the client accepts, as httplib 0.11
// reads it: httplib compresses an answer in br when the header holds "br"
// anywhere, else in gzip when it holds "gzip", so "gzip;q=0" (RFC 9110,
// 12.5.3: not acceptable) got gzip, and "GZIP" did not. The codings with a
// weight above 0 are kept, lower-cased, in httplib's spelling ("br", "gzip";
// x-gzip is gzip); the header is dropped when none is left. In place, as
// ignore_range.
void settle_accept_encoding(const httplib::Request& req);

// A valid Content-Length over `max_body`, however many digits it has.
bool declared_over_limit(const httplib::Request& req, std::size_t max_body);

}  // namespace lede::server
