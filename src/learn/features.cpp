#include "learn/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

#include "learn/feature_columns.h"
#include "learn/sentence_cues.h"
#include "lede/text.h"

namespace lede::learn {
namespace {

static_assert(std::ranges::none_of(kFeatureNames, [](std::string_view n) { return n.empty(); }),
              "every feature column needs its name");

const std::vector<std::string> kNames(kFeatureNames.begin(), kFeatureNames.end());

double ratio(double a, double b) { return b > 0 ? a / b : 0; }

double cosine(const SparseVector& a, double norm_a, const SparseVector& b, double norm_b) {
  return dot(a, b) / (norm_a * norm_b);
}

// Column `to` of rows [begin, end) gets the rank of column `from` among
// them, highest first, as a share of the rows (ties share the better rank).
void rank_column(FeatureMatrix& m, std::size_t begin, std::size_t end, std::size_t from, std::size_t to) {
  const std::size_t n = end - begin;
  std::vector<std::size_t> order(n);
  for (std::size_t j = 0; j < n; ++j) order[j] = begin + j;
  auto v = [&](std::size_t i) { return m.values[i * m.cols + from]; };
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v(a) > v(b); });
  std::size_t rank = 0;
  for (std::size_t j = 0; j < n; ++j) {
    if (j > 0 && v(order[j]) != v(order[j - 1])) rank = j;
    m.values[order[j] * m.cols + to] = static_cast<double>(rank) / static_cast<double>(n);
  }
}

// The cluster's representation with the sentence norms every feature of
// similarity divides by, and two vocabulary-sized buffers that each
// document fills and clears (so a cluster costs one allocation, not one per
// document).
struct ClusterView {
  const Cluster& cluster;
  const Representation& rep;
  std::vector<double> norms;
  std::vector<double> centroid;
  std::vector<double> unit_sum;

  ClusterView(const Cluster& c, const Representation& r)
      : cluster(c), rep(r), norms(r.size()), centroid(r.vocabulary.size(), 0.0), unit_sum(r.vocabulary.size(), 0.0) {
    for (std::size_t i = 0; i < r.size(); ++i) norms[i] = norm(r.tfidf[i]);
  }
  const Sentence& sentence(std::size_t i) const {
    return cluster.documents[rep.sentences[i].document].sentences[rep.sentences[i].index];
  }
};

// What the features of one document's sentences (rows [begin, end)) share.
struct DocumentStats {
  const Document& doc;
  std::size_t begin, end;
  double n;                            // sentences
  std::vector<std::uint32_t> terms{};  // the document's vocabulary
  double centroid_norm = 0;
  SparseVector title{};
  double title_norm = 0;
  bool cased = false;
  double log_n1 = 0;
  double paragraphs = 1;
  double paragraph_openers = 0;  // share of sentences that open a paragraph
  // Positions count the story's body only: metadata lines before it
  // (bylines, time stamps; represent/metadata.h) would otherwise push the
  // real lead down the document.
  std::size_t lead = 0;
  std::vector<std::size_t> opening{};  // the body's first five sentences
  std::vector<std::size_t> words_of{};
  std::unordered_map<std::size_t, std::size_t> paragraph_sizes{};
  std::size_t body_words = 0;
  double mean_words = 1;
};

