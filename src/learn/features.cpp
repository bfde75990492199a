#include "learn/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <string_view>
#include <unordered_map>

#include "learn/sentence_cues.h"
#include "lede/text.h"

namespace lede::learn {
namespace {

enum Feature : std::size_t {
  kPos0,
  kPos1,
  kPos2,
  kPos3,
  kPos4,
  kPos5to9,
  kInvPos,
  kRelPos,
  kLogSentences,
  kParaFirst,
  kParaRel,
  kInParaPos,
  kLength,
  kShort,
  kLong,
  kCentroid,
  kDegree,
  kTitle,
  kLead,
  kIdfMean,
  kTfMass,
  kQuote,
  kQuoteStart,
  kNumbers,
  kCaps,
  kStopwords,
  kQuestion,
  kColonEnd,
  kPronounStart,
  kSaid,
  // Products that let the linear model bend: how length, centrality and
  // position trade off depends on where a sentence sits and how long the
  // document is.
  kLengthEarly,
  kRelPosSquared,
  kInvPosLogSentences,
  kCentroidRelPos,
  // What the document gives to go by (the same for all its sentences): the
  // share of sentences that open a paragraph (CNN ~1, BBC ~0.3, text without
  // paragraph breaks 1/n) and whether it has capitals at all.
  kDocParagraphs,
  kDocCased,
  // Position by words rather than sentences, the size of the sentence's
  // paragraph (DailyMail: one sentence a paragraph), length against the
  // document's mean, and the centrality scores as ranks within the document
  // (ranks mean the same in long and short, cased and lowercased text).
  kWordPos,
  kParaSize,
  kRelLength,
  kCentroidRank,
  kDegreeRank,
  // Restating the opening: the highest cosine to one of the body's first
  // five sentences (other than itself); and continuity: cosine to the
  // previous sentence.
  kLeadMax,
  kPrevCos,
  // DailyMail text as distributed carries photo captions inside the body
  // ("smith ( left ) , 43 , ...", "the house ( pictured ) ...", "smith,
  // pictured above, ...", "Tragic: the boy ...") and page furniture ("scroll
  // down for video", "click here"): cues of a sentence that describes a
  // picture or the page rather than the story.
  kCaptionParen,
  kPictured,
  kLabelColon,
  kPageFurniture,
  kFeatureCount
};

const std::vector<std::string> kNames = {"pos=0",
                                         "pos=1",
                                         "pos=2",
                                         "pos=3",
                                         "pos=4",
                                         "pos=5-9",
                                         "inv_pos",
                                         "rel_pos",
                                         "log_sentences",
                                         "para_first",
                                         "para_rel",
                                         "in_para_pos",
                                         "length",
                                         "short",
                                         "long",
                                         "centroid_cos",
                                         "degree",
                                         "title_cos",
                                         "lead_cos",
                                         "idf_mean",
                                         "tf_mass",
                                         "quote",
                                         "quote_start",
                                         "numbers",
                                         "caps",
                                         "stopwords",
                                         "question",
                                         "colon_end",
                                         "pronoun_start",
                                         "said",
                                         "length*early",
                                         "rel_pos^2",
                                         "inv_pos*log_sentences",
                                         "centroid_cos*rel_pos",
                                         "doc_paragraphs",
                                         "doc_cased",
                                         "word_pos",
                                         "para_size",
                                         "rel_length",
                                         "centroid_rank",
                                         "degree_rank",
                                         "lead5_max_cos",
                                         "prev_cos",
                                         "caption_paren",
                                         "pictured",
                                         "label_colon",
                                         "page_furniture"};

double ratio(double a, double b) { return b > 0 ? a / b : 0; }

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

}  // namespace

const std::vector<std::string>& feature_names() { return kNames; }
std::size_t feature_count() { return kFeatureCount; }

FeatureMatrix sentence_features(const Cluster& cluster, const Representation& rep, const std::string& language) {
  static_assert(kFeatureCount == 47);
  FeatureMatrix m;
  m.cols = kFeatureCount;
  m.values.assign(rep.size() * kFeatureCount, 0.0);
  std::vector<double> centroid(rep.vocabulary.size(), 0.0), scratch(rep.vocabulary.size(), 0.0);
  std::vector<double> norms(rep.size());
  for (std::size_t i = 0; i < rep.size(); ++i) norms[i] = norm(rep.tfidf[i]);

  std::size_t begin = 0;
  while (begin < rep.size()) {
    const std::size_t d = rep.sentences[begin].document;
    std::size_t end = begin;
    while (end < rep.size() && rep.sentences[end].document == d) ++end;
    const Document& doc = cluster.documents[d];
    const std::size_t n = end - begin;
    const double nd = static_cast<double>(n);

    // Centroid of the document's TF-IDF vectors (weights are positive).
    std::vector<std::uint32_t> doc_terms;
    for (std::size_t i = begin; i < end; ++i)
      for (const auto& [t, w] : rep.tfidf[i]) {
        if (centroid[t] == 0) doc_terms.push_back(t);
        centroid[t] += static_cast<double>(w);
      }
    double centroid_norm = 0;
    for (std::uint32_t t : doc_terms) centroid_norm += centroid[t] * centroid[t];
    centroid_norm = std::sqrt(centroid_norm);
    // Sum of the unit vectors: degree centrality (mean cosine to the other
    // sentences) in linear time, sum_j cos(i, j) = u_i . (U - u_i).
    std::vector<double>& unit_sum = scratch;
    for (std::size_t i = begin; i < end; ++i)
      if (norms[i] > 0)
        for (const auto& [t, w] : rep.tfidf[i]) unit_sum[t] += static_cast<double>(w) / norms[i];

    // Title vector over the document's vocabulary.
    SparseVector title;
    if (!doc.title.empty()) {
      std::unordered_map<std::string_view, std::uint32_t> ids;
      for (std::uint32_t t : doc_terms) ids.emplace(rep.vocabulary[t], t);
      std::unordered_map<std::uint32_t, double> tf;
      TokenizeOptions title_options;
      title_options.language = language;
      for (const Token& tok : tokenize(doc.title, title_options))
        if (tok.is_word && !tok.is_stopword)
          if (auto it = ids.find(tok.stem); it != ids.end()) tf[it->second] += 1;
      for (const auto& [t, c] : tf) title.emplace_back(t, static_cast<float>(c * rep.idf[t]));
      std::sort(title.begin(), title.end());
    }
    const double title_norm = norm(title);
    const bool cased = is_cased(doc.text);
    const double log_n1 = std::log(nd + 1);
    const double paragraphs = static_cast<double>(std::max<std::size_t>(doc.paragraphs.size(), 1));

    std::size_t para_start = 0, para_starts = 0;
    for (std::size_t i = begin; i < end; ++i)
      if (i == begin ||
          doc.sentences[rep.sentences[i].index].paragraph != doc.sentences[rep.sentences[i - 1].index].paragraph)
        ++para_starts;
    const double doc_paragraphs = static_cast<double>(para_starts) / nd;
    // Positions count the story's body only: metadata lines before it
    // (bylines, time stamps; represent/metadata.h) would otherwise push the
    // real lead down the document.
    std::size_t lead = begin;
    while (lead + 1 < end && rep.metadata[lead]) ++lead;
    // Word counts of the body and sentences per paragraph.
    std::vector<std::size_t> words_of(n, 0);
    std::unordered_map<std::size_t, std::size_t> para_sentences;
    std::size_t body_words = 0, body_sentences = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const Sentence& s = doc.sentences[rep.sentences[i].index];
      for (const Token& t : s.tokens) words_of[i - begin] += t.is_word ? 1 : 0;
      ++para_sentences[s.paragraph];
      if (!rep.metadata[i]) {
        body_words += words_of[i - begin];
        ++body_sentences;
      }
    }
    const double mean_words =
        body_sentences > 0 ? static_cast<double>(body_words) / static_cast<double>(body_sentences) : 1.0;
    std::size_t words_before = 0;
    std::vector<std::size_t> opening;  // the body's first five sentences
    for (std::size_t i = begin; i < end && opening.size() < 5; ++i)
      if (!rep.metadata[i]) opening.push_back(i);
    std::size_t body_before = 0;
    for (std::size_t i = begin; i < end; ++i) {
      const std::size_t k = body_before;  // position in the document's body
      if (!rep.metadata[i]) ++body_before;
      const Sentence& s = doc.sentences[rep.sentences[i].index];
      if (k == 0 || s.paragraph != doc.sentences[rep.sentences[i - 1].index].paragraph) para_start = k;
      double* f = m.values.data() + i * kFeatureCount;
      if (k < 5) f[kPos0 + k] = 1;
      else if (k < 10) f[kPos5to9] = 1;
      f[kInvPos] = 1.0 / (1.0 + static_cast<double>(k));
      f[kRelPos] = static_cast<double>(k) / nd;
      f[kLogSentences] = log_n1;
      f[kParaFirst] = para_start == k ? 1 : 0;
      f[kParaRel] = static_cast<double>(s.paragraph) / paragraphs;
      f[kInParaPos] = static_cast<double>(std::min<std::size_t>(k - para_start, 5)) / 5.0;
      f[kWordPos] = body_words > 0 ? static_cast<double>(words_before) / static_cast<double>(body_words) : 0;
      if (!rep.metadata[i]) words_before += words_of[i - begin];
      f[kParaSize] = static_cast<double>(std::min<std::size_t>(para_sentences[s.paragraph], 5)) / 5.0;
      f[kRelLength] = mean_words > 0 ? std::min(static_cast<double>(words_of[i - begin]) / mean_words, 3.0) : 0;

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
        } else if (cased && t.span.start < doc.text.size()) {
          const char c = doc.text[t.span.start];
          if (c >= 'A' && c <= 'Z') ++caps;
        }
      }
      const double w = static_cast<double>(words);
      f[kLength] = std::min(w, 90.0) / 30.0;
      f[kShort] = words < 8 ? 1 : 0;
      f[kLong] = words > 45 ? 1 : 0;

