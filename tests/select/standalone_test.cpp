// SummarizeOptions::standalone: no chosen sentence leans on an unchosen one
// before it ("But ...", "He said ...", "This was ...").
#include "select/standalone.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "lede/text.h"
#include "represent/representation.h"
#include "support/clusters.h"
#include "support/stories.h"

namespace lede {
namespace {

Sentence first_sentence(const std::string& text, const std::string& language) {
  Document d;
  d.text = text;
  AnalyzeOptions o;
  o.language = language;
  EXPECT_TRUE(analyze(d, o).ok()) << text;
  EXPECT_FALSE(d.sentences.empty()) << text;
  return d.sentences.empty() ? Sentence{} : d.sentences[0];
}

TEST(Standalone, EnglishOpenersThatLeanBack) {
  for (const char* text : {"But the plan failed.",
                           "However, the vote was close.",
                           "For example, three towns flooded.",
                           "In addition, the port will close.",
                           "On the other hand, prices fell.",
                           "He said the plan was good.",
                           "Their house was spared.",
                           "It was the worst storm in years.",
                           "It's a rare appearance for the mayor.",
                           "It\u2019s a rare appearance for the mayor.",
                           "This was the third attempt.",
                           "That means the bridge will close.",
                           "These are the facts.",
                           "That's what the mayor said.",
                           "Still, the council voted.",
                           "\u201cBut we will return.\u201d",
                           "(He declined to comment.)",
                           "Meanwhile, rain fell on the town.",
                           "What\u2019s more, the port will close.",
                           "And the rain went on."})
    EXPECT_TRUE(leans_back(first_sentence(text, "en"), "en")) << text;
}

TEST(Standalone, EnglishOpenersThatStandAlone) {
  for (const char* text :
       {"The mayor said the plan failed.", "Still images were shown to the court.", "This week the council met.",
        "That night the river rose.", "Those who stayed were rescued.", "Butter prices rose.", "Heat waves hit Europe.",
        "Italy's economy grew.", "Theirs was a long trip.", "Forecasters expect rain.", "Then-President Bush said no.",
        "The former minister resigned.", "Also-rans filled the field."})
    EXPECT_FALSE(leans_back(first_sentence(text, "en"), "en")) << text;
}

TEST(Standalone, OtherLanguagesHaveTheirOwnLists) {
  EXPECT_TRUE(leans_back(first_sentence("Aber die Stadt stimmte zu.", "de"), "de"));
  EXPECT_TRUE(leans_back(first_sentence("Er sagte nichts dazu.", "de"), "de"));
  EXPECT_TRUE(leans_back(first_sentence("Das war ein Fehler.", "de"), "de"));
  EXPECT_FALSE(leans_back(first_sentence("Es gibt keine Lösung.", "de"), "de"));
  EXPECT_FALSE(leans_back(first_sentence("Das Haus brannte nieder.", "de"), "de"));
  EXPECT_TRUE(leans_back(first_sentence("Cependant, le maire a refusé.", "fr"), "fr"));
  EXPECT_TRUE(leans_back(first_sentence("Elle a refusé de répondre.", "fr"), "fr"));
  EXPECT_TRUE(leans_back(first_sentence("Par exemple, trois villes ont voté.", "fr"), "fr"));
  EXPECT_FALSE(leans_back(first_sentence("Il y a deux ans, la ville a voté.", "fr"), "fr"));
  EXPECT_FALSE(leans_back(first_sentence("Le maire a refusé.", "fr"), "fr"));
  EXPECT_TRUE(leans_back(first_sentence("Sin embargo, el alcalde se negó.", "es"), "es"));
  EXPECT_TRUE(leans_back(first_sentence("Ella no quiso hablar.", "es"), "es"));
  EXPECT_FALSE(leans_back(first_sentence("El alcalde se negó.", "es"), "es"));
  // No list: nothing leans back (the lists say which languages are covered).
  EXPECT_FALSE(leans_back(first_sentence("Ma il sindaco ha rifiutato.", "it"), "it"));
  EXPECT_FALSE(leans_back(first_sentence("But the plan failed.", "it"), "it"));
}

// Sentence 2 leans on 1; sentence 0 is a document's first and 3 does not lean.
TEST(Standalone, DanglingNeedsAnUnchosenPredecessor) {
  const Cluster c = testing::analyzed_cluster(
      {"But a first sentence has nothing before it.\n\nThe council met on Monday.\n\nBut the vote was close.\n\n"
       "Officials counted the ballots twice.\n"});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 4u);
  EXPECT_EQ(dangling(c, rep, Selection{{2}}, "en"), std::vector<std::size_t>{2});
  EXPECT_EQ(dangling(c, rep, Selection{{3, 2, 0}}, "en"), std::vector<std::size_t>{2});
  EXPECT_TRUE(dangling(c, rep, Selection{{2, 1}}, "en").empty());
  EXPECT_TRUE(dangling(c, rep, Selection{{0, 3}}, "en").empty());
}

// The bar covers every sentence that leans on one the selection lacks, not
// the chosen ones alone, and stays for later rounds.
TEST(Standalone, BarLeaningBarsEverySentenceLeaningOnAnUnchosenOne) {
  const Cluster c = testing::analyzed_cluster(
      {"But a first sentence has nothing before it.\n\nThe council met on Monday.\n\nBut the vote was close.\n\n"
       "Officials counted the ballots twice.\n\nHe said the count was fair.\n"});
  Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 5u);
  EXPECT_TRUE(bar_leaning(c, rep, Selection{{1}}, "en"));
  EXPECT_EQ(rep.barred, (std::vector<bool>{false, false, false, false, true}));  // 2 has 1 chosen before it
  EXPECT_TRUE(bar_leaning(c, rep, Selection{{3}}, "en"));
  EXPECT_EQ(rep.barred, (std::vector<bool>{false, false, true, false, true}));  // 4 stays barred
}

