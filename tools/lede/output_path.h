// Checking where a command will write before it does the work: `lede train
// --out /no/such/dir/m.model` trained to the end and only then said "cannot
// write model file".
#pragma once

#include <string>
#include <vector>

#include "lede/status.h"

namespace lede::cli {

// Ok when `path` can be created or overwritten: its directory exists and is
// writable, and `path` is not a directory (nor an existing file that cannot
// be written), nor the same file as one of `inputs` (opening it for writing
// would empty it: `lede eval DATA --save DATA` lost the data set). Otherwise
// "PATH: cannot write: REASON". Nothing is created.
Status check_writable(const std::string& path, const std::vector<std::string>& inputs = {});

// True when `a` and `b` name one file, whether or not it exists yet ("x" and
// "./x", a symbolic link and its target, two hard links): two outputs
// written there would leave only the last.
bool same_file(const std::string& a, const std::string& b);

}  // namespace lede::cli
