// A summary and an error as the JSON lines every face writes (lede/io.h).
#include <gtest/gtest.h>

#include "lede/io.h"

namespace lede {
namespace {

TEST(SummaryToJson, FixedKeyOrderAndEscaping) {
  Summary s;
  s.method = "lead";
  SummarySentence x;
  x.text = "He said \"hi\".";
  x.document = 0;
  x.index = 2;
  x.start = 10;
  x.end = 23;
  x.score = 0.5;
  s.sentences.push_back(x);
  EXPECT_EQ(
      summary_to_json(s, "\"id1\""),
      R"({"id":"id1","method":"lead","sentences":[{"text":"He said \"hi\".","document":0,"index":2,"start":10,"end":23,"score":0.5}]})");
  EXPECT_EQ(error_to_json("null", 3, Status::InvalidInput("bad")),
            R"({"id":null,"line":3,"error":{"code":"invalid_input","message":"bad"}})");
}

}  // namespace
}  // namespace lede
