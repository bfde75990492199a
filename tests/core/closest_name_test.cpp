// closest_name and did_you_mean: the suggestions in the messages for
// misspelt fields, options, commands, methods and languages.
#include "core/closest_name.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace lede {
namespace {

TEST(ClosestName, MisspellingsAndPrefixesButNotStrangers) {
  const std::vector<std::string> names = {"--sentences", "--selector", "--language", "--output", "--eval"};
  EXPECT_EQ(closest_name("--sentence", names), "--sentences");
  EXPECT_EQ(closest_name("--setnences", names), "--sentences");  // two edits
  EXPECT_EQ(closest_name("--lang", names), "--language");        // the start of a name
  EXPECT_EQ(closest_name("--ouptut", names), "--output");
  EXPECT_EQ(closest_name("--out", names), "--output");
  EXPECT_EQ(closest_name("--zebra", names), "");
  EXPECT_EQ(closest_name("--se", names), "");  // too short to guess
  EXPECT_EQ(closest_name("ab", {"abc"}), "");
}

TEST(ClosestName, PluralForSingular) {
  // Three edits apart, but one name in two numbers.
  EXPECT_EQ(closest_name("summaries", {"summary", "references"}), "summary");
  EXPECT_EQ(closest_name("documents", {"document"}), "document");
  EXPECT_EQ(closest_name("reference", {"summary", "references"}), "references");
  EXPECT_EQ(closest_name("stories", {"summary", "references"}), "");
}

TEST(ClosestName, DidYouMeanIsTheMessageTail) {
  EXPECT_EQ(did_you_mean("lexrnk", {"lexrank", "textrank"}), "; did you mean 'lexrank'?");
  EXPECT_EQ(did_you_mean("zzzzzz", {"lexrank", "textrank"}), "");
  EXPECT_EQ(unknown_name_message("method", "lexrnk", {"lexrank", "textrank"}),
            "unknown method 'lexrnk'; did you mean 'lexrank'? (known: lexrank, textrank)");
  EXPECT_EQ(unknown_name_message("selector", "zzzz", {"ilp", "topk"}), "unknown selector 'zzzz' (known: ilp, topk)");
}

}  // namespace
}  // namespace lede
