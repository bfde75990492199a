// Building analyzed clusters from texts written in a test.
#pragma once

#include <string>
#include <vector>

#include "lede/document.h"

namespace lede::testing {

// One document per text, each through lede::analyze with default options
// (a failed analysis fails the calling test).
Cluster analyzed_cluster(const std::vector<std::string>& texts);

}  // namespace lede::testing
