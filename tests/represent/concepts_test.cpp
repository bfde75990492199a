#include "represent/concepts.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "represent/concept_model.h"
#include "support/clusters.h"

namespace lede {
namespace {

Representation rep_of(const std::vector<std::string>& texts) { return represent(testing::analyzed_cluster(texts)); }

// Three short reports; "harbor bridge" is in all three, first in the lead
// sentence of the first two and in the second sentence of the third.
std::vector<std::string> reports() {
  return {
      "The harbor bridge closed on Monday. Engineers found cracks in a cable.",
      "The harbor bridge will stay shut for a week. Ferries carry commuters meanwhile.",
      "Traffic jammed the coast road all morning. Drivers blamed the harbor bridge closure.",
  };
}

const Bigram* find_bigram(const Representation& rep, const Bigrams& b, const std::string& a, const std::string& c) {
  for (const Bigram& g : b.all)
    if (rep.vocabulary[g.first] == a && rep.vocabulary[g.second] == c) return &g;
  return nullptr;
}

TEST(Concepts, MetadataLinesAddNoConcepts) {
  // The same byline and date line open every report; only the stories count.
  std::vector<std::string> texts;
  for (const std::string& r : reports()) texts.push_back("By Lede News Reporter\nMonday, March 3\n" + r);
  const Representation rep = rep_of(texts);
  const Bigrams b = collect_bigrams(rep, 1);
  EXPECT_EQ(find_bigram(rep, b, "news", "report"), nullptr);
  EXPECT_EQ(find_bigram(rep, b, "monday", "march"), nullptr);
  const Bigram* g = find_bigram(rep, b, "harbor", "bridg");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->units, 3u);
  EXPECT_EQ(g->early_units, 2u);  // the story's first sentence, after the metadata lines
}

// The same report given three times (`--cluster story.txt story.txt
// story.txt`, or three wire copies) is one report: its concepts are counted
// by sentence as one document's are. Three copies counted by document
// instead (one unit each, every bigram kept), so the ILP summary of three
// copies differed from that of one or two.
TEST(Concepts, CopiesOfOneReportCountAsOneDocument) {
  const std::string story =
      "The harbor bridge closed on Monday after a barge struck a pier. Engineers found cracks in the pier. "
      "The harbor bridge will stay shut for a week while divers check the pier.";
  const Representation one = rep_of({story});
  const Representation three = rep_of({story, story, story});
  const Bigrams b1 = collect_bigrams(one, 1), b3 = collect_bigrams(three, 1);
  EXPECT_FALSE(b1.by_document);
  EXPECT_FALSE(b3.by_document);
  EXPECT_EQ(b3.units, b1.units);
  const Bigram* g1 = find_bigram(one, b1, "harbor", "bridg");
  const Bigram* g3 = find_bigram(three, b3, "harbor", "bridg");
  ASSERT_NE(g1, nullptr);
  ASSERT_NE(g3, nullptr);
  EXPECT_EQ(g3->units, 2u);  // two sentences of the one report
  EXPECT_EQ(g3->units, g1->units);
  ConceptOptions o;
  EXPECT_EQ(bigram_concepts(three, o).weight, bigram_concepts(one, o).weight);
}

TEST(Concepts, CollectsDocumentCountsAndPositions) {
  const Representation rep = rep_of(reports());
  const Bigrams b = collect_bigrams(rep, 1);
  EXPECT_TRUE(b.by_document);
  EXPECT_EQ(b.units, 3u);
  const Bigram* g = find_bigram(rep, b, "harbor", "bridg");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->units, 3u);
  EXPECT_EQ(g->count, 3u);
  EXPECT_EQ(g->early_units, 2u);  // lead sentence of reports 0 and 1
  EXPECT_EQ(g->lead_units, 3u);
  EXPECT_DOUBLE_EQ(g->best_position, 0.0);
  EXPECT_DOUBLE_EQ(g->mean_inverse_index, (1.0 + 1.0 + 0.5) / 3.0);
  // Two stopwords never make a concept; a stopword next to a content word does.
  EXPECT_EQ(find_bigram(rep, b, "for", "a"), nullptr);
  const Bigram* s = find_bigram(rep, b, "the", "harbor");
  ASSERT_NE(s, nullptr);
  EXPECT_FALSE(s->first_content);
  EXPECT_TRUE(s->second_content);
}

