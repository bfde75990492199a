// The method registry: every summarization method is a named pair of a
// scorer and a selector. The CLI, service and Python package look methods up
// here and never branch on names.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "score/scorer.h"
#include "select/selector.h"

namespace lede {

struct MethodSpec {
  std::string name;
  std::string description;  // one line, citing the paper
  bool multi_document = true;
  bool reads_model = false;  // its scorer reads SummarizeOptions::model
  std::function<std::unique_ptr<Scorer>()> make_scorer;
  // Selector used with this method; nullptr uses make_default_selector().
  std::function<std::unique_ptr<Selector>()> make_selector;
};

// All methods, sorted by name.
const std::vector<MethodSpec>& method_registry();
const MethodSpec* find_method(std::string_view name);

// Greedy selection in score order within the budget, skipping near-duplicates
// of sentences already chosen.
std::unique_ptr<Selector> make_default_selector();

// Each method file defines one of these; registry.cpp lists them.
MethodSpec lead_method();
MethodSpec learned_method();  // src/learn/learned_method.cpp
MethodSpec textrank_method();
MethodSpec lexrank_method();
MethodSpec centroid_method();
MethodSpec luhn_method();
MethodSpec lsa_method();
MethodSpec sumbasic_method();
MethodSpec klsum_method();
MethodSpec mmr_method();
MethodSpec submodular_method();
MethodSpec ilp_method();

}  // namespace lede
