// A slow, obviously correct ROUGE-1.5.5 for tests: strings and std::map
// everywhere, n-grams counted by brute force, LCS by the textbook table with
// an explicit direction table as the Perl keeps it. It follows the Perl
// script step by step (readText / readText_LCS / createNGram / lcs / wlcs /
// createSkipBigram) and shares nothing with src/eval/ but the stemmer and the
// word tables, so the fast path can be checked against it on generated input.
#pragma once

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "eval/rouge_reference_text.h"
#include "lede/rouge.h"

namespace lede::testing::reference {

inline double r5(double x) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%7.5f", x);
  return std::strtod(buf, nullptr);
}

using Counts = std::map<std::string, long>;

inline Counts ngrams(const std::vector<std::string>& t, int n, long& total) {
  Counts c;
  total = 0;
  for (long i = 0; i + n <= static_cast<long>(t.size()); ++i) {
    std::string g = t[static_cast<std::size_t>(i)];
    for (int j = 1; j < n; ++j) g += " " + t[static_cast<std::size_t>(i + j)];
    ++c[g];
    ++total;
  }
  return c;
}

inline Counts skip(const std::vector<std::string>& t, int d, bool uni, long& total) {
  Counts c;
  total = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    if (uni) {
      ++c[t[i]];
      ++total;
    }
    for (std::size_t j = i + 1; j < t.size() && (d < 0 || j <= i + static_cast<std::size_t>(d) + 1); ++j) {
      ++c[t[i] + " " + t[j]];
      ++total;
    }
  }
  return c;
}

inline long hits(const Counts& model, const Counts& peer) {
  long h = 0;
  for (const auto& [g, n] : model) {
    auto it = peer.find(g);
    if (it != peer.end()) h += std::min(n, it->second);
  }
  return h;
}

// lcs_inner / wlcs_inner with the direction table, then markLCS.
inline void mark(const std::vector<std::string>& m, const std::vector<std::string>& p, double w,
                 std::vector<int>& mask) {
  if (m.empty()) return;
  const std::size_t M = m.size(), N = p.size();
  std::vector<std::vector<double>> c(M + 1, std::vector<double>(N + 1, 0));
  std::vector<std::vector<int>> l(M + 1, std::vector<int>(N + 1, 0));
  std::vector<std::vector<char>> b(M + 1, std::vector<char>(N + 1, 0));
  for (std::size_t i = 1; i <= M; ++i) {
    for (std::size_t j = 1; j <= N; ++j) {
      if (m[i - 1] == p[j - 1]) {
        const int k = l[i - 1][j - 1];
        c[i][j] = w > 0 ? c[i - 1][j - 1] + std::pow(k + 1, w) - std::pow(k, w) : c[i - 1][j - 1] + 1;
        l[i][j] = k + 1;
        b[i][j] = '\\';
      } else if (c[i - 1][j] >= c[i][j - 1]) {
        c[i][j] = c[i - 1][j];
        b[i][j] = '^';
      } else {
        c[i][j] = c[i][j - 1];
        b[i][j] = '<';
      }
    }
  }
  std::size_t i = M, j = N;
  while (i != 0 && j != 0) {
    if (b[i][j] == '\\') {
      --i;
      --j;
      mask[i] = 1;
    } else if (b[i][j] == '^') {
      --i;
    } else {
      --j;
    }
  }
}

struct Side {
  std::vector<std::string> flat;
  bool defined = false;
  std::vector<std::vector<std::string>> units;
};

inline Side side(const std::string& text, const RougeOptions& o) {
  Side s;
  std::vector<std::string> l = lines(text);
  std::string flat;
  s.defined = read_text(l, o.word_limit, o.byte_limit, flat);
  if (s.defined) s.flat = tokens(flat, o);
  for (const std::string& u : read_text_lcs(l, o.word_limit, o.byte_limit)) s.units.push_back(tokens(u, o));
  return s;
}

