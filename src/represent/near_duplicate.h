// Near-duplicate detection across a cluster: news clusters repeat wire copy,
// so the same sentence (or a whole article) often appears several times with
// small edits. Sentences and documents are compared by the Jaccard overlap of
// their shingles, hashed word 3-grams of stems (Broder 1997).
//
//   std::vector<Shingles> sh = sentence_shingles(rep);
//   if (near_duplicate(sh[i], sh[j])) ...          // say it only once
//   std::vector<bool> dup = duplicate_documents(rep);  // later copies of an article
//
// Guarantees: deterministic (shingles are the 3-grams' term ids, packed, or
// hashed without seeds for vocabularies past two million stems);
// cost linear in the text for shingling, and candidates for document pairs
// come from an inverted index so unrelated documents cost nothing.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <vector>

#include "represent/representation.h"

namespace lede {

// Shingles of every sentence of rep (word 3-grams over all words; sentences
// shorter than three words use their words).
std::vector<Shingles> sentence_shingles(const Representation& rep);

// The shingles of one sentence's term ids (rep.all_terms[i]): packed ids
// (`pack`, for ids below 2^21) or their hashes. Either way, two sentences'
// shingles compare the same (sentence_shingles packs when the vocabulary
// allows).
Shingles shingles_of(const std::vector<std::uint32_t>& words, bool pack);

// |a ∩ b| / |a ∪ b| (0 when both are empty).
double jaccard(const Shingles& a, const Shingles& b);

// Two sentences say the same thing: Jaccard >= 0.5, or one's shingles are at
// least 80% contained in the other's (a shortened wire copy).
bool near_duplicate(const Shingles& a, const Shingles& b);

// For each document of rep: true when it nearly repeats an earlier document
// of the cluster (Jaccard of their shingle sets >= 0.6). The earlier copy is
// kept, so a cluster of copies still has one document.
std::vector<bool> duplicate_documents(const Representation& rep, const std::vector<Shingles>& shingles);

}  // namespace lede
