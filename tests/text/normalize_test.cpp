#include <gtest/gtest.h>

#include "lede/text.h"

namespace lede {
namespace {

TEST(Normalize, RejectsInvalidUtf8WithByteOffset) {
  auto r = normalize(std::string_view("abc\xff" "def", 7));
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_NE(r.status().message().find("byte 3"), std::string::npos) << r.status().message();
}

TEST(Normalize, LenientReplacesAndKeepsAlignment) {
  NormalizeOptions o;
  o.lenient = true;
  auto r = normalize(std::string_view("ab\xc3(z", 5), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "ab\xEF\xBF\xBD(z");
  EXPECT_EQ(r->replaced, 1u);
  EXPECT_EQ(r->first_replaced, 2u);
  // "(" is normalized byte 5 and original byte 3.
  EXPECT_EQ(r->offsets[5], 3u);
  EXPECT_EQ(r->offsets.size(), r->text.size() + 1);
}

TEST(Normalize, ComposesToNfcAndMapsBack) {
  // "e" + COMBINING ACUTE (3 bytes) -> "é" (2 bytes).
  const std::string original = "caf" "e\xCC\x81" " ok";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "caf\xC3\xA9 ok");
  ByteSpan ok_span = r->to_original({6, 8});
  EXPECT_EQ(original.substr(ok_span.start, ok_span.size()), "ok");
}

TEST(Normalize, LineEndingsAndSpaces) {
  auto r = normalize("a\r\nb\rc\xC2\xA0" "d\xE2\x80\x8B" "e");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "a\nb\nc de");
  EXPECT_EQ(r->offsets[2], 3u);  // 'b' after CRLF
}

}  // namespace
}  // namespace lede
