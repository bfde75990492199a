// The two pair scorers behind RougeEvaluator (internal).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eval/rouge_lcs.h"
#include "eval/rouge_text.h"
#include "lede/rouge.h"

namespace lede::eval {

// Both refuse (ResourceExhausted, naming the reference and lines) a pair
// whose ROUGE-L/W (rougeLsum) table would exceed max_lcs_cells (rouge_lcs.h).

// ROUGE-1.5.5: "ROUGE-1".."ROUGE-N", "ROUGE-L", "ROUGE-W-W", "ROUGE-S[U]D".
std::vector<std::string> rouge155_metric_names(const RougeOptions& options);
Result<RougePairScores> rouge155_score(const RougeOptions& options, const RougeTokenizer& tokenizer,
                                       std::string_view summary, const std::vector<std::string>& references,
                                       std::size_t max_lcs_cells = kMaxLcsCells);
// The same on texts already split into lower-cased lines (rouge_lines, or
// the lines of ROUGE-1.5.5's own summary files taken as they are).
Result<RougePairScores> rouge155_score_lines(const RougeOptions& options, const RougeTokenizer& tokenizer,
                                             const std::vector<std::string>& summary,
                                             const std::vector<std::vector<std::string>>& references,
                                             std::size_t max_lcs_cells = kMaxLcsCells);

// rouge-score: "rouge1".."rougeN", "rougeL", "rougeLsum".
std::vector<std::string> rouge_score_metric_names(const RougeOptions& options);
Result<RougePairScores> rouge_score_score(const RougeOptions& options, std::string_view summary,
                                          const std::vector<std::string>& references,
                                          std::size_t max_lcs_cells = kMaxLcsCells);

}  // namespace lede::eval
