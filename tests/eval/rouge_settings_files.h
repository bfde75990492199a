// Test fixtures for `lede rouge settings.xml` (rouge_settings_cli_test.cpp):
// team-made summaries written both as ROUGE-1.5.5's settings file with SEE
// and SPL summary files and as the JSONL files `lede rouge` also reads.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include <unistd.h>

namespace lede::testing::rouge_settings {

namespace fs = std::filesystem;

// A fresh directory under the system's temporary one, removed at the end.
class TempDir {
 public:
  TempDir() {
    static int n = 0;
    path_ =
        fs::temp_directory_path() / ("lede_rouge_settings_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string file(const std::string& name, const std::string& data) const {
    const fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << data;
    return p.string();
  }
  std::string str() const { return path_.string(); }

 private:
  fs::path path_;
};

inline std::string spl(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

// pyrouge's SEE: one <a> line per sentence inside a small HTML page.
inline std::string see(const std::vector<std::string>& lines) {
  std::string out = "<html>\n<head>\n<title>x</title>\n</head>\n<body bgcolor=\"white\">\n";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    out += "<a name=\"" + n + "\">[" + n + "]</a> <a href=\"#" + n + "\" id=" + n + ">" + lines[i] + "</a>\n";
  }
  return out + "</body>\n</html>\n";
}

inline std::string eval_xml(const std::string& id, const std::string& dir, const std::string& format,
                            const std::vector<std::pair<std::string, std::string>>& peers,
                            const std::vector<std::string>& models) {
  std::string x = "<EVAL ID=\"" + id + "\">\n<PEER-ROOT>\n" + dir + "/peers\n</PEER-ROOT>\n<MODEL-ROOT>\n" + dir +
                  "/models\n</MODEL-ROOT>\n<INPUT-FORMAT TYPE=\"" + format + "\">\n</INPUT-FORMAT>\n<PEERS>\n";
  for (const auto& [sys, file] : peers) x += "<P ID=\"" + sys + "\">" + file + "</P>\n";
  x += "</PEERS>\n<MODELS>\n";
  for (std::size_t m = 0; m < models.size(); ++m)
    x += "<M ID=\"" + std::string(1, static_cast<char>('A' + m)) + "\">" + models[m] + "</M>\n";
  return x + "</MODELS>\n</EVAL>\n";
}

// The line (1-based, as text) of the first occurrence of `what` in `text`.
inline std::string line_of(const std::string& text, const std::string& what) {
  const std::size_t at = text.find(what);
  EXPECT_NE(at, std::string::npos) << what;
  return std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n'));
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

using Lines = std::vector<std::string>;

// Team-made summaries: three documents, two systems, one to three references.
struct Case {
  std::string id;
  std::vector<Lines> refs;
  Lines a, b;
};
inline const std::vector<Case> kCases = {
    {"d10",
     {{"The storm closed schools across the state on Monday.", "Officials expect the roads to reopen by Wednesday."},
      {"Schools shut on Monday as a storm hit the state."}},
     {"A storm closed schools across the state.", "Roads should reopen by Wednesday, officials said."},
     {"Officials said on Monday that roads would reopen."}},
    {"d9",
     {{"The company reported record profits in the third quarter.", "Its shares rose 5 percent."},
      {"Record third-quarter profits lifted the company's shares."},
      {"Shares rose after the firm posted record profits."}},
     {"The company posted record profits.", "Shares rose 5 percent in early trading."},
     {"Its shares fell.", "The company reported losses in the third quarter."}},
    {"e1",
     {{"Voters in the city approved a new library on Tuesday."}},
     {"The city's voters approved a new library."},
     {"A library was approved by voters in the city on Tuesday.", "It will open in 2028."}},
};

// Writes the cases both ways; returns the settings file (d9 in SPL, the
// others in SEE) and fills the JSONL paths.
inline std::string write_both(const TempDir& dir, std::string& refs_jsonl, std::string& a_jsonl, std::string& b_jsonl) {
  nlohmann::json refs = nlohmann::json::array(), a = nlohmann::json::array(), b = nlohmann::json::array();
  std::string xml = "<ROUGE-EVAL version=\"1.0\">\n";
  for (const Case& c : kCases) {
    const bool use_spl = c.id == "d9";
    auto write = [&](const std::string& sub, const Lines& lines) {
      return fs::path(dir.file(sub, use_spl ? spl(lines) : see(lines))).filename().string();
    };
    std::vector<std::string> models;
    nlohmann::json texts = nlohmann::json::array();
    for (std::size_t m = 0; m < c.refs.size(); ++m) {
      models.push_back(write("models/" + c.id + ".M." + std::to_string(m) + ".html", c.refs[m]));
      texts.push_back(c.refs[m]);
    }
    const std::string pa = write("peers/" + c.id + ".A.html", c.a), pb = write("peers/" + c.id + ".B.html", c.b);
    xml += eval_xml(c.id, dir.str(), use_spl ? "SPL" : "SEE", {{"A", pa}, {"B", pb}}, models);
    refs.push_back({{"id", c.id}, {"summaries", texts}});
    a.push_back({{"id", c.id}, {"summary", c.a}});
    b.push_back({{"id", c.id}, {"summary", c.b}});
  }
  auto jsonl = [](const nlohmann::json& records) {
    std::string out;
    for (const auto& r : records) out += r.dump() + "\n";
    return out;
  };
  refs_jsonl = dir.file("refs.jsonl", jsonl(refs));
  a_jsonl = dir.file("a.jsonl", jsonl(a));
  b_jsonl = dir.file("b.jsonl", jsonl(b));
  return dir.file("settings.xml", xml + "</ROUGE-EVAL>\n");
}

}  // namespace lede::testing::rouge_settings
