// The two Porter stemmers ROUGE needs (ROUGE-1.5.5's and NLTK's, for
// rouge-score): hand-checked stems, and ROUGE-1.5.5's measure conditions
// against its Perl regular expressions run by std::regex.
#include <gtest/gtest.h>

#include <random>
#include <string>
#include <utility>
#include <vector>
// GCC 12 warns (falsely) inside <regex> when building with sanitizers.
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#endif
#include <regex>
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC diagnostic pop
#endif

#include "eval/porter.h"

namespace lede {
namespace {

TEST(Porter, Rouge155Stems) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"caresses", "caress"},   {"ponies", "poni"},        {"cats", "cat"},       {"feed", "feed"},
      {"agreed", "agre"},       {"plastered", "plaster"},  {"motoring", "motor"}, {"sing", "sing"},
      {"hopping", "hop"},       {"hoping", "hope"},        {"happy", "happi"},    {"relational", "relat"},
      {"adjustment", "adjust"}, {"dependent", "depend"},   {"adoption", "adopt"}, {"replacement", "replac"},
      {"yelling", "yell"},      {"controlling", "control"}};
  for (const auto& [w, s] : cases) EXPECT_EQ(eval::rouge155_porter_stem(w), s) << w;
}

TEST(Porter, NltkStems) {
  const std::vector<std::pair<const char*, const char*>> cases = {
      {"flies", "fli"},           {"dies", "die"},        {"died", "die"},        {"spied", "spi"},
      {"dying", "die"},           {"news", "news"},       {"proceed", "proceed"}, {"running", "run"},
      {"controlling", "control"}, {"caresses", "caress"}, {"happy", "happi"},     {"enjoy", "enjoy"},
      {"relational", "relat"}};
  for (const auto& [w, s] : cases) EXPECT_EQ(eval::nltk_porter_stem(w), s) << w;
}

TEST(Porter, Rouge155ConditionsEqualTheirRegularExpressions) {
  // The Perl patterns, with its classes c=[^aeiou], v=[aeiouy].
  const std::string C = "[^aeiou][^aeiouy]*", V = "[aeiouy][aeiou]*";
  const std::regex m_gt0("^(" + C + ")?" + V + C), m_eq1("^(" + C + ")?" + V + C + "(" + V + ")?$"),
      m_gt1("^(" + C + ")?" + V + C + V + C), vowel("^(" + C + ")?[aeiouy]"), cvc("^" + C + "[aeiouy][^aeiouwxy]$");
  std::mt19937 rng(7);
  const std::string alphabet = "aeiouyYbcwxst1";
  std::uniform_int_distribution<int> len(0, 9), ch(0, static_cast<int>(alphabet.size()) - 1);
  for (int i = 0; i < 20000; ++i) {
    std::string w;
    // Some words longer than 64 letters, past one 64-bit word of positions.
    const int n = i % 50 == 0 ? 60 + len(rng) * 2 : len(rng);
    for (int k = n; k > 0; --k) w += alphabet[static_cast<std::size_t>(ch(rng))];
    ASSERT_EQ(eval::porter_m_gt0(w), std::regex_search(w, m_gt0)) << w;
    ASSERT_EQ(eval::porter_m_eq1(w), std::regex_search(w, m_eq1)) << w;
    ASSERT_EQ(eval::porter_m_gt1(w), std::regex_search(w, m_gt1)) << w;
    ASSERT_EQ(eval::porter_has_vowel(w), std::regex_search(w, vowel)) << w;
    ASSERT_EQ(eval::porter_short_cvc(w), std::regex_search(w, cvc)) << w;
  }
}

}  // namespace
}  // namespace lede
