// A directory given to summarize, extract, segment or tokenize reads the
// files in it, in the order of their names: `lede summarize --cluster
// reports/` failed with "reports/: is a directory".
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "support/run.h"

namespace lede::testing {
namespace {

std::string fresh_dir() {
  std::string tmpl = (std::filesystem::temp_directory_path() / "lede-dir-XXXXXX").string();
  return ::mkdtemp(tmpl.data()) != nullptr ? tmpl : std::string();
}

void write(const std::string& path, const std::string& bytes) { std::ofstream(path, std::ios::binary) << bytes; }

const char kWire[] =
    "The Kestrel River bridge was closed on Sunday after a storm drove a loose barge into one of its piers. "
    "Divers will inspect the pier this week. Ferries will run every half hour until it reopens.\n";
const char kLocal[] =
    "Shops on the island said trade fell by half on the first day the bridge was closed. "
    "The ferry company added two boats. Divers began their inspection of the damaged pier on Monday.\n";

TEST(DirectoryCli, AClusterDirectoryReadsAsItsFilesInNameOrder) {
  const std::string dir = fresh_dir();
  ASSERT_FALSE(dir.empty());
  // Written in the other order: the names decide, not the listing.
  write(dir + "/2-local.txt", kLocal);
  write(dir + "/1-wire.txt", kWire);
  write(dir + "/.notes.txt", "A hidden file that is not read. It says nothing of bridges.\n");
  std::filesystem::create_directory(dir + "/old");
  write(dir + "/old/3-stale.txt", "A file in a subdirectory. It is not read either.\n");
  const std::string files = shell_quote(dir + "/1-wire.txt") + " " + shell_quote(dir + "/2-local.txt");
  const RunResult want = run_lede("summarize -o json --cluster " + files);
  ASSERT_EQ(want.exit_code, 0) << want.err;
  for (const std::string& arg : {dir, dir + "/"}) {
    const RunResult got = run_lede("summarize -o json --cluster " + shell_quote(arg));
    EXPECT_EQ(got.exit_code, 0) << got.err;
    EXPECT_EQ(got.out, want.out);
  }
  // Without --cluster each file gets its summary under its name.
  const RunResult each = run_lede("summarize --method lead --sentences 1 " + shell_quote(dir));
  EXPECT_EQ(each.exit_code, 0) << each.err;
  EXPECT_EQ(each.out, "==> " + dir + "/1-wire.txt <==\n" +
                          "The Kestrel River bridge was closed on Sunday after a storm drove a loose barge into one of "
                          "its piers.\n\n==> " +
                          dir + "/2-local.txt <==\n" +
                          "Shops on the island said trade fell by half on the first day the bridge was closed.\n");
  const RunResult seg = run_lede("segment " + shell_quote(dir));
  EXPECT_EQ(seg.out, run_lede("segment " + files).out);
  const RunResult tok = run_lede("tokenize " + shell_quote(dir));
  EXPECT_EQ(tok.out, run_lede("tokenize " + files).out);
  std::filesystem::remove_all(dir);
}

TEST(DirectoryCli, ExtractReadsADirectoryOfPages) {
  const std::string dir = fresh_dir();
  ASSERT_FALSE(dir.empty());
  write(dir + "/b.html", std::string("<html><head><title>Bridge shut</title></head><body><article><p>") + kWire +
                             "</p><p>" + kLocal + "</p></article></body></html>");
  write(dir + "/a.html", std::string("<html><head><title>Ferries added</title></head><body><article><p>") + kLocal +
                             "</p><p>" + kWire + "</p></article></body></html>");
  const RunResult r = run_lede("extract -o jsonl " + shell_quote(dir));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::size_t a = r.out.find("\"file\":\"" + dir + "/a.html\""), b = r.out.find("/b.html\"");
  ASSERT_NE(a, std::string::npos) << r.out;
  ASSERT_NE(b, std::string::npos) << r.out;
  EXPECT_LT(a, b);
  std::filesystem::remove_all(dir);
}

TEST(DirectoryCli, ADirectoryWithoutFilesIsAnError) {
  const std::string dir = fresh_dir();
  ASSERT_FALSE(dir.empty());
  write(dir + "/.hidden", "Not read.");
  const RunResult r = run_lede("summarize " + shell_quote(dir));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(dir + ": the directory holds no files (hidden ones and subdirectories are not read)"),
            std::string::npos)
      << r.err;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace lede::testing