TEST(Concepts, CountWeightsAddThePositionBoost) {
  const Representation rep = rep_of(reports());
  ConceptOptions o;
  o.min_count = 3;
  o.early = 1;
  o.position_boost = 1.0;
  const Concepts c = bigram_concepts(rep, o);
  // Only bigrams in all three reports survive: "the harbor" and "harbor bridge".
  ASSERT_EQ(c.weight.size(), 2u);
  for (double w : c.weight) EXPECT_DOUBLE_EQ(w, 3.0 + 2.0);
  EXPECT_EQ(c.of[0].size(), 2u);
  EXPECT_TRUE(c.of[1].empty());
}

TEST(Concepts, ModelWeightsAreItsProbabilities) {
  const Representation rep = rep_of(reports());
  const ConceptModel model(-1.0, std::vector<double>(concept_feature_names().size(), 0.5));
  ConceptOptions o;
  o.min_count = 3;
  o.early = 1;
  o.model = &model;
  const Concepts c = bigram_concepts(rep, o);
  const Bigrams b = collect_bigrams(rep, 1);
  auto probability = [&](const char* x, const char* y) {
    const Bigram* g = find_bigram(rep, b, x, y);
    EXPECT_NE(g, nullptr);
    if (g == nullptr) return -1.0;
    const std::vector<double> f = concept_features(rep, b, *g);
    EXPECT_EQ(f.size(), concept_feature_names().size());
    double z = -1.0;
    for (double v : f) z += 0.5 * v;
    return 1.0 / (1.0 + std::exp(-z));
  };
  std::vector<double> expected = {probability("the", "harbor"), probability("harbor", "bridg")};
  std::vector<double> got = c.weight;
  std::sort(expected.begin(), expected.end());
  std::sort(got.begin(), got.end());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_NEAR(got[0], expected[0], 1e-12);
  EXPECT_NEAR(got[1], expected[1], 1e-12);
  EXPECT_NE(expected[0], expected[1]);
}

TEST(ConceptModel, TextRoundTripsExactly) {
  std::vector<double> w = {0.1, -1.0 / 3.0, 2.0, 1e-17};
  w.resize(concept_feature_names().size(), 7.25);
  const ConceptModel m(-2.5, w);
  Result<ConceptModel> back = ConceptModel::parse(m.to_text());
  ASSERT_TRUE(back.ok()) << back.status().message();
  EXPECT_EQ(back->bias(), m.bias());
  EXPECT_EQ(back->weights(), m.weights());
  EXPECT_EQ(back->to_text(), m.to_text());
  EXPECT_EQ(back->kind(), ConceptModelKind::kCluster);
  std::vector<double> dw(document_concept_feature_names().size(), -0.125);
  const ConceptModel d(1.5, dw, ConceptModelKind::kDocument);
  Result<ConceptModel> dback = ConceptModel::parse(d.to_text());
  ASSERT_TRUE(dback.ok()) << dback.status().message();
  EXPECT_EQ(dback->kind(), ConceptModelKind::kDocument);
  EXPECT_EQ(dback->weights(), dw);
}

TEST(ConceptModel, ParseSaysWhatIsWrongAndWhere) {
  EXPECT_FALSE(ConceptModel::parse("").ok());
  Result<ConceptModel> header = ConceptModel::parse("lede-model 1\n");
  ASSERT_FALSE(header.ok());
  EXPECT_NE(header.status().message().find("line 1"), std::string::npos);
  Result<ConceptModel> names = ConceptModel::parse("lede-concept-model 1\nfeatures a b\nbias 0\nweights 1 2\n");
  ASSERT_FALSE(names.ok());
  EXPECT_NE(names.status().message().find("line 2"), std::string::npos);
  std::string text = ConceptModel(0, std::vector<double>(concept_feature_names().size(), 1)).to_text();
  text.replace(text.find("bias 0"), 6, "bias x");
  Result<ConceptModel> bias = ConceptModel::parse(text);
  ASSERT_FALSE(bias.ok());
  EXPECT_NE(bias.status().message().find("line 3"), std::string::npos);
}

