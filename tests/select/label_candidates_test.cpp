// No method chooses a sentence that opens with a label and a colon: a
// speaker's turn in a transcript ("HOST: So what went wrong?"), a team sheet
// or a line of a list. A story's first sentence may open with a dateline
// that way and stays a candidate; the rule gives way when nothing else is
// left.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "represent/headings.h"
#include "represent/representation.h"
#include "select/candidates.h"
#include "support/clusters.h"

namespace lede {
namespace {

// The labelled turns repeat the story's words most, so the scorers like
// them best.
const char* kInterview =
    "The harbour town reopened its ferry port on Monday after the storm.\n\n"
    "HOST: So what did the storm do to the harbour town and the ferry port?\n\n"
    "Jane Ward: The storm sank the ferry boats in the harbour of the town.\n\n"
    "Ward said the port had been closed for a week.\n\n"
    "HOST: And when will the ferry port of the harbour town be busy again?\n\n"
    "Crews cleared the roads on Tuesday.\n";

bool chosen_has_label(const Summary& s) {
  for (const SummarySentence& x : s.sentences)
    if (x.text.starts_with("HOST:") || x.text.starts_with("Jane Ward:")) return true;
  return false;
}

TEST(LabelCandidates, NoMethodChoosesASpeakersTurn) {
  const auto summaries =
      testing::summaries_by_every_method(testing::analyzed_cluster({kInterview}), Budget::sentences(3));
  EXPECT_EQ(summaries.size(), methods().size());
  for (const auto& [method, s] : summaries) {
    EXPECT_FALSE(s.sentences.empty()) << method;
    EXPECT_FALSE(chosen_has_label(s)) << method;
  }
}

TEST(LabelCandidates, TheFlagNeedsCapitalizedWordsBeforeTheColon) {
  Cluster c =
      testing::analyzed_cluster({"NEW DELHI: The government cut fuel taxes on Monday.\n\n"
                                 "Replacements: A Hart (Bath), B Stone (Sale).\n\n"
                                 "Elle.com: Seven ways to grow out a fringe.\n\n"
                                 "The minister said: the tax will fall.\n\n"
                                 "\"Star Wars: The Force Awakens\" opened on Friday.\n\n"
                                 "Two Dozen Very Tired Fans: they waited all night.\n\n"
                                 "Officials: none.\n\n"
                                 "Alaska's Coastal Bears: Kodiak photo tour, from June.\n"});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.labelled.size(), 8u);
  EXPECT_FALSE(rep.labelled[0]);  // the story's first sentence: a dateline
  EXPECT_TRUE(rep.labelled[1]);
  EXPECT_TRUE(rep.labelled[2]);
  EXPECT_FALSE(rep.labelled[3]);  // "said" is no label word
  EXPECT_FALSE(rep.labelled[4]);  // a quoted title
  EXPECT_FALSE(rep.labelled[5]);  // five words
  EXPECT_TRUE(rep.labelled[6]);
  EXPECT_TRUE(rep.labelled[7]);  // an apostrophe inside a label word
  const Sentence& first = c.documents[0].sentences[0];
  EXPECT_TRUE(opens_with_label(first));  // the caller, not the rule, spares it
}

TEST(LabelCandidates, TheRuleGivesWayWhenNothingElseIsLeft) {
  Cluster c =
      testing::analyzed_cluster({"The ferry port reopened on Monday after the storm.\n\n"
                                 "HOST: What did the storm do to the port?\n\n"
                                 "WARD: It sank the ferry boats.\n"});
  Representation rep = represent(c);
  EXPECT_EQ(candidates(rep, {}), (std::vector<std::size_t>{0}));
  rep.metadata[0] = true;
  EXPECT_EQ(candidates(rep, {}), (std::vector<std::size_t>{1, 2}));
}

}  // namespace
}  // namespace lede
