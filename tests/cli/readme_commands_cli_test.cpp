// The README's list of commands (the ```sh block under "What it does") is
// the first thing a user copies. Each of its lines is run here as written,
// with every file it names made first under that name (by this test, from
// the project's examples and fixtures), so a renamed option, a dropped
// command or a changed exit status in the README fails a test. Two lines
// cannot run in a test and are named: the URL fetch (the network; covered by
// FetchCli with a local server) and `lede serve` (runs until stopped;
// covered by the server tests).
#include <gtest/gtest.h>

#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <sstream>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

namespace fs = std::filesystem;

// The `lede ...` lines of the README's command block, comments dropped.
std::vector<std::string> readme_commands() {
  std::istringstream in(read_file(std::string(LEDE_SOURCE_DIR) + "/README.md"));
  std::vector<std::string> out;
  bool section = false, block = false;
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("## ", 0) == 0) section = line == "## What it does";
    if (!section) continue;
    if (line.rfind("```", 0) == 0) {
      if (block) break;
      block = line == "```sh";
      continue;
    }
    if (!block || line.rfind("lede ", 0) != 0) continue;
    const std::size_t comment = line.find("  #");
    if (comment != std::string::npos) line.resize(comment);
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out.push_back(line);
  }
  return out;
}

void write(const fs::path& path, const std::string& data) { std::ofstream(path, std::ios::binary) << data; }

// Sample inputs under the names the README gives them, written for this test.
class ReadmeFiles {
 public:
  ReadmeFiles() : dir_(fs::temp_directory_path() / ("lede-readme-" + std::to_string(getpid()))) {
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    const std::string src = LEDE_SOURCE_DIR;
    fs::copy_file(src + "/examples/article.txt", dir_ / "article.txt");
    names_["examples/cluster/"] = src + "/examples/cluster/";
    const std::string page = src + "/tests/html/pages/amp_en.html";
    fs::copy_file(page, dir_ / "page.html");
    gzip(page, "page.html.gz");
    gzip(fixture_path("learn/tiny.jsonl"), "in.jsonl.gz");
    fs::copy_file(fixture_path("learn/tiny.jsonl"), dir_ / "data.jsonl");
    write(dir_ / "artikel.txt",
          "Der Stadtrat hat am Montag beschlossen, die alte Brücke über den Fluss zu sperren. "
          "Die Reparaturen sollen ein Jahr dauern und kosten mehr als vier Millionen Euro. "
          "Der Verkehr wird durch die Innenstadt umgeleitet, sagte ein Sprecher der Stadt. "
          "Die Händler in der Altstadt befürchten, dass weniger Kunden kommen werden. "
          "Eine neue Brücke ist erst für das Jahr 2030 geplant.\n");
    // Windows-1252: e acute is 0xE9, the curly quotes 0x93 and 0x94.
    write(dir_ / "old.txt",
          "The caf\xe9 on the corner reopened on Monday after a month of repairs. "
          "Its owner said the new menu was \x93simple and fresh\x94 and cheaper than before. "
          "Customers queued for an hour before the doors opened at eight. "
          "The street had been closed to traffic since the water main burst in March.\n");
    write(
        dir_ / "gold.jsonl",
        R"({"text": "Dr. Lee arrived at 5 p.m. on Monday. She left early.", "sentences": ["Dr. Lee arrived at 5 p.m. on Monday.", "She left early."]})"
        "\n"
        R"({"text": "The U.S. team won. Fans cheered.", "sentences": ["The U.S. team won.", "Fans cheered."]})"
        "\n");
    std::string refs, summaries, a, b, target, hypo;
    const char* topics[] = {"bridge", "ferry", "tunnel"};
    for (const char* t : topics) {
      const std::string topic = t;
      refs += R"({"id": ")" + topic + R"(", "summaries": ["The )" + topic +
              R"( closed on Monday after engineers found cracks.", "Repairs to the )" + topic +
              R"( will take a week."]})"
              "\n";
      summaries += R"({"id": ")" + topic + R"(", "summary": "Engineers found cracks and the )" + topic +
                   R"( closed on Monday."})"
                   "\n";
      a += R"({"id": ")" + topic +
           R"(", "summary": "Traffic was heavy on Monday."})"
           "\n";
      b += R"({"id": ")" + topic + R"(", "summary": "The )" + topic +
           R"( closed after cracks were found."})"
           "\n";
      target += "The " + topic + " closed on Monday after engineers found cracks.\n";
      hypo += "Engineers found cracks in the " + topic + ".\n";
    }
    write(dir_ / "refs.jsonl", refs);
    write(dir_ / "summaries.jsonl", summaries);
    write(dir_ / "a.jsonl", a);
    write(dir_ / "b.jsonl", b);
    write(dir_ / "test.target", target);
    write(dir_ / "test.hypo", hypo);
    // Five clusters, one a fold, of three reports each.
    std::string clusters;
    const char* places[] = {"harbor bridge", "river ferry", "mountain tunnel", "city tram", "airport road"};
    for (const char* p : places) {
      const std::string place = p;
      clusters += R"({"id": ")" + place + R"(", "documents": [)";
      for (int d = 0; d < 3; ++d)
        clusters += std::string(d ? ", " : "") + "\"The " + place +
                    " closed on Monday after engineers found cracks in a steel cable. Officials said repairs to the " +
                    place + " would take a week. Commuters waited for hours at report " + std::to_string(d) +
                    " while police directed the traffic.\"";
      clusters += R"(], "summaries": ["The )" + place +
                  R"( closed on Monday after engineers found cracks."]})"
                  "\n";
    }
    write(dir_ / "duc.jsonl", clusters);
    for (const char* made : {"my.model", "cv.jsonl"}) names_[made] = (dir_ / made).string();
    for (const auto& e : fs::directory_iterator(dir_)) names_[e.path().filename().string()] = e.path().string();
  }
  ~ReadmeFiles() { fs::remove_all(dir_); }
  ReadmeFiles(const ReadmeFiles&) = delete;
  ReadmeFiles& operator=(const ReadmeFiles&) = delete;

  // The command's arguments with each file name the README uses replaced by
  // its path here; `missing` gets a word that looks like a file but has none.
  std::string arguments(const std::string& command, std::string& missing) const {
    std::istringstream words(command.substr(5));  // after "lede "
    std::string out;
    for (std::string w; words >> w;) {
      std::string arg = w;
      if (const auto it = names_.find(w); it != names_.end()) {
        arg = it->second;
      } else if (w.rfind("../shared/", 0) == 0) {
        arg = shared_path(w.substr(10));
        if (arg.empty()) missing = w;
      } else if (w[0] != '-' && w.find('.') != std::string::npos && w.find_first_of("0123456789") != 0) {
        missing = w;  // a file name this test does not know
      }
      out += ' ';
      out += shell_quote(arg);
    }
    return out;
  }

  fs::path path(const std::string& name) const { return dir_ / name; }

 private:
  void gzip(const std::string& from, const std::string& name) {
    const std::string cmd = "gzip -c " + shell_quote(from) + " > " + shell_quote((dir_ / name).string());
    EXPECT_EQ(std::system(cmd.c_str()), 0) << cmd;
  }

  fs::path dir_;
  std::map<std::string, std::string> names_;
};

