// What `lede eval` takes from a data set: the documented defaults for its
// kind, by file name (docs/rouge.md), and a hint for a record whose reference
// summaries are under another name.
#pragma once

#include <cstddef>
#include <string>

namespace lede::cli {

// Documented per-data-set defaults (docs/rouge.md).
struct DatasetDefaults {
  const char* name_part;
  const char* rouge;
  std::size_t words;     // summary budget when none is given (0 = lede's default)
  const char* standard;  // the figure papers report
  bool recall;           // ... is recall (else F1): what --oracle maximizes
};

// The defaults for the data set at `path`, picked by a word of its file name
// (duc*, multiling*, cnn*, ...; "-n 2 -m" and lede's budget otherwise).
const DatasetDefaults& defaults_for(const std::string& path);

// " (it has \"references\": ...)" when a record without "summaries" holds
// its references under another name (lede rouge reads "references" too;
// CNN/DailyMail copies call them "highlights"); "" otherwise. Only on that
// error path, so the line is parsed again.
std::string references_hint(const std::string& line);

}  // namespace lede::cli