      if (norms[i] > 0 && centroid_norm > 0) {
        double dp = 0;
        for (const auto& [t, v] : rep.tfidf[i]) dp += static_cast<double>(v) * centroid[t];
        f[kCentroid] = dp / (norms[i] * centroid_norm);
      }
      if (n > 1 && norms[i] > 0) {
        double dp = 0;
        for (const auto& [t, v] : rep.tfidf[i]) dp += static_cast<double>(v) / norms[i] * unit_sum[t];
        f[kDegree] = std::max(0.0, dp - 1.0) / (nd - 1);
      }
      if (title_norm > 0 && norms[i] > 0) f[kTitle] = dot(rep.tfidf[i], title) / (norms[i] * title_norm);
      if (i != lead && norms[i] > 0 && norms[lead] > 0)
        f[kLead] = dot(rep.tfidf[i], rep.tfidf[lead]) / (norms[i] * norms[lead]);
      if (norms[i] > 0) {
        for (std::size_t j : opening)
          if (j != i && norms[j] > 0)
            f[kLeadMax] = std::max(f[kLeadMax], dot(rep.tfidf[i], rep.tfidf[j]) / (norms[i] * norms[j]));
        if (i > begin && norms[i - 1] > 0)
          f[kPrevCos] = dot(rep.tfidf[i], rep.tfidf[i - 1]) / (norms[i] * norms[i - 1]);
      }
      double idf_sum = 0, df_sum = 0;
      for (std::uint32_t t : rep.terms[i]) {
        idf_sum += rep.idf[t];
        df_sum += static_cast<double>(rep.sentence_df[t]);
      }
      const double content = static_cast<double>(rep.terms[i].size());
      f[kIdfMean] = log_n1 > 0 ? ratio(idf_sum, content) / log_n1 : 0;
      f[kTfMass] = ratio(df_sum, content) / nd;

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
      f[kLengthEarly] = k < 3 ? f[kLength] : 0;
      f[kRelPosSquared] = f[kRelPos] * f[kRelPos];
      f[kInvPosLogSentences] = f[kInvPos] * log_n1;
      f[kCentroidRelPos] = f[kCentroid] * f[kRelPos];
      f[kDocParagraphs] = doc_paragraphs;
      f[kDocCased] = cased ? 1 : 0;
      const CaptionCues cues = caption_cues(s.text, s.tokens);
      f[kCaptionParen] = cues.paren ? 1 : 0;
      f[kPictured] = cues.pictured ? 1 : 0;
      f[kLabelColon] = cues.label_colon ? 1 : 0;
      f[kPageFurniture] = cues.furniture ? 1 : 0;
    }
    rank_column(m, begin, end, kCentroid, kCentroidRank);
    rank_column(m, begin, end, kDegree, kDegreeRank);
    for (std::uint32_t t : doc_terms) centroid[t] = scratch[t] = 0;
    begin = end;
  }
  return m;
}

}  // namespace lede::learn
