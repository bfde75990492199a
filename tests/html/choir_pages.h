// Small pages written for the extraction tests (shared by structure_test.cpp
// and hints_test.cpp): a news story about a choir, in whatever markup a test
// wraps around it.
#pragma once

#include <string>

namespace lede::testing {

inline std::string page_with(const std::string& body) {
  return "<html><head><title>Town choir wins regional contest</title></head><body><div id=\"page\">" + body +
         "</div></body></html>";
}

inline constexpr const char* kChoirStory =
    "<p>The town choir won the regional contest on Saturday, beating eleven other groups with a programme of "
    "folk songs arranged by its own director.</p>"
    "<p>The judges praised the choir's balance and its soloists, and said the final piece had been the best "
    "performance they had heard in years.</p>"
    "<p>The choir now goes on to the national final in the spring, where it last sang more than twenty years "
    "ago, the director said.</p>";

// A second run of paragraphs of the same story.
inline constexpr const char* kChoirSecondRun =
    "<p>Rehearsals for the final begin in January, and the choir is looking for two more tenors to join before "
    "then, its secretary said.</p>"
    "<p>The town council has promised to help pay for the coach to the final, which will be held in a concert "
    "hall two hundred miles away.</p>";

}  // namespace lede::testing
