// The CLI's bounded line reader (tools/lede/input.cpp) against a plain
// split of the same bytes: lines are read in 64 KiB pieces, so lengths
// around a piece's edge, CRLF endings, a last line without a newline and
// lines over the limit must all come out as std::getline would cut them.
#include <gtest/gtest.h>

#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "lede/input.h"

namespace lede::cli {
namespace {

struct Line {
  std::string text;
  bool too_long = false;
};

// What read_line must give: lines split at '\n', one trailing '\r' dropped,
// a line longer than `max` (counted before that drop) reported as too long.
std::vector<Line> reference(const std::string& data, std::size_t max) {
  std::vector<Line> out;
  std::size_t start = 0;
  while (start < data.size()) {
    std::size_t end = data.find('\n', start);
    const bool last = end == std::string::npos;
    if (last) end = data.size();
    Line l;
    l.text = data.substr(start, end - start);
    if (l.text.size() > max) {
      l.text.clear();
      l.too_long = true;
    } else if (!l.text.empty() && l.text.back() == '\r') {
      l.text.pop_back();
    }
    out.push_back(l);
    start = end + 1;
  }
  return out;
}

std::vector<Line> read_all(const std::string& data, std::size_t max) {
  std::istringstream in(data);
  std::vector<Line> out;
  Line l;
  while (read_line(in, l.text, l.too_long, max)) out.push_back(l);
  return out;
}

void expect_same(const std::string& data, std::size_t max) {
  const std::vector<Line> want = reference(data, max), got = read_all(data, max);
  ASSERT_EQ(got.size(), want.size()) << "bytes " << data.size() << ", max " << max;
  for (std::size_t k = 0; k < want.size(); ++k) {
    EXPECT_EQ(got[k].too_long, want[k].too_long) << "line " << k;
    EXPECT_EQ(got[k].text.size(), want[k].text.size()) << "line " << k;
    EXPECT_TRUE(got[k].text == want[k].text) << "line " << k;
  }
}

TEST(ReadLine, EdgesOfTheReadPiece) {
  const std::size_t piece = 1 << 16;
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, piece - 2, piece - 1, piece, piece + 1, 2 * piece - 1,
                        2 * piece, 2 * piece + 1}) {
    const std::string body(n, 'x');
    expect_same(body + "\n", SIZE_MAX);
    expect_same(body + "\r\n", SIZE_MAX);
    expect_same(body, SIZE_MAX);  // no newline at the end
    expect_same(body + "\nlast", SIZE_MAX);
    expect_same("first\n" + body + "\n\n", SIZE_MAX);
  }
}

TEST(ReadLine, EmptyInputHasNoLine) {
  expect_same("", SIZE_MAX);
  std::istringstream in("");
  std::string line = "stale";
  bool too_long = true;
  EXPECT_FALSE(read_line(in, line, too_long));
}

TEST(ReadLine, LongLinesAreReportedAndTheNextLinesKept) {
  const std::size_t piece = 1 << 16;
  for (std::size_t max : {std::size_t{0}, std::size_t{5}, piece - 1, piece, piece + 1, 3 * piece}) {
    for (std::size_t n : {max, max + 1, max + piece, max + 2 * piece + 7}) {
      const std::string body(n, 'y');
      expect_same("short\n" + body + "\nafter\n", max);
      expect_same(body, max);
    }
  }
}

// Random lines of random lengths (many around the piece edges) with random
// endings, against the reference, at limits below and above them.
TEST(ReadLine, RandomLinesMatchASplit) {
  std::mt19937 rng(20261130);
  const std::size_t piece = 1 << 16;
  for (int round = 0; round < 40; ++round) {
    std::string data;
    const int lines = 1 + static_cast<int>(rng() % 12);
    for (int k = 0; k < lines; ++k) {
      std::size_t len = rng() % 3 == 0 ? piece * (1 + rng() % 2) + (rng() % 5) - 2 : rng() % 300;
      for (std::size_t i = 0; i < len; ++i) data += static_cast<char>('a' + rng() % 26);
      const unsigned end = rng() % 4;
      data += end == 0 ? "\r\n" : "\n";
    }
    if (rng() % 2 == 0 && !data.empty()) data.pop_back();  // sometimes no final newline
    for (std::size_t max : {std::size_t{100}, piece - 1, piece + 1, SIZE_MAX}) expect_same(data, max);
  }
}

}  // namespace
}  // namespace lede::cli
