// No method chooses a sentence that ends on a colon ("Here are five things
// to know:"): alone it introduces a list or a quotation the summary does not
// hold. The rule gives way when nothing else is left.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/candidates.h"
#include "support/clusters.h"

namespace lede {
namespace {

// Every sentence but the colon ones repeats little of the story's words, so
// the colon sentences are what the scorers like best.
const char* kStory =
    "The storm flattened the harbour town on Monday.\n\n"
    "Here is what the storm did to the harbour town and its harbour:\n\n"
    "It sank forty boats in the harbour of the town.\n\n"
    "It cut the power to the harbour town for two days.\n\n"
    "The mayor of the harbour town told reporters after the storm:\n\n"
    "\"We will rebuild the harbour town.\"\n\n"
    "Crews cleared the roads on Tuesday.\n";

bool chosen_ends_on_colon(const Summary& s) {
  for (const SummarySentence& x : s.sentences) {
    std::string t = x.text;
    while (!t.empty() && (t.back() == ' ' || t.back() == '"')) t.pop_back();
    if (!t.empty() && t.back() == ':') return true;
  }
  return false;
}

TEST(ColonCandidates, NoMethodChoosesASentenceEndingOnAColon) {
  const auto summaries = testing::summaries_by_every_method(testing::analyzed_cluster({kStory}), Budget::sentences(3));
  EXPECT_EQ(summaries.size(), methods().size());
  for (const auto& [method, s] : summaries) {
    EXPECT_FALSE(s.sentences.empty()) << method;
    EXPECT_FALSE(chosen_ends_on_colon(s)) << method;
  }
}

TEST(ColonCandidates, TheFlagReadsTheLastMarkBeforeClosers) {
  Cluster c =
      testing::analyzed_cluster({"The statement read:\n\n"
                                 "Police said: \"Go home.\"\n\n"
                                 "The winners (in full):\n\n"
                                 "The list (with the prizes: \n\n"
                                 "No colon here.\n"});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 5u);
  ASSERT_EQ(rep.introduces.size(), 5u);
  EXPECT_TRUE(rep.introduces[0]);
  EXPECT_FALSE(rep.introduces[1]);  // the colon is inside; a full stop ends it
  EXPECT_TRUE(rep.introduces[2]);
  EXPECT_TRUE(rep.introduces[3]);  // spaces after the colon
  EXPECT_FALSE(rep.introduces[4]);
  // The full-width colon of Chinese and Japanese text.
  Cluster zh = testing::analyzed_cluster({"\xE5\xBD\xBC\xE8\xAF\xB4\xEF\xBC\x9A"});
  const Representation zrep = represent(zh);
  ASSERT_EQ(zrep.size(), 1u);
  EXPECT_TRUE(zrep.introduces[0]);
}

TEST(ColonCandidates, OnlyColonSentencesLeftFallBackToThem) {
  SummarizeOptions o;
  o.method = "learned";
  o.budget = Budget::sentences(2);
  auto s = Summarizer().summarize(
      testing::analyzed_cluster({"The council published its list of the new rules for the harbour:\n\n"
                                 "The mayor added the following words about the storm and the town:\n"}),
      o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->sentences.size(), 2u);
}

}  // namespace
}  // namespace lede
