// The render stage alone (render/summary.h): order, scores and spans,
// list markers, and the sentence cut at a truncating budget, on stories
// written for these tests.
#include "render/summary.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/clusters.h"

namespace lede {
namespace {

struct Rendered {
  Cluster cluster;
  Summary summary;
};

Rendered rendered(const std::vector<std::string>& texts, const std::vector<std::size_t>& chosen, Order order,
                  ResolvedBudget budget = {}) {
  Rendered r{testing::analyzed_cluster(texts), {}};
  const Representation rep = represent(r.cluster);
  std::vector<double> scores(rep.size());
  for (std::size_t i = 0; i < scores.size(); ++i) scores[i] = 0.5 + static_cast<double>(i);
  render_summary(r.cluster, rep, budget, "en", Selection{chosen}, scores, order, r.summary);
  return r;
}

const char* kStory =
    "The council closed the old bridge on Monday. Engineers had warned for years that its steel was failing. "
    "Buses will take a longer route through the north of the city.";

TEST(RenderSummary, DocumentOrderOrTheSelectorsOrderWithScoresAndSpans) {
  const Rendered doc_order = rendered({kStory}, {2, 0}, Order::kDocument);
  ASSERT_EQ(doc_order.summary.sentences.size(), 2u);
  EXPECT_EQ(doc_order.summary.sentences[0].index, 0u);
  EXPECT_EQ(doc_order.summary.sentences[1].index, 2u);
  EXPECT_EQ(doc_order.summary.sentences[1].score, 2.5);
  const Rendered rank = rendered({kStory}, {2, 0}, Order::kRank);
  ASSERT_EQ(rank.summary.sentences.size(), 2u);
  EXPECT_EQ(rank.summary.sentences[0].index, 2u);
  for (const SummarySentence& s : rank.summary.sentences)
    EXPECT_EQ(std::string(kStory).substr(s.start, s.end - s.start), s.text);
}

TEST(RenderSummary, AListItemIsShownWithoutItsMarker) {
  const std::string text = "The plan has three parts:\n\n\xE2\x80\xA2 A new bridge opens in 2028.\n";
  const Rendered r = rendered({text}, {1}, Order::kDocument);
  ASSERT_EQ(r.summary.sentences.size(), 1u);
  const SummarySentence& s = r.summary.sentences[0];
  EXPECT_EQ(s.text, "A new bridge opens in 2028.");
  EXPECT_EQ(text.substr(s.start, s.end - s.start), s.text);
}

TEST(RenderSummary, TheSentenceOverTheBudgetIsCutAndComesLast) {
  // The selector chose the twelve-word last sentence, then the first one,
  // which overflows: it is cut to the two words left of fourteen and comes
  // last, though it comes first in the document.
  ResolvedBudget budget;
  budget.kind = BudgetKind::kWords;
  budget.limit = 14;
  budget.truncate = true;
  const Rendered r = rendered({kStory}, {2, 0}, Order::kDocument, budget);
  ASSERT_EQ(r.summary.sentences.size(), 2u);
  EXPECT_EQ(r.summary.sentences[0].index, 2u);
  EXPECT_EQ(r.summary.sentences[1].index, 0u);
  EXPECT_EQ(r.summary.sentences[1].text, "The council");
  // Its span is the whole sentence's.
  const SummarySentence& cut = r.summary.sentences[1];
  EXPECT_EQ(std::string(kStory).substr(cut.start, cut.end - cut.start), "The council closed the old bridge on Monday.");
  // With no word left, the cut sentence is left out.
  budget.limit = 12;
  const Rendered none = rendered({kStory}, {2, 0}, Order::kDocument, budget);
  ASSERT_EQ(none.summary.sentences.size(), 1u);
  EXPECT_EQ(none.summary.sentences[0].index, 2u);
}

}  // namespace
}  // namespace lede
