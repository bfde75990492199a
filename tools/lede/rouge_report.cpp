#include "lede/rouge_report.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace lede::cli {

std::string five(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", v);
  return buf;
}

namespace {

std::string number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%g", v);
  return buf;
}

// Perl's default number to string: %.15g.
std::string perl_number(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

// ROUGE-1.5.5's by_evalID: numerically by leading digits when both ids start
// with digits, otherwise as strings.
bool by_eval_id(const std::string& a, const std::string& b) {
  auto digits = [](const std::string& s) {
    std::size_t n = 0;
    while (n < s.size() && s[n] >= '0' && s[n] <= '9') ++n;
    return n;
  };
  const std::size_t da = digits(a), db = digits(b);
  if (da > 0 && db > 0) {
    const double na = std::stod(a.substr(0, da)), nb = std::stod(b.substr(0, db));
    if (na != nb) return na < nb;
    return false;  // equal numbers: Perl's sort keeps them as they come
  }
  return a < b;
}

}  // namespace

std::string rouge_text_report(const RougeEvaluator& rouge, const std::vector<RougeAverage>& averages,
                              const std::vector<ScoredPair>& pairs) {
  const RougeOptions& o = rouge.options();
  const std::string& sys = o.system_id;
  const std::string cf = number(o.confidence);
  std::vector<std::size_t> order(pairs.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::vector<std::string> keys;
  for (const auto& p : pairs) {
    std::string key = p.id;
    key += '.';
    key += sys;
    keys.push_back(std::move(key));
  }
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return keys[a] < keys[b]; });
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return by_eval_id(keys[a], keys[b]); });
  std::ostringstream out;
  for (std::size_t k = 0; k < averages.size(); ++k) {
    const RougeAverage& a = averages[k];
    out << "---------------------------------------------\n";
    auto line = [&](const char* what, const RougeEstimate& e) {
      out << sys << ' ' << a.metric << " Average_" << what << ": " << five(e.mean) << " (" << cf << "%-conf.int. "
          << five(e.low) << " - " << five(e.high) << ")\n";
    };
    if (o.counting_unit == 2) {
      // Perl's int(): the totals truncated.
      out << sys << ' ' << a.metric << " M_count: " << static_cast<long long>(a.model_count)
          << " P_count: " << static_cast<long long>(a.peer_count) << " H_count: " << static_cast<long long>(a.hits)
          << '\n';
    } else {
      line("R", a.recall);
      line("P", a.precision);
      line("F", a.f);
    }
    if (o.print_per_pair) {
      out << ".............................................\n";
      for (std::size_t i : order) {
        const RougeScore& s = pairs[i].scores.scores[k];
        out << sys << ' ' << a.metric << " Eval " << keys[i];
        // Under -t 1 and -t 2 ROUGE-1.5.5 keeps each pair's counts where its
        // scores would be, and prints them as Perl prints numbers.
        if (o.counting_unit != 0)
          out << " R:" << perl_number(s.model_count) << " P:" << perl_number(s.peer_count)
              << " F:" << perl_number(s.hits) << '\n';
        else out << " R:" << five(s.recall) << " P:" << five(s.precision) << " F:" << five(s.f) << '\n';
      }
    }
  }
  return out.str();
}

std::string averages_json(const std::vector<RougeAverage>& averages, bool counts) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  auto est = [](const RougeEstimate& e) {
    return nlohmann::ordered_json{{"mean", e.mean}, {"low", e.low}, {"high", e.high}};
  };
  for (const RougeAverage& a : averages) {
    if (counts) j[a.metric] = {{"M_count", a.model_count}, {"P_count", a.peer_count}, {"H_count", a.hits}};
    else j[a.metric] = {{"R", est(a.recall)}, {"P", est(a.precision)}, {"F", est(a.f)}};
  }
  return j.dump();
}

std::string pair_json(const std::string& id_json, const std::vector<std::string>& metrics,
                      const RougePairScores& scores) {
  std::string out = "{\"id\":";
  out += id_json;
  for (std::size_t k = 0; k < metrics.size(); ++k) {
    nlohmann::ordered_json s = {
        {"R", scores.scores[k].recall}, {"P", scores.scores[k].precision}, {"F", scores.scores[k].f}};
    out += ',';
    out += nlohmann::json(metrics[k]).dump();
    out += ':';
    out += s.dump();
  }
  out += '}';
  return out;
}

std::vector<std::string> split_flags(const std::string& flags) {
  std::istringstream in(flags);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

}  // namespace lede::cli
