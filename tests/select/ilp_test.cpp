// The concept ILP against brute force, and its greedy fallback.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>

#include "select/ilp.h"

namespace lede {
namespace {

struct Instance {
  Concepts concepts;
  std::vector<std::size_t> ids, cost;
  std::size_t limit = 0;
};

Instance generated(std::uint64_t seed) {
  std::uint64_t state = seed;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return (state >> 33) % 1000;
  };
  Instance in;
  const std::size_t concepts = 4 + next() % 10, sentences = 3 + next() % 10;
  for (std::size_t c = 0; c < concepts; ++c) in.concepts.weight.push_back(1.0 + static_cast<double>(next() % 5));
  in.concepts.of.resize(sentences);
  for (std::size_t i = 0; i < sentences; ++i) {
    for (std::uint32_t c = 0; c < concepts; ++c)
      if (next() % 3 == 0) in.concepts.of[i].push_back(c);
    in.ids.push_back(i);
    in.cost.push_back(1 + next() % 6);
  }
  in.limit = 4 + next() % 10;
  return in;
}

double brute_force(const Instance& in, const std::vector<std::pair<std::size_t, std::size_t>>& conflicts) {
  double best = 0;
  const std::size_t n = in.ids.size();
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::size_t used = 0;
    std::vector<std::size_t> chosen;
    for (std::size_t i = 0; i < n; ++i)
      if (mask & (1u << i)) {
        used += in.cost[i];
        chosen.push_back(i);
      }
    if (used > in.limit) continue;
    bool clash = false;
    for (const auto& [a, b] : conflicts) clash = clash || ((mask >> a) & 1u && (mask >> b) & 1u);
    if (clash) continue;
    best = std::max(best, covered_weight(in.concepts, chosen));
  }
  return best;
}

TEST(ConceptIlp, MatchesBruteForceOnGeneratedInstances) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const Instance in = generated(seed);
    std::vector<std::pair<std::size_t, std::size_t>> conflicts;
    if (seed % 2 == 0) conflicts.emplace_back(0, 1);
    const IlpResult r = solve_concept_ilp(in.concepts, in.ids, in.cost, in.limit, conflicts, 5.0, false);
    EXPECT_TRUE(r.optimal) << "seed " << seed;
    EXPECT_DOUBLE_EQ(covered_weight(in.concepts, r.chosen), brute_force(in, conflicts)) << "seed " << seed;
    std::size_t used = 0;
    for (std::size_t i : r.chosen) used += in.cost[i];
    EXPECT_LE(used, in.limit);
  }
}

TEST(ConceptIlp, ForcedFallbackIsGreedyAndWithinBudget) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    const Instance in = generated(seed);
    const IlpResult r = solve_concept_ilp(in.concepts, in.ids, in.cost, in.limit, {}, 5.0, true);
    EXPECT_TRUE(r.fallback);
    EXPECT_FALSE(r.optimal);
    EXPECT_EQ(r.chosen, greedy_concepts(in.concepts, in.ids, in.cost, in.limit, {}));
    std::size_t used = 0;
    for (std::size_t i : r.chosen) used += in.cost[i];
    EXPECT_LE(used, in.limit);
    EXPECT_LE(covered_weight(in.concepts, r.chosen), brute_force(in, {}) + 1e-9);
  }
}

TEST(ConceptIlp, GreedyKeepsBestSingleSentenceWhenBetter) {
  // Sentence 0 holds a heavy concept but costs the whole budget; the cheap
  // ones have the better ratio but are worth less together.
  Instance in;
  in.concepts.weight = {10, 1, 1};
  in.concepts.of = {{0}, {1}, {2}};
  in.ids = {0, 1, 2};
  in.cost = {10, 1, 1};
  in.limit = 10;
  EXPECT_EQ(greedy_concepts(in.concepts, in.ids, in.cost, in.limit, {}), std::vector<std::size_t>{0});
}

TEST(ConceptIlp, EmptyInput) {
  const IlpResult r = solve_concept_ilp(Concepts{}, {}, {}, 10, {}, 1.0, false);
  EXPECT_TRUE(r.chosen.empty());
}

// Sentences of 15 words drawn from 21, concepts their distinct word pairs:
// every sentence covers about the same weight, so branch and bound cannot
// prune and only a limit ends the search.
Instance uniform_random_text(std::size_t sentences) {
  std::uint64_t state = 12345;
  auto next = [&] {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<std::uint32_t>((state >> 33) % 21);
  };
  Instance in;
  in.concepts.weight.assign(21 * 21, 0.0);
  in.concepts.of.resize(sentences);
  for (std::size_t i = 0; i < sentences; ++i) {
    std::uint32_t previous = next();
    for (int w = 1; w < 15; ++w) {
      const std::uint32_t word = next();
      in.concepts.of[i].push_back(previous * 21 + word);
      previous = word;
    }
    std::sort(in.concepts.of[i].begin(), in.concepts.of[i].end());
    in.concepts.of[i].erase(std::unique(in.concepts.of[i].begin(), in.concepts.of[i].end()), in.concepts.of[i].end());
    for (std::uint32_t c : in.concepts.of[i]) in.concepts.weight[c] += 1;
    in.ids.push_back(i);
    in.cost.push_back(15);
  }
  in.limit = 100;
  return in;
}

// The search used to end on GLPK's wall clock (its node limit was counted
// only at node selection), so its answer changed with the machine's load.
TEST(ConceptIlp, AHardProgramEndsOnTheWorkLimitNotTheClock) {
  const Instance in = uniform_random_text(200);
  const IlpResult r = solve_concept_ilp(in.concepts, in.ids, in.cost, in.limit, {}, 60.0, false);
  EXPECT_EQ(r.limit, IlpLimit::kWork);
  EXPECT_FALSE(r.optimal);
  EXPECT_FALSE(r.chosen.empty());
  // With no clock at all to speak of, the same answer.
  const IlpResult unhurried = solve_concept_ilp(in.concepts, in.ids, in.cost, in.limit, {}, 1e5, false);
  EXPECT_EQ(unhurried.limit, IlpLimit::kWork);
  EXPECT_EQ(unhurried.chosen, r.chosen);
}

TEST(ConceptIlp, AnEasyProgramEndsOnItsOwn) {
  const Instance in = uniform_random_text(6);
  const IlpResult r = solve_concept_ilp(in.concepts, in.ids, in.cost, in.limit, {}, 60.0, false);
  EXPECT_EQ(r.limit, IlpLimit::kNone);
  EXPECT_TRUE(r.optimal);
}

}  // namespace
}  // namespace lede
