// Character-set detection and decoding.
#include <gtest/gtest.h>

#include <string>

#include "html/charset.h"
#include "lede/extract.h"

namespace {

std::string decode(const std::string& bytes, const std::string& encoding = "", std::string* used = nullptr) {
  lede::ExtractOptions opts;
  opts.encoding = encoding;
  lede::Result<std::string> r = lede::decode_html(bytes, opts, used);
  EXPECT_TRUE(r.ok()) << r.status().message();
  return r.ok() ? *r : "";
}

TEST(Charset, Utf8BomWins) {
  std::string used;
  EXPECT_EQ(decode("\xEF\xBB\xBF<meta charset=\"iso-8859-1\">caf\xC3\xA9", "", &used),
            "<meta charset=\"iso-8859-1\">caf\xC3\xA9");
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, Utf16BomIsDecoded) {
  const std::string le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  EXPECT_EQ(decode(le), "<p>\xC3\xA9");
  const std::string be("\xFE\xFF\0<\0p\0>\0\xE9", 10);
  EXPECT_EQ(decode(be), "<p>\xC3\xA9");
}

TEST(Charset, MetaCharsetIsUsed) {
  std::string used;
  EXPECT_EQ(decode("<html><head><meta charset=\"ISO-8859-15\"></head><body>\xA4 5</body>", "", &used),
            "<html><head><meta charset=\"ISO-8859-15\"></head><body>\xE2\x82\xAC 5</body>");
  EXPECT_EQ(used, "iso-8859-15");
}

TEST(Charset, HttpEquivContentTypeIsUsed) {
  std::string used;
  decode("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">\xCF\xF0\xE8", "", &used);
  EXPECT_EQ(used, "windows-1251");
  EXPECT_EQ(lede::html::find_meta_charset("<META HTTP-EQUIV='content-type' CONTENT='text/html;charset=Shift_JIS'>"),
            "shift_jis");
}

TEST(Charset, Latin1LabelMeansWindows1252) {
  // 0x93/0x94 are curly quotes in windows-1252, controls in ISO-8859-1.
  EXPECT_EQ(decode("<meta charset=iso-8859-1>\x93hi\x94"), "<meta charset=iso-8859-1>\xE2\x80\x9Chi\xE2\x80\x9D");
}

TEST(Charset, UndeclaredValidUtf8StaysUtf8) {
  std::string used;
  EXPECT_EQ(decode("<p>na\xC3\xAFve</p>", "", &used), "<p>na\xC3\xAFve</p>");
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, UndeclaredInvalidUtf8FallsBackToWindows1252) {
  std::string used;
  EXPECT_EQ(decode("<p>caf\xE9 cr\xE8me</p>", "", &used), "<p>caf\xC3\xA9 cr\xC3\xA8me</p>");
  EXPECT_EQ(used, "windows-1252");
}

// Pages that declare nothing and are not UTF-8: browsers guess, and so does
// lede (until 2026-12-05 every such page was read as windows-1252, so these
// came out as mojibake with no warning).
TEST(Charset, UndeclaredCyrillicJapaneseChineseArePrinted) {
  const std::string cp1251 =
      "\xCF\xF0\xE5\xE7\xE8\xE4\xE5\xED\xF2 \xE7\xE0\xFF\xE2\xE8\xEB \xE2 "
      "\xEF\xEE\xED\xE5\xE4\xE5\xEB\xFC\xED\xE8\xEA, \xF7\xF2\xEE "
      "\xEF\xF0\xE0\xE2\xE8\xF2\xE5\xEB\xFC\xF1\xF2\xE2\xEE \xF0\xE0\xF1\xF1\xEC\xEE\xF2\xF0\xE8\xF2 "
      "\xED\xEE\xE2\xFB\xE9 \xE1\xFE\xE4\xE6\xE5\xF2.";
  std::string used;
  const std::string ru = decode("<html><body><p>" + cp1251 + "</p></body></html>", "", &used);
  EXPECT_EQ(used, "windows-1251");
  EXPECT_NE(ru.find("\xD0\x9F\xD1\x80\xD0\xB5\xD0\xB7\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82"),
            std::string::npos)
      << ru;  // "Президент"
  const std::string shift_jis =
      "\x8E\xF1\x91\x8A\x82\xCD\x8C\x8E\x97j\x93\xFA\x81"
      "A\x90V\x82\xB5\x82\xA2\x97\x5C\x8EZ\x88\xC4\x82\xF0\x8D\x91\x89\xEF\x82\xC9\x92\xF1\x8Fo\x82\xB7"
      "\x82\xE9\x82\xC6\x8Fq\x82\xD7\x82\xBD\x81"
      "B";
  const std::string ja = decode("<html><body><p>" + shift_jis + "</p></body></html>", "", &used);
  EXPECT_EQ(used, "shift_jis");
  EXPECT_NE(ja.find("\xE9\xA6\x96\xE7\x9B\xB8"), std::string::npos) << ja;  // "首相"
  const std::string gb18030 =
      "\xD7\xDC\xC0\xED\xD6\xDC\xD2\xBB\xB1\xED\xCA\xBE\xA3\xAC\xD5\xFE\xB8\xAE\xBD\xAB\xCF\xF2\xD2\xE9"
      "\xBB\xE1\xCC\xE1\xBD\xBB\xD0\xC2\xB5\xC4\xD4\xA4\xCB\xE3\xB0\xB8\xA1\xA3";
  const std::string zh = decode("<html><body><p>" + gb18030 + "</p></body></html>", "", &used);
  EXPECT_EQ(used, "gb18030");
  EXPECT_NE(zh.find("\xE6\x80\xBB\xE7\x90\x86"), std::string::npos) << zh;  // "总理"
}

TEST(Charset, UndeclaredCentralEuropeanLatinIsGuessedOnlyWhenClear) {
  std::string used;
  decode(
      "<p>Premier powiedzia\xB3 w poniedzia\xB3"
      "ek, \xBF"
      "e rz\xB1"
      "d przedstawi nowy bud\xBF"
      "et \xBCr\xF3"
      "d\xB3om.</p>",
      "", &used);
  EXPECT_EQ(used, "iso-8859-2");
  // French and German in windows-1252 share most accented letters with
  // ISO-8859-2 but not all (e in grave accent is c with caron there).
  EXPECT_EQ(decode("<p>Le caf\xE9 de la gare a rouvert apr\xE8s trois ann\xE9"
                   "es de travaux, \xE0 la grande joie des habitants.</p>",
                   "", &used),
            "<p>Le caf\xC3\xA9 de la gare a rouvert apr\xC3\xA8s trois ann\xC3\xA9"
            "es de travaux, \xC3\xA0 la grande joie des habitants.</p>");
  EXPECT_EQ(used, "windows-1252");
  decode(
      "<p>Der B\xFCrgermeister sagte am Montag, dass die Stra\xDF"
      "e \xFC"
      "ber die Br\xFC"
      "cke gesperrt w\xFCrde.</p>",
      "", &used);
  EXPECT_EQ(used, "windows-1252");
}

// A UTF-8 page with a stray byte is still a UTF-8 page: read as
// windows-1252, each of its accented letters became two characters.
TEST(Charset, UndeclaredUtf8WithAStrayByteStaysUtf8) {
  std::string used;
  EXPECT_EQ(decode("<p>Caf\xC3\xA9 cr\xC3\xA8me, cr\xC3\xAApes and na\xC3\xAFve art \x96 all sold out.</p>", "", &used),
            "<p>Caf\xC3\xA9 cr\xC3\xA8me, cr\xC3\xAApes and na\xC3\xAFve art \xEF\xBF\xBD all sold out.</p>");
  EXPECT_EQ(used, "utf-8");
  EXPECT_TRUE(lede::html::mostly_utf8("\xC3\xA9\xC3\xA8\xC3\xAA\x96"));
  EXPECT_FALSE(lede::html::mostly_utf8("\xC3\xA9\xC3\xA8\x96"));
  // Text in windows-1252 with one accidental valid pair (an accented capital
  // and a symbol) is still windows-1252.
  EXPECT_FALSE(lede::html::mostly_utf8("\xC9\xA9 caf\xE9 cr\xE8me na\xEFve"));
}

TEST(Charset, DeclaredUtf8WithBadBytesIsRepaired) {
  EXPECT_EQ(decode("<meta charset=utf-8><p>a\xFF"
                   "b</p>"),
            "<meta charset=utf-8><p>a\xEF\xBF\xBD"
            "b</p>");
}

// Article::undecodable counts what the decoding replaced, not a U+FFFD the
// page itself spells out.
TEST(Charset, ArticleCountsTheBytesTheDecodingReplaced) {
  const std::string body =
      "<article><p>The caf\xE9 owners said the r\xE9novation of the old bridge would take two "
      "years and cost more than planned by the council.</p></article>";
  lede::Result<lede::Article> a = lede::extract_article("<meta charset=utf-8>" + body);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->undecodable, 2u);
  EXPECT_EQ(a->encoding, "utf-8");
  a = lede::extract_article(body);  // undeclared: read as windows-1252, cleanly
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->undecodable, 0u);
  a = lede::extract_article(
      "<meta charset=utf-8><article><p>A sign read \xEF\xBF\xBD in the old town square on "
      "Monday, and nobody could say what it meant.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->undecodable, 0u);
  // Counted by the decoder, not guessed as the U+FFFD it made less the
  // UTF-8 U+FFFD the bytes spell: in ISO-8859-8 the bytes EF BF BD are a
  // letter, a byte the set leaves undefined (the one U+FFFD) and a sign, so
  // the guess said 0.
  a = lede::extract_article(
      "<meta charset=iso-8859-8><article><p>The \xE9 sign read \xEF\xBF\xBD in the old town "
      "square on Monday, and nobody could say what it meant.</p></article>");
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->encoding, "iso-8859-8");
  EXPECT_EQ(a->undecodable, 1u);
  std::size_t undecodable = 7;
  lede::Result<std::string> page =
      lede::decode_html("<meta charset=utf-8><p>a\xFF\xFE b</p>", {}, nullptr, &undecodable);
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(undecodable, 2u);
}