TEST(ReadmeCommands, EveryListedCommandRunsAsWritten) {
  const std::vector<std::string> commands = readme_commands();
  ASSERT_GE(commands.size(), 20u) << "the README's command block was not found";
  const ReadmeFiles files;
  std::size_t ran = 0;
  for (const std::string& command : commands) {
    if (command.find("https://") != std::string::npos || command.rfind("lede serve", 0) == 0) continue;
    std::string missing;
    const std::string args = files.arguments(command, missing);
    if (missing.rfind("../shared/", 0) == 0) continue;  // development data, absent from a fresh clone
    ASSERT_TRUE(missing.empty()) << command << ": give this test a file named " << missing;
    const RunResult r = run_lede(args.substr(1));
    EXPECT_EQ(r.exit_code, 0) << command << "\n" << r.err;
    ++ran;
    const std::string sub = command.substr(5, command.find(' ', 5) - 5);
    if (sub == "train") {
      EXPECT_GT(fs::file_size(files.path("my.model")), 0u) << command;
    } else if (sub == "train-concepts") {
      EXPECT_EQ(output_lines(read_file(files.path("cv.jsonl").string())).size(), 5u) << command;
    } else {
      EXPECT_FALSE(r.out.empty()) << command << ": no output";
    }
    // What the comments beside the commands promise.
    if (command == "lede summarize article.txt") { EXPECT_EQ(output_lines(r.out).size(), 3u) << r.out; }
    if (command.find("artikel.txt") != std::string::npos) {
      EXPECT_EQ(nlohmann::json::parse(r.out).value("language", ""), "de") << r.out;
    }
    if (command.find("old.txt") != std::string::npos) {
      EXPECT_NE(r.out.find("caf\u00e9"), std::string::npos) << r.out;
      EXPECT_NE(r.out.find("\u201csimple and fresh\u201d"), std::string::npos) << r.out;
    }
  }
  EXPECT_GE(ran, 17u);
}

}  // namespace
}  // namespace lede::testing
