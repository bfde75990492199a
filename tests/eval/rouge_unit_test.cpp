// Small, hand-checked cases for a fresh clone (no ../shared): scores worked
// out on paper, Perl's generator and bootstrap against values printed by a
// real Perl (5.36), the stemmers' regular expressions against std::regex.
#include <gtest/gtest.h>

#include <random>
// GCC 12 warns (falsely) inside <regex> when building with sanitizers.
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <regex>
#pragma GCC diagnostic pop

#include "eval/porter.h"
#include "eval/rouge_bootstrap.h"
#include "lede/rouge.h"

namespace lede {
namespace {

RougeEvaluator make(const std::vector<std::string>& flags) {
  auto o = parse_rouge_flags(flags);
  EXPECT_TRUE(o.ok()) << o.status().message();
  auto ev = RougeEvaluator::create(*o);
  EXPECT_TRUE(ev.ok()) << ev.status().message();
  return std::move(*ev);
}

// ROUGE-1 alone over Unicode word tokens (--unicode -n 1 -x).
Result<RougeEvaluator> unicode_unigrams() {
  RougeOptions o;
  o.max_ngram = 1;
  o.lcs = false;
  o.tokenization = RougeTokenization::kUnicode;
  return RougeEvaluator::create(o);
}

void expect_score(const RougeScore& s, double r, double p, double f) {
  EXPECT_DOUBLE_EQ(s.recall, r);
  EXPECT_DOUBLE_EQ(s.precision, p);
  EXPECT_DOUBLE_EQ(s.f, f);
}

TEST(Rouge155, HandWorkedPair) {
  // the cat sat on the mat / the cat was on the mat: 5 of 6 unigrams, 3 of 5
  // bigrams (the cat, on the, the mat), LCS "the cat on the mat" = 5.
  RougeEvaluator ev = make({"-n", "2"});
  ASSERT_EQ(ev.metric_names(), (std::vector<std::string>{"ROUGE-1", "ROUGE-2", "ROUGE-L"}));
  auto s = ev.score_pair("The cat sat on the mat.", {"the cat was on the mat"});
  ASSERT_TRUE(s.ok());
  expect_score(s->scores[0], 0.83333, 0.83333, 0.83333);
  expect_score(s->scores[1], 0.6, 0.6, 0.6);
  expect_score(s->scores[2], 0.83333, 0.83333, 0.83333);
}

TEST(Rouge155, FIsComputedFromRoundedRecallAndPrecision) {
  // R = 3/10 = 0.3, P = 3/11 = 0.27273; F from the rounded values is
  // 0.28572 (from the exact ones it would be 0.28571).
  RougeEvaluator ev = make({"-n", "1", "-x"});
  auto s = ev.score_pair("a b c x x x x x x x x", {"a b c d e f g h i j"});
  ASSERT_TRUE(s.ok());
  expect_score(s->scores[0], 0.3, 0.27273, 0.28572);
}

TEST(Rouge155, NonAsciiBytesSplitWordsAndHyphensSeparate) {
  // "café" is "caf" then a separator; "state-of-the-art" is four words.
  RougeEvaluator ev = make({"-n", "1", "-x"});
  auto s = ev.score_pair("caf\xc3\xa9 state-of-the-art", {"caf state of the art"});
  ASSERT_TRUE(s.ok());
  expect_score(s->scores[0], 1, 1, 1);
}

TEST(Rouge155, StemmingUsesWordNetExceptionsThenPorter) {
  // went -> go (WordNet exception), runs -> run (Porter); words of 3 letters
  // or fewer are never stemmed ("ran" stays "ran", so it misses "run").
  RougeEvaluator plain = make({"-n", "1", "-x"});
  RougeEvaluator stem = make({"-n", "1", "-x", "-m"});
  const std::string sum = "went runs ran";
  const std::vector<std::string> ref = {"go run run"};
  expect_score(plain.score_pair(sum, ref)->scores[0], 0, 0, 0);
  expect_score(stem.score_pair(sum, ref)->scores[0], 0.66667, 0.66667, 0.66667);
}

TEST(Rouge155, ExceptionBaseFormsAreNotStemmedAgain) {
  // A ROUGE-1.5.5 quirk kept on purpose: geese -> "goose" from the table,
  // but "goose" itself goes through Porter to "goos", so they do not match.
  RougeEvaluator stem = make({"-n", "1", "-x", "-m"});
  expect_score(stem.score_pair("geese", {"goose"})->scores[0], 0, 0, 0);
  expect_score(stem.score_pair("geese", {"geese"})->scores[0], 1, 1, 1);
}

TEST(Rouge155, WordLimitTruncatesSummaryAndReferences) {
  // -l 3 keeps "the cat sat" and "the cat was": 2 of 3.
  RougeEvaluator ev = make({"-n", "1", "-x", "-l", "3"});
  auto s = ev.score_pair("the cat sat on the mat", {"the cat was on the mat"});
  expect_score(s->scores[0], 0.66667, 0.66667, 0.66667);
}

TEST(Rouge155, LinesAreTrimmedOfUnicodeSpaceLikePythonStrip) {
  // A no-break-space-only line is blank (dropped), so with -l 2 the words
  // kept are "a b", not the no-break space and "a".
  RougeEvaluator ev = make({"-n", "1", "-x", "-l", "2"});
  expect_score(ev.score_pair("\xc2\xa0\na b c", {"a b"})->scores[0], 1, 1, 1);
}

TEST(Rouge155, AverageAndBestReference) {
  // Against "a b" (2/2) and "c d e f" (0/4): -f A sums 2/6; -f B keeps the
  // reference with the best recall.
  const std::string sum = "a b";
  const std::vector<std::string> refs = {"c d e f", "a b"};
  expect_score(make({"-n", "1", "-x"}).score_pair(sum, refs)->scores[0], 0.33333, 0.5, 0.4);
  expect_score(make({"-n", "1", "-x", "-f", "B"}).score_pair(sum, refs)->scores[0], 1, 1, 1);
}

TEST(Rouge155, SkipBigramWithUnigrams) {
  // "a b c" vs "a c b", -2 4 -u: bigrams ab ac bc vs ac ab cb share ab ac;
  // unigrams (all but the last token) a b vs a c share a: 3 of 5.
  RougeEvaluator ev = make({"-2", "4", "-u", "-x"});
  ASSERT_EQ(ev.metric_names(), std::vector<std::string>{"ROUGE-SU4"});
  expect_score(ev.score_pair("a b c", {"a c b"})->scores[0], 0.6, 0.6, 0.6);
}

TEST(Rouge155, EmptySummaryScoresZero) {
  RougeEvaluator ev = make({"-n", "2", "-w", "1.2"});
  auto s = ev.score_pair("", {"some words here"});
  ASSERT_TRUE(s.ok());
  for (const RougeScore& x : s->scores) expect_score(x, 0, 0, 0);
  EXPECT_FALSE(ev.score_pair("x", {}).ok());
}

TEST(RougeFlags, GetoptStyleAndErrors) {
  auto o = parse_rouge_flags({"-n2", "-ma", "-2", "4", "-u", "-f", "B", "-p", "0.2", "-c", "90", "-r", "50"});
  ASSERT_TRUE(o.ok()) << o.status().message();
  EXPECT_EQ(o->max_ngram, 2);
  EXPECT_TRUE(o->stem);
  EXPECT_TRUE(o->skip_bigrams && o->skip_unigrams);
  EXPECT_EQ(o->skip_distance, 4);
  EXPECT_EQ(o->multi_ref, RougeMultiRef::kBest);
  EXPECT_DOUBLE_EQ(o->alpha, 0.2);
  EXPECT_DOUBLE_EQ(o->confidence, 90);
  EXPECT_EQ(o->resamples, 50u);
  EXPECT_EQ(parse_rouge_flags({"-l", "10", "-b", "20"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(parse_rouge_flags({"-u"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(parse_rouge_flags({"-p", "2"}).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(parse_rouge_flags({"-t", "1"})->counting_unit, 1);
  EXPECT_EQ(parse_rouge_flags({"file.xml"}).status().code(), StatusCode::kInvalidArgument);
  // -z FORMAT names a file list, which only `lede rouge` reads.
  EXPECT_EQ(parse_rouge_flags({"-z", "SPL"}).status().code(), StatusCode::kUnsupported);
  auto cl = parse_rouge_command_line({"-maz", "SEE", "-n", "2"});
  ASSERT_TRUE(cl.ok()) << cl.status().message();
  EXPECT_EQ(cl->file_list_format, "SEE");
  EXPECT_TRUE(cl->all_systems && cl->options.stem);
  EXPECT_EQ(cl->options.max_ngram, 2);
  EXPECT_FALSE(parse_rouge_command_line({"-n", "2"})->all_systems);
  EXPECT_EQ(parse_rouge_flags({"-n"}).status().code(), StatusCode::kInvalidArgument);
  // ROUGE-1.5.5's defaults: no ROUGE-N, ROUGE-L on, 95%, 1000 resamples, alpha 0.5.
  auto d = parse_rouge_flags({});
  EXPECT_EQ(d->max_ngram, 0);
  EXPECT_TRUE(d->lcs);
  EXPECT_DOUBLE_EQ(d->confidence, 95);
  EXPECT_EQ(d->resamples, 1000u);
  EXPECT_DOUBLE_EQ(d->alpha, 0.5);
}

TEST(RougeBootstrap, PerlRandMatchesPerl) {
  // perl -e 'srand(S); print int(rand(1000000)) x4' printed these (Perl 5.36).
  const std::vector<std::pair<std::uint32_t, std::vector<std::size_t>>> perl = {
      {0, {170828, 749901, 96371, 870465}},
      {7, {266444, 682035, 265490, 129110}},
      {123, {279512, 414529, 925175, 129524}}};
  for (const auto& [seed, draws] : perl) {
    eval::PerlRandom rng(seed);
    for (std::size_t d : draws) EXPECT_EQ(rng.below(1000000), d) << "seed " << seed;
  }
}

TEST(RougeBootstrap, AveragesMatchPerlsProcedure) {
  // ROUGE-1.5.5's computeAverages run by Perl 5.36 on these values printed
  // mean, lower and upper 95% bounds: (0, 1) -> 0.50000 0.00000 1.00000;
  // (0.5, 0.25, 0.125, 0.75, 0.33333) -> 0.38971 0.21667 0.58333.
  auto run = [](const std::vector<double>& v) {
    std::vector<std::vector<RougeScore>> s;
    for (double x : v) s.push_back({RougeScore{x, x, x}});
    return eval::bootstrap_averages(s, {"M"}, 1000, 95)[0].recall;
  };
  RougeEstimate a = run({0, 1});
  EXPECT_DOUBLE_EQ(a.mean, 0.5);
  EXPECT_DOUBLE_EQ(a.low, 0);
  EXPECT_DOUBLE_EQ(a.high, 1);
  RougeEstimate b = run({0.5, 0.25, 0.125, 0.75, 0.33333});
  EXPECT_DOUBLE_EQ(b.mean, 0.38971);
  EXPECT_DOUBLE_EQ(b.low, 0.21667);
  EXPECT_DOUBLE_EQ(b.high, 0.58333);
}

TEST(RougeBootstrap, PairsAreOrderedByIdNotByArrivalOrder) {
  RougeEvaluator ev = make({"-n", "1"});
  auto a = *ev.score_pair("a b c", {"a b c"});
  auto b = *ev.score_pair("a", {"b c d"});
  auto c = *ev.score_pair("a b", {"a c d e"});
  const auto x = ev.average({{"1", a}, {"2", b}, {"3", c}});
  const auto y = ev.average({{"3", c}, {"1", a}, {"2", b}});
  EXPECT_EQ(x[0].recall.mean, y[0].recall.mean);
  EXPECT_EQ(x[1].f.low, y[1].f.low);
}

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

TEST(RougeScoreMode, HandWorkedPairAndBestReference) {
  RougeOptions o;
  o.mode = RougeMode::kRougeScore;
  o.max_ngram = 2;
  auto ev = RougeEvaluator::create(o);
  ASSERT_TRUE(ev.ok());
  ASSERT_EQ(ev->metric_names(), (std::vector<std::string>{"rouge1", "rouge2", "rougeL", "rougeLsum"}));
  // No rounding: rouge1 = 5/6 each way; the second reference wins.
  auto s = ev->score_pair("the cat sat on the mat", {"a dog", "the cat was on the mat"});
  ASSERT_TRUE(s.ok());
  EXPECT_DOUBLE_EQ(s->scores[0].recall, 5.0 / 6.0);
  EXPECT_DOUBLE_EQ(s->scores[0].f, 5.0 / 6.0);
  EXPECT_EQ(s->best_reference[0], 1u);
  EXPECT_DOUBLE_EQ(s->scores[1].precision, 3.0 / 5.0);
}

TEST(RougeUnicode, KeepsNonAsciiWordsWhole) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  // With ROUGE-1.5.5's bytes "café" and "cafè" would both be "caf".
  expect_score(ev->score_pair("Caf\xc3\xa9 Stra\xc3\x9f"
                              "e",
                              {"caf\xc3\xa8 stra\xc3\x9f"
                               "e"})
                   ->scores[0],
               0.5, 0.5, 0.5);
}

// Chinese has no spaces: a whole sentence was one token, so a summary
// sharing all but one character with its reference scored 0.
TEST(RougeUnicode, EachHanOrKanaCharacterIsAToken) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  // 计划实施 against 计划推迟: two of four characters shared.
  expect_score(ev->score_pair("计划实施。", {"计划推迟。"})->scores[0], 0.5, 0.5, 0.5);
  // Latin words among them stay whole: "gdp" and 增 shared of three tokens.
  expect_score(ev->score_pair("GDP增长", {"gdp增加"})->scores[0], 0.66667, 0.66667,
               0.66667);  // 5 decimals, as ROUGE-1.5.5
}

// A Thai or Myanmar vowel sign, tone mark or asat was a token of its own, cut
// from its consonant: the bare consonants of "ကင" matched half of
// "ကောင်း", and "ไม่" (not) matched two thirds of "ไม้" (wood).
TEST(RougeUnicode, ThaiAndMyanmarMarksStayWithTheirCharacter) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  const std::string kaung = "\u1000\u1031\u102C\u1004\u103A\u1038";  // ကောင်း, good: one word
  expect_score(ev->score_pair("\u1000\u1004", {kaung})->scores[0], 0, 0, 0);
  expect_score(ev->score_pair(kaung, {kaung})->scores[0], 1.0, 1.0, 1.0);
  // ไม่ and ไม้ are two words, differing in the tone mark only.
  expect_score(ev->score_pair("\u0E44\u0E21\u0E48", {"\u0E44\u0E21\u0E49"})->scores[0], 0, 0, 0);
  // A kana with a combining voicing mark is one token too (か + U+3099).
  expect_score(ev->score_pair("\u304B\u3099", {"\u304B"})->scores[0], 0, 0, 0);
}

// Thai, Lao, Khmer and Myanmar are scored in words, as lede's tokens read
// them: a letter stands for a sound, and letters matched across unrelated
// words; a Lao run was one token, so "the Lao government" and "the Thai
// government" shared nothing. Han and kana stay a character a token.
TEST(RougeUnicode, ThaiLaoKhmerAndMyanmarAreScoredInWords) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  expect_score(ev->score_pair("รัฐบาลประกาศ", {"รัฐบาลยกเลิก"})->scores[0], 0.5, 0.5, 0.5);
  expect_score(ev->score_pair("ລັດຖະບານລາວ", {"ລັດຖະບານໄທ"})->scores[0], 0.5, 0.5, 0.5);
  // Four words against two, both shared: recall 1, precision 0.5.
  expect_score(ev->score_pair("រដ្ឋាភិបាលកម្ពុជាប្រកាស ថ្ងៃនេះ", {"រដ្ឋាភិបាលកម្ពុជា"})->scores[0], 1.0, 0.5, 0.66667);
}

// Full-width Latin and half-width katakana are the same words as their usual
// forms: "ＧＤＰ" meets "gdp", "ｶﾞｽ" meets "ガス".
TEST(RougeUnicode, WidthFormsCountAsTheirUsualForms) {
  auto ev = unicode_unigrams();
  ASSERT_TRUE(ev.ok());
  expect_score(ev->score_pair("\xEF\xBC\xA7\xEF\xBC\xA4\xEF\xBC\xB0 up", {"gdp up"})->scores[0], 1.0, 1.0, 1.0);
  expect_score(ev->score_pair("\xEF\xBD\xB6\xEF\xBE\x9E\xEF\xBD\xBD", {"\xE3\x82\xAC\xE3\x82\xB9"})->scores[0], 1.0,
               1.0, 1.0);
}

// rouge-score's F is F1 whatever -p said: -p 0.3 was taken and ignored.
TEST(RougeOptions, RougeScoreModeRefusesAnotherAlpha) {
  RougeOptions o;
  o.mode = RougeMode::kRougeScore;
  o.max_ngram = 2;
  o.alpha = 0.3;
  auto ev = RougeEvaluator::create(o);
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().message(), "rouge-score mode's F is 2PR / (P + R), alpha 0.5: no other -p");
  o.alpha = 0.5;
  EXPECT_TRUE(RougeEvaluator::create(o).ok());
  o.mode = RougeMode::kRouge155;
  o.alpha = 0.3;
  EXPECT_TRUE(RougeEvaluator::create(o).ok());
}

// -x with no -n, -w or -2 (lcs = false, the rest at its defaults) left no
// metric: every caller printed or returned nothing as if it were a result.
TEST(RougeOptions, NoMetricAtAllIsRefused) {
  RougeOptions o;
  o.lcs = false;
  for (RougeMode mode : {RougeMode::kRouge155, RougeMode::kRougeScore}) {
    o.mode = mode;
    auto ev = RougeEvaluator::create(o);
    ASSERT_FALSE(ev.ok());
    EXPECT_EQ(ev.status().code(), StatusCode::kInvalidArgument);
    EXPECT_EQ(ev.status().message().rfind("nothing to compute: ROUGE-L is off (-x", 0), 0u) << ev.status().message();
  }
  o.mode = RougeMode::kRouge155;
  o.skip_bigrams = true;
  auto skip = RougeEvaluator::create(o);
  ASSERT_TRUE(skip.ok()) << skip.status().message();
  EXPECT_EQ(skip->metric_names(), std::vector<std::string>{"ROUGE-S*"});
  o.skip_bigrams = false;
  o.wlcs_weight = 1.2;
  EXPECT_TRUE(RougeEvaluator::create(o).ok());
  o.wlcs_weight = 0;
  o.max_ngram = 1;
  EXPECT_TRUE(RougeEvaluator::create(o).ok());
  EXPECT_TRUE(RougeEvaluator::create(RougeOptions{}).ok());  // ROUGE-L alone, as ROUGE-1.5.5 without flags
}

// Options set in code, not parsed from flags (which refuse them earlier):
// create() names the field and its flag.
TEST(RougeOptions, OutOfRangeOptionsNameTheirFlag) {
  auto message = [](void (*set)(RougeOptions&)) {
    RougeOptions o;
    o.max_ngram = 2;
    set(o);
    auto ev = RougeEvaluator::create(o);
    EXPECT_FALSE(ev.ok());
    if (ev.ok()) return std::string();
    EXPECT_EQ(ev.status().code(), StatusCode::kInvalidArgument);
    return ev.status().message();
  };
  EXPECT_EQ(message([](RougeOptions& o) { o.max_ngram = 65; }), "max_ngram must be within 0..64");
  EXPECT_EQ(message([](RougeOptions& o) {
              o.word_limit = 100;
              o.byte_limit = 665;
            }),
            "word_limit (-l) and byte_limit (-b) cannot both be set");
  EXPECT_EQ(message([](RougeOptions& o) { o.alpha = 1.5; }), "alpha (-p) must be within 0 and 1");
  EXPECT_EQ(message([](RougeOptions& o) { o.confidence = 101; }), "confidence (-c) must be within 0 and 100");
  EXPECT_EQ(message([](RougeOptions& o) { o.wlcs_weight = -1; }), "ROUGE-W weight (-w) must be > 0");
  EXPECT_EQ(message([](RougeOptions& o) { o.skip_unigrams = true; }),
            "skip_unigrams (-u) and skip_both (-U) need skip_bigrams (-2)");
  EXPECT_EQ(message([](RougeOptions& o) { o.counting_unit = 3; }), "counting_unit (-t) must be 0, 1 or 2");
}

// rouge-score mode on sentences given as lines: the lines joined by line
// breaks, as rougeLsum reads them, score as the joined text does.
TEST(RougeScoreMode, LinesScoreAsTheirJoinedText) {
  RougeOptions o;
  o.mode = RougeMode::kRougeScore;
  o.max_ngram = 2;
  auto ev = RougeEvaluator::create(o);
  ASSERT_TRUE(ev.ok());
  const std::vector<std::string> summary = {"the cat sat on the mat", "it purred"};
  const std::vector<std::vector<std::string>> refs = {{"a dog barked"}, {"the cat was on the mat", "it slept"}};
  auto lines = ev->score_pair_lines(summary, refs);
  auto joined =
      ev->score_pair("the cat sat on the mat\nit purred\n", {"a dog barked\n", "the cat was on the mat\nit slept\n"});
  ASSERT_TRUE(lines.ok() && joined.ok());
  ASSERT_EQ(lines->scores.size(), 4u);
  for (std::size_t m = 0; m < lines->scores.size(); ++m) {
    EXPECT_DOUBLE_EQ(lines->scores[m].f, joined->scores[m].f) << m;
    EXPECT_EQ(lines->best_reference[m], joined->best_reference[m]) << m;
  }
  // rougeLsum: LCS per sentence pair, unioned: "the cat on the mat" + "it".
  EXPECT_DOUBLE_EQ(lines->scores[3].recall, 6.0 / 8.0);
  EXPECT_EQ(lines->best_reference[3], 1u);
}

TEST(RougeOptions, ResamplesOverTheFlagLimitAreRefusedNotAllocated) {
  // -r caps at 1000000; options set field by field (the Python keywords) must
  // too, else a huge count is std::bad_alloc thrown out of the library.
  RougeOptions o;
  o.resamples = 1000000000000u;
  auto ev = RougeEvaluator::create(o);
  ASSERT_FALSE(ev.ok());
  EXPECT_EQ(ev.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(ev.status().message(), "resamples (-r) must be within 1..1000000");
  o.resamples = 1000000;
  EXPECT_TRUE(RougeEvaluator::create(o).ok());
}

}  // namespace
}  // namespace lede