TEST(ConceptModel, TrainingRecoversTheSignalDeterministically) {
  // Targets follow a known logistic function of feature 0; the others are noise.
  std::vector<ConceptExample> ex;
  const std::size_t f = concept_feature_names().size();
  std::uint32_t state = 12345;
  auto next = [&] {
    state = state * 1664525u + 1013904223u;
    return static_cast<double>(state >> 8) / 16777216.0;
  };
  for (int i = 0; i < 4000; ++i) {
    ConceptExample e;
    for (std::size_t k = 0; k < f; ++k) e.features.push_back(next());
    e.target = 1.0 / (1.0 + std::exp(-(4.0 * e.features[0] - 2.0)));
    ex.push_back(e);
  }
  const ConceptModel a = train_concept_model(ex, 0.0);
  EXPECT_NEAR(a.weights()[0], 4.0, 1e-6);
  EXPECT_NEAR(a.bias(), -2.0, 1e-6);
  for (std::size_t k = 1; k < f; ++k) EXPECT_NEAR(a.weights()[k], 0.0, 1e-6);
  EXPECT_EQ(train_concept_model(ex, 0.0).to_text(), a.to_text());
  // The penalty shrinks the weights.
  EXPECT_LT(std::abs(train_concept_model(ex, 100.0).weights()[0]), 4.0);
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

TEST(Concepts, ANearCopyOfADocumentDoesNotCountTwice) {
  std::vector<std::string> texts = reports();
  texts.push_back(texts[0]);  // the same wire story again
  const Representation rep = rep_of(texts);
  ASSERT_EQ(rep.duplicate_document.size(), 4u);
  ASSERT_TRUE(rep.duplicate_document[3]);
  const Bigrams b = collect_bigrams(rep, 1);
  EXPECT_EQ(b.units, 3u);
  const Bigram* g = find_bigram(rep, b, "harbor", "bridg");
  ASSERT_NE(g, nullptr);
  EXPECT_EQ(g->units, 3u);
  EXPECT_EQ(g->early_units, 2u);
  const Bigram* cracks = find_bigram(rep, b, "found", "crack");
  ASSERT_NE(cracks, nullptr);
  EXPECT_EQ(cracks->units, 1u);
  for (std::size_t i = 0; i < rep.size(); ++i)
    if (rep.sentences[i].document == 3) { EXPECT_TRUE(b.of[i].empty()); }
}

}  // namespace
}  // namespace lede

namespace lede {
namespace {

TEST(Concepts, DocumentBigramsAndPerDocumentWeights) {
  const Representation rep = rep_of(reports());
  const Bigrams b = collect_bigrams(rep, 1);
  std::vector<std::size_t> first;
  for (const DocumentBigram& d : document_bigrams(rep, b)) {
    const Bigram& g = b.all[d.bigram];
    if (rep.vocabulary[g.first] == "harbor" && rep.vocabulary[g.second] == "bridg") {
      first.push_back(d.first_index);
      EXPECT_EQ(d.count, 1u);
      EXPECT_EQ(d.sentences, 2u);
    }
  }
  EXPECT_EQ(first, (std::vector<std::size_t>{0, 0, 1}));
  // Bias 0 and zero weights: every document adds 1/2.
  const ConceptModel half(0.0, std::vector<double>(document_concept_feature_names().size(), 0.0),
                          ConceptModelKind::kDocument);
  ConceptOptions o;
  o.min_count = 3;
  o.model = &half;
  const Concepts c = bigram_concepts(rep, o);
  ASSERT_EQ(c.weight.size(), 2u);
  for (double w : c.weight) EXPECT_DOUBLE_EQ(w, 1.5);
}

}  // namespace
}  // namespace lede