// A list item after a colon leans on the sentence that opens the list, not
// on the item before it; items of a list without one stand alone.
TEST(Standalone, ListItemsLeanOnTheirIntroduction) {
  const Cluster c =
      testing::analyzed_cluster({"The council approved the transit plan on Tuesday.\n\nThe plan includes:\n"
                                 "\u2022 A new bus line along Main Street.\n\u2022 Free fares for riders under 18.\n\n"
                                 "Key dates\n\n\u2022 The first buses run in 2028.\n"});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 6u);
  EXPECT_EQ(dangling(c, rep, Selection{{0, 2, 3}}, "en"), (std::vector<std::size_t>{2, 3}));
  EXPECT_TRUE(dangling(c, rep, Selection{{1, 3}}, "en").empty());
  EXPECT_TRUE(dangling(c, rep, Selection{{0, 5}}, "en").empty());
  Representation barred = represent(c);
  EXPECT_TRUE(bar_leaning(c, barred, Selection{{0}}, "en"));
  EXPECT_EQ(barred.barred, (std::vector<bool>{false, false, true, true, false, false}));
}

// An item of a list without an introduction is read after its marker: "2.
// She's ..." leans on the item before it (its first word was taken to be
// "2", and cnn7k's standalone summaries kept two such items).
TEST(Standalone, AListItemIsReadAfterItsMarker) {
  const Cluster c = testing::analyzed_cluster(
      {"The company hired three designers in 2005.\n\n1. Anna Lee leads the search team.\n\n"
       "2. She's responsible for the clean look of the home page.\n\n3. Tom Hall designs the maps.\n"});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 4u);
  EXPECT_EQ(dangling(c, rep, Selection{{0, 2}}, "en"), std::vector<std::size_t>{2});
  EXPECT_TRUE(dangling(c, rep, Selection{{1, 2}}, "en").empty());
  EXPECT_TRUE(dangling(c, rep, Selection{{0, 3}}, "en").empty());  // "3. Tom Hall ..." stands alone
}

using testing::kBridgeStory;

std::size_t dangling_in(const Cluster& c, const Summary& s) {
  Selection sel;
  std::vector<std::size_t> flat_of_index = {0, 1, 2, 3, 4, 5};  // one document: flat id == index
  for (const SummarySentence& x : s.sentences) sel.chosen.push_back(flat_of_index[x.index]);
  return dangling(c, represent(c), sel, "en").size();
}

TEST(Standalone, EveryMethodLeavesNothingDangling) {
  const Cluster c = testing::analyzed_cluster({kBridgeStory});
  ASSERT_EQ(c.documents[0].sentences.size(), 6u);
  const Summarizer summarizer;
  std::size_t dangled_before = 0;
  for (const MethodInfo& m : methods()) {
    SummarizeOptions o;
    o.method = m.name;
    o.budget = Budget::sentences(2);
    Result<Summary> plain = summarizer.summarize(c, o);
    ASSERT_TRUE(plain.ok()) << m.name;
    dangled_before += dangling_in(c, *plain);
    o.standalone = true;
    Result<Summary> s = summarizer.summarize(c, o);
    ASSERT_TRUE(s.ok()) << m.name;
    EXPECT_EQ(s->sentences.size(), 2u) << m.name;
    EXPECT_EQ(dangling_in(c, *s), 0u) << m.name;
  }
  // Without the option the story's central sentences are chosen, dangling.
  EXPECT_GT(dangled_before, 0u);
}

TEST(Standalone, GivesWayWhenEverySentenceLeansBack) {
  const Cluster c = testing::analyzed_cluster(
      {"The vote came first.\n\nBut the council met.\n\nBut the vote was close.\n\nBut officials counted twice.\n"});
  SummarizeOptions o;
  o.standalone = true;
  o.budget = Budget::sentences(3);
  Result<Summary> s = Summarizer().summarize(c, o);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s->sentences.size(), 3u);
}

TEST(Standalone, ClustersToo) {
  const Cluster c =
      testing::analyzed_cluster({kBridgeStory,
                                 "The harbour bridge vote came after months of debate in the town.\n\n"
                                 "It was the third vote on the new harbour bridge over the river this year.\n"});
  SummarizeOptions o;
  o.standalone = true;
  o.budget = Budget::words(60);
  Result<Summary> s = Summarizer().summarize(c, o);
  ASSERT_TRUE(s.ok());
  ASSERT_FALSE(s->sentences.empty());
  const Representation rep = represent(c);
  Selection sel;
  for (const SummarySentence& x : s->sentences)
    for (std::size_t i = 0; i < rep.size(); ++i)
      if (rep.sentences[i].document == x.document && rep.sentences[i].index == x.index) sel.chosen.push_back(i);
  EXPECT_TRUE(dangling(c, rep, sel, "en").empty());
}

}  // namespace
}  // namespace lede
