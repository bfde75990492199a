// Longest common subsequences as ROUGE-1.5.5 marks them: the textbook table,
// ties broken its way (diagonal on a match, else up when the upper cell is at
// least the left one), walked back from the corner to mark the reference
// ("model") positions on the LCS; and the weighted variant behind ROUGE-W.
#pragma once

#include <cstdint>
#include <vector>

namespace lede::eval {

using Tokens = std::vector<std::uint32_t>;

// Marks (sets to 1) the positions of `model` on the LCS with `peer`.
// `table` is scratch space, reused across calls to save allocations.
void mark_lcs(const Tokens& model, const Tokens& peer, std::vector<std::uint8_t>& hit_mask,
              std::vector<std::uint32_t>& table);

// The same for ROUGE-W: the table holds weighted lengths, a run of k
// consecutive matches weighing k^weight.
void mark_wlcs(const Tokens& model, const Tokens& peer, double weight, std::vector<std::uint8_t>& hit_mask);

// Length of the LCS of a and b (rouge-score's rougeL).
std::size_t lcs_length(const Tokens& a, const Tokens& b);

}  // namespace lede::eval
