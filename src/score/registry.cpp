#include "score/registry.h"

#include <algorithm>

namespace lede {

const std::vector<MethodSpec>& method_registry() {
  static const std::vector<MethodSpec> methods = [] {
    std::vector<MethodSpec> v = {
        lead_method(), learned_method(),  textrank_method(), lexrank_method(), centroid_method(),   luhn_method(),
        lsa_method(),  sumbasic_method(), klsum_method(),    mmr_method(),     submodular_method(), ilp_method(),
    };
    std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return v;
  }();
  return methods;
}

const MethodSpec* find_method(std::string_view name) {
  for (const auto& m : method_registry())
    if (m.name == name) return &m;
  return nullptr;
}

}  // namespace lede