// Fills view.centroid (the document's TF-IDF centroid; weights are
// positive) and view.unit_sum (the sum of its unit vectors: degree
// centrality in linear time, sum_j cos(i, j) = u_i . (U - u_i)).
DocumentStats document_stats(ClusterView& view, std::size_t begin, std::size_t end, const std::string& language) {
  const Representation& rep = view.rep;
  DocumentStats d{view.cluster.documents[rep.sentences[begin].document], begin, end, static_cast<double>(end - begin)};
  for (std::size_t i = begin; i < end; ++i)
    for (const auto& [t, w] : rep.tfidf[i]) {
      if (view.centroid[t] == 0) d.terms.push_back(t);
      view.centroid[t] += static_cast<double>(w);
    }
  for (std::uint32_t t : d.terms) d.centroid_norm += view.centroid[t] * view.centroid[t];
  d.centroid_norm = std::sqrt(d.centroid_norm);
  for (std::size_t i = begin; i < end; ++i)
    if (view.norms[i] > 0)
      for (const auto& [t, w] : rep.tfidf[i]) view.unit_sum[t] += static_cast<double>(w) / view.norms[i];

  // Title vector over the document's vocabulary.
  if (!d.doc.title.empty()) {
    std::unordered_map<std::string_view, std::uint32_t> ids;
    for (std::uint32_t t : d.terms) ids.emplace(rep.vocabulary[t], t);
    std::unordered_map<std::uint32_t, double> tf;
    TokenizeOptions title_options;
    title_options.language = language;
    for (const Token& tok : tokenize(d.doc.title, title_options))
      if (tok.is_word && !tok.is_stopword)
        if (auto it = ids.find(tok.stem); it != ids.end()) tf[it->second] += 1;
    for (const auto& [t, c] : tf) d.title.emplace_back(t, static_cast<float>(c * rep.idf[t]));
    std::sort(d.title.begin(), d.title.end());
  }
  d.title_norm = norm(d.title);
  d.cased = is_cased(d.doc.text);
  d.log_n1 = std::log(d.n + 1);
  d.paragraphs = static_cast<double>(std::max<std::size_t>(d.doc.paragraphs.size(), 1));

  std::size_t openers = 0;
  for (std::size_t i = begin; i < end; ++i)
    if (i == begin || view.sentence(i).paragraph != view.sentence(i - 1).paragraph) ++openers;
  d.paragraph_openers = static_cast<double>(openers) / d.n;
  d.lead = begin;
  while (d.lead + 1 < end && rep.metadata[d.lead]) ++d.lead;
  for (std::size_t i = begin; i < end && d.opening.size() < 5; ++i)
    if (!rep.metadata[i]) d.opening.push_back(i);

  d.words_of.assign(end - begin, 0);
  std::size_t body_sentences = 0;
  for (std::size_t i = begin; i < end; ++i) {
    const Sentence& s = view.sentence(i);
    for (const Token& t : s.tokens) d.words_of[i - begin] += t.is_word ? 1 : 0;
    ++d.paragraph_sizes[s.paragraph];
    if (!rep.metadata[i]) {
      d.body_words += d.words_of[i - begin];
      ++body_sentences;
    }
  }
  if (body_sentences > 0) d.mean_words = static_cast<double>(d.body_words) / static_cast<double>(body_sentences);
  return d;
}

// Where sentence `s` sits: `k` is its place in the body, `para_start` the
// body place of its paragraph's first sentence, `words_before` the body's
// words before it.
void position_features(double* f, const DocumentStats& d, const Sentence& s, std::size_t row, std::size_t k,
                       std::size_t para_start, std::size_t words_before) {
  if (k < 5) f[kPos0 + k] = 1;
  else if (k < 10) f[kPos5to9] = 1;
  f[kInvPos] = 1.0 / (1.0 + static_cast<double>(k));
  f[kRelPos] = static_cast<double>(k) / d.n;
  f[kLogSentences] = d.log_n1;
  f[kParaFirst] = para_start == k ? 1 : 0;
  f[kParaRel] = static_cast<double>(s.paragraph) / d.paragraphs;
  f[kInParaPos] = static_cast<double>(std::min<std::size_t>(k - para_start, 5)) / 5.0;
  f[kWordPos] = d.body_words > 0 ? static_cast<double>(words_before) / static_cast<double>(d.body_words) : 0;
  f[kParaSize] = static_cast<double>(std::min<std::size_t>(d.paragraph_sizes.at(s.paragraph), 5)) / 5.0;
  const double words = static_cast<double>(d.words_of[row - d.begin]);
  f[kRelLength] = d.mean_words > 0 ? std::min(words / d.mean_words, 3.0) : 0;
  f[kDocParagraphs] = d.paragraph_openers;
  f[kDocCased] = d.cased ? 1 : 0;
}

// How sentence `i` relates to the document: its centroid, the other
// sentences, the title, the lead and the sentence before; and the weight
// of its terms.
void similarity_features(double* f, const ClusterView& view, const DocumentStats& d, std::size_t i) {
  const Representation& rep = view.rep;
  const SparseVector& v = rep.tfidf[i];
  const double norm_i = view.norms[i];
  if (norm_i > 0 && d.centroid_norm > 0) {
    double dp = 0;
    for (const auto& [t, w] : v) dp += static_cast<double>(w) * view.centroid[t];
    f[kCentroid] = dp / (norm_i * d.centroid_norm);
  }
  if (d.n > 1 && norm_i > 0) {
    double dp = 0;
    for (const auto& [t, w] : v) dp += static_cast<double>(w) / norm_i * view.unit_sum[t];
    f[kDegree] = std::max(0.0, dp - 1.0) / (d.n - 1);
  }
  if (d.title_norm > 0 && norm_i > 0) f[kTitle] = cosine(v, norm_i, d.title, d.title_norm);
  if (i != d.lead && norm_i > 0 && view.norms[d.lead] > 0)
    f[kLead] = cosine(v, norm_i, rep.tfidf[d.lead], view.norms[d.lead]);
  if (norm_i > 0) {
    for (std::size_t j : d.opening)
      if (j != i && view.norms[j] > 0)
        f[kLeadMax] = std::max(f[kLeadMax], cosine(v, norm_i, rep.tfidf[j], view.norms[j]));
    if (i > d.begin && view.norms[i - 1] > 0) f[kPrevCos] = cosine(v, norm_i, rep.tfidf[i - 1], view.norms[i - 1]);
  }
  double idf_sum = 0, df_sum = 0;
  for (std::uint32_t t : rep.terms[i]) {
    idf_sum += rep.idf[t];
    df_sum += static_cast<double>(rep.sentence_df[t]);
  }
  const double content = static_cast<double>(rep.terms[i].size());
  f[kIdfMean] = d.log_n1 > 0 ? ratio(idf_sum, content) / d.log_n1 : 0;
  f[kTfMass] = ratio(df_sum, content) / d.n;
}

