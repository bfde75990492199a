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

}  // namespace lede::testing