inline RougeScore finish(double hit, double count, double count_p, const RougeOptions& o, double w) {
  RougeScore s;
  auto f = [&](double x) { return w > 0 ? std::pow(x, 1 / w) : x; };
  s.recall = count != 0 ? r5(f(hit / count)) : 0;
  s.precision = count_p != 0 ? r5(f(hit / count_p)) : 0;
  const double den = (1 - o.alpha) * s.precision + o.alpha * s.recall;
  s.f = den > 0 ? r5((s.precision * s.recall) / den) : 0;
  return s;
}

// All metrics of one pair, in RougeEvaluator::metric_names() order.
inline std::vector<RougeScore> score(const std::string& summary, const std::vector<std::string>& refs,
                                     const RougeOptions& o) {
  std::vector<RougeScore> out;
  const Side peer = side(summary, o);
  std::vector<Side> models;
  for (const std::string& r : refs) models.push_back(side(r, o));
  const bool best = o.multi_ref == RougeMultiRef::kBest;
  auto count_metric = [&](auto make) {
    double hit = 0, cnt = 0, cnt_p = 0, top = -1;
    long np = 0;
    const Counts pc = make(peer.flat, np);
    for (const Side& m : models) {
      long nm = 0;
      const Counts mc = make(m.flat, nm);
      const long h = hits(mc, pc);
      const double sc = nm ? r5(static_cast<double>(h) / static_cast<double>(nm)) : 0;
      if (!best) {
        hit += static_cast<double>(h);
        cnt += static_cast<double>(nm);
        cnt_p += static_cast<double>(np);
      } else if (sc > top) {
        top = sc;
        hit = static_cast<double>(h);
        cnt = static_cast<double>(nm);
        cnt_p = static_cast<double>(np);
      }
    }
    out.push_back(finish(hit, cnt, cnt_p, o, 0));
  };
  for (int n = 1; n <= o.max_ngram; ++n)
    count_metric([&](const std::vector<std::string>& t, long& total) { return ngrams(t, n, total); });
  auto lcs_metric = [&](double w) {
    double hit = 0, cnt = 0, cnt_p = 0, top = -1;
    long np = 0;
    const Counts peer_uni = ngrams(peer.flat, 1, np);
    for (const Side& m : models) {
      long nm = 0;
      Counts model_uni = ngrams(m.flat, 1, nm);
      Counts peer_left = peer_uni;
      double h = 0, base = 0;
      for (const auto& unit : m.units) {
        std::vector<int> mask(unit.size(), 0);
        base += w > 0 ? std::pow(static_cast<double>(unit.size()), w) : static_cast<double>(unit.size());
        for (const auto& p : peer.units) mark(unit, p, w, mask);
        int run = 0;
        for (std::size_t j = 0; j < unit.size(); ++j) {
          if (mask[j] != 1) continue;
          const std::string& t = unit[j];
          if (model_uni.count(t) && peer_left.count(t) && model_uni[t] > 0 && peer_left[t] > 0) {
            if (w > 0) {
              ++run;
              if ((j + 1 < unit.size() && mask[j + 1] == 0) || j + 1 == unit.size()) {
                h += std::pow(run, w);
                run = 0;
              }
            } else {
              h += 1;
            }
            --model_uni[t];
            --peer_left[t];
          }
        }
      }
      const double sc = base > 0 ? (w > 0 ? std::pow(h / base, 1 / w) : h / base) : 0;
      const double mc = w > 0 ? std::pow(base, w) : base;
      const double pc = w > 0 ? std::pow(static_cast<double>(np), w) : static_cast<double>(np);
      if (!best) {
        hit += h;
        cnt += mc;
        cnt_p += pc;
      } else if (sc > top) {
        top = sc;
        hit = h;
        cnt = mc;
        cnt_p = pc;
      }
    }
    out.push_back(finish(hit, cnt, cnt_p, o, w));
  };
  if (o.lcs) lcs_metric(0);
  if (o.wlcs_weight > 0) lcs_metric(o.wlcs_weight);
  if (o.skip_bigrams) {
    auto sk = [&](bool uni) {
      count_metric(
          [&](const std::vector<std::string>& t, long& total) { return skip(t, o.skip_distance, uni, total); });
    };
    if (o.skip_unigrams) {
      sk(true);
    } else {
      sk(false);
      if (o.skip_both) sk(true);
    }
  }
  return out;
}

}  // namespace lede::testing::reference
