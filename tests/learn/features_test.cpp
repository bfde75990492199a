#include <gtest/gtest.h>

#include <algorithm>

#include "learn/dataset.h"
#include "learn/features.h"
#include "lede/summarize.h"
#include "lede/text.h"
#include "represent/representation.h"

namespace lede::learn {
namespace {

std::size_t column(const std::string& name) {
  const auto& names = feature_names();
  return static_cast<std::size_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

Cluster sample() {
  Document doc;
  doc.title = "Harbour bridge closed after storm";
  doc.text =
      "The harbour bridge was closed on Sunday after a storm damaged its cables.\n\n"
      "Engineers inspected the bridge overnight. They said the cables could be repaired within a week.\n\n"
      "\"We will not take risks with the bridge,\" the mayor said.\n\n"
      "Ferries will run every twenty minutes while the bridge is closed.";
  EXPECT_TRUE(analyze(doc).ok());
  Cluster c;
  c.documents.push_back(std::move(doc));
  return c;
}

// A German article: its title must be read with the German stemmer and
// stopwords, as its sentences are, to meet them ("Häuser" stems to "haus").
Document german_article(bool with_title) {
  Document doc;
  if (with_title) doc.title = "Häuser werden teurer";
  doc.text =
      "Die Preise für Häuser in Berlin steigen weiter.\n\n"
      "Der Senat plant neue Regeln für Mieter.\n\n"
      "Viele Familien ziehen deshalb in das Umland.";
  return doc;
}

TEST(Features, TitleIsReadInTheDocumentLanguage) {
  Document doc = german_article(true);
  AnalyzeOptions o;
  o.language = "de";
  ASSERT_TRUE(analyze(doc, o).ok());
  Cluster c;
  c.documents.push_back(std::move(doc));
  const Representation rep = represent(c);
  const FeatureMatrix f = sentence_features(c, rep, "de");
  ASSERT_EQ(f.rows(), 3u);
  EXPECT_GT(f.row(0)[column("title_cos")], 0.0);
  EXPECT_EQ(f.row(1)[column("title_cos")], 0.0);
}

TEST(Features, SummarizerPassesTheLanguageToTheTitle) {
  for (const char* language : {"de", "auto"}) {
    SummarizeOptions o;
    o.method = "learned";
    o.language = language;
    o.budget = Budget::sentences(3);
    Cluster titled, untitled;
    titled.documents.push_back(german_article(true));
    untitled.documents.push_back(german_article(false));
    auto a = Summarizer().summarize(titled, o);
    auto b = Summarizer().summarize(untitled, o);
    ASSERT_TRUE(a.ok() && b.ok());
    ASSERT_FALSE(a->sentences.empty());
    ASSERT_FALSE(b->sentences.empty());
    double with_title = -1, without = -1;
    for (const auto& s : a->sentences)
      if (s.index == 0) with_title = s.score;
    for (const auto& s : b->sentences)
      if (s.index == 0) without = s.score;
    EXPECT_NE(with_title, without) << language;
  }
}

TEST(Features, DegreeMatchesPairwiseCosines) {
  const Cluster c = sample();
  const Representation rep = represent(c);
  const FeatureMatrix f = sentence_features(c, rep);
  ASSERT_EQ(f.rows(), rep.size());
  const std::size_t deg = column("degree");
  ASSERT_LT(deg, feature_count());
  for (std::size_t i = 0; i < rep.size(); ++i) {
    // The slow definition: mean cosine to every other sentence.
    double sum = 0;
    for (std::size_t j = 0; j < rep.size(); ++j)
      if (j != i) sum += cosine(rep.tfidf[i], rep.tfidf[j]);
    EXPECT_NEAR(f.row(i)[deg], sum / static_cast<double>(rep.size() - 1), 1e-9) << "sentence " << i;
  }
}

TEST(Features, PositionQuotesAndParagraphs) {
  const Cluster c = sample();
  const Representation rep = represent(c);
  const FeatureMatrix f = sentence_features(c, rep);
  ASSERT_EQ(f.rows(), 5u);
  EXPECT_EQ(f.row(0)[column("pos=0")], 1.0);
  EXPECT_EQ(f.row(1)[column("pos=0")], 0.0);
  EXPECT_EQ(f.row(3)[column("quote_start")], 1.0);
  EXPECT_EQ(f.row(2)[column("para_first")], 0.0);  // "They said ..." continues a paragraph
  EXPECT_EQ(f.row(2)[column("pronoun_start")], 1.0);
  EXPECT_GT(f.row(0)[column("title_cos")], 0.0);
  EXPECT_EQ(f.row(0)[column("doc_cased")], 1.0);
}

TEST(Features, WordPositionParagraphSizeLengthAndRanks) {
  const Cluster c = sample();
  const Representation rep = represent(c);
  const FeatureMatrix f = sentence_features(c, rep);
  ASSERT_EQ(f.rows(), 5u);
  // Word tokens per sentence, from the analysis.
  std::vector<double> words;
  double total = 0;
  for (const Sentence& s : c.documents[0].sentences) {
    double w = 0;
    for (const Token& t : s.tokens) w += t.is_word ? 1 : 0;
    words.push_back(w);
    total += w;
  }
  EXPECT_EQ(f.row(0)[column("word_pos")], 0.0);
  EXPECT_NEAR(f.row(2)[column("word_pos")], (words[0] + words[1]) / total, 1e-12);
  EXPECT_NEAR(f.row(1)[column("rel_length")], words[1] / (total / 5.0), 1e-12);
  // Paragraph 2 holds two sentences of five; the others one each.
  EXPECT_EQ(f.row(1)[column("para_size")], 2.0 / 5.0);
  EXPECT_EQ(f.row(2)[column("para_size")], 2.0 / 5.0);
  EXPECT_EQ(f.row(4)[column("para_size")], 1.0 / 5.0);
  // Ranks: the most central sentence has rank 0, each rank k / n is used
  // once (no ties here), and they follow the scores.
  for (const char* pair : {"centroid_cos centroid_rank", "degree degree_rank"}) {
    const std::string p = pair;
    const std::size_t from = column(p.substr(0, p.find(' '))), to = column(p.substr(p.find(' ') + 1));
    std::vector<double> ranks;
    for (std::size_t i = 0; i < 5; ++i) {
      ranks.push_back(f.row(i)[to]);
      for (std::size_t j = 0; j < 5; ++j)
        if (f.row(j)[from] > f.row(i)[from]) { EXPECT_GT(f.row(i)[to], f.row(j)[to]) << p; }
    }
    std::sort(ranks.begin(), ranks.end());
    EXPECT_EQ(ranks, (std::vector<double>{0, 0.2, 0.4, 0.6, 0.8})) << p;
  }
}

TEST(Features, OpeningAndPreviousSentenceSimilarity) {
  const Cluster c = sample();
  const Representation rep = represent(c);
  const FeatureMatrix f = sentence_features(c, rep);
  // The closing sentence ("... while the bridge is closed") shares "bridge"
  // and "closed" with the first: its best cosine among the first five
  // (all of them here) is at least its cosine to the first.
  const std::size_t lead5 = column("lead5_max_cos"), prev = column("prev_cos");
  EXPECT_GE(f.row(4)[lead5], f.row(4)[column("lead_cos")]);
  EXPECT_GT(f.row(4)[lead5], 0.0);
  EXPECT_EQ(f.row(0)[prev], 0.0);  // no previous sentence
  EXPECT_NEAR(f.row(1)[prev], cosine(rep.tfidf[1], rep.tfidf[0]), 1e-9);
  EXPECT_NEAR(f.row(0)[lead5],
              std::max({cosine(rep.tfidf[0], rep.tfidf[1]), cosine(rep.tfidf[0], rep.tfidf[2]),
                        cosine(rep.tfidf[0], rep.tfidf[3]), cosine(rep.tfidf[0], rep.tfidf[4])}),
              1e-9);
}

TEST(Features, LowercasedCopyLosesOnlyCaseCues) {
  Cluster c = sample();
  const Representation rep = represent(c);
  const FeatureMatrix cased = sentence_features(c, rep);
  lowercase_in_place(c.documents[0]);
  const FeatureMatrix lower = sentence_features(c, rep);
  for (std::size_t i = 0; i < cased.rows(); ++i)
    for (std::size_t k = 0; k < feature_count(); ++k) {
      const std::string& name = feature_names()[k];
      if (name == "caps" || name == "doc_cased") continue;
      EXPECT_EQ(cased.row(i)[k], lower.row(i)[k]) << name << " of sentence " << i;
    }
  EXPECT_EQ(lower.row(0)[column("doc_cased")], 0.0);
}

}  // namespace
}  // namespace lede::learn

namespace lede::learn {
namespace {

// Sentences written for the test in DailyMail's caption styles, raw and as
// CNN/DailyMail distributes them (lowercased, PTB-tokenized).
TEST(Features, CaptionCues) {
  for (const bool lowered : {false, true}) {
    Document doc;
    doc.text = lowered ? "a ferry captain was praised after rescuing four swimmers off the coast on monday .\n\n"
                         "tom reed ( left ) , 52 , steered the boat towards the rocks .\n\n"
                         "brave : the crew pulled the swimmers from the water within minutes .\n\n"
                         "the harbour , pictured above , was closed for the afternoon .\n\n"
                         "another swimmer said : ' we thought we would drown . '\n\n"
                         "scroll down for video .\n\n"
                         "the coastguard ( which sent a helicopter ) thanked him ."
                       : "A ferry captain was praised after rescuing four swimmers off the coast on Monday.\n\n"
                         "Tom Reed (left), 52, steered the boat towards the rocks.\n\n"
                         "Brave: The crew pulled the swimmers from the water within minutes.\n\n"
                         "The harbour, pictured above, was closed for the afternoon.\n\n"
                         "Another swimmer said: 'We thought we would drown.'\n\n"
                         "Scroll down for video.\n\n"
                         "The coastguard (which sent a helicopter) thanked him.";
    ASSERT_TRUE(analyze(doc).ok());
    Cluster c;
    c.documents.push_back(std::move(doc));
    const Representation rep = represent(c);
    const FeatureMatrix f = sentence_features(c, rep);
    ASSERT_EQ(f.rows(), 7u) << (lowered ? "lowercased" : "raw");
    const std::size_t paren = column("caption_paren"), pictured = column("pictured"), label = column("label_colon"),
                      furniture = column("page_furniture");
    ASSERT_LT(furniture, feature_count());
    const double expect[7][4] = {{0, 0, 0, 0}, {1, 0, 0, 0}, {0, 0, 1, 0}, {0, 1, 0, 0},
                                 {0, 0, 0, 0}, {0, 0, 0, 1}, {0, 0, 0, 0}};
    for (std::size_t i = 0; i < 7; ++i) {
      SCOPED_TRACE((lowered ? "lowercased, sentence " : "raw, sentence ") + std::to_string(i));
      EXPECT_EQ(f.row(i)[paren], expect[i][0]);
      EXPECT_EQ(f.row(i)[pictured], expect[i][1]);
      EXPECT_EQ(f.row(i)[label], expect[i][2]);
      EXPECT_EQ(f.row(i)[furniture], expect[i][3]);
    }
  }
}

}  // namespace
}  // namespace lede::learn
