// ROUGE on arbitrary summaries and references (the bytes `lede rouge` and
// `lede eval` read), under a flag set chosen by the input, and
// parse_rouge_flags on arbitrary argument lists. Invariants: never crashes;
// no reference is an error; every R, P, F is a number in [0, 1]; one score per
// metric name; averages are in [0, 1]; scoring twice gives the same numbers.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "lede/rouge.h"

namespace {

const std::vector<std::vector<std::string>> kFlagSets = {
    {},
    {"-n", "2", "-m"},
    {"-n", "4", "-m", "-s", "-x"},
    {"-n", "2", "-2", "4", "-u", "-w", "1.2"},
    {"-n", "1", "-l", "5", "-f", "B"},
    {"-n", "3", "-b", "20", "-p", "0.2", "-U", "-2", "-1"},
    {"-n", "2", "-2", "-1", "-m", "-s"},
    {"-n", "2", "-m", "-w", "1.5", "-f", "A", "-c", "50"},
};

bool in_unit(double x) { return std::isfinite(x) && x >= -1e-12 && x <= 1 + 1e-9; }

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t from = 0;
  while (true) {
    const std::size_t cut = s.find(sep, from);
    out.emplace_back(s.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from));
    if (cut == std::string_view::npos) return out;
    from = cut + 1;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t flags = lede::fuzz::take_byte(in);

  lede::Result<lede::RougeOptions> opts = lede::RougeOptions{};
  if (flags & 0x80) {
    // Arguments from the input up to the first 0x1F, split at spaces.
    const std::size_t cut = in.find('\x1f');
    std::vector<std::string> args = split(in.substr(0, cut), ' ');
    in = cut == std::string_view::npos ? std::string_view() : in.substr(cut + 1);
    opts = lede::parse_rouge_flags(args);
    if (!opts.ok()) {
      FUZZ_CHECK(!opts.status().message().empty());
      return 0;
    }
    // Keep the bootstrap cheap whatever -r said.
    opts->resamples = std::min<std::size_t>(opts->resamples, 20);
  } else {
    opts = lede::parse_rouge_flags(kFlagSets[flags % kFlagSets.size()]);
    FUZZ_CHECK(opts.ok());
    opts->resamples = 10;
    if (flags & 0x40) opts->mode = lede::RougeMode::kRougeScore;
    if (flags & 0x20) opts->tokenization = lede::RougeTokenization::kUnicode;
  }
  lede::Result<lede::RougeEvaluator> rouge = lede::RougeEvaluator::create(*opts);
  if (!rouge.ok()) {
    FUZZ_CHECK(!rouge.status().message().empty());
    return 0;
  }

  // Summary, then references, separated by 0x1E.
  std::vector<std::string> parts = split(in, '\x1e');
  const std::string summary = parts.front();
  std::vector<std::string> refs(parts.begin() + 1, parts.end());
  lede::Result<lede::RougePairScores> s = rouge->score_pair(summary, refs);
  if (refs.empty()) {
    FUZZ_CHECK(!s.ok());
    return 0;
  }
  if (!s.ok()) {
    FUZZ_CHECK(!s.status().message().empty());
    return 0;
  }
  FUZZ_CHECK(s->scores.size() == rouge->metric_names().size());
  for (const lede::RougeScore& r : s->scores) {
    FUZZ_CHECK(in_unit(r.recall));
    FUZZ_CHECK(in_unit(r.precision));
    FUZZ_CHECK(in_unit(r.f));
  }
  lede::Result<lede::RougePairScores> again = rouge->score_pair(summary, refs);
  FUZZ_CHECK(again.ok() && again->scores.size() == s->scores.size());
  for (std::size_t k = 0; k < s->scores.size(); ++k) {
    FUZZ_CHECK(again->scores[k].recall == s->scores[k].recall);
    FUZZ_CHECK(again->scores[k].f == s->scores[k].f);
  }
  std::vector<lede::RougeScoredPair> pairs = {{"a", *s}, {"b", *again}};
  for (const lede::RougeAverage& a : rouge->average(pairs)) {
    FUZZ_CHECK(in_unit(a.recall.mean) && in_unit(a.precision.mean) && in_unit(a.f.mean));
    FUZZ_CHECK(a.f.low <= a.f.high + 1e-12);
  }
  return 0;
}
