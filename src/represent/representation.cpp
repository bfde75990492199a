#include "represent/representation.h"

#include <algorithm>
#include <cmath>
#include <string_view>

#include "core/fast_hash.h"
#include "represent/about_section.h"
#include "represent/boilerplate.h"
#include "represent/headings.h"
#include "represent/metadata.h"
#include "represent/near_duplicate.h"
#include "represent/quotation.h"
#include "text/chars.h"

namespace lede {

double dot(const SparseVector& a, const SparseVector& b) {
  double s = 0;
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) ++i;
    else if (a[i].first > b[j].first) ++j;
    else s += static_cast<double>(a[i++].second) * static_cast<double>(b[j++].second);
  }
  return s;
}

double norm(const SparseVector& a) {
  double s = 0;
  for (const auto& [id, w] : a) s += static_cast<double>(w) * static_cast<double>(w);
  return std::sqrt(s);
}

double cosine(const SparseVector& a, const SparseVector& b) {
  const double na = norm(a), nb = norm(b);
  if (na == 0 || nb == 0) return 0;
  return dot(a, b) / (na * nb);
}

namespace {

std::size_t count_words(std::string_view s) {
  // A word starts at a non-space byte at the start or after a space. One
  // branch-free pass the compiler vectorizes (no library call per byte).
  if (s.empty()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned char wide = 0;  // lead bytes of the scripts written without spaces
  for (std::size_t i = 0; i < s.size(); ++i) wide |= static_cast<unsigned char>(p[i] >= 0xE0);
  if (wide != 0) return text::count_budget_words(s);
  auto space = [](unsigned char c) { return static_cast<std::size_t>(c == ' ') | (c == '\n') | (c == '\t'); };
  std::size_t n = space(p[0]) ^ 1u;
  for (std::size_t i = 1; i < s.size(); ++i) n += (space(p[i]) ^ 1u) & space(p[i - 1]);
  return n;
}

// Term ids by stem, in first-seen order: open addressing over 8-byte slots
// (hash tag, id) checked against the vocabulary (a node-based map cost a
// hash call and an allocation per new term, and a cache miss per token).
class TermIds {
 public:
  explicit TermIds(std::size_t expected) {
    std::size_t cap = 64;
    while (cap < 2 * expected) cap *= 2;
    slots_.assign(cap, Slot{});
  }

  std::uint32_t intern(std::string_view stem, std::vector<std::string>& vocabulary) {
    const std::uint64_t h = core::hash_bytes(stem);
    const auto tag = static_cast<std::uint32_t>(h >> 32);
    std::size_t k = static_cast<std::size_t>(h) & (slots_.size() - 1);
    for (; slots_[k].id != kEmpty; k = (k + 1) & (slots_.size() - 1))
      if (slots_[k].tag == tag && vocabulary[slots_[k].id] == stem) return slots_[k].id;
    const auto id = static_cast<std::uint32_t>(vocabulary.size());
    vocabulary.emplace_back(stem);
    slots_[k] = Slot{tag, id};
    if (++count_ * 2 > slots_.size()) grow(vocabulary);
    return id;
  }

 private:
  static constexpr std::uint32_t kEmpty = 0xFFFFFFFFu;
  struct Slot {
    std::uint32_t tag = 0;
    std::uint32_t id = kEmpty;
  };

  void grow(const std::vector<std::string>& vocabulary) {
    std::vector<Slot> old(slots_.size() * 2);
    old.swap(slots_);
    for (const Slot& s : old) {
      if (s.id == kEmpty) continue;
      std::size_t k = static_cast<std::size_t>(core::hash_bytes(vocabulary[s.id])) & (slots_.size() - 1);
      while (slots_[k].id != kEmpty) k = (k + 1) & (slots_.size() - 1);
      slots_[k] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t count_ = 0;
};

}  // namespace

Representation represent(const Cluster& cluster, const RepresentOptions& options) {
  Representation rep;
  rep.document_count = cluster.documents.size();
  std::size_t tokens = 0, sentences = 0;
  for (const Document& doc : cluster.documents) {
    sentences += doc.sentences.size();
    for (const Sentence& sent : doc.sentences) tokens += sent.tokens.size();
  }
  rep.sentences.reserve(sentences);
  rep.terms.reserve(sentences);
  rep.all_terms.reserve(sentences);
  rep.words.reserve(sentences);
  rep.bytes.reserve(sentences);
  TermIds ids(tokens / 4 + 16);  // news repeats its words: ~1 distinct stem in 4 tokens
  auto intern = [&](const std::string& stem) { return ids.intern(stem, rep.vocabulary); };
  for (std::size_t d = 0; d < cluster.documents.size(); ++d) {
    const Document& doc = cluster.documents[d];
    bool first_line = true;  // the first line that is not metadata may be a headline
    bool body_seen = false;  // a sentence of the story came before this one
    const bool closed = closes_its_sentences(doc);
    const QuotationCuts quoted = quotation_cuts(doc);
    const std::size_t about = about_section_start(doc);
    for (std::size_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sent = doc.sentences[s];
      bool metadata = s >= about || is_metadata_sentence(sent);
      if (!metadata && first_line) {
        first_line = false;
        metadata = is_headline(doc, s);
      } else if (!metadata && closed) {
        metadata = is_subheading(doc, s);
      }
      rep.sentences.push_back({d, s, 0});
      std::vector<std::uint32_t> content, all;
      content.reserve(sent.tokens.size());
      all.reserve(sent.tokens.size());
      for (const Token& t : sent.tokens) {
        if (!t.is_word) continue;
        const std::uint32_t id = intern(t.stem);
        all.push_back(id);
        if (!t.is_stopword) content.push_back(id);
      }
      rep.terms.push_back(std::move(content));
      rep.all_terms.push_back(std::move(all));
      rep.words.push_back(count_words(sent.text));
      rep.bytes.push_back(sent.text.size());
      rep.metadata.push_back(metadata);
      rep.in_quotation.push_back(quoted.starts_inside[s] || quoted.ends_inside[s]);
      rep.introduces.push_back(introduces_what_follows(sent));
      rep.labelled.push_back(!metadata && body_seen && opens_with_label(sent));
      body_seen = body_seen || !metadata;
    }
  }
  const std::size_t v = rep.vocabulary.size();
  rep.sentence_df.assign(v, 0);
  rep.document_df.assign(v, 0);
  std::vector<std::size_t> last_sentence(v, static_cast<std::size_t>(-1));
  std::vector<std::size_t> last_document(v, static_cast<std::size_t>(-1));
  for (std::size_t i = 0; i < rep.size(); ++i) {
    for (std::uint32_t t : rep.terms[i]) {
      if (last_sentence[t] != i) {
        last_sentence[t] = i;
        ++rep.sentence_df[t];
      }
      const std::size_t d = rep.sentences[i].document;
      if (last_document[t] != d) {
        last_document[t] = d;
        ++rep.document_df[t];
      }
    }
  }
  const bool by_sentence = options.sentence_idf;
  const double n = static_cast<double>(by_sentence ? rep.size() : rep.document_count);
  rep.idf.assign(v, 0);
  for (std::size_t t = 0; t < v; ++t) {
    const double df = by_sentence ? rep.sentence_df[t] : rep.document_df[t];
    rep.idf[t] = df > 0 ? std::log((n + 1) / df) : 0;
  }
  rep.tfidf.resize(rep.size());
  std::vector<std::uint32_t> sorted;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    sorted.assign(rep.terms[i].begin(), rep.terms[i].end());
    std::sort(sorted.begin(), sorted.end());
    SparseVector vec;
    vec.reserve(sorted.size());
    for (std::size_t k = 0; k < sorted.size();) {
      std::size_t j = k;
      while (j < sorted.size() && sorted[j] == sorted[k]) ++j;
      vec.emplace_back(sorted[k], static_cast<float>(static_cast<double>(j - k) * rep.idf[sorted[k]]));
      k = j;
    }
    rep.tfidf[i] = std::move(vec);
  }
  rep.shingles = sentence_shingles(rep);
  rep.duplicate_document = duplicate_documents(rep, rep.shingles);
  mark_boilerplate(rep);
  // Positions last: they skip every metadata line, boilerplate included.
  std::vector<std::size_t> body(rep.document_count, 0);
  for (std::size_t i = 0; i < rep.size(); ++i) {
    SentenceRef& s = rep.sentences[i];
    s.position = body[s.document];
    body[s.document] += rep.metadata[i] ? 0 : 1;
  }
  return rep;
}

}  // namespace lede
