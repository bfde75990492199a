#include "support/clusters.h"

#include <gtest/gtest.h>

#include "lede/text.h"

namespace lede::testing {

Cluster analyzed_cluster(const std::vector<std::string>& texts) {
  Cluster c;
  for (const auto& t : texts) {
    Document d;
    d.text = t;
    EXPECT_TRUE(analyze(d, AnalyzeOptions{}).ok()) << t.substr(0, 60);
    c.documents.push_back(std::move(d));
  }
  return c;
}

std::vector<std::pair<std::string, Summary>> summaries_by_every_method(const Cluster& cluster, Budget budget) {
  std::vector<std::pair<std::string, Summary>> out;
  for (const MethodInfo& m : methods()) {
    SummarizeOptions o;
    o.method = m.name;
    o.budget = budget;
    auto s = Summarizer().summarize(cluster, o);
    EXPECT_TRUE(s.ok()) << m.name << ": " << s.status().message();
    if (s.ok()) out.emplace_back(m.name, std::move(*s));
  }
  return out;
}

}  // namespace lede::testing
