// Summarizer::validate: unknown methods and languages, and budgets out of
// range or not whole, refused with messages that give the value refused.
#include <gtest/gtest.h>

#include <cmath>
#include <string>

#include "lede/summarize.h"

namespace lede {
namespace {

TEST(Summarizer, RejectsUnknownMethodAndBadBudgets) {
  SummarizeOptions o;
  o.method = "no-such-method";
  Status st = Summarizer::validate(o);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(st.message().find("no-such-method"), std::string::npos);
  o.method = "lead";
  o.budget = Budget::ratio(1.5);
  EXPECT_EQ(Summarizer::validate(o).code(), StatusCode::kInvalidArgument);
  o.budget = Budget::sentences(0);
  EXPECT_EQ(Summarizer::validate(o).code(), StatusCode::kInvalidArgument);
  o.budget = {};
  o.language = "zz";
  EXPECT_EQ(Summarizer::validate(o).code(), StatusCode::kInvalidArgument);
}

TEST(Summarizer, BudgetOverTheLimitSaysTheLimitAndTheValue) {
  SummarizeOptions o;
  o.budget = Budget::words(99999999999u);
  Status st = Summarizer::validate(o);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message(), "words budget must be a whole number from 1 to 1000000000, not 99999999999");
  o.budget = Budget::sentences(1000000000u);
  EXPECT_TRUE(Summarizer::validate(o).ok());
}

// Budget::value is a double so that callers holding a JSON or Python number
// pass it as it is; a fraction of a sentence passed as a whole number.
TEST(Summarizer, BudgetMustBeAWholeNumber) {
  SummarizeOptions o;
  o.budget = {BudgetKind::kSentences, 3.5};
  Status st = Summarizer::validate(o);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(st.message(), "sentences budget must be a whole number from 1 to 1000000000, not 3.5");
  o.budget = {BudgetKind::kBytes, std::nan("")};
  EXPECT_EQ(Summarizer::validate(o).message(), "bytes budget must be a whole number from 1 to 1000000000, not nan");
  o.budget = {BudgetKind::kWords, 100.0};
  EXPECT_TRUE(Summarizer::validate(o).ok());
}

// The value was printed to 15 digits, so a number just off a whole one was
// refused as "not 3", and one just over the limit as "not 1000000000".
TEST(Summarizer, BudgetErrorPrintsTheValueItRefused) {
  SummarizeOptions o;
  o.budget = {BudgetKind::kSentences, 3.0000000000000004};
  EXPECT_EQ(Summarizer::validate(o).message(),
            "sentences budget must be a whole number from 1 to 1000000000, not 3.0000000000000004");
  o.budget = {BudgetKind::kWords, 1000000000.0000001};
  EXPECT_EQ(Summarizer::validate(o).message(),
            "words budget must be a whole number from 1 to 1000000000, not 1000000000.0000001");
}

}  // namespace
}  // namespace lede
