// Helpers shared by the hand-checked ROUGE tests (rouge_unit_test.cpp and
// the files split from it).
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "lede/rouge.h"

namespace lede::rouge_test {

// An evaluator from ROUGE-1.5.5 flags that must parse.
inline RougeEvaluator make(const std::vector<std::string>& flags) {
  auto o = parse_rouge_flags(flags);
  EXPECT_TRUE(o.ok()) << o.status().message();
  auto ev = RougeEvaluator::create(*o);
  EXPECT_TRUE(ev.ok()) << ev.status().message();
  return std::move(*ev);
}

inline void expect_score(const RougeScore& s, double r, double p, double f) {
  EXPECT_DOUBLE_EQ(s.recall, r);
  EXPECT_DOUBLE_EQ(s.precision, p);
  EXPECT_DOUBLE_EQ(s.f, f);
}

}  // namespace lede::rouge_test
