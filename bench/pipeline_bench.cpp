// End-to-end figures on the development data, one thread:
//   - segmentation + tokenization throughput (MB/s) over every BBC article;
//   - documents/s of chosen methods on bbc.dev.jsonl (3 sentences);
//   - clusters/s of chosen methods on duc2003.jsonl (100 words);
//   - peak RSS.
// Rates are per CPU-second of this single thread.
// Usage: lede_pipeline_bench SHARED_DIR [METHOD...]
#include <sys/resource.h>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <string>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"
#include "lede/text.h"

namespace {

// CPU time of this (single-threaded) process: a per-core figure that holds
// even when other work shares the machine.
struct Clock {
  using time_point = double;
  static double now() {
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
  }
};

std::vector<lede::Cluster> load(const std::string& path) {
  std::vector<lede::Cluster> out;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    lede::Record rec;
    if (lede::parse_record(line, rec).ok()) out.push_back(std::move(rec.cluster));
  }
  return out;
}

double seconds_since(double t0) { return Clock::now() - t0; }

long peak_rss_mb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024;
}

// Runs `method` over every cluster (analysis included) `rounds` times; returns items/s.
double throughput(const std::vector<lede::Cluster>& data, const std::string& method, lede::Budget budget, int rounds) {
  lede::Summarizer summarizer;
  lede::SummarizeOptions opts;
  opts.method = method;
  opts.budget = budget;
  std::size_t done = 0;
  const auto t0 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& c : data)
      if (summarizer.summarize(c, opts).ok()) ++done;
  return static_cast<double>(done) / seconds_since(t0);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s SHARED_DIR [METHOD...]\n", argv[0]);
    return 2;
  }
  const std::string shared = argv[1];
  std::vector<std::string> methods;
  for (int k = 2; k < argc; ++k) methods.emplace_back(argv[k]);
  if (methods.empty()) methods = {"lead", "lexrank"};

  const auto bbc = load(shared + "/data/summarization/bbc.dev.jsonl");
  const auto duc = load(shared + "/data/summarization/duc2003.jsonl");
  if (bbc.empty() || duc.empty()) {
    std::fprintf(stderr, "lede_pipeline_bench: cannot read the data under %s/data/summarization\n", shared.c_str());
    return 1;
  }

  // Segmentation + tokenization: lede::analyze over every BBC article.
  std::size_t bytes = 0;
  const int rounds = 5;
  const auto t0 = Clock::now();
  for (int r = 0; r < rounds; ++r)
    for (const auto& c : bbc)
      for (auto doc : c.documents) {
        bytes += doc.text.size();
        (void)lede::analyze(doc);
      }
  const double mbs = static_cast<double>(bytes) / 1e6 / seconds_since(t0);
  std::printf("segmentation+tokenization (analyze, bbc.dev, 1 thread): %.1f MB/s\n", mbs);

  for (const auto& m : methods) {
    const double bbc_rate = throughput(bbc, m, lede::Budget::sentences(3), 2);
    const double duc_rate = throughput(duc, m, lede::Budget::words(100), 3);
    std::printf("%-12s bbc.dev: %8.0f articles/s   duc2003: %8.1f clusters/s\n", m.c_str(), bbc_rate, duc_rate);
  }
  std::printf("peak RSS: %ld MB\n", peak_rss_mb());
  return 0;
}