// Saved as UTF-8 under a stale one-byte declaration: read as declared,
// "caf\xC3\xA9" became "caf\xC3\x83\xC2\xA9" (and the paragraph, holding a
// copyright sign, could be dropped). A declared multi-byte encoding, the
// caller's encoding and ASCII-only pages are taken as they are.
TEST(Charset, ValidUtf8UnderAOneByteDeclarationIsUtf8) {
  std::string used;
  EXPECT_EQ(decode("<meta charset=windows-1252><p>caf\xC3\xA9</p>", "", &used),
            "<meta charset=windows-1252><p>caf\xC3\xA9</p>");
  EXPECT_EQ(used, "utf-8");
  decode("<meta charset=iso-8859-1><p>cafe</p>", "", &used);
  EXPECT_EQ(used, "windows-1252");
  decode("<meta charset=windows-1252><p>caf\xE9</p>", "", &used);  // really windows-1252
  EXPECT_EQ(used, "windows-1252");
  EXPECT_EQ(decode("<p>caf\xC3\xA9</p>", "windows-1252", &used), "<p>caf\xC3\x83\xC2\xA9</p>");
  EXPECT_EQ(used, "windows-1252");
}

TEST(Charset, UnknownDeclaredLabelFallsBack) {
  std::string used;
  decode("<meta charset=\"x-no-such-thing\"><p>ok</p>", "", &used);
  EXPECT_EQ(used, "utf-8");
}

