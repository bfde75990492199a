// lede::Result: what a caller that forgets its check gets.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/status.h"

namespace lede {
namespace {

TEST(Result, HoldsAValueOrTheStatusSayingWhyNot) {
  Result<int> good = 7;
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, 7);
  Result<int> bad = Status::InvalidInput("invalid UTF-8 at byte 3");
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "invalid UTF-8 at byte 3");
}

// Read unchecked, an empty Result was an empty std::optional in release
// builds: `lede segment` printed garbage until the disk was full. It aborts,
// naming the Status, in every build.
TEST(ResultDeathTest, ReadingTheValueOfAFailureAbortsWithItsMessage) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  const Result<std::vector<std::string>> bad = Status::InvalidInput("invalid UTF-8 at byte 3");
  EXPECT_DEATH((void)bad->size(),
               "a Result's value was read, but it holds none \\(invalid_input: invalid UTF-8 at byte 3\\)");
  EXPECT_DEATH((void)*Result<int>(Status::IoError("disk full")), "holds none \\(io_error: disk full\\)");
}

}  // namespace
}  // namespace lede
