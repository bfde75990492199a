// Articles written for lede's tests, shared by the tests of several stages.
#pragma once

namespace lede::testing {

// A six-paragraph story whose best sentences lean back: the third opens with
// "But" after a sentence about the weather, the fourth with "He". Methods
// choose them; SummarizeOptions::standalone must not without their
// predecessors.
inline constexpr const char* kBridgeStory =
    "The city council met on Monday to discuss plans for the town.\n\n"
    "The weather in the town was mild and dry all week long.\n\n"
    "But the council voted to build the new harbour bridge over the river despite the cost of the harbour bridge.\n\n"
    "He said the new harbour bridge over the river would open in 2027 and cost the council less than the old "
    "bridge.\n\n"
    "Residents of the town welcomed the news at a meeting.\n\n"
    "The mayor praised the council for the new harbour bridge plan on the river.\n";

}  // namespace lede::testing