TEST(Charset, MetaLabelThatDoesNotReadAsciiAsAsciiIsIgnored) {
  // Decoded as declared, these pages came out as U+FFFD (utf-32), mojibake (EBCDIC) or "<" from "+ADw-" (utf-7).
  for (const char* label : {"utf-32", "UTF-32LE", "cp037", "ebcdic-cp-us", "bocu-1", "utf-7"}) {
    const std::string page = std::string("<html><head><meta charset=\"") + label +
                             "\"></head><body><p>The bridge +ADw-opens in spring.</p></body></html>";
    std::string used;
    EXPECT_EQ(decode(page, "", &used), page) << label;
    EXPECT_EQ(used, "utf-8") << label;
  }
  std::string used;
  decode("<meta charset=utf-32><p>caf\xE9</p>", "", &used);
  EXPECT_EQ(used, "windows-1252");
}

// A browser's prescan goes on past a declaration it cannot use; lede took
// the first one and, for an unknown label, guessed windows-1252, turning a
// windows-1251 page declared second into mojibake.
TEST(Charset, UnusableMetaLabelGivesWayToTheNextDeclaration) {
  std::string used;
  EXPECT_EQ(decode("<meta charset=\"bogus-charset\"><meta charset=\"windows-1251\"><p>\xCC\xE8\xF0</p>", "", &used),
            "<meta charset=\"bogus-charset\"><meta charset=\"windows-1251\"><p>\xD0\x9C\xD0\xB8\xD1\x80</p>");
  EXPECT_EQ(used, "windows-1251");
  decode("<meta charset=utf-32><meta http-equiv=content-type content='text/html; charset=koi8-r'><p>\xED\xC9\xD2</p>",
         "", &used);
  EXPECT_EQ(used, "koi8-r");
  // The first usable declaration still wins over later ones.
  decode("<meta charset=iso-8859-15><meta charset=windows-1251><p>\xA4</p>", "", &used);
  EXPECT_EQ(used, "iso-8859-15");
}

