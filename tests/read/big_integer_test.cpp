// simdjson refuses a whole text over one integer past 64 bits; find_big_integer
// names the field that holds it.
#include "read/big_integer.h"

#include <gtest/gtest.h>

namespace lede {
namespace {

TEST(BigInteger, NamesTheFieldByItsPath) {
  auto big = find_big_integer(R"({"id": 1, "words": 18446744073709551616})");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->field, "words");
  EXPECT_EQ(big->digits, "18446744073709551616");

  big = find_big_integer(R"({"documents": [{"id": 1}, "x", {"text": "a", "id": -9223372036854775809}]})");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->field, "documents[2].id");
  EXPECT_EQ(big->digits, "-9223372036854775809");

  big = find_big_integer(R"([[1, 2], [3, 99999999999999999999999]])");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->field, "[1][1]");

  big = find_big_integer("123456789012345678901234567890");
  ASSERT_TRUE(big);
  EXPECT_EQ(big->field, "");
}

TEST(BigInteger, SixtyFourBitsAndFloatsAreNotBig) {
  EXPECT_FALSE(find_big_integer(R"({"a": 18446744073709551615, "b": -9223372036854775808})"));
  EXPECT_FALSE(find_big_integer(R"({"a": 1e30, "b": 123456789012345678901234567890.5, "c": 2E+40})"));
  // Not JSON: nothing to name.
  EXPECT_FALSE(find_big_integer(R"({"a": 18446744073709551616)"));
}

TEST(BigInteger, MessageSaysTheRange) {
  EXPECT_EQ(big_integer_message({"words", "18446744073709551616"}),
            "field 'words' holds 18446744073709551616, an integer past 64 bits (lede reads integers from "
            "-9223372036854775808 to 18446744073709551615)");
  std::string long_digits(101, '0');
  long_digits[0] = '1';
  const std::string long_message = big_integer_message({"", long_digits});
  EXPECT_EQ(long_message.rfind("the JSON value holds 1000", 0), 0u) << long_message;
  EXPECT_NE(long_message.find("(101 bytes)"), std::string::npos) << long_message;
}

}  // namespace
}  // namespace lede
