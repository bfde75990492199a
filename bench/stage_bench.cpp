// Per-stage micro-benchmarks (Google Benchmark): normalization, segmentation,
// tokenization and whole-document analysis on generated news-like text, and
// summarization cost against sentence count for every method.
#include <benchmark/benchmark.h>

#include <string>

#include "lede/summarize.h"
#include "lede/text.h"

namespace {

// Deterministic news-like text: varied sentences, abbreviations, numbers,
// quotes and paragraph breaks.
std::string make_text(std::size_t sentences) {
  static const char* kParts[] = {
      "The U.S. Senate voted 52-48 on Tuesday to approve the $1.2 trillion bill.",
      "\"We will keep working,\" said Sen. Maria Lopez of N.M. after the vote.",
      "Officials in Washington said prices rose 3.5% in March, the fastest pace since 2021.",
      "Dr. Alan Reyes, who leads the team, expects results by Jan. 15.",
      "Critics called it a mistake. Supporters disagreed!",
      "Shares of Acme Corp. fell 4 percent in early trading in New York.",
  };
  std::string out;
  for (std::size_t k = 0; k < sentences; ++k) {
    out += kParts[k % 6];
    out += (k % 5 == 4) ? "\n\n" : " ";
  }
  return out;
}

void BM_Normalize(benchmark::State& state) {
  const std::string text = make_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(lede::normalize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Normalize)->Arg(1000);

void BM_Segment(benchmark::State& state) {
  const std::string text = make_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(lede::segment(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Segment)->Arg(1000);

void BM_Tokenize(benchmark::State& state) {
  const std::string text = make_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(lede::tokenize(text));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Tokenize)->Arg(1000);

void BM_Analyze(benchmark::State& state) {
  const std::string text = make_text(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    lede::Document doc;
    doc.text = text;
    benchmark::DoNotOptimize(lede::analyze(doc));
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(text.size()));
}
BENCHMARK(BM_Analyze)->Arg(1000);

// Summarization cost against sentence count, per method (analysis excluded).
void BM_Summarize(benchmark::State& state, const std::string& method) {
  lede::Cluster cluster;
  lede::Document doc;
  doc.text = make_text(static_cast<std::size_t>(state.range(0)));
  (void)lede::analyze(doc);
  cluster.documents.push_back(doc);
  lede::Summarizer summarizer;
  lede::SummarizeOptions opts;
  opts.method = method;
  for (auto _ : state) benchmark::DoNotOptimize(summarizer.summarize(cluster, opts));
  state.SetComplexityN(state.range(0));
}

int register_methods() {
  for (const auto& m : lede::methods())
    benchmark::RegisterBenchmark(("BM_Summarize/" + m.name).c_str(), BM_Summarize, m.name)
        ->RangeMultiplier(4)
        ->Range(16, 1024)
        ->Complexity();
  return 0;
}
const int kRegistered = register_methods();

}  // namespace
