// StreamDecoder: a stream in another character set decoded piece by piece
// reads as the whole would, wherever the pieces break.
#include "text/stream_decoder.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>

namespace lede::text {
namespace {

// "Caf\u00E9 \U0001F600." in UTF-16LE, written out by hand: the emoji is the
// surrogate pair D83D DE00, so pieces can split a unit or a pair.
const std::string kUtf16Le = std::string("C\0a\0f\0\xE9\0 \0\x3D\xD8\x00\xDE.\0", 16);
const std::string kUtf8 = "Caf\xC3\xA9 \xF0\x9F\x98\x80.";

TEST(StreamDecoder, EveryPieceSizeReadsAsTheWhole) {
  for (std::size_t piece = 1; piece <= kUtf16Le.size(); ++piece) {
    Result<StreamDecoder> d = StreamDecoder::open("UTF-16LE");
    ASSERT_TRUE(d.ok()) << d.status().message();
    std::string out;
    for (std::size_t at = 0; at < kUtf16Le.size(); at += piece) {
      const std::string_view part = std::string_view(kUtf16Le).substr(at, piece);
      d->decode(part, at + piece >= kUtf16Le.size(), out);
    }
    EXPECT_EQ(out, kUtf8) << "pieces of " << piece;
  }
}

TEST(StreamDecoder, BigEndianAndAnEmptyLastPiece) {
  Result<StreamDecoder> d = StreamDecoder::open("UTF-16BE");
  ASSERT_TRUE(d.ok());
  std::string out;
  d->decode(std::string("\0H\0i", 4), false, out);
  d->decode("", true, out);
  EXPECT_EQ(out, "Hi");
}

TEST(StreamDecoder, AnIncompleteCharacterAtTheEndIsReplaced) {
  Result<StreamDecoder> d = StreamDecoder::open("UTF-16LE");
  ASSERT_TRUE(d.ok());
  std::string out;
  // "A", then half a unit; and separately a lead surrogate with no trail.
  d->decode(std::string("A\0B", 3), true, out);
  EXPECT_EQ(out, "A\xEF\xBF\xBD");
  EXPECT_EQ(d->undecodable(), 1u);
  Result<StreamDecoder> lone = StreamDecoder::open("UTF-16LE");
  ASSERT_TRUE(lone.ok());
  std::string out2;
  lone->decode(std::string("A\0\x3D\xD8", 4), true, out2);
  EXPECT_EQ(out2, "A\xEF\xBF\xBD");
  EXPECT_EQ(lone->undecodable(), 1u);
}

// Each sequence that becomes U+FFFD is counted, so the reader can say so:
// they were replaced without a word.
TEST(StreamDecoder, CountsWhatItReplaces) {
  Result<StreamDecoder> d = StreamDecoder::open("UTF-16LE");
  ASSERT_TRUE(d.ok());
  std::string out;
  // A trail surrogate alone, "B", a lead surrogate before "C", split across
  // pieces; then a valid pair.
  d->decode(std::string("\x00\xDC"
                        "B\0\x3D",
                        5),
            false, out);
  EXPECT_EQ(d->undecodable(), 1u);
  d->decode(std::string("\xD8"
                        "C\0\x3D\xD8\x00\xDE",
                        7),
            true, out);
  EXPECT_EQ(out,
            "\xEF\xBF\xBD"
            "B\xEF\xBF\xBD"
            "C\xF0\x9F\x98\x80");
  EXPECT_EQ(d->undecodable(), 2u);
  // Moved, it keeps counting.
  StreamDecoder moved = std::move(*d);
  moved.decode(std::string("\x00\xDC", 2), true, out);
  EXPECT_EQ(moved.undecodable(), 3u);
  Result<StreamDecoder> clean = StreamDecoder::open("UTF-16BE");
  ASSERT_TRUE(clean.ok());
  clean->decode(std::string("\0H\0i", 4), true, out);
  EXPECT_EQ(clean->undecodable(), 0u);
}

TEST(StreamDecoder, LongInputCrossesTheInternalBuffers) {
  // Over the decoder's 4,096-unit buffers, with three-byte UTF-8 characters.
  std::string in, want;
  for (int i = 0; i < 10000; ++i) {
    in += std::string("\xAC\x20", 2);  // U+20AC, the euro sign
    want += "\xE2\x82\xAC";
  }
  Result<StreamDecoder> d = StreamDecoder::open("UTF-16LE");
  ASSERT_TRUE(d.ok());
  std::string out;
  d->decode(in, true, out);
  EXPECT_EQ(out, want);
}

TEST(StreamDecoder, UnknownCharsetsAreRefused) {
  EXPECT_EQ(StreamDecoder::open("no-such-charset").status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(StreamDecoder::open(std::string("utf-16\0x", 8)).status().code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace lede::text
