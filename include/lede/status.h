// lede/status.h: how every public call reports an expected failure.
//
// Functions that can fail on bad input return a Status or a Result<T>; no
// exception escapes the public API and the library never prints or exits.
// A Status names what went wrong (code) and where (message: a byte offset,
// a field name, a file and line).
//
//   lede::Result<lede::NormalizedText> norm = lede::normalize(text);
//   if (!norm.ok()) { std::cerr << norm.status().message() << '\n'; return 1; }
//   use(norm->text);
//
// Status and Result are plain values: copyable, thread-compatible.
#pragma once

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace lede {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // an option or a request field is wrong (usage error)
  kInvalidInput,       // the text or record itself is malformed (bad UTF-8, bad JSON, ...)
  kNotFound,           // a named thing (file, method, language, model) does not exist
  kIoError,            // reading or writing failed
  kUnsupported,        // valid, but not something lede does (e.g. a newer model format)
  kResourceExhausted,  // input over a documented limit
  kDeadlineExceeded,   // a time limit was reached
  kInternal,           // a bug: an invariant did not hold
};

// The stable snake_case name of a code, used in JSON error objects.
std::string_view status_code_name(StatusCode code);

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return {}; }
  static Status InvalidArgument(std::string m) { return {StatusCode::kInvalidArgument, std::move(m)}; }
  static Status InvalidInput(std::string m) { return {StatusCode::kInvalidInput, std::move(m)}; }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status IoError(std::string m) { return {StatusCode::kIoError, std::move(m)}; }
  static Status Unsupported(std::string m) { return {StatusCode::kUnsupported, std::move(m)}; }
  static Status ResourceExhausted(std::string m) { return {StatusCode::kResourceExhausted, std::move(m)}; }
  static Status DeadlineExceeded(std::string m) { return {StatusCode::kDeadlineExceeded, std::move(m)}; }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  std::string_view code_name() const { return status_code_name(code_); }

  // Returns a copy whose message is prefixed with `where: ` (e.g. a file name).
  Status with_context(std::string_view where) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Reading the value of a Result that holds none is a bug in the caller: it
// aborts with the Status's message on standard error. Unchecked (an assert
// compiled out in release builds), a `lede segment` that forgot its check read
// an empty std::optional and printed garbage until the disk was full.
[[noreturn]] void abort_on_missing_value(const Status& status);

// A value or the Status saying why there is none.
template <class T>
class Result {
 public:
  Result(T value) : value_(std::move(value)) {}                                  // NOLINT: implicit by design
  Result(Status status) : status_(std::move(status)) { assert(!status_.ok()); }  // NOLINT

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  T& value() & {
    if (!ok()) [[unlikely]]
      abort_on_missing_value(status_);
    return *value_;
  }
  const T& value() const& {
    if (!ok()) [[unlikely]]
      abort_on_missing_value(status_);
    return *value_;
  }
  T&& value() && {
    if (!ok()) [[unlikely]]
      abort_on_missing_value(status_);
    return std::move(*value_);
  }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

 private:
  std::optional<T> value_;
  Status status_;
};

}  // namespace lede
