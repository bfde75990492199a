// Long paths in error messages: cut in the middle, start and file name kept.
#include "core/shown_path.h"

#include <gtest/gtest.h>

#include <string>

namespace lede {
namespace {

TEST(ShownPath, ShortPathsAreWhole) {
  EXPECT_EQ(shown_path("data/news.jsonl"), "data/news.jsonl");
  const std::string limit(kMaxShownPathBytes, 'a');
  EXPECT_EQ(shown_path(limit), limit);
}

TEST(ShownPath, ALongPathKeepsItsStartAndFileName) {
  const std::string path = "/home/user/" + std::string(4000, 'd') + "/articles.jsonl";
  const std::string shown = shown_path(path);
  EXPECT_LE(shown.size(), kMaxShownPathBytes);
  EXPECT_EQ(shown.rfind("/home/user/ddd", 0), 0u) << shown;
  EXPECT_TRUE(shown.ends_with("ddd/articles.jsonl")) << shown;
  EXPECT_NE(shown.find("\xE2\x80\xA6"), std::string::npos) << shown;
}

// A cut inside a multi-byte character would print half of it.
TEST(ShownPath, CutsBetweenCharacters) {
  std::string e_run;
  for (int k = 0; k < 600; ++k) e_run += "\xC3\xA9";  // é, two bytes
  // Shifted by a byte, so that one of the two fixed cuts falls inside an é.
  for (const std::string& path : {e_run, "x" + e_run}) {
    const std::string shown = shown_path(path);
    const std::size_t mark = shown.find("\xE2\x80\xA6");
    ASSERT_NE(mark, std::string::npos);
    const std::string head = shown.substr(0, mark), tail = shown.substr(mark + 3);
    EXPECT_EQ(static_cast<unsigned char>(head.back()), 0xA9u) << "head ends inside a character";
    EXPECT_EQ(static_cast<unsigned char>(tail.front()), 0xC3u) << "tail starts inside a character";
  }
}

}  // namespace
}  // namespace lede
