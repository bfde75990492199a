// Inputs for the method tests, built from texts written for these tests.
#pragma once

#include <string>
#include <vector>

#include "lede/document.h"
#include "support/shared_data.h"

namespace lede::testing {

// tests/fixtures/methods/harbor_cluster.txt: four short news reports of one
// event (documents separated by lines of "###"; the third repeats the first).
inline Cluster harbor_cluster() {
  const std::string all = read_file(fixture_path("methods/harbor_cluster.txt"));
  Cluster c;
  c.id = "harbor";
  std::string current;
  std::size_t start = 0;
  while (start <= all.size()) {
    std::size_t end = all.find('\n', start);
    if (end == std::string::npos) end = all.size();
    const std::string line = all.substr(start, end - start);
    if (line == "###") {
      c.documents.push_back({});
      c.documents.back().text = current;
      current.clear();
    } else if (!line.empty()) {
      current += line + "\n";
    }
    start = end + 1;
  }
  if (!current.empty()) {
    c.documents.push_back({});
    c.documents.back().text = current;
  }
  return c;
}

inline Cluster single_document(const std::string& text) {
  Cluster c;
  c.id = "one";
  c.documents.push_back({});
  c.documents.back().text = text;
  return c;
}

}  // namespace lede::testing
