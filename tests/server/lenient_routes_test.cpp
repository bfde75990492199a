// Raw invalid UTF-8 in the body of /v1/rouge and /v1/extract is said as on
// /v1/summarize: the byte of the body, and "lenient": true to replace it
// with U+FFFD and a warning. These routes said only nlohmann's "ill-formed
// UTF-8 byte" at a line and column, and refused "lenient" as unknown.
#include <gtest/gtest.h>

#include <string>

#include <nlohmann/json.hpp>

#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

TEST(LenientRoutes, InvalidUtf8NamesItsByteAndLenientRepairsIt) {
  TestServer s;
  struct Route {
    std::string path, strict, lenient;
  };
  const Route routes[] = {
      {"/v1/rouge", "{\"summary\": \"the cat\xFF sat\", \"references\": [\"the cat sat\"]}",
       "{\"summary\": \"the cat\xFF sat\", \"references\": [\"the cat sat\"], \"lenient\": true}"},
      {"/v1/extract", "{\"html\": \"<h1>Bridge</h1><p>The bridge\xFF opened on Monday to traffic.</p>\"}",
       "{\"html\": \"<h1>Bridge</h1><p>The bridge\xFF opened on Monday to traffic.</p>\", \"lenient\": true}"},
  };
  for (const Route& r : routes) {
    const std::size_t bad = r.strict.find('\xFF');
    auto strict = s.post_json(r.path, r.strict);
    ASSERT_TRUE(strict);
    EXPECT_EQ(strict->status, 400) << r.path;
    EXPECT_EQ(error_of(strict)["code"], "malformed_json") << strict->body;
    EXPECT_EQ(error_of(strict)["message"], "invalid UTF-8 at byte " + std::to_string(bad) +
                                               " of the body (\"lenient\": true replaces it with U+FFFD)")
        << strict->body;
    // "lenient": false is no leave to repair.
    std::string off = r.lenient;
    off.replace(off.find("true"), 4, "false");
    auto refused = s.post_json(r.path, off);
    ASSERT_TRUE(refused);
    EXPECT_EQ(refused->status, 400) << refused->body;

    auto lenient = s.post_json(r.path, r.lenient);
    ASSERT_TRUE(lenient);
    ASSERT_EQ(lenient->status, 200) << lenient->body;
    const json got = body_of(lenient);
    ASSERT_TRUE(got.contains("warnings")) << lenient->body;
    EXPECT_NE(got["warnings"][0].get<std::string>().find("of the body"), std::string::npos) << lenient->body;
  }
  // Half a surrogate pair is refused by name, and repaired alike.
  const std::string cut = R"({"text": "The ferry \ud83d left at noon. It was full.", "sentences": 1)";
  auto strict = s.post_json("/v1/summarize", cut + "}");
  ASSERT_TRUE(strict);
  EXPECT_EQ(strict->status, 400);
  EXPECT_EQ(error_of(strict)["message"],
            "unpaired surrogate escape \\ud83d at byte 20 of the body (\"lenient\": true replaces it with U+FFFD)")
      << strict->body;
  auto repaired = s.post_json("/v1/summarize", cut + R"(, "lenient": true})");
  ASSERT_TRUE(repaired);
  ASSERT_EQ(repaired->status, 200) << repaired->body;
  EXPECT_EQ(body_of(repaired)["sentences"][0]["text"], "The ferry \uFFFD left at noon.") << repaired->body;
  EXPECT_NE(body_of(repaired)["warnings"][0].get<std::string>().find("unpaired surrogate escape(s)"), std::string::npos)
      << repaired->body;

  auto typed = s.post_json("/v1/rouge", R"({"summary": "a", "references": ["a"], "lenient": "yes"})");
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->status, 400);
  EXPECT_EQ(error_of(typed)["message"], "field 'lenient' must be a boolean, not string") << typed->body;
}

}  // namespace
}  // namespace lede::testing
