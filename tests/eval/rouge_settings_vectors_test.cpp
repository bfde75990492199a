// ../shared/data/rouge/vectors.dev.jsonl (ROUGE-1.5.5's own per-pair scores
// and averages) through ROUGE-1.5.5's own inputs: each case written as SEE
// or SPL files with a settings file, scored by `lede rouge -d settings.xml`.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include <unistd.h>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Python's str.strip() white space, which the vectors' producer removed
// around each line before ROUGE-1.5.5 read it: length at s[i], else 0.
std::size_t py_space(const std::string& s, std::size_t i) {
  auto b = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
  const unsigned c = b(i);
  if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) return 1;
  if (c == 0xC2 && (b(i + 1) == 0x85 || b(i + 1) == 0xA0)) return 2;
  const unsigned d = b(i + 1), e = b(i + 2);
  if ((c == 0xE1 && d == 0x9A && e == 0x80) || (c == 0xE3 && d == 0x80 && e == 0x80) ||
      (c == 0xE2 && d == 0x81 && e == 0x9F) ||
      (c == 0xE2 && d == 0x80 && ((e >= 0x80 && e <= 0x8A) || e == 0xA8 || e == 0xA9 || e == 0xAF)))
    return 3;
  return 0;
}

std::vector<std::string> stripped_lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) {
    std::size_t a = 0, z = l.size();
    for (std::size_t n; a < z && (n = py_space(l, a)) > 0;) a += n;
    for (bool more = true; more && z > a;) {
      more = false;
      for (std::size_t n = 1; n <= 3 && n <= z - a; ++n)
        if (py_space(l, z - n) == n) {
          z -= n;
          more = true;
          break;
        }
    }
    if (z > a) out.push_back(l.substr(a, z - a));
  }
  return out;
}

std::string as_file(const std::vector<std::string>& lines, bool see) {
  std::string out = see ? "<html>\n<body>\n" : "";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    out += see ? "<a name=\"" + n + "\">[" + n + "]</a> <a href=\"#" + n + "\" id=" + n + ">" + lines[i] + "</a>\n"
               : lines[i] + "\n";
  }
  return out + (see ? "</body>\n</html>\n" : "");
}

void write(const fs::path& p, const std::string& data) { std::ofstream(p, std::ios::binary) << data; }

struct Group {
  std::string options;
  std::vector<json> pairs;
  json average;
};

TEST(RougeSettingsVectors, SeeAndSplFilesGiveRouge155sScores) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  LEDE_REQUIRE_SHARED(path, "data/rouge/vectors.dev.jsonl");
  std::map<std::string, Group> groups;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) continue;
    json rec = json::parse(line);
    Group& g = groups[rec.at("group").get<std::string>() + "/" + rec.at("set").get<std::string>()];
    if (rec.at("kind") == "pair") {
      g.options = rec.at("options");
      g.pairs.push_back(std::move(rec));
    } else {
      g.average = rec.at("expected_average");
    }
  }
  ASSERT_EQ(groups.size(), 16u);
  std::size_t checked = 0, bad = 0;
  const fs::path dir = fs::temp_directory_path() / ("lede_rouge_vectors_" + std::to_string(::getpid()));
  for (const auto& [key, g] : groups) {
    fs::remove_all(dir);
    fs::create_directories(dir / "peers");
    fs::create_directories(dir / "models");
    std::string xml = "<ROUGE-EVAL version=\"1.0\">\n";
    for (std::size_t i = 0; i < g.pairs.size(); ++i) {
      char id[32];
      std::snprintf(id, sizeof id, "%08zu", i);
      const bool see = i % 2 == 0;  // both formats in every option set
      write(dir / "peers" / id, as_file(stripped_lines(g.pairs[i].at("summary")), see));
      xml += std::string("<EVAL ID=\"") + id + "\">\n<PEER-ROOT>" + (dir / "peers").string() +
             "</PEER-ROOT>\n<MODEL-ROOT>" + (dir / "models").string() + "</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"" +
             (see ? "SEE" : "SPL") + "\"/>\n<PEERS><P ID=\"1\">" + id + "</P></PEERS>\n<MODELS>\n";
      const json& refs = g.pairs[i].at("references");
      for (std::size_t m = 0; m < refs.size(); ++m) {
        const std::string name = std::string(id) + "." + std::to_string(m);
        write(dir / "models" / name, as_file(stripped_lines(refs[m]), see));
        xml += "<M ID=\"" + std::to_string(m) + "\">" + name + "</M>\n";
      }
      xml += "</MODELS>\n</EVAL>\n";
    }
    write(dir / "settings.xml", xml + "</ROUGE-EVAL>\n");
    const RunResult r = run_lede("rouge " + g.options + " -d " + shell_quote((dir / "settings.xml").string()));
    ASSERT_EQ(r.exit_code, 0) << key << ": " << r.err;
    for (const std::string& line : output_lines(r.out)) {
      std::istringstream words(line);
      std::string sys, metric, what, id;
      words >> sys >> metric >> what;
      // The group's key by an init-capture: clang 14 cannot capture a structured binding.
      auto near = [&, &group = key](double got, const json& want, const std::string& name) {
        ++checked;
        if (std::fabs(got - want.get<double>()) > 5e-6 && ++bad <= 10)
          ADD_FAILURE() << group << " " << id << " " << metric << " " << name << ": " << got << " want " << want;
      };
      if (what == "Eval") {
        std::string rs, ps, fs;
        words >> id >> rs >> ps >> fs;
        const json& e = g.pairs.at(std::stoul(id.substr(0, 8))).at("expected").at(metric);
        near(std::stod(rs.substr(2)), e.at("R"), "R");
        near(std::stod(ps.substr(2)), e.at("P"), "P");
        near(std::stod(fs.substr(2)), e.at("F"), "F");
      } else if (what.rfind("Average_", 0) == 0) {
        double v = 0;
        words >> v;
        id = "average";
        near(v, g.average.at(metric).at(what.substr(8, 1)), what);
      }
    }
  }
  fs::remove_all(dir);
  EXPECT_EQ(bad, 0u);
  // 11,248 pairs and 16 averages, three figures per metric each.
  EXPECT_GT(checked, 11248u * 3 * 3);
  std::cout << "[ vectors  ] " << checked - bad << "/" << checked << " figures via settings files\n";
}

}  // namespace
}  // namespace lede::testing
