// The learned scorer's feature columns (learn/features.cpp), in order, with
// the names models store their weights under (learn/model.h): a change here
// needs a new model format version.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>

namespace lede::learn {

enum FeatureColumn : std::size_t {
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

inline constexpr std::array<std::string_view, kFeatureCount> kFeatureNames = {
    "pos=0",
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
    "page_furniture",
};

}  // namespace lede::learn
