// The clusters `lede train-concepts` learns from: each read and
// represented as the ilp method sees it, its concepts labelled by the
// references that hold the same pair of stems.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "lede/document.h"
#include "represent/concept_model.h"
#include "represent/representation.h"
#include "select/ilp.h"

namespace lede::cli {

struct Item {
  std::string id_json;
  Cluster cluster;
  Representation rep;
  std::vector<ConceptExample> examples;
};

// Reads up to `max_records` clusters with references (0: all); `keep`
// keeps each cluster's text and representation for summarizing. Counts the
// records skipped for having no references in `skipped`. False (the
// message on standard error) when the file cannot be read whole.
bool read_items(const std::string& path, const IlpOptions& ilp, bool per_document, bool keep, std::size_t max_records,
                std::vector<Item>& items, std::size_t& skipped);

// The held-out summary, as the ilp method makes it (document order): one
// {"id", "summary": [sentences]} JSON line without its newline.
std::string summarize_item(const Item& item, const IlpOptions& ilp, std::size_t words);

// Document frequencies of the stems of every document in `path`.
bool count_background(const std::string& path, BackgroundCounts& bg);

}  // namespace lede::cli
