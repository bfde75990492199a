#include "lede/rouge_compare_report.h"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "lede/rouge_report.h"

namespace lede::cli {
namespace {

// Differences keep their sign in a fixed width ("+0.01234", "-0.00310").
std::string signed_five(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%+8.5f", v);
  return buf;
}

// A p-value to 4 decimals, or a confidence level as given ("95", "99.5").
std::string formatted(const char* format, double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

}  // namespace

std::string comparison_text(const ComparisonHeading& h, const std::vector<RougeDifference>& rows) {
  std::string out = "A = " + h.system_a + ", B = " + h.system_b + ": " + std::to_string(h.pairs) +
                    " pairs; B - A with its " + formatted("%g", h.options.confidence) +
                    "% paired bootstrap interval (" + std::to_string(h.options.resamples) +
                    " resamples) and two-sided p (approximate randomization, " + std::to_string(h.options.trials) +
                    " trials, seed " + std::to_string(h.options.seed) + ")\n";
  char line[256];
  std::snprintf(line, sizeof line, "%-14s %-7s %-7s %-8s %-19s %s\n", "metric", "A", "B", "B - A", "interval", "p");
  out += line;
  for (const RougeDifference& d : rows) {
    const std::string name = d.metric + " " + d.measure;
    std::snprintf(line, sizeof line, "%-14s %s %s %s [%s, %s] %s\n", name.c_str(), five(d.mean_a).c_str(),
                  five(d.mean_b).c_str(), signed_five(d.difference).c_str(), signed_five(d.low).c_str(),
                  signed_five(d.high).c_str(), formatted("%.4f", d.p_value).c_str());
    out += line;
  }
  return out;
}

std::string comparison_json(const ComparisonHeading& h, const std::vector<RougeDifference>& rows) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["pairs"] = h.pairs;
  j["mode"] = h.mode;
  j["flags"] = h.flags;
  j["a"] = h.system_a;
  j["b"] = h.system_b;
  j["resamples"] = h.options.resamples;
  j["trials"] = h.options.trials;
  j["confidence"] = h.options.confidence;
  j["seed"] = h.options.seed;
  nlohmann::ordered_json metrics = nlohmann::ordered_json::object();
  for (const RougeDifference& d : rows) {
    nlohmann::ordered_json m;
    m["a"] = d.mean_a;
    m["b"] = d.mean_b;
    m["difference"] = d.difference;
    m["low"] = d.low;
    m["high"] = d.high;
    m["p"] = d.p_value;
    metrics[d.metric][std::string(1, d.measure)] = std::move(m);
  }
  j["metrics"] = std::move(metrics);
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace lede::cli