// What the sentence's words and marks say: length, stopwords, figures,
// names, quotes, openers that lean on the sentence before, attribution,
// captions and page furniture.
void word_features(double* f, const DocumentStats& d, const Sentence& s) {
  std::size_t words = 0, stop = 0, digits = 0, caps = 0, said = 0;
  bool first_word = true, pronoun = false;
  for (const Token& t : s.tokens) {
    if (!t.is_word) continue;
    ++words;
    if (t.is_stopword) ++stop;
    if (has_digit(t.norm)) ++digits;
    if (is_said(t.norm)) ++said;
    if (first_word) {
      pronoun = is_pronoun_opener(t.norm);
      first_word = false;
    } else if (d.cased && t.span.start < d.doc.text.size()) {
      const char c = d.doc.text[t.span.start];
      if (c >= 'A' && c <= 'Z') ++caps;
    }
  }
  const double w = static_cast<double>(words);
  f[kLength] = std::min(w, 90.0) / 30.0;
  f[kShort] = words < 8 ? 1 : 0;
  f[kLong] = words > 45 ? 1 : 0;
  f[kQuote] = has_quote(s.text) ? 1 : 0;
  f[kQuoteStart] = starts_with_quote(s.text) ? 1 : 0;
  f[kNumbers] = ratio(static_cast<double>(digits), w);
  f[kCaps] = words > 1 ? static_cast<double>(caps) / (w - 1) : 0;
  f[kStopwords] = ratio(static_cast<double>(stop), w);
  const char mark = final_mark(s.text);
  f[kQuestion] = mark == '?' ? 1 : 0;
  f[kColonEnd] = mark == ':' ? 1 : 0;
  f[kPronounStart] = pronoun ? 1 : 0;
  f[kSaid] = said > 0 ? 1 : 0;
  const CaptionCues cues = caption_cues(s.text, s.tokens);
  f[kCaptionParen] = cues.paren ? 1 : 0;
  f[kPictured] = cues.pictured ? 1 : 0;
  f[kLabelColon] = cues.label_colon ? 1 : 0;
  f[kPageFurniture] = cues.furniture ? 1 : 0;
}

// Products that let the linear model bend (feature_columns.h); `k` is the
// sentence's place in the body.
void product_features(double* f, const DocumentStats& d, std::size_t k) {
  f[kLengthEarly] = k < 3 ? f[kLength] : 0;
  f[kRelPosSquared] = f[kRelPos] * f[kRelPos];
  f[kInvPosLogSentences] = f[kInvPos] * d.log_n1;
  f[kCentroidRelPos] = f[kCentroid] * f[kRelPos];
}

void document_features(FeatureMatrix& m, ClusterView& view, std::size_t begin, std::size_t end,
                       const std::string& language) {
  const DocumentStats d = document_stats(view, begin, end, language);
  std::size_t para_start = 0, words_before = 0, k = 0;  // k: place in the body
  for (std::size_t i = begin; i < end; ++i) {
    const Sentence& s = view.sentence(i);
    if (k == 0 || s.paragraph != view.sentence(i - 1).paragraph) para_start = k;
    double* f = m.values.data() + i * kFeatureCount;
    position_features(f, d, s, i, k, para_start, words_before);
    similarity_features(f, view, d, i);
    word_features(f, d, s);
    product_features(f, d, k);
    if (!view.rep.metadata[i]) {
      words_before += d.words_of[i - begin];
      ++k;
    }
  }
  rank_column(m, begin, end, kCentroid, kCentroidRank);
  rank_column(m, begin, end, kDegree, kDegreeRank);
  for (std::uint32_t t : d.terms) view.centroid[t] = view.unit_sum[t] = 0;
}

}  // namespace

const std::vector<std::string>& feature_names() { return kNames; }
std::size_t feature_count() { return kFeatureCount; }

FeatureMatrix sentence_features(const Cluster& cluster, const Representation& rep, const std::string& language) {
  FeatureMatrix m;
  m.cols = kFeatureCount;
  m.values.assign(rep.size() * kFeatureCount, 0.0);
  ClusterView view(cluster, rep);
  std::size_t begin = 0;
  while (begin < rep.size()) {
    const std::size_t d = rep.sentences[begin].document;
    std::size_t end = begin;
    while (end < rep.size() && rep.sentences[end].document == d) ++end;
    document_features(m, view, begin, end, language);
    begin = end;
  }
  return m;
}

}  // namespace lede::learn
