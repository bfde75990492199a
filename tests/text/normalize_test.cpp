#include <gtest/gtest.h>

#include "lede/text.h"

namespace lede {
namespace {

TEST(Normalize, RejectsInvalidUtf8WithByteOffset) {
  auto r =
      normalize(std::string_view("abc\xff"
                                 "def",
                                 7));
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
  EXPECT_EQ(r->to_original(5), 3u);
  EXPECT_EQ(r->to_original(r->text.size()), 5u);
}

TEST(Normalize, ComposesToNfcAndMapsBack) {
  // "e" + COMBINING ACUTE (3 bytes) -> "é" (2 bytes).
  const std::string original =
      "caf"
      "e\xCC\x81"
      " ok";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "caf\xC3\xA9 ok");
  ByteSpan ok_span = r->to_original({6, 8});
  EXPECT_EQ(original.substr(ok_span.start, ok_span.size()), "ok");
}

TEST(Normalize, DecomposedKanaMapBackCharacterByCharacter) {
  // Japanese has no ASCII between sentences, so the whole text is one
  // non-ASCII run: "述" "へ" + COMBINING DAKUTEN (-> "べ") "た。" "計画".
  const std::string original =
      "\xE8\xBF\xB0\xE3\x81\xB8\xE3\x82\x99\xE3\x81\x9F\xE3\x80\x82"
      "\xE8\xA8\x88\xE7\x94\xBB";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "\xE8\xBF\xB0\xE3\x81\xB9\xE3\x81\x9F\xE3\x80\x82\xE8\xA8\x88\xE7\x94\xBB");
  // "べ" (normalized 3..6) is the original's 3..9; "計画" after "。" starts at 15.
  EXPECT_EQ(r->to_original(ByteSpan{3, 6}).start, 3u);
  EXPECT_EQ(r->to_original(ByteSpan{3, 6}).end, 9u);
  const ByteSpan next = r->to_original(ByteSpan{12, 18});
  EXPECT_EQ(original.substr(next.start, next.size()), "\xE8\xA8\x88\xE7\x94\xBB");
  // A dropped zero-width space inside such a run keeps its neighbours exact.
  const std::string zw = "\xE3\x81\xB8\xE3\x82\x99\xE2\x80\x8B\xE8\xA8\x88";
  auto z = normalize(zw);
  ASSERT_TRUE(z.ok());
  EXPECT_EQ(z->text, "\xE3\x81\xB9\xE8\xA8\x88");
  EXPECT_EQ(z->to_original(3), 9u);
}

TEST(Normalize, LineEndingsAndSpaces) {
  auto r = normalize(
      "a\r\nb\rc\xC2\xA0"
      "d\xE2\x80\x8B"
      "e");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, "a\nb\nc de");
  EXPECT_EQ(r->to_original(2), 3u);   // 'b' after CRLF
  EXPECT_EQ(r->to_original(6), 8u);   // 'd' after the two-byte NBSP
  EXPECT_EQ(r->to_original(7), 12u);  // 'e' after the dropped zero-width space
}

// French, Russian, Polish and Swedish news group a number's thousands with a
// no-break (or narrow no-break, or thin) space: "1 250,5". Turning it into a
// plain space made the number two words. Only such a space between a digit
// and exactly three digits stays; every other one is still a space.
TEST(Normalize, SpaceGroupingDigitsStays) {
  const std::string original =
      "1\xC2\xA0"
      "250,5 et 3\xE2\x80\xAF"
      "000\xE2\x80\xAF"
      "000 ; 12\xE2\x80\x89"
      "500 ; 12\xC2\xA0"
      "2500 ; 7\xC2\xA0"
      "kg ; 20\xC2\xA0"
      "30";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text,
            "1\xC2\xA0"
            "250,5 et 3\xE2\x80\xAF"
            "000\xE2\x80\xAF"
            "000 ; 12\xE2\x80\x89"
            "500 ; 12 2500 ; 7 kg ; 20 30");
  // Normalizing again changes nothing.
  auto again = normalize(r->text);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->text, r->text);
}

// An invisible character after the three digits is dropped, so the digit
// after it joins them: "5 666" + U+FEFF + "1" is 56661, which a no-break
// space does not group (found by normalize_fuzz: the kept no-break space
// became a space on a second pass). The no-break space before a dropped
// character and a plain digit-free end still group.
TEST(Normalize, GroupingLooksPastDroppedCharacters) {
  auto r = normalize(
      "5\xC2\xA0"
      "666\xEF\xBB\xBF"
      "1 et 7\xC2\xA0"
      "250\xE2\x80\x8B kg");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text,
            "5 6661 et 7\xC2\xA0"
            "250 kg");
  auto again = normalize(r->text);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->text, r->text);
}

// A soft hyphen (U+00AD, HTML's &shy;, common in German and Dutch news
// pages) marks where a long word may break; it is no letter. It was kept,
// so "Stra&shy;ßen" tokenized as two words, "stra" and "ßen".
TEST(Normalize, SoftHyphenIsDropped) {
  const std::string original =
      "Stra\xC2\xAD"
      "\xC3\x9F"
      "en ok";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text,
            "Stra\xC3\x9F"
            "en ok");
  EXPECT_EQ(r->to_original(4), 6u);  // the sharp s after the two-byte soft hyphen
  const ByteSpan ok_span = r->to_original({9, 11});
  EXPECT_EQ(original.substr(ok_span.start, ok_span.size()), "ok");
}

TEST(Normalize, UnchangedTextNeedsOneAnchor) {
  const std::string text(100000, 'a');
  auto r = normalize(text);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text, text);
  EXPECT_EQ(r->anchors.size(), 1u);
  EXPECT_EQ(r->to_original(54321), 54321u);
}

TEST(Normalize, NonAsciiEditsAnywhereInARunMapExactly) {
  // NBSP before a curly quote: the quote must still map to its own bytes.
  const std::string original =
      "said.\xC2\xA0\xE2\x80\x9C"
      "Next\xE2\x80\x9D ok";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->text,
            "said. \xE2\x80\x9C"
            "Next\xE2\x80\x9D ok");
  EXPECT_EQ(r->to_original(6), 7u);   // the opening quote
  EXPECT_EQ(r->to_original(9), 10u);  // "Next"
  EXPECT_EQ(r->to_original(r->text.size()), original.size());
}

TEST(Normalize, AlignmentIsMonotonicAndEndsAtTheEnd) {
  const std::string original =
      "a\tb\r\nc\xC2\xA0"
      "d e\xCC\x81"
      "f\xE2\x80\x8B"
      "g\x01"
      "h\r";
  auto r = normalize(original);
  ASSERT_TRUE(r.ok());
  std::size_t prev = 0;
  for (std::size_t p = 0; p <= r->text.size(); ++p) {
    const std::size_t o = r->to_original(p);
    EXPECT_GE(o, prev);
    EXPECT_LE(o, original.size());
    prev = o;
  }
  EXPECT_EQ(r->to_original(r->text.size()), original.size());
}

}  // namespace
}  // namespace lede
