// Longest common subsequences as ROUGE-1.5.5 marks them: the textbook table,
// ties broken its way (diagonal on a match, else up when the upper cell is at
// least the left one), walked back from the corner to mark the reference
// ("model") positions on the LCS; and the weighted variant behind ROUGE-W.
//
// Memory: the lengths are filled in two rolling rows; what the walk back
// needs of the table is one bit per cell (up or left off a match), so a
// model x peer pair holds model.size() x peer.size() bits (rows padded to 64)
// plus O(peer.size()) for the rows. ROUGE-1.5.5's units are lines, so two
// texts written as one line each make one table of words x words bits:
// max_cells bounds it, and a pair over it is refused, not allocated.
//
// Thread safety: the functions share nothing; each caller owns its scratch.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace lede::eval {

using Tokens = std::vector<std::uint32_t>;

// The default cap on one pair's table: 2^33 cells, 1 GiB of direction bits
// (two 92,700-word lines need more).
inline constexpr std::size_t kMaxLcsCells = std::size_t{1} << 33;

// Cells of the bit table for an m x n pair (rows padded to 64 bits), what
// max_cells is compared with; SIZE_MAX when that does not fit a size_t.
std::size_t lcs_table_cells(std::size_t m, std::size_t n);

// "needs C table cells, over the limit of L (... of bits)": the end of the
// error for an m x n pair that mark_lcs or mark_wlcs refused.
std::string lcs_over_limit(std::size_t m, std::size_t n, std::size_t max_cells);

// Scratch space for mark_lcs and mark_wlcs, reused across calls to save
// allocations; its contents between calls mean nothing.
struct LcsScratch {
  std::vector<std::uint64_t> up;       // per cell off a match: 1 = the walk goes up
  std::vector<std::uint32_t> lengths;  // ROUGE-L: two rolling rows of LCS lengths
  std::vector<double> weighted;        // ROUGE-W: two rolling rows of weighted lengths
  std::vector<std::uint32_t> runs;     // ROUGE-W: two rolling rows of run lengths
};

// Marks (sets to 1) the positions of `model` on the LCS with `peer`;
// hit_mask has model.size() entries, and marks already set stay set. Returns
// false, marking nothing, when lcs_table_cells(model.size(), peer.size())
// exceeds max_cells.
[[nodiscard]] bool mark_lcs(const Tokens& model, const Tokens& peer, std::vector<std::uint8_t>& hit_mask,
                            LcsScratch& scratch, std::size_t max_cells = kMaxLcsCells);

// The same for ROUGE-W: the table holds weighted lengths, a run of k
// consecutive matches weighing k^weight.
[[nodiscard]] bool mark_wlcs(const Tokens& model, const Tokens& peer, double weight,
                             std::vector<std::uint8_t>& hit_mask, LcsScratch& scratch,
                             std::size_t max_cells = kMaxLcsCells);

// Length of the LCS of a and b (rouge-score's rougeL); O(b.size()) memory.
std::size_t lcs_length(const Tokens& a, const Tokens& b);

}  // namespace lede::eval
