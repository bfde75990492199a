// Summarizer::oracle: the greedy extractive oracle, checked against counts
// done by hand on short texts written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"

namespace lede {
namespace {

Cluster cluster_of(std::vector<std::string> texts) {
  Cluster c;
  c.id = std::string(1, 't');  // GCC 12 flags c.id = "t" here with a bogus -Wrestrict
  for (std::string& t : texts) {
    Document d;
    d.text = std::move(t);
    c.documents.push_back(std::move(d));
  }
  return c;
}

// Five sentences of 5, 6, 5, 6 and 8 words.
const char* kArticle =
    "Storms closed the coastal road. Engineers inspected the damaged sea wall. "
    "Repairs will take three weeks. The ferry service runs as usual. "
    "Local shops reported fewer visitors than last year.";

std::vector<std::size_t> indices(const Summary& s) {
  std::vector<std::size_t> out;
  for (const auto& sent : s.sentences) out.push_back(sent.index);
  return out;
}

SummarizeOptions sentences(std::size_t k) {
  SummarizeOptions o;
  o.budget = Budget::sentences(k);
  return o;
}

TEST(Oracle, TakesTheSentenceTheReferenceRepeatsAndStopsWhenNothingRaisesF1) {
  Summarizer s;
  // The reference is the third sentence: it alone has F1 1 for ROUGE-1 and
  // ROUGE-2; adding any other sentence lowers precision, so the oracle stops.
  Result<Summary> r =
      s.oracle(cluster_of({kArticle}), {"Repairs will take three weeks."}, sentences(3), OracleMeasure::kF1);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(r->method, "oracle");
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({2}));
  EXPECT_DOUBLE_EQ(r->sentences[0].score, 2.0);  // F1 of ROUGE-1 (1) + ROUGE-2 (1) gained
  EXPECT_EQ(r->sentences[0].text, "Repairs will take three weeks.");
}

TEST(Oracle, RecallTakesEverySentenceThatAddsWithinTheWordBudget) {
  Summarizer s;
  // Reference: the first and the fourth sentences (5 + 6 words). Recall
  // only grows, so with room for both both are taken, in document order.
  const std::vector<std::string> refs = {"Storms closed the coastal road.\nThe ferry service runs as usual."};
  SummarizeOptions o;
  o.budget = Budget::words(11);
  Result<Summary> r = s.oracle(cluster_of({kArticle}), refs, o, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({0, 3}));
  // The fourth adds more and comes first: 6 of the reference's 11 unigrams
  // and 5 of its 10 bigrams ("road the" spans its two lines, as ROUGE-1.5.5
  // counts them); then the first adds 5/11 ("the" twice in the reference)
  // and 4/10.
  EXPECT_NEAR(r->sentences[1].score, 6.0 / 11 + 5.0 / 10, 1e-12);
  EXPECT_NEAR(r->sentences[0].score, 5.0 / 11 + 4.0 / 10, 1e-12);
  // Room for one: the one that adds more.
  o.budget = Budget::words(6);
  r = s.oracle(cluster_of({kArticle}), refs, o, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({3}));
}

TEST(Oracle, RecallFindsTheBestCoverageWhereGreedyWouldStopShort) {
  Summarizer s;
  // The 9-word first sentence adds most on its own (8 of the reference's 10
  // unigrams, 6 of its 9 bigrams), but then nothing else fits in 10 words;
  // the two 5-word sentences together cover all 10 unigrams and 8 bigrams.
  const char* article =
      "Red boats left port early and trucks crossed bridges. Red boats left port early. "
      "Blue trucks crossed bridges slowly.";
  SummarizeOptions o;
  o.budget = Budget::words(10);
  Result<Summary> r =
      s.oracle(cluster_of({article}), {"Red boats left port early. Blue trucks crossed bridges slowly."}, o,
               OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({1, 2}));
  double total = 0;
  for (const auto& sent : r->sentences) total += sent.score;
  EXPECT_NEAR(total, 10.0 / 10 + 8.0 / 9, 1e-12);
}

TEST(Oracle, SeveralReferencesAreCountedEachAgainstItsOwnNgrams) {
  Summarizer s;
  // Each reference's n-grams are matched on their own and the hits summed,
  // as ROUGE-1.5.5 counts several references: "closed" once in the summary
  // hits once in each reference.
  const std::vector<std::string> refs = {"storms closed roads", "the road closed"};
  Result<Summary> r = s.oracle(cluster_of({kArticle}), refs, sentences(1), OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok());
  // Sentence 0 (storms closed the coastal road; roads -> road): unigrams
  // storm, close, road | the, road, close -> 3 + 3 of 6; bigrams "storm
  // close" | none ("the road" and "road close" are not in it) -> 1 of 4.
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({0}));
  EXPECT_NEAR(r->sentences[0].score, 6.0 / 6 + 1.0 / 4, 1e-12);
}

