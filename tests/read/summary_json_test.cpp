#include <gtest/gtest.h>

#include "read/summary_json.h"

namespace lede {
namespace {

using nlohmann::json;

TEST(SummaryJson, StringIsTakenAsIs) {
  std::string out;
  ASSERT_TRUE(summary_text_from_json(json("One.\nTwo."), out));
  EXPECT_EQ(out, "One.\nTwo.");
}

TEST(SummaryJson, ListsOfStringsOrSentenceObjectsJoinOneALine) {
  std::string out;
  ASSERT_TRUE(summary_text_from_json(json::parse(R"(["One.", {"text": "Two.", "score": 0.5}])"), out));
  EXPECT_EQ(out, "One.\nTwo.\n");
}

TEST(SummaryJson, OtherShapesAreRefused) {
  std::string out;
  EXPECT_FALSE(summary_text_from_json(json(3), out));
  EXPECT_FALSE(summary_text_from_json(json::parse(R"(["One.", 2])"), out));
  EXPECT_FALSE(summary_text_from_json(json::parse(R"([{"txt": "One."}])"), out));
  EXPECT_FALSE(summary_text_from_json(json::parse(R"({"text": "One."})"), out));
}

}  // namespace
}  // namespace lede
