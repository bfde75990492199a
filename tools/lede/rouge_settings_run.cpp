#include "lede/rouge_settings_run.h"

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "core/shown_path.h"
#include "lede/batch.h"
#include "lede/command.h"
#include "lede/rouge_report.h"
#include "read/rouge_settings.h"

namespace lede::cli {
namespace {

// One summary of one system in one EVAL.
struct Job {
  std::size_t system = 0;
  const RougeSettingsEval* eval = nullptr;
  const RougeSettingsFile* peer = nullptr;
  RougePairScores scores;
  std::string error;
  // The settings file's line naming the summary file that could not be read
  // (0: the error is not one file's).
  std::size_t error_line = 0;
};

// A relative root is read from the current directory, not the settings
// file's: say so when such a file is missing.
std::string where_relative(const std::string& path, const Status& st) {
  if (st.code() != StatusCode::kNotFound || path.empty() || path[0] == '/') return "";
  return " (relative to the current directory, as in ROUGE-1.5.5)";
}

void score(Job& job, const RougeEvaluator& rouge) {
  const std::string& format = job.eval->format;
  Result<std::vector<std::string>> peer = read_rouge_summary_file(job.peer->path, format);
  if (!peer.ok()) {
    job.error = peer.status().message() + where_relative(job.peer->path, peer.status());
    job.error_line = job.peer->line;
    return;
  }
  std::vector<std::vector<std::string>> models;
  for (const RougeSettingsFile& m : job.eval->models) {
    Result<std::vector<std::string>> lines = read_rouge_summary_file(m.path, format);
    if (!lines.ok()) {
      job.error = "model " + m.id + ": " + lines.status().message() + where_relative(m.path, lines.status());
      job.error_line = m.line;
      return;
    }
    models.push_back(std::move(*lines));
  }
  Result<RougePairScores> s = rouge.score_pair_lines(*peer, models);
  if (s.ok()) job.scores = std::move(*s);
  else job.error = s.status().message();
}

std::string joined(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ", ") + s;
  return out;
}

}  // namespace

bool looks_like_rouge_settings(const std::string& path) {
  if (path == "-") return false;
  std::ifstream in(path, std::ios::binary);
  char buf[512];
  in.read(buf, sizeof buf);
  std::string_view head(buf, static_cast<std::size_t>(std::max<std::streamsize>(in.gcount(), 0)));
  if (head.substr(0, 3) == "\xEF\xBB\xBF") head.remove_prefix(3);
  // UTF-16 with its byte order mark, which libxml2 reads: '<' is 3C 00 or
  // 00 3C. It was taken for JSONL and the command line called wrong.
  if (head.substr(0, 4) == std::string_view("\xFF\xFE<\0", 4) ||
      head.substr(0, 4) == std::string_view("\xFE\xFF\0<", 4))
    return true;
  const std::size_t at = head.find_first_not_of(" \t\r\n");
  return at != std::string_view::npos && head[at] == '<';
}

