#include "represent/boilerplate.h"

#include <gtest/gtest.h>

#include <string>
#include <tuple>
#include <vector>

#include "support/clusters.h"

namespace lede {
namespace {

const char* const kTrailer = "Follow the Valley Herald for more news on this story and others.";

// Reports on one flood; `closing` ends each of the first `with` reports.
Representation flood_cluster(std::size_t reports, std::size_t with, const std::string& closing) {
  const std::vector<std::string> openings = {
      "The river burst its banks at dawn on Monday.",    "Rescue crews reached stranded families by boat.",
      "The mayor ordered the old town cleared by noon.", "Forecasters expect more rain on Wednesday.",
      "Insurers began counting the cost of the damage.", "Schools in the valley stayed closed all week.",
      "The regional governor visited the shelters.",     "Farmers moved their herds to higher ground.",
      "The railway line to the coast was cut by water.", "Volunteers filled sandbags outside the church."};
  std::vector<std::string> texts;
  for (std::size_t d = 0; d < reports; ++d) {
    std::string t = openings[d % openings.size()] + " Report " + std::to_string(d) + " adds its own details here.";
    if (d < with) t += " " + closing;
    texts.push_back(t);
  }
  return represent(testing::analyzed_cluster(texts));
}

// Metadata sentences; the trailer is each report's third sentence.
std::size_t flagged(const Representation& rep) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < rep.size(); ++i) {
    EXPECT_TRUE(!rep.metadata[i] || rep.sentences[i].index == 2) << i;
    n += rep.metadata[i] ? 1 : 0;
  }
  return n;
}

TEST(Boilerplate, ATrailerClosingManyReportsIsMetadata) {
  const Representation rep = flood_cluster(4, 4, kTrailer);
  std::size_t trailers = 0;
  for (std::size_t i = 0; i < rep.size(); ++i)
    if (rep.sentences[i].index == 2) {
      EXPECT_TRUE(rep.metadata[i]) << i;
      ++trailers;
    } else {
      EXPECT_FALSE(rep.metadata[i]) << i;
    }
  EXPECT_EQ(trailers, 4u);
}

// Archived wire copy ends on the editors' initials and a transmission stamp,
// metadata lines themselves: the closing line is the last of the story, not
// of the text (counting every line, the codes filled the last two places).
TEST(Boilerplate, WireCodesAfterTheTrailerDoNotHideIt) {
  const Representation rep = flood_cluster(4, 4, std::string(kTrailer) + "\n(ht-sf-fd)\nNYT-10-05-98 1735EDT");
  ASSERT_EQ(rep.size(), 20u);
  for (std::size_t i = 0; i < rep.size(); ++i) EXPECT_EQ(rep.metadata[i], rep.sentences[i].index >= 2) << i;
}

TEST(Boilerplate, NeedsThreeReportsAndHalfOfThem) {
  // 2 of 4 reports: too few; 4 of 10: under half (updates of one story share
  // background paragraphs this way); 5 of 10: enough.
  for (auto [reports, with, expected] :
       std::vector<std::tuple<std::size_t, std::size_t, std::size_t>>{{4, 2, 0}, {10, 4, 0}, {10, 5, 5}}) {
    const Representation rep = flood_cluster(reports, with, kTrailer);
    EXPECT_EQ(flagged(rep), expected) << reports << " " << with;
  }
}

TEST(Boilerplate, ASentenceRepeatedEarlierInTheReportsIsNot) {
  // The same line in every report, but not among its closing sentences.
  std::vector<std::string> texts;
  for (int d = 0; d < 4; ++d)
    texts.push_back(std::string(kTrailer) + " The river rose " + std::to_string(d + 2) +
                    " metres at dawn. Crews reached " + std::to_string(d + 5) + " families by boat. Report " +
                    std::to_string(d) + " adds its own details. The mayor spoke at noon on day " + std::to_string(d) +
                    ".");
  const Representation rep = represent(testing::analyzed_cluster(texts));
  for (std::size_t i = 0; i < rep.size(); ++i) EXPECT_FALSE(rep.metadata[i]) << i;
}

}  // namespace
}  // namespace lede
