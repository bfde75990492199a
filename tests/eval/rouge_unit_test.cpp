// Small, hand-checked cases for a fresh clone (no ../shared): scores worked
// out on paper, flags and options refused with their names. Perl's generator
// and bootstrap are in rouge_bootstrap_test.cpp, the stemmers in
// porter_test.cpp, Unicode tokens in rouge_unicode_test.cpp.
#include <gtest/gtest.h>

#include "eval/rouge_test_helpers.h"
#include "lede/rouge.h"

namespace lede {
namespace {

using rouge_test::expect_score;
using rouge_test::make;

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