TEST(Charset, MetaLabelThatReadsAsciiAsAsciiIsKept) {
  for (const char* label : {"koi8-r", "shift_jis", "euc-kr", "gb18030", "windows-1258", "iso-8859-2"})
    EXPECT_TRUE(lede::html::reads_ascii_as_ascii(label)) << label;
}

TEST(Charset, ExplicitEncodingStillTakesAnyLabel) {
  std::string used;
  decode(std::string("\0\0\0A", 4), "utf-32", &used);
  EXPECT_EQ(used, "utf-32");
}

// ICU stops at the NUL: "utf-8\0x" passed for utf-8.
TEST(Charset, ExplicitEncodingWithANulIsUnknown) {
  lede::ExtractOptions opts;
  opts.encoding = std::string("utf-8\0x", 7);
  lede::Result<std::string> r = lede::decode_html("<p>caf\xC3\xA9</p>", opts, nullptr);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), lede::StatusCode::kInvalidArgument);
  EXPECT_EQ(r.status().message(), "unknown character set '" + opts.encoding + "'");
}

TEST(Charset, ExplicitEncodingOverridesMeta) {
  EXPECT_EQ(decode("<meta charset=utf-8>\xE9", "latin1"), "<meta charset=utf-8>\xC3\xA9");
}

TEST(Charset, ExtractionUsesDetectedCharset) {
  const std::string page =
      "<html><head><meta http-equiv=\"content-type\" content=\"text/html; charset=windows-1252\"></head>"
      "<body><article><p>The caf\xE9 on the corner re-opened on Monday after a fire in its kitchen last spring, "
      "its owner said.</p></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->encoding, "windows-1252");
  EXPECT_NE(a->text.find("caf\xC3\xA9 on the corner"), std::string::npos) << a->text;
}

}  // namespace
