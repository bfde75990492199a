// `lede rouge SETTINGS.xml` on large settings files: memory bounded by the
// file, not by its element count. The inputs are generated here.
#include <gtest/gtest.h>

#include <string>

#include "hostile/cli_run.h"

namespace lede::testing {
namespace {

// The settings file was parsed into a whole-document tree: 23 times the
// file (1.2 GB for 50 MB of EVALs). Read as a stream, one EVAL's tree at a
// time, it is the file and what the EVALs name.
TEST(HostileRougeSettings, ElementCountDoesNotMultiplyMemory) {
  if (cli_path().empty()) GTEST_SKIP() << "lede CLI not built";
  TempDir tmp;
  tmp.write("peer.spl", "the cat sat on the mat\n");
  tmp.write("model.spl", "a cat sat on a mat\n");
  const std::string eval = "<EVAL ID=\"1\"><PEER-ROOT>" + tmp.path() + "</PEER-ROOT><MODEL-ROOT>" + tmp.path() +
                           "</MODEL-ROOT><INPUT-FORMAT TYPE=\"SPL\"/><PEERS><P ID=\"A\">peer.spl</P></PEERS>"
                           "<MODELS><M ID=\"m\">model.spl</M></MODELS></EVAL>\n";
  // 24 MiB: one EVAL among four million empty elements ROUGE-1.5.5 ignores.
  std::string xml = "<ROUGE-EVAL>\n" + eval;
  xml.reserve(25u << 20);
  while (xml.size() < (24u << 20)) xml += "<pad/><pad/><pad/><pad/><pad/><pad/><pad/><pad/>\n";
  xml += "</ROUGE-EVAL>\n";
  const std::string path = tmp.write("settings.xml", xml);
  xml.clear();
  CliRun r = run_cli({"rouge", "-n", "1", "-x", "-r", "1", "--json", path});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"ROUGE-1\""), std::string::npos) << r.out;
  // The file once (24 MiB) and libxml2's buffers (38 MB read alone); the tree took 632 MB.
  if (!kSanitizerAllocator) { EXPECT_LT(r.max_rss_kb, 150 * 1024) << r.max_rss_kb << " kB"; }
  EXPECT_LT(r.seconds, 20.0 * kSlowdown);
}

}  // namespace
}  // namespace lede::testing
