// SummarizeOptions::language "auto": one language identified for the whole
// cluster, used as if it had been given, and named in the summary.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"

namespace lede {
namespace {

const char* kGerman =
    "Der Stadtrat hat am Montag den neuen Haushalt mit neun zu zwei Stimmen gebilligt. Die Opposition "
    "kritisierte die Entscheidung scharf. Der Bürgermeister sprach von einem guten Tag für die Stadt. Das Geld "
    "soll vor allem in Schulen und Straßen fließen.";
const char* kGerman2 =
    "Mit neun zu zwei Stimmen hat der Stadtrat den Haushalt für das kommende Jahr beschlossen. Schulen und "
    "Straßen erhalten den größten Teil des Geldes. Die Opposition hatte mehr Geld für Busse gefordert.";

Cluster cluster_of(const std::vector<std::string>& texts) {
  Cluster c;
  c.id = "cluster";
  c.documents.resize(texts.size());
  for (std::size_t d = 0; d < texts.size(); ++d) c.documents[d].text = texts[d];
  return c;
}

TEST(AutoLanguage, SummarizesAsTheIdentifiedLanguage) {
  Summarizer summarizer;
  for (const Cluster& input : {cluster_of({kGerman}), cluster_of({kGerman, kGerman2})}) {
    for (const char* method : {"lead", "textrank", "ilp"}) {
      SummarizeOptions given;
      given.method = method;
      given.language = "de";
      given.budget = Budget::words(40);
      SummarizeOptions detected = given;
      detected.language = "auto";
      Result<Summary> a = summarizer.summarize(input, given);
      Result<Summary> b = summarizer.summarize(input, detected);
      ASSERT_TRUE(a.ok()) << a.status().message();
      ASSERT_TRUE(b.ok()) << b.status().message();
      EXPECT_EQ(a->language, "");
      EXPECT_EQ(b->language, "de");
      Summary named = *a;
      named.language = "de";
      const std::string id = "\"c\"";
      EXPECT_EQ(summary_to_json(*b, id), summary_to_json(named, id)) << method;
    }
  }
}

// A text too short to identify is read as English, and the summary says so
// instead of leaving the user to wonder why French came out stemmed as
// English.
TEST(AutoLanguage, WarnsWhenItFallsBackToEnglish) {
  Summarizer summarizer;
  SummarizeOptions o;
  o.method = "lead";
  o.language = "auto";
  Result<Summary> short_text = summarizer.summarize(cluster_of({"La ville a voté hier."}), o);
  ASSERT_TRUE(short_text.ok()) << short_text.status().message();
  EXPECT_EQ(short_text->language, "en");
  ASSERT_EQ(short_text->warnings.size(), 1u);
  EXPECT_NE(short_text->warnings[0].find("language not identified"), std::string::npos) << short_text->warnings[0];

  Result<Summary> german = summarizer.summarize(cluster_of({kGerman}), o);
  ASSERT_TRUE(german.ok());
  EXPECT_TRUE(german->warnings.empty());

  // Nothing to read, nothing missed: only the empty summary is said.
  Result<Summary> blank = summarizer.summarize(cluster_of({" \n "}), o);
  ASSERT_TRUE(blank.ok());
  EXPECT_EQ(blank->warnings, std::vector<std::string>{"no sentences to summarize"});

  // Only under auto: an explicit code is what the user chose.
  o.language = "en";
  Result<Summary> given = summarizer.summarize(cluster_of({"La ville a voté hier."}), o);
  ASSERT_TRUE(given.ok());
  EXPECT_TRUE(given->warnings.empty());
}

// A cluster is read in one language. When one of its documents is in
// another (an English wire story beside a German report), that document was
// read as the cluster's language without a word: its stopwords and stems
// missed, its sentences still candidates.
TEST(AutoLanguage, WarnsWhenADocumentReadsAsAnotherLanguage) {
  const char* english =
      "The city council approved the new budget on Monday by nine votes to two. The opposition sharply "
      "criticised the decision. The mayor spoke of a good day for the city. Most of the money will go to "
      "schools and roads, and the bus network gets a small share for new routes in the north.";
  Summarizer summarizer;
  SummarizeOptions o;
  o.method = "lead";
  o.language = "auto";
  Result<Summary> mixed = summarizer.summarize(cluster_of({english, kGerman}), o);
  ASSERT_TRUE(mixed.ok()) << mixed.status().message();
  ASSERT_TRUE(mixed->language == "en" || mixed->language == "de") << mixed->language;
  const std::string other = mixed->language == "en" ? "document 1 reads as 'de'" : "document 0 reads as 'en'";
  ASSERT_EQ(mixed->warnings.size(), 1u);
  EXPECT_EQ(mixed->warnings[0], other + ", but a cluster is read in one language: '" + mixed->language +
                                    "' (give a language code, or summarize it apart)");

  Result<Summary> german = summarizer.summarize(cluster_of({kGerman, kGerman2}), o);
  ASSERT_TRUE(german.ok());
  EXPECT_TRUE(german->warnings.empty());
  o.language = "en";  // a code the user chose: nothing to warn of
  Result<Summary> given = summarizer.summarize(cluster_of({english, kGerman}), o);
  ASSERT_TRUE(given.ok());
  EXPECT_TRUE(given->warnings.empty());
}

TEST(AutoLanguage, JsonNamesTheLanguageOnlyWhenIdentified) {
  Summary s;
  s.method = "lead";
  EXPECT_EQ(summary_to_json(s, "\"x\""), "{\"id\":\"x\",\"method\":\"lead\",\"sentences\":[]}");
  s.language = "fr";
  EXPECT_EQ(summary_to_json(s, "\"x\""), "{\"id\":\"x\",\"method\":\"lead\",\"language\":\"fr\",\"sentences\":[]}");
}

TEST(AutoLanguage, ValidatesAsAKnownCode) {
  SummarizeOptions o;
  o.language = "auto";
  EXPECT_TRUE(Summarizer::validate(o).ok());
  o.language = "automatic";
  const Status st = Summarizer::validate(o);
  EXPECT_FALSE(st.ok());
  EXPECT_NE(st.message().find("or auto, to identify it"), std::string::npos) << st.message();
}

}  // namespace
}  // namespace lede
