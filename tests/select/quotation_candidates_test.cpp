// No method chooses a sentence that starts inside a quotation (it would show
// a closing mark without its opening one) or one that opens a quotation it
// leaves open (an opening mark that never closes), unless nothing else is
// left.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "represent/representation.h"
#include "select/candidates.h"
#include "support/clusters.h"

namespace lede {
namespace {

struct Story {
  std::string language, text;
  std::vector<std::string> inside;  // sentences starting or ending inside a quotation
};

// Short stories whose quoted passages repeat the story's topic words, so
// every scorer finds the sentences inside them attractive.
std::vector<Story> stories() {
  return {
      {"en",
       "\"We will rebuild the harbour town after the storm, every single house of it. The harbour town will take "
       "many years to rebuild after the storm,\" the mayor said on Monday evening. The storm flattened the harbour "
       "town and its old fishing port on Monday morning.\n\n"
       "She added: \xE2\x80\x9CThe storm hurt nobody in the harbour town, which is a small miracle. The harbour "
       "town was lucky that the storm came by day.\xE2\x80\x9D Crews cleared the harbour roads of fallen trees "
       "and boats on Tuesday. The fishing port of the town reopens for boats next week, officials said.",
       {"\"We will rebuild the harbour town after the storm, every single house of it.",
        "She added: \xE2\x80\x9CThe storm hurt nobody in the harbour town, which is a small miracle.",
        "The harbour town will take many years to rebuild after the storm,\" the mayor said on Monday evening.",
        "The harbour town was lucky that the storm came by day.\xE2\x80\x9D"}},
      {"fr",
       "\xC2\xAB Nous allons reconstruire la ville apr\xC3\xA8s la temp\xC3\xAA"
       "te, chaque maison de la ville. La "
       "ville prendra des ann\xC3\xA9"
       "es enti\xC3\xA8res \xC3\xA0 reconstruire apr\xC3\xA8s la temp\xC3\xAA"
       "te "
       "\xC2\xBB, a d\xC3\xA9"
       "clar\xC3\xA9 le maire de la ville lundi soir. La temp\xC3\xAA"
       "te a d\xC3\xA9truit "
       "la ville et son vieux port de p\xC3\xAA"
       "che lundi matin. Les routes de la ville sont ferm\xC3\xA9"
       "es "
       "aux voitures et aux camions depuis lundi. Le port de la ville rouvre mardi pour les bateaux de p\xC3\xAA"
       "che.",
       {"\xC2\xAB Nous allons reconstruire la ville apr\xC3\xA8s la temp\xC3\xAA"
        "te, chaque maison de la ville.",
        "La ville prendra des ann\xC3\xA9"
        "es enti\xC3\xA8res \xC3\xA0 reconstruire apr\xC3\xA8s la "
        "temp\xC3\xAA"
        "te \xC2\xBB, a d\xC3\xA9"
        "clar\xC3\xA9 le maire de la ville lundi soir."}},
      {"de",
       "\xE2\x80\x9EWir bauen die Stadt nach dem Sturm wieder auf, jedes einzelne Haus der Stadt. Die Stadt wird "
       "nach dem Sturm viele Jahre zum Wiederaufbau brauchen\xE2\x80\x9C, sagte der B\xC3\xBCrgermeister der "
       "Stadt am Montagabend. Der Sturm traf die Stadt und ihren alten Fischerhafen am Montag mit voller Wucht. "
       "Die Stra\xC3\x9F"
       "en der Stadt sind seit Montag f\xC3\xBCr Autos und Lastwagen gesperrt. Der Hafen der "
       "Stadt \xC3\xB6"
       "ffnet am Dienstag wieder f\xC3\xBCr die Fischerboote der Stadt.",
       {"\xE2\x80\x9EWir bauen die Stadt nach dem Sturm wieder auf, jedes einzelne Haus der Stadt.",
        "Die Stadt wird nach dem Sturm viele Jahre zum Wiederaufbau brauchen\xE2\x80\x9C, sagte der "
        "B\xC3\xBCrgermeister der Stadt am Montagabend."}},
      {"en",
       "The storm flattened the harbour town and its fishing port on Monday. \xC2\xABThe harbour town will "
       "rebuild every house the storm took. The storm will not drive the harbour town away,\xC2\xBB the mayor "
       "said. \xE2\x80\x9EThe fishing port of the harbour town survived the storm. Its boats are safe,\xE2\x80\x9C "
       "a fisherman said. Crews cleared the harbour roads on Tuesday. The port reopens next week.",
       {"\xC2\xABThe harbour town will rebuild every house the storm took.",
        "The storm will not drive the harbour town away,\xC2\xBB the mayor said.",
        "\xE2\x80\x9EThe fishing port of the harbour town survived the storm.",
        "Its boats are safe,\xE2\x80\x9C a fisherman said."}},
  };
}

TEST(QuotationCandidates, NoMethodStartsASentenceInsideAQuotation) {
  for (const Story& story : stories()) {
    for (const MethodInfo& m : methods()) {
      Cluster c;
      Document d;
      d.text = story.text;
      c.documents.push_back(d);
      SummarizeOptions o;
      o.method = m.name;
      o.language = story.language;
      o.budget = Budget::sentences(3);
      const Result<Summary> s = Summarizer().summarize(c, o);
      ASSERT_TRUE(s.ok()) << m.name;
      EXPECT_FALSE(s->sentences.empty()) << m.name;
      for (const SummarySentence& sent : s->sentences)
        for (const std::string& bad : story.inside) EXPECT_NE(sent.text, bad) << story.language << " " << m.name;
    }
  }
}

TEST(QuotationCandidates, LeadSkipsBothHalvesOfASplitQuotation) {
  const Story story = stories()[0];
  Cluster c = testing::analyzed_cluster({story.text});
  const Representation rep = represent(c);
  const std::vector<std::size_t> ids = candidates(rep, {});
  ASSERT_GE(rep.size(), 3u);
  // Sentence 0 opens the mayor's quotation and leaves it open; sentence 1
  // starts inside it.
  EXPECT_EQ(ids.front(), 2u);
}

TEST(QuotationCandidates, AQuotationClosedInItsSentenceStaysACandidate) {
  Cluster c = testing::analyzed_cluster(
      {"The storm hit the harbour town. \"Nobody was hurt in the harbour town,\" the mayor said. \xC2\xABWe were "
       "lucky,\xC2\xBB she added. \"We will rebuild. It will take years,\" he said."});
  const Representation rep = represent(c);
  ASSERT_EQ(rep.size(), 5u);
  EXPECT_EQ(candidates(rep, {}), (std::vector<std::size_t>{0, 1, 2}));
}

TEST(QuotationCandidates, EveryCandidateInsideAQuotationFallsBackToAll) {
  Cluster c = testing::analyzed_cluster({"The storm hit the town. Crews cleared the roads. The port reopens."});
  Representation rep = represent(c);
  const std::vector<std::size_t> unfiltered = candidates(rep, {});
  ASSERT_FALSE(unfiltered.empty());
  rep.in_quotation.assign(rep.size(), true);
  EXPECT_EQ(candidates(rep, {}), unfiltered);
  rep.in_quotation.assign(rep.size(), false);
  rep.in_quotation[unfiltered.back()] = true;
  std::vector<std::size_t> expected(unfiltered.begin(), unfiltered.end() - 1);
  EXPECT_EQ(candidates(rep, {}), expected);
}

TEST(QuotationCandidates, ASummaryOfOnlyQuotedSentencesIsNotEmpty) {
  // The first sentence is too short for the selectors' minimum; the others
  // start inside the quotation: the summary still has sentences.
  Cluster c;
  Document d;
  d.text = "\"Yes. We will rebuild the whole harbour town. It will take many long years,\" he said.";
  c.documents.push_back(d);
  for (const std::string method : {"lead", "ilp", "learned"}) {
    SummarizeOptions o;
    o.method = method;
    o.budget = Budget::sentences(2);
    const Result<Summary> s = Summarizer().summarize(c, o);
    ASSERT_TRUE(s.ok()) << method;
    EXPECT_FALSE(s->sentences.empty()) << method;
  }
}

}  // namespace
}  // namespace lede
