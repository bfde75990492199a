// POST /v1/rouge bounds a request's work (2^28 LCS cells and skip-bigrams,
// docs/rouge.md). Before, a summary and a reference of 60,000 words each
// took 5.2 s of CPU and 460 MB here (`lede rouge` on the same pair), and each
// further reference as long added as much time; now a pair over the bound
// gets 413 before any of the work is done, and the same texts without
// ROUGE-L, or a little shorter (16,000 words: 0.4 s), are scored.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

// `words` words from a 1,000-word vocabulary; `per_line` words a line (0: one line).
std::string text(std::size_t words, std::size_t seed, std::size_t per_line) {
  std::string s;
  for (std::size_t k = 0; k < words; ++k) {
    s += 'w' + std::to_string((k * 7919 + seed) % 1000);
    s += per_line != 0 && (k + 1) % per_line == 0 ? '\n' : ' ';
  }
  return s;
}

TEST(RougeWorkLimit, APairOverTheBoundIs413AndNamesTheSizes) {
  TestServer s;
  const json over = {{"summary", text(16500, 1, 0)}, {"references", {text(16500, 2, 0)}}};
  auto r = s.post_json("/v1/rouge", over.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413) << r->body;
  const json err = body_of(r)["error"];
  EXPECT_EQ(err["code"], "resource_exhausted") << r->body;
  EXPECT_NE(err["message"].get<std::string>().find(
                "scoring this summary (16500 words) against 1 reference (16500 words in all) needs about 2.72e+08 "
                "steps of ROUGE-L/W and skip-bigram work, over the limit of 2.68e+08"),
            std::string::npos)
      << r->body;

  json no_lcs = over;
  no_lcs["options"] = {{"flags", "-n 2 -x"}};
  r = s.post_json("/v1/rouge", no_lcs.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;

  // ROUGE-L compares every reference line with every summary line: lines
  // keep each table small, not the work (16,500 x 16,500 cells either way).
  const json lines = {{"summary", text(16500, 1, 25)}, {"references", {text(16500, 2, 25)}}};
  r = s.post_json("/v1/rouge", lines.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413) << r->body;

  const json within = {{"summary", text(16000, 1, 0)}, {"references", {text(16000, 2, 0)}}};
  r = s.post_json("/v1/rouge", within.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
  EXPECT_TRUE(body_of(r)["scores"].contains("ROUGE-L")) << r->body;
}

// Many references add up: each alone is well within the bound.
TEST(RougeWorkLimit, TheBoundCoversAllTheReferences) {
  TestServer s;
  json req = {{"summary", text(4000, 1, 0)}, {"references", json::array()}};
  for (std::size_t k = 0; k < 20; ++k) req["references"].push_back(text(4000, k + 2, 0));
  auto r = s.post_json("/v1/rouge", req.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 413) << r->body;
  EXPECT_NE(r->body.find("against 20 references (80000 words in all)"), std::string::npos) << r->body;
  req["references"] = json::array({req["references"][0]});
  r = s.post_json("/v1/rouge", req.dump());
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200) << r->body;
}

}  // namespace
}  // namespace lede::testing
