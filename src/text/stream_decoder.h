// Decoding a byte stream from another character set to UTF-8 piece by piece
// (internal): JSONL read from a pipe cannot wait for the whole input before
// its first line is decoded, and a piece may end inside a character.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "lede/status.h"

struct UConverter;

namespace lede::text {

class StreamDecoder {
 public:
  // kInvalidArgument when ICU does not know `label`.
  static Result<StreamDecoder> open(const std::string& label);

  // Appends the UTF-8 of `bytes` to `out`. A character split across pieces
  // is completed by the next call; `last` flushes what is left (an
  // incomplete character at the end becomes U+FFFD, as undecodable input
  // does everywhere else).
  void decode(std::string_view bytes, bool last, std::string& out);

  // Byte sequences decoded so far that were not valid in the character set
  // (each became U+FFFD).
  std::size_t undecodable() const { return *undecodable_; }

 private:
  struct Closer {
    void operator()(UConverter* c) const;
  };
  std::unique_ptr<UConverter, Closer> from_;
  std::unique_ptr<UConverter, Closer> to_;
  // ICU's callback holds its address, which must survive a move.
  std::unique_ptr<std::size_t> undecodable_ = std::make_unique<std::size_t>(0);
};

}  // namespace lede::text
