// The two sides `lede rouge` pairs by id: references and summaries read
// from JSONL files, or from line-aligned text files (--lines) as the same
// shape, so pairing, scoring and output are one path for both.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace lede::cli {

struct RougeSide {
  std::vector<std::string> ids;      // in file order
  std::vector<std::string> id_json;  // as written
  std::vector<std::vector<std::string>> texts;
  std::map<std::string, std::size_t> index;
};

// Reads one JSONL side; `references` picks the field ("summaries" vs
// "summary"). Problems go to standard error, naming the file and line.
// `opened` says whether the file could be read at all, as JSONL; `hinted`
// whether the hint for other formats was printed (once is enough for both
// sides). False when anything was wrong; what could be read is kept.
bool read_jsonl_side(const std::string& path, bool references, RougeSide& side, bool& opened, bool& hinted);

// The pairs of line-aligned files (rouge_lines.h) as the two sides, ids "1",
// "2", ...; false (with the message on standard error) when they cannot be read.
// A separator warning (rouge_lines.h) goes to standard error unless it equals
// `warned`, which then holds it.
bool read_line_sides(const std::vector<std::string>& files, const std::string& separator, RougeSide& refs,
                     RougeSide& sums, std::string& warned);

// The summaries of `sums` paired with their references in `refs` by id, in
// summary-file order, as (index into sums, index into refs). With --compare
// (`other` not null) only the ids `other` also holds. Ids on one side only
// are named on standard error (the files by `sums_name` and `other_name`),
// and `ok` is then set false.
std::vector<std::pair<std::size_t, std::size_t>> match_sides(const RougeSide& refs, const RougeSide& sums,
                                                             const RougeSide* other, const std::string& sums_name,
                                                             const std::string& other_name, bool& ok);

}  // namespace lede::cli
