// The service's endpoints as plain functions of a request body, so they can be
// tested and reused without HTTP. routes.cpp routes requests to them.
//
// Thread safety: an Api is immutable after construction; every member may be
// called from many threads at once (the Summarizer is shared, per-request
// state is local).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "lede/summarize.h"
#include "server/reply.h"

namespace lede::server {

using Clock = std::chrono::steady_clock;

// When a request started and how long it may take (zero: no limit).
struct Deadline {
  Clock::time_point start = Clock::now();
  Clock::duration limit{0};
  bool passed(Clock::time_point now) const { return limit.count() > 0 && now - start > limit; }
};

// The 503 answer for a request past `deadline`.
Reply timeout_reply(const Deadline& deadline);

// A 200 answer: the open JSON object `open` closed with "elapsed_ms", the
// time from the request's start to `done`.
Reply elapsed_reply(std::string open, const Deadline& deadline, Clock::time_point done);

class Api {
 public:
  Api();

  // POST /v1/summarize: the CLI's JSON output object plus "summary" (the
  // sentences joined by spaces) and "elapsed_ms". A summary that finishes
  // past the deadline is dropped and answered 503 (the library cannot be
  // interrupted mid-document, so the limit is checked before and after).
  Reply summarize(std::string_view body, const Deadline& deadline) const;
  // POST /v1/summarize/batch: {"results": [...], "failed", "elapsed_ms"},
  // one result per record in order: /v1/summarize's answer without
  // "elapsed_ms", or {"id", "error": {"code", "message"}} for a record that
  // was refused or failed (batch_request.h). The deadline covers the whole
  // batch.
  Reply summarize_batch(std::string_view body, const Deadline& deadline) const;
  // POST /v1/rouge: ROUGE scores as `lede rouge` computes them.
  Reply rouge(std::string_view body, const Deadline& deadline) const;
  // POST /v1/extract: the article of an "html" page, as `lede extract -o
  // json` gives it (without "encoding": the page arrives as a JSON string,
  // already Unicode), plus "elapsed_ms".
  Reply extract(std::string_view body, const Deadline& deadline) const;
  // GET /v1/methods: names, descriptions and the defaults.
  const Reply& methods() const { return methods_; }
  // GET /v1/languages: {"default": "en", "languages": [{"code", "name"}]},
  // the languages a "language" field may name (besides "auto"), by code.
  const Reply& languages() const { return languages_; }
  // GET /healthz.
  const Reply& health() const { return health_; }

 private:
  Summarizer summarizer_;
  std::vector<std::string> method_names_;  // sorted
  Reply methods_;
  Reply languages_;
  Reply health_;
};

}  // namespace lede::server
