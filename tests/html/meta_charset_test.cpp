// The <meta> prescan (meta_charset.cpp) on small heads written for these
// tests: only a charset attribute, or http-equiv="content-type"'s content,
// declares an encoding, and only outside comments.
#include <gtest/gtest.h>

#include <string>

#include "html/charset.h"

namespace lede::html {
namespace {

TEST(MetaCharset, ADescriptionMentioningCharsetDeclaresNothing) {
  EXPECT_EQ(find_meta_charset("<meta name=\"description\" content=\"How to fix it: use charset=Shift_JIS\">"
                              "<meta charset=\"utf-8\">"),
            "utf-8");
  EXPECT_EQ(find_meta_charset("<meta property=\"og:description\" content=\"charset=koi8-r\">"), "");
}

TEST(MetaCharset, ACommentedOutDeclarationDeclaresNothing) {
  EXPECT_EQ(find_meta_charset("<!-- old: <meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\">"
                              " --><meta charset=\"utf-8\">"),
            "utf-8");
  EXPECT_EQ(find_meta_charset("<!-- <meta charset=euc-jp> -->"), "");
}

TEST(MetaCharset, AMetaInsideAnotherTagsAttributeIsNoTag) {
  EXPECT_EQ(find_meta_charset("<a title='<meta charset=euc-kr>'>x</a><meta charset=utf-8>"), "utf-8");
}

TEST(MetaCharset, DeclarationsInAnyAttributeOrder) {
  EXPECT_EQ(find_meta_charset("<meta content='text/html; charset=windows-1251' http-equiv='Content-Type'>"),
            "windows-1251");
  EXPECT_EQ(find_meta_charset("<META CHARSET=EUC-JP/>"), "euc-jp");
  EXPECT_EQ(find_meta_charset("<meta charset=\"gbk\" content=\"text/html; charset=utf-8\">"), "gbk");
  // A content-type without http-equiv declares nothing.
  EXPECT_EQ(find_meta_charset("<meta content='text/html; charset=windows-1251'>"), "");
}

}  // namespace
}  // namespace lede::html
