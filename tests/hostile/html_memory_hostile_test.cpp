// Hostile HTML pages through the built CLI: peak memory stays bounded, and a
// page over the node cap is refused by name while the others are extracted.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <utility>
#include <vector>

#include "hostile/cli_run.h"

namespace lede::testing {
namespace {

constexpr long kMb = 1024;  // ru_maxrss is in KiB

// Pages are streamed to their file, never held whole: the child's peak RSS
// as wait4 reports it includes the parent's peak (posix_spawn shares the
// parent's memory until exec), so a test holding a 40 MB page would measure
// itself.
std::string write_page(const TempDir& tmp, const std::string& name, const std::string& open, const std::string& unit,
                       std::size_t n, const std::string& close) {
  const std::string path = tmp.file(name);
  std::ofstream out(path, std::ios::binary);
  out << "<html><head><title>Hostile</title></head><body>" << open;
  for (std::size_t k = 0; k < n; ++k) out << unit;
  out << close << "</body></html>";
  return path;
}

std::string repeat_page(const TempDir& tmp, const std::string& name, const std::string& unit, std::size_t n) {
  return write_page(tmp, name, "", unit, n, "");
}

const char* kGoodPage =
    "<html><body><article><p>The ferry company said on Friday that the night crossing would resume next week, "
    "after the repairs to the harbour wall were finished ahead of time.</p></article></body></html>";

// Two million empty <div>s (22 MB) took 700 MB: the parser's tree and lede's
// copy of it, 350 bytes per element. Such a page is now refused before it is
// parsed, and the next page is still extracted.
TEST(HostileHtml, MillionsOfEmptyElementsAreRefusedByName) {
  LEDE_REQUIRE_CLI();
  TempDir tmp;
  const std::string big = repeat_page(tmp, "divs.html", "<div></div>", 2000000);
  const std::string good = tmp.write("good.html", kGoodPage);
  CliRun r = run_cli({"extract", big, good});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.err.find("lede: " + big + ": page has more than 1000000 elements, attributes and text runs"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.out.find("night crossing would resume"), std::string::npos) << r.out;
  if (!kSanitizerAllocator) { EXPECT_LT(r.max_rss_kb, 150 * kMb); }
}

// Pages just under the cap, in the shapes that cost most per node: empty
// elements, one-word paragraphs, classed spans, links with every attribute
// lede reads; and two million repeats of one attribute, which took 195 MB
// before the pre-pass kept only the first (as the HTML5 tokenizer does).
TEST(HostileHtml, PagesUnderTheNodeCapStayUnderThreeHundredFiftyMegabytes) {
  LEDE_REQUIRE_CLI();
  if (kSanitizerAllocator) GTEST_SKIP() << "peak RSS under a sanitizer's allocator measures its quarantine";
  TempDir tmp;
  const std::vector<std::pair<std::string, long>> pages = {
      {repeat_page(tmp, "divs.html", "<div></div>", 999000), 350 * kMb},
      {repeat_page(tmp, "p.html", "<p>word</p>", 499000), 350 * kMb},
      {repeat_page(tmp, "span.html", "<span class=a>x</span>", 333000), 350 * kMb},
      {repeat_page(tmp, "a.html", "<a href=x class=aaaaaaaa id=bbbbbbbb role=cc itemprop=dd aria-hidden=false>t</a>",
                   124000),
       350 * kMb},
      {write_page(tmp, "attr.html", "<div", " class=c", 2000000, ">x</div>"), 100 * kMb},
  };
  for (std::size_t k = 0; k < pages.size(); ++k) {
    CliRun r = run_cli({"extract", pages[k].first});
    EXPECT_EQ(r.exit_code, 0) << k << ": " << r.err;
    EXPECT_LT(r.max_rss_kb, pages[k].second) << k;
  }
}

// A page of text alone (60 MB) costs a few copies of itself, not more.
TEST(HostileHtml, SixtyMegabytesOfTextCostUnderSixTimesTheirSize) {
  LEDE_REQUIRE_CLI();
  if (kSanitizerAllocator) GTEST_SKIP() << "peak RSS under a sanitizer's allocator measures its quarantine";
  TempDir tmp;
  const std::string sentence = "The river rose again overnight, the mayor said. ";
  const std::size_t n = (std::size_t{60} << 20) / sentence.size();
  const std::string path = write_page(tmp, "text.html", "<p>", sentence, n, "</p>");
  CliRun r = run_cli({"extract", path});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_LT(r.max_rss_kb, static_cast<long>(6 * n * sentence.size() / 1024));
}

}  // namespace
}  // namespace lede::testing
