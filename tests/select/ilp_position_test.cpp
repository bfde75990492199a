// The ilp selector's lead region (IlpOptions::max_position).
#include <gtest/gtest.h>

#include <string>

#include "lede/text.h"
#include "represent/representation.h"
#include "select/budget.h"
#include "select/ilp.h"
#include "select/selector.h"

namespace lede {
namespace {

// Three different reports of 16 sentences: every sentence is about something
// of its own, except that the first two (short) and the 14th (long) sentence
// of all three are the same.
Representation two_reports() {
  const char* words[] = {"alpha", "bravo", "cedar",  "delta", "ember", "fjord", "grove",
                         "heron", "iris",  "jasper", "kelp",  "lotus", "maple", "nectar"};
  Cluster c;
  for (int d = 0; d < 3; ++d) {
    std::string text = "Storm winds closed the bridge on Friday. Engineers will inspect the damaged towers next week. ";
    for (int s = 0; s < 11; ++s) {
      const std::string w = std::string(words[s]) + std::to_string(d);
      if (d == 0) text += "The " + w + " council met " + w + " farmers near the " + w + " river " + w + " today. ";
      if (d == 1)
        text += "Yesterday " + w + " pilots flew over " + w + " hills and " + w + " lakes in " + w + " weather. ";
      if (d == 2)
        text += "Many " + w + " students read " + w + " books about " + w + " stars during " + w + " summer. ";
    }
    text +=
        "The golden eagle returned to the northern cliffs above the harbor after ten long years of careful protection "
        "by rangers. ";
    // Closing lines of each report's own: a repeated last line would be a
    // source's boilerplate (represent/boilerplate.h).
    text += "Report " + std::to_string(d) + " ends with a note of its own. Its author thanks " + std::to_string(d + 7) +
            " readers.";
    Document doc;
    doc.text = text;
    EXPECT_TRUE(analyze(doc, AnalyzeOptions{}).ok());
    c.documents.push_back(doc);
  }
  return represent(c);
}

std::vector<std::size_t> select_with(const Representation& rep, std::size_t max_position, std::size_t limit) {
  IlpOptions o;
  o.max_position = max_position;
  o.min_count = 2;
  const std::vector<double> scores(rep.size(), 1.0);
  const ResolvedBudget b{BudgetKind::kWords, limit, false};
  return make_ilp_selector(o)->select(SelectionInput{rep, scores, b}).chosen;
}

TEST(IlpSelector, ChoosesOnlyFromTheLeadRegionOfEachDocument) {
  const Representation rep = two_reports();
  ASSERT_EQ(rep.size(), 48u);
  auto late = [&](const std::vector<std::size_t>& chosen) {
    for (std::size_t i : chosen)
      if (rep.sentences[i].index >= 12) return true;
    return false;
  };
  // Without the limit the repeated last sentence is worth the most.
  EXPECT_TRUE(late(select_with(rep, 0, 20)));
  const std::vector<std::size_t> lead = select_with(rep, 12, 20);
  ASSERT_FALSE(lead.empty());

  EXPECT_FALSE(late(lead));
}

TEST(IlpSelector, LeadRegionIsDroppedWhenTooShortForTheBudget) {
  const Representation rep = two_reports();
  // 3 x 12 lead sentences of 12-13 words hold ~450 words: less than twice 300.
  EXPECT_TRUE([&] {
    for (std::size_t i : select_with(rep, 12, 300))
      if (rep.sentences[i].index >= 12) return true;
    return false;
  }());
}

}  // namespace
}  // namespace lede
