// The name a misspelt one was most likely meant to be: the service suggests
// a request field ("unknown field 'txt'; did you mean 'text'?"), the record
// reader a record's field (src/read/record.cpp) and the CLI an option or
// command (tools/lede/usage_hints.cpp) with it. Internal to the library: not
// part of the public API.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace lede {

// The candidate nearest to `given`: one within two edits (and within half
// its own length, so "out" is no misspelling of "eval"), or one `given` is
// the start of; "" when none is near or `given` has fewer than three letters
// (dashes are not counted but are compared, so "--lang" finds "--language").
// A plural for a singular name, or the other way, counts as one edit
// ("summaries" finds "summary"). Ties go to the first candidate.
std::string closest_name(std::string_view given, const std::vector<std::string>& candidates);

// "; did you mean 'NAME'?" for closest_name's answer, or "" when it has none:
// the tail of an "unknown method 'lexrnk'" message.
std::string did_you_mean(std::string_view given, const std::vector<std::string>& candidates);

// "unknown KIND 'GIVEN'; did you mean 'NEAR'? (known: a, b, ...)", `known`
// listed in its order: the library's and the service's message for a method
// or selector that is not there.
std::string unknown_name_message(std::string_view kind, std::string_view given, const std::vector<std::string>& known);

}  // namespace lede