TEST(Oracle, ClustersDrawOnEveryDocument) {
  Summarizer s;
  Cluster c = cluster_of({"The mayor opened the new library on Monday. It has ten thousand books.",
                          "Children queued outside before dawn. The reading room stays open late."});
  Result<Summary> r =
      s.oracle(c, {"The mayor opened the new library.\nThe reading room stays open late."}, {}, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 2u);
  EXPECT_EQ(r->sentences[0].document, 0u);
  EXPECT_EQ(r->sentences[0].index, 0u);
  EXPECT_EQ(r->sentences[1].document, 1u);
  EXPECT_EQ(r->sentences[1].index, 1u);
}

TEST(Oracle, WordsOutsideAsciiAreTermsToo) {
  // Stems cut to ASCII letters and digits (as ROUGE-1.5.5 reads English)
  // left a Russian or Chinese sentence no term at all, and the oracle empty.
  Summarizer s;
  SummarizeOptions o = sentences(1);
  o.language = "ru";
  Result<Summary> r = s.oracle(cluster_of({"Мэр открыл новую библиотеку. Дети пришли рано утром."}),
                               {"Дети пришли рано утром."}, o, OracleMeasure::kF1);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({1}));
  EXPECT_DOUBLE_EQ(r->sentences[0].score, 2.0);
  o.language = "zh";
  r = s.oracle(cluster_of({"市政府宣布了新的交通计划。计划明年实施。"}), {"计划明年实施。"}, o, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok()) << r.status().message();
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({1}));
}

TEST(Oracle, TruncateCutsTheBestAdditionThatDoesNotFit) {
  Summarizer s;
  SummarizeOptions o;
  o.budget = Budget::words(4);
  o.truncate = true;
  // Every sentence is longer than 4 words: the best one is cut to 4.
  Result<Summary> r =
      s.oracle(cluster_of({kArticle}), {"Engineers inspected the damaged sea wall."}, o, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sentences.size(), 1u);
  EXPECT_EQ(r->sentences[0].text, "Engineers inspected the damaged");
  EXPECT_EQ(r->sentences[0].index, 1u);
  o.truncate = false;
  r = s.oracle(cluster_of({kArticle}), {"Engineers inspected the damaged sea wall."}, o, OracleMeasure::kRecall);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->sentences.empty());
}

TEST(Oracle, GreedyTiesGoToTheEarlierSentence) {
  Summarizer s;
  Result<Summary> r = s.oracle(cluster_of({"Rain fell in the north. Rain fell in the north again."}),
                               {"rain fell in the north"}, sentences(1), OracleMeasure::kF1);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(indices(*r), std::vector<std::size_t>({0}));
}

TEST(Oracle, RefusesAMethodAndNeedsAReference) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  Result<Summary> r = s.oracle(cluster_of({kArticle}), {"Storms closed the road."}, o, OracleMeasure::kF1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(r.status().message().find("no method"), std::string::npos) << r.status().message();
  r = s.oracle(cluster_of({kArticle}), {}, {}, OracleMeasure::kF1);
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("at least one reference"), std::string::npos);
  r = s.oracle(cluster_of({kArticle}), {"Storms closed the road.", std::string("bad \xff byte")}, {},
               OracleMeasure::kF1);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInvalidInput);
  EXPECT_EQ(r.status().message(), "reference 1: invalid UTF-8 at byte 4");
  // Nothing to choose from is no error.
  r = s.oracle(cluster_of({""}), {"Storms closed the road."}, {}, OracleMeasure::kF1);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->sentences.empty());
}

}  // namespace
}  // namespace lede
