// shown_value: what an error message quotes of a value it was given.
#include "core/shown_value.h"

#include <gtest/gtest.h>

#include <string>

namespace lede {
namespace {

TEST(ShownValue, ShortValuesAreShownWholeAndLongOnesCutWithTheirSize) {
  EXPECT_EQ(shown_value("lexrnk"), "lexrnk");
  EXPECT_EQ(shown_value(std::string(60, 'a')), std::string(60, 'a'));
  EXPECT_EQ(shown_value(std::string(61, 'a')), std::string(60, 'a') + "... (61 bytes)");
  // 59 ASCII bytes then a 3-byte character across the 60th: cut before it.
  const std::string across = std::string(59, 'a') + "\xE2\x82\xAC" + "tail";
  EXPECT_EQ(shown_value(across), std::string(59, 'a') + "... (66 bytes)");
}

}  // namespace
}  // namespace lede