int run_rouge_settings(const RougeSettingsRun& run) {
  const std::string& list_format = run.command.file_list_format;
  if (!list_format.empty() && !is_rouge_text_format(list_format)) {
    std::cerr << "lede rouge: ROUGE flag -z '" << list_format << "': expected SEE, SPL or ISI"
              << (list_format == "SIMPLE" ? " (SIMPLE is Basic Elements input, -3, which lede does not score)" : "")
              << '\n';
    return kExitUsage;
  }
  // ROUGE-1.5.5: with -z the one system is the argument after the file, else
  // "X"; with a settings file, -a wins over a SYSTEM argument.
  Result<RougeSettings> settings =
      list_format.empty() ? read_rouge_settings(run.settings)
                          : read_rouge_file_list(run.settings, list_format, run.system.empty() ? "X" : run.system);
  if (!settings.ok()) {
    std::cerr << "lede rouge: " << settings.status().message() << '\n';
    return kExitInputError;
  }
  std::vector<std::string> systems = settings->systems;
  if (list_format.empty() && !run.system.empty() && !run.command.all_systems) {
    if (std::find(systems.begin(), systems.end(), run.system) == systems.end()) {
      std::cerr << "lede rouge: " << shown_path(run.settings) << ": no <P ID=\"" << run.system
                << "\"> in any EVAL (its systems: " << joined(systems) << ")\n";
      return kExitInputError;
    }
    systems = {run.system};
  }
  std::vector<RougeEvaluator> evaluators;
  for (const std::string& s : systems) {
    RougeOptions o = run.command.options;
    o.system_id = s;
    Result<RougeEvaluator> e = RougeEvaluator::create(o);
    if (!e.ok()) {
      std::cerr << "lede rouge: " << e.status().message() << '\n';
      return kExitUsage;
    }
    evaluators.push_back(std::move(*e));
  }

  std::vector<Job> jobs;
  for (std::size_t k = 0; k < systems.size(); ++k)
    for (const RougeSettingsEval& e : settings->evals) {
      auto p = std::find_if(e.peers.begin(), e.peers.end(), [&](const auto& f) { return f.id == systems[k]; });
      if (p == e.peers.end()) {
        // Not every system answers every EVAL; ROUGE-1.5.5 warns and goes on.
        std::cerr << "lede rouge: warning: " << shown_path(run.settings) << ": EVAL \"" << e.id
                  << "\" has no summary of system \"" << systems[k]
                  << "\" (left out of its averages, as ROUGE-1.5.5 does)\n";
        continue;
      }
      jobs.push_back({k, &e, &*p, {}, {}, 0});
    }
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t k; (k = next.fetch_add(1)) < jobs.size();) score(jobs[k], evaluators[jobs[k].system]);
  };
  run_workers(run.threads, jobs.size(), work);

  bool ok = true;
  std::vector<std::vector<ScoredPair>> by_system(systems.size());
  for (Job& j : jobs) {
    if (!j.error.empty()) {
      // As the settings file's own errors: FILE:LINE where the file is named.
      std::cerr << "lede rouge: " << shown_path(run.settings)
                << (j.error_line > 0 ? ":" + std::to_string(j.error_line) : std::string()) << ": EVAL \"" << j.eval->id
                << "\", system \"" << systems[j.system] << "\": " << j.error << '\n';
      ok = false;
      continue;
    }
    by_system[j.system].push_back({j.eval->id, std::move(j.scores)});
  }
  bool any = false;
  for (std::size_t k = 0; k < systems.size(); ++k) {
    const std::vector<ScoredPair>& pairs = by_system[k];
    if (pairs.empty()) continue;
    any = true;
    const RougeEvaluator& rouge = evaluators[k];
    const std::vector<std::string>& metrics = rouge.metric_names();
    const std::string system_json = nlohmann::json(systems[k]).dump();
    if (run.per_summary) {
      for (const ScoredPair& p : pairs) {
        const std::string id_json = nlohmann::json(p.id).dump();
        std::string line = pair_json(id_json, metrics, p.scores);
        line.insert(std::string("{\"id\":").size() + id_json.size(), ",\"system\":" + system_json);
        std::cout << line << '\n';
      }
      continue;
    }
    std::vector<RougeScoredPair> scored;
    for (const ScoredPair& p : pairs) scored.push_back({p.id, p.scores});
    const std::vector<RougeAverage> avg = rouge.average(scored);
    if (run.json) {
      nlohmann::ordered_json j;
      j["system"] = systems[k];
      j["pairs"] = pairs.size();
      j["mode"] = rouge_mode_name(rouge.options());
      j["flags"] = run.flags;
      j["metrics"] = nlohmann::ordered_json::parse(averages_json(avg, rouge.options().counting_unit == 2));
      std::cout << j.dump() << '\n';
    } else {
      std::cout << rouge_text_report(rouge, avg, pairs);
    }
  }
  if (!any) {
    if (ok) std::cerr << "lede rouge: " << shown_path(run.settings) << ": nothing to score\n";
    return kExitInputError;
  }
  return ok ? kExitOk : kExitInputError;
}

}  // namespace lede::cli
