// Every case of ../shared/data/rouge/vectors.dev.jsonl (ROUGE-1.5.5's own
// output) and rouge_score_vectors.dev.jsonl (Google rouge-score's).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "lede/rouge.h"
#include "support/shared_data.h"

namespace {

using nlohmann::json;

std::vector<std::string> split_flags(const std::string& s) {
  std::istringstream in(s);
  std::vector<std::string> out;
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::string pad(std::size_t i) {
  std::string s = std::to_string(i);
  return std::string(8 - s.size(), '0') + s;
}

struct Group {
  std::vector<lede::RougeScoredPair> pairs;
};

TEST(RougeVectors, EveryPairAndCorpusMatchesRouge155) {
  LEDE_REQUIRE_SHARED(path, "data/rouge/vectors.dev.jsonl");
  std::ifstream in(path);
  std::map<std::string, lede::RougeEvaluator> evaluators;
  std::map<std::string, Group> groups;  // group + set -> pairs in file order
  std::size_t cases = 0, mismatched = 0, values = 0, corpus = 0, corpus_bad = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const json rec = json::parse(line);
    const std::string options = rec.at("options");
    auto it = evaluators.find(options);
    if (it == evaluators.end()) {
      auto opts = lede::parse_rouge_flags(split_flags(options));
      ASSERT_TRUE(opts.ok()) << options << ": " << opts.status().message();
      auto ev = lede::RougeEvaluator::create(*opts);
      ASSERT_TRUE(ev.ok()) << ev.status().message();
      it = evaluators.emplace(options, std::move(*ev)).first;
    }
    const lede::RougeEvaluator& ev = it->second;
    const std::string key = rec.at("group").get<std::string>() + "/" + rec.at("set").get<std::string>();
    if (rec.at("kind") == "pair") {
      ++cases;
      auto s =
          ev.score_pair(rec.at("summary").get<std::string>(), rec.at("references").get<std::vector<std::string>>());
      ASSERT_TRUE(s.ok());
      bool bad = false;
      std::ostringstream why;
      for (std::size_t k = 0; k < ev.metric_names().size(); ++k) {
        const json& e = rec.at("expected").at(ev.metric_names()[k]);
        const lede::RougeScore& got = s->scores[k];
        values += 3;
        for (auto [name, g] : {std::pair{"R", got.recall}, {"P", got.precision}, {"F", got.f}}) {
          if (std::fabs(g - e.at(name).get<double>()) > 5e-6) {
            bad = true;
            why << ev.metric_names()[k] << " " << name << " got " << g << " want " << e.at(name) << "; ";
          }
        }
      }
      if (rec.at("expected").size() != ev.metric_names().size()) {
        bad = true;
        why << "metric count differs";
      }
      if (bad && ++mismatched <= 10) ADD_FAILURE() << key << " " << rec.value("id", "") << ": " << why.str();
      Group& g = groups[key];
      g.pairs.push_back({pad(g.pairs.size()), *s});
    } else {
      ++corpus;
      const Group& g = groups[key];
      EXPECT_EQ(g.pairs.size(), rec.at("pairs").get<std::size_t>()) << key;
      std::vector<lede::RougeAverage> avg = ev.average(g.pairs);
      for (const lede::RougeAverage& a : avg) {
        const json& e = rec.at("expected_average").at(a.metric);
        for (auto [name, got] : {std::pair{"R", a.recall.mean}, {"P", a.precision.mean}, {"F", a.f.mean}}) {
          if (std::fabs(got - e.at(name).get<double>()) > 5e-6) {
            ++corpus_bad;
            ADD_FAILURE() << key << " corpus " << a.metric << " " << name << " got " << got << " want " << e.at(name);
          }
        }
      }
    }
  }
  EXPECT_EQ(cases, 11248u);
  EXPECT_EQ(corpus, 16u);
  EXPECT_EQ(mismatched, 0u) << mismatched << " of " << cases << " cases differ";
  EXPECT_EQ(corpus_bad, 0u);
  std::cout << "[ vectors  ] " << cases - mismatched << "/" << cases << " pairs (" << values << " values) and "
            << corpus << " corpus records checked\n";
}

TEST(RougeVectors, EveryRougeScoreCaseMatchesTo1e9) {
  LEDE_REQUIRE_SHARED(path, "data/rouge/rouge_score_vectors.dev.jsonl");
  std::ifstream in(path);
  std::size_t cases = 0, mismatched = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    const json rec = json::parse(line);
    lede::RougeOptions o;
    o.mode = lede::RougeMode::kRougeScore;
    o.max_ngram = 2;
    o.stem = rec.at("options").at("use_stemmer").get<bool>();
    auto ev = lede::RougeEvaluator::create(o);
    ASSERT_TRUE(ev.ok()) << ev.status().message();
    ++cases;
    auto s = ev->score_pair(rec.at("summary").get<std::string>(), rec.at("references").get<std::vector<std::string>>());
    ASSERT_TRUE(s.ok());
    bool bad = false;
    std::ostringstream why;
    for (std::size_t k = 0; k < ev->metric_names().size(); ++k) {
      const std::string& m = ev->metric_names()[k];
      const json& e = rec.at("expected").at(m);
      const lede::RougeScore& got = s->scores[k];
      for (auto [name, g] : {std::pair{"R", got.recall}, {"P", got.precision}, {"F", got.f}}) {
        if (std::fabs(g - e.at(name).get<double>()) > 1e-9) {
          bad = true;
          why << m << " " << name << " got " << g << " want " << e.at(name) << "; ";
        }
      }
      if (rec.contains("best_ref") && s->best_reference[k] != rec.at("best_ref").at(m).get<std::size_t>()) {
        bad = true;
        why << m << " best reference " << s->best_reference[k] << "; ";
      }
    }
    if (bad && ++mismatched <= 10) ADD_FAILURE() << "case " << cases << ": " << why.str();
  }
  EXPECT_EQ(cases, 2764u);
  EXPECT_EQ(mismatched, 0u) << mismatched << " of " << cases << " cases differ";
  std::cout << "[ vectors  ] rouge-score " << cases - mismatched << "/" << cases << " cases\n";
}

}  // namespace
