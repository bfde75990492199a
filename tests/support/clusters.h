// Building analyzed clusters from texts written in a test.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "lede/document.h"
#include "lede/summarize.h"

namespace lede::testing {

// One document per text, each through lede::analyze with default options
// (a failed analysis fails the calling test).
Cluster analyzed_cluster(const std::vector<std::string>& texts);

// Every registered method's summary of `cluster` within `budget`, with the
// method's name (a method that fails fails the calling test and is left out).
std::vector<std::pair<std::string, Summary>> summaries_by_every_method(const Cluster& cluster, Budget budget);

}  // namespace lede::testing
