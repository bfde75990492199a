// The fast ROUGE-1.5.5 path against the slow reference (rouge_reference.h)
// on generated summaries and references, over random option sets.
#include <gtest/gtest.h>

#include <random>

#include "eval/rouge_reference.h"
#include "lede/rouge.h"

namespace lede {
namespace {

// Words chosen to collide often, to exercise stemming (WordNet exceptions
// and Porter), stopwords, hyphens, digits, upper case and non-ASCII bytes.
const char* const kWords[] = {"the",
                              "a",
                              "of",
                              "cats",
                              "cat",
                              "running",
                              "ran",
                              "runs",
                              "geese",
                              "goose",
                              "went",
                              "going",
                              "state-of-the-art",
                              "Nepal",
                              "NEPAL",
                              "caf\xc3\xa9",
                              "na\xc3\xafve",
                              "2004",
                              "$5",
                              "it's",
                              "U.S.",
                              "relational",
                              "relate",
                              "happily",
                              "happy",
                              "and",
                              "is",
                              "was",
                              "\xe2\x80\x9cquoted\xe2\x80\x9d",
                              "mice",
                              "children",
                              "--",
                              ".",
                              ",",
                              "agreed",
                              "feed",
                              "Yelling",
                              "yes",
                              "\xc2\xa0",
                              "\xe2\x80\x89x",
                              "\xe3\x80\x80"};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<int> lines(0, 4), words(0, 12), word(0, static_cast<int>(std::size(kWords)) - 1),
      space(0, 9);
  std::string text;
  const int n = lines(rng);
  for (int l = 0; l < n; ++l) {
    if (space(rng) == 0) text += "   \n";  // a blank line, dropped
    if (space(rng) == 0) text += ' ';
    const int w = words(rng);
    for (int k = 0; k < w; ++k) {
      if (k) text += space(rng) == 0 ? "  " : " ";
      text += kWords[word(rng)];
    }
    text += '\n';
  }
  return text;
}

RougeOptions random_options(std::mt19937& rng) {
  std::uniform_int_distribution<int> coin(0, 1), n(0, 4), limit(0, 3), kind(0, 5);
  RougeOptions o;
  o.max_ngram = n(rng);
  o.lcs = coin(rng) || o.max_ngram == 0;
  o.stem = coin(rng);
  o.remove_stopwords = coin(rng) && coin(rng);
  const int l = limit(rng);
  if (l == 1) o.word_limit = 1 + static_cast<std::size_t>(n(rng) * 3);
  if (l == 2) o.byte_limit = 1 + static_cast<std::size_t>(n(rng) * 15);
  o.multi_ref = coin(rng) ? RougeMultiRef::kBest : RougeMultiRef::kAverage;
  if (coin(rng)) o.alpha = coin(rng) ? 0.2 : 0.8;
  if (kind(rng) == 0) o.wlcs_weight = coin(rng) ? 1.2 : 2.0;
  if (kind(rng) == 0) {
    o.skip_bigrams = true;
    o.skip_distance = coin(rng) ? 4 : (coin(rng) ? 0 : -1);
    o.skip_unigrams = coin(rng);
    o.skip_both = !o.skip_unigrams && coin(rng);
  }
  return o;
}

TEST(RougeReference, FastPathEqualsSlowReferenceOnGeneratedPairs) {
  std::mt19937 rng(20261129);
  std::uniform_int_distribution<int> refs(1, 4);
  int compared = 0;
  for (int c = 0; c < 3000; ++c) {
    const RougeOptions o = random_options(rng);
    auto ev = RougeEvaluator::create(o);
    ASSERT_TRUE(ev.ok()) << ev.status().message();
    const std::string summary = random_text(rng);
    std::vector<std::string> references;
    for (int r = refs(rng); r > 0; --r) references.push_back(random_text(rng));
    auto fast = ev->score_pair(summary, references);
    ASSERT_TRUE(fast.ok());
    const std::vector<RougeScore> slow = testing::reference::score(summary, references, o);
    ASSERT_EQ(fast->scores.size(), slow.size());
    for (std::size_t k = 0; k < slow.size(); ++k) {
      ++compared;
      ASSERT_EQ(fast->scores[k].recall, slow[k].recall) << "case " << c << " " << ev->metric_names()[k];
      ASSERT_EQ(fast->scores[k].precision, slow[k].precision) << "case " << c << " " << ev->metric_names()[k];
      ASSERT_EQ(fast->scores[k].f, slow[k].f) << "case " << c << " " << ev->metric_names()[k] << "\n"
                                              << summary << "\n--\n"
                                              << references[0];
    }
  }
  EXPECT_GT(compared, 3000);
}

}  // namespace
}  // namespace lede
