#include <gtest/gtest.h>

#include "learn/dataset.h"
#include "learn/oracle.h"
#include "lede/text.h"

namespace lede::learn {
namespace {

std::vector<std::uint32_t> terms(TermIds& ids, std::initializer_list<const char*> words) {
  std::vector<std::uint32_t> out;
  for (const char* w : words) out.push_back(ids.id(w));
  return out;
}

TEST(Oracle, RougeFCountsClippedUnigramsAndBigrams) {
  TermIds ids;
  // Candidate "a b c a", reference "a b d": unigrams hit a, b (a clipped to 1)
  // -> P 2/4, R 2/3, F 4/7; bigrams hit "a b" -> P 1/3, R 1/2, F 2/5.
  const RougeF f = rouge_f(NgramBag::of(terms(ids, {"a", "b", "c", "a"})), NgramBag::of(terms(ids, {"a", "b", "d"})));
  EXPECT_NEAR(f.r1, 4.0 / 7.0, 1e-12);
  EXPECT_NEAR(f.r2, 2.0 / 5.0, 1e-12);
}

TEST(Oracle, GreedyPicksBestThenComplementAndStops) {
  TermIds ids;
  const std::vector<std::vector<std::uint32_t>> sents = {
      terms(ids, {"the", "cat", "sat"}),                      // 0: partial match
      terms(ids, {"rain", "fell", "in", "spain"}),            // 1: nothing in common
      terms(ids, {"the", "cat", "sat", "on", "the", "mat"}),  // 2: the best single sentence
      terms(ids, {"a", "dog", "barked", "loudly"}),           // 3: the rest of the reference
  };
  const NgramBag ref = NgramBag::of(terms(ids, {"the", "cat", "sat", "on", "the", "mat", "a", "dog", "barked"}));
  const std::vector<std::size_t> picked = greedy_oracle(sents, ref, 3);
  // 2 first, then 3 adds new n-grams; 0 and 1 would only lower precision.
  EXPECT_EQ(picked, (std::vector<std::size_t>{2, 3}));
}

TEST(Oracle, SubsetFindsThePairGreedyMisses) {
  TermIds ids;
  // Reference "a b c d e f". Sentence 0 covers the most on its own (a b c
  // d), so greedy takes it first, but then 1 and 2 each add only one new
  // word and several repeated ones. Sentences 1 and 2 together cover the
  // reference exactly.
  const std::vector<std::vector<std::uint32_t>> sents = {
      terms(ids, {"a", "b", "c", "d", "x", "y"}),
      terms(ids, {"a", "b", "c"}),
      terms(ids, {"d", "e", "f"}),
  };
  const NgramBag ref = NgramBag::of(terms(ids, {"a", "b", "c", "d", "e", "f"}));
  EXPECT_EQ(greedy_oracle(sents, ref, 2).front(), 0u);
  EXPECT_EQ(subset_oracle(sents, ref, 2, 10), (std::vector<std::size_t>{1, 2}));
  // A pool of one (the best single sentence) plus greedy's picks cannot
  // hold both 1 and 2.
  EXPECT_NE(subset_oracle(sents, ref, 2, 1), (std::vector<std::size_t>{1, 2}));
}

// A four-sentence report and a two-line reference summary of it.
Document snow_report() {
  Document doc;
  doc.text =
      "Heavy snow closed every school in the northern valley on Monday.\n\n"
      "Local bakers said bread sold out before noon.\n\n"
      "The regional council promised to clear the mountain roads by Wednesday.\n\n"
      "A cat was seen sleeping on a warm car bonnet.";
  return doc;
}
const char* const kSnowReference =
    "Snow closed schools in the northern valley.\nCouncil will clear mountain roads by Wednesday.";

TEST(Oracle, LabelsAnalyzedDocumentAgainstReferenceLines) {
  Document doc = snow_report();
  ASSERT_TRUE(analyze(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 4u);
  TermIds ids;
  const Example ex = make_example(doc, {kSnowReference}, ids, {});
  EXPECT_EQ(ex.labels, (std::vector<double>{1, 0, 1, 0}));
  EXPECT_EQ(ex.oracle.size(), 2u);
  EXPECT_EQ(ex.features.rows(), 4u);
  EXPECT_EQ(ex.features.cols, feature_count());
}

TEST(Oracle, TailPicksGetTheTailLabel) {
  Document doc = snow_report();
  ASSERT_TRUE(analyze(doc).ok());
  TermIds ids;
  ExampleOptions options;
  options.full_picks = 1;
  options.tail_label = 0.5;
  const Example ex = make_example(doc, {kSnowReference}, ids, options);
  ASSERT_EQ(ex.oracle.size(), 2u);
  EXPECT_EQ(ex.labels[ex.oracle[0]], 1.0);
  EXPECT_EQ(ex.labels[ex.oracle[1]], 0.5);
  EXPECT_EQ(ex.labels[1] + ex.labels[3], 0.0);
}

TEST(Oracle, SoftLabelsMixOracleWithOwnRouge) {
  Document doc;
  doc.text =
      "Heavy snow closed every school in the northern valley on Monday.\n\n"
      "Snow in the valley also closed the northern roads.\n\n"
      "A cat was seen sleeping on a warm car bonnet.";
  ASSERT_TRUE(analyze(doc).ok());
  ASSERT_EQ(doc.sentences.size(), 3u);
  TermIds ids;
  ExampleOptions options;
  options.oracle_sentences = 1;
  options.soft = 0.25;
  const Example ex = make_example(doc, {"Snow closed schools in the northern valley."}, ids, options);
  ASSERT_EQ(ex.oracle, (std::vector<std::size_t>{0}));
  // The oracle's sentence is also the best on its own: 0.75 + 0.25 x 1.
  EXPECT_DOUBLE_EQ(ex.labels[0], 1.0);
  // The second shares "snow", "northern", "valley" but was not picked: a
  // share of the soft part only; the third shares nothing.
  EXPECT_GT(ex.labels[1], 0.0);
  EXPECT_LT(ex.labels[1], 0.25);
  EXPECT_EQ(ex.labels[2], 0.0);
}

TEST(Oracle, TrigramBlockingSkipsRepeatedPhrase) {
  TermIds ids;
  const std::vector<std::vector<std::uint32_t>> sents = {
      terms(ids, {"police", "arrested", "the", "mayor", "today"}),
      terms(ids, {"yesterday", "police", "arrested", "the", "mayor"}),  // repeats "police arrested the"
      terms(ids, {"markets", "fell", "sharply"}),
  };
  EXPECT_EQ(select_blocking_trigrams({0.9, 0.8, 0.1}, sents, 2), (std::vector<std::size_t>{0, 2}));
}

// One shared trigram is often a name, not a repeat: the first sentence of
// a story names the paper another sentence quotes.
TEST(Oracle, TrigramBlockingNeedsMoreThanOneSharedTrigram) {
  TermIds ids;
  const std::vector<std::vector<std::uint32_t>> sents = {
      terms(ids, {"the", "financial", "times", "said", "fiat", "may", "move"}),
      terms(ids, {"ferrari", "could", "be", "listed", "the", "financial", "times", "reported"}),
      terms(ids, {"markets", "fell", "sharply"}),
  };
  EXPECT_EQ(select_blocking_trigrams({0.9, 0.8, 0.1}, sents, 2), (std::vector<std::size_t>{0, 1}));
}

TEST(Oracle, RepeatedTrigramsCountOnlyWhereAsked) {
  TermIds ids;
  const std::vector<std::uint32_t> chosen = terms(ids, {"police", "arrested", "the", "mayor"});
  const std::vector<std::uint32_t> next = terms(ids, {"police", "arrested", "the", "mayor", "again"});
  std::unordered_set<std::uint64_t> seen = {trigram_key(chosen, 0), trigram_key(chosen, 1)};
  EXPECT_TRUE(repeats_trigrams(next, seen, [](std::size_t) { return true; }));
  EXPECT_FALSE(repeats_trigrams(next, seen, [](std::size_t j) { return j != 0; }));
}

}  // namespace
}  // namespace lede::learn
