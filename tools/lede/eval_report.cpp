#include "lede/eval_report.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>

#include "lede/rouge_report.h"

namespace lede::cli {

void print_eval_report(const EvalReport& r, bool json_out) {
  if (json_out) {
    // In the order docs/rouge.md lists the keys (a plain json sorts them).
    nlohmann::ordered_json j;
    j["dataset"] = r.dataset;
    j["method"] = r.method;
    j["budget"] = r.budget;
    j["rouge"] = {{"mode", r.rouge_mode}, {"flags", r.rouge_flags}};
    j["clusters"] = r.clusters;
    j["scored"] = r.scored;
    j["failed"] = r.failed;
    j["standard"] = r.standard;
    j["seconds"] = r.seconds;
    j["clusters_per_second"] = r.rate;
    j["peak_rss_mb"] = r.rss_mb;
    // Averages over no pairs are 0.0, which reads as a (terrible) result:
    // with nothing scored there are no metrics.
    j["metrics"] = r.scored == 0 ? nlohmann::ordered_json::object()
                                 : nlohmann::ordered_json::parse(averages_json(r.averages, r.counts_only));
    // replace: a file name that is not UTF-8 must not throw.
    std::cout << j.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace) << '\n';
  } else {
    std::printf("lede eval %s: method %s, budget %s, ROUGE %s%s, %zu clusters scored\n", r.name.c_str(),
                r.method.c_str(), r.budget.c_str(), r.rouge_flags.c_str(), r.rouge_score ? " (rouge-score)" : "",
                r.scored);
    if (r.scored == 0) std::printf("no ROUGE figures: no record was summarized and scored (standard error says why)\n");
    else if (r.counts_only) std::printf("%-12s %12s %12s %12s\n", "metric", "M_count", "P_count", "H_count");
    else {
      // The level -c sets (95 unless given), as ROUGE-1.5.5 labels its intervals.
      char level[32];
      std::snprintf(level, sizeof level, "%g%% CI]", r.confidence);
      const std::string rc = std::string("R [") + level, pc = std::string("P [") + level,
                        fc = std::string("F [") + level;
      std::printf("%-12s %-27s %-27s %-27s\n", "metric", rc.c_str(), pc.c_str(), fc.c_str());
    }
    for (const RougeAverage& m : r.scored == 0 ? std::vector<RougeAverage>{} : r.averages) {
      if (r.counts_only) {
        // Truncated as `lede rouge -t 2` (Perl's int) prints them.
        std::printf("%-12s %12lld %12lld %12lld\n", m.metric.c_str(), static_cast<long long>(m.model_count),
                    static_cast<long long>(m.peer_count), static_cast<long long>(m.hits));
        continue;
      }
      auto cell = [](const RougeEstimate& e) { return five(e.mean) + " [" + five(e.low) + ", " + five(e.high) + "]"; };
      std::printf("%-12s %-27s %-27s %-27s\n", m.metric.c_str(), cell(m.recall).c_str(), cell(m.precision).c_str(),
                  cell(m.f).c_str());
    }
    std::printf("standard figure for this data set: %s\n", r.standard.c_str());
    std::printf("%zu clusters in %.2f s: %.2f clusters/s, peak RSS %.1f MB\n", r.clusters, r.seconds, r.rate, r.rss_mb);
  }
}

}  // namespace lede::cli
