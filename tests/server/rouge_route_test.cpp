// POST /v1/rouge over real HTTP on a loopback port: hand-worked scores,
// agreement with the library, and bad requests naming their field.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "lede/rouge.h"
#include "test_server.h"

namespace lede::testing {
namespace {

using nlohmann::json;

TEST(Rouge, ScoresAPairAsWorkedOutByHand) {
  TestServer s;
  // 6 summary and 6 reference tokens; unigram overlap 5 ("the" clipped to
  // one), bigram overlap 3 of 5, LCS "the cat sat on mat" = 5.
  json req = {{"summary", "the cat sat on the mat"},
              {"references", {"the cat sat on a mat"}},
              {"options", {{"flags", "-n 2"}}}};
  auto r = s.post_json("/v1/rouge", req.dump());
  ASSERT_TRUE(r);
  ASSERT_EQ(r->status, 200) << r->body;
  json got = body_of(r);
  EXPECT_EQ(got["mode"], "ROUGE-1.5.5");
  EXPECT_NEAR(got["scores"]["ROUGE-1"]["R"].get<double>(), 0.83333, 1e-9);
  EXPECT_NEAR(got["scores"]["ROUGE-1"]["P"].get<double>(), 0.83333, 1e-9);
  EXPECT_NEAR(got["scores"]["ROUGE-2"]["R"].get<double>(), 0.6, 1e-9);
  EXPECT_NEAR(got["scores"]["ROUGE-2"]["F"].get<double>(), 0.6, 1e-9);
  EXPECT_NEAR(got["scores"]["ROUGE-L"]["R"].get<double>(), 0.83333, 1e-9);
  EXPECT_TRUE(got["elapsed_ms"].is_number());
}

// Unicode tokenization was reported as "ROUGE-1.5.5", whose figures it does
// not give; `lede rouge --json` and `lede eval --json` name it so too.
TEST(Rouge, UnicodeTokenizationIsNamedInTheMode) {
  TestServer s;
  for (const json& options : {json{{"flags", "-n 1"}, {"tokenization", "unicode"}}, json{{"flags", "-n 1 --unicode"}},
                              json{{"flags", "-n 1"}, {"mode", "rouge-score"}}}) {
    json req = {{"summary", "caf\u00e9 au lait"}, {"references", {"un caf\u00e9"}}, {"options", options}};
    auto r = s.post_json("/v1/rouge", req.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    EXPECT_EQ(body_of(r)["mode"], options.contains("mode") ? "rouge-score" : "ROUGE-1.5.5+unicode") << options.dump();
  }
}

TEST(Rouge, AgreesWithTheLibraryOnSentenceListsAndOptions) {
  TestServer s;
  const std::string summary = "Heavy rain flooded streets in Porto.\nTwo metro stations were closed.";
  const std::vector<std::string> refs = {"Rain flooded several streets of Porto.\nMetro stations closed.",
                                         "Floods closed two stations in Porto on Tuesday."};
  for (const std::string mode : {"rouge155", "rouge-score"}) {
    SCOPED_TRACE(mode);
    // rouge-score has no ROUGE-W.
    const std::vector<std::string> flags = mode == "rouge155" ? std::vector<std::string>{"-n", "2", "-m", "-w", "1.2"}
                                                              : std::vector<std::string>{"-n", "2", "-m"};
    json req = {{"id", 4},
                {"summary", {"Heavy rain flooded streets in Porto.", "Two metro stations were closed."}},
                {"references", {refs[0], refs[1]}},
                {"options", {{"flags", flags}, {"mode", mode}}}};
    auto r = s.post_json("/v1/rouge", req.dump());
    ASSERT_TRUE(r);
    ASSERT_EQ(r->status, 200) << r->body;
    json got = body_of(r);
    EXPECT_EQ(got["id"], 4);

    Result<RougeOptions> o = parse_rouge_flags(flags);
    ASSERT_TRUE(o.ok());
    if (mode == "rouge-score") o->mode = RougeMode::kRougeScore;
    Result<RougeEvaluator> e = RougeEvaluator::create(*o);
    ASSERT_TRUE(e.ok());
    Result<RougePairScores> want = e->score_pair(summary, refs);
    ASSERT_TRUE(want.ok());
    ASSERT_EQ(got["scores"].size(), e->metric_names().size());
    for (std::size_t k = 0; k < e->metric_names().size(); ++k) {
      const json& m = got["scores"][e->metric_names()[k]];
      EXPECT_EQ(m["R"].get<double>(), want->scores[k].recall) << e->metric_names()[k];
      EXPECT_EQ(m["P"].get<double>(), want->scores[k].precision) << e->metric_names()[k];
      EXPECT_EQ(m["F"].get<double>(), want->scores[k].f) << e->metric_names()[k];
    }
    EXPECT_EQ(got.contains("best_reference"), mode == "rouge-score");
  }
}

TEST(Rouge, BadRequestsNameTheField) {
  TestServer s;
  const std::vector<std::pair<json, std::string>> cases = {
      {json{{"references", {"a b"}}}, "'summary'"},
      {json{{"summary", 3}, {"references", {"a b"}}}, "'summary'"},
      {json{{"summary", "a b"}}, "'references'"},
      {json{{"summary", "a b"}, {"references", json::array()}}, "field 'references' must not be empty"},
      {json{{"summary", "a b"}, {"references", "a b"}}, "field 'references' must be an array, not string"},
      {json{{"summary", "a b"}, {"references", {"a", 5}}}, "'references[1]'"},
      // -t counts over a corpus; the message says so and where to go.
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"flags", "-t 1"}}}},
       "field 'options.flags': ROUGE flag -t 1 counts over a whole corpus, and /v1/rouge scores one pair"},
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"flags", "-t 2"}}}}, "`lede rouge -t 2`"},
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"flags", "-z SPL"}}}}, "ROUGE flag -z SPL"},
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"stemming", true}}}}, "'options.stemming'"},
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"mode", "bleu"}}}}, "'options.mode'"},
      // -x alone answered {"scores": {}}: no metric at all.
      {json{{"summary", "a b"}, {"references", {"a b"}}, {"options", {{"flags", "-x"}}}},
       "field 'options': nothing to compute"},
  };
  for (const auto& [body, field] : cases) {
    SCOPED_TRACE(body.dump());
    auto r = s.post_json("/v1/rouge", body.dump());
    ASSERT_TRUE(r);
    EXPECT_EQ(r->status, 400) << r->body;
    EXPECT_NE(error_of(r).value("message", "").find(field), std::string::npos) << r->body;
  }
}

}  // namespace
}  // namespace lede::testing
