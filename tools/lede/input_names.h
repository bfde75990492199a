// What the CLI reads from its arguments' names: the format a file's name
// implies, URLs, directories expanded to their files, and how a file is
// named in messages and headings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "lede/status.h"

namespace lede::cli {

// The input format a file's name implies, for commands run without
// --format: *.jsonl -> "jsonl", *.html and *.htm -> "html", anything else
// (and "-", standard input) -> "text"; case-insensitive, and a trailing .gz
// is looked through (x.jsonl.gz is JSONL). A URL whose path ends so is
// JSONL too; any other URL is "html" (the server's Content-Type decides once
// it is fetched).
std::string format_from_name(const std::string& path);

// `path` lower-cased, a URL's without its query or fragment: the name the
// format and a .gz ending are read from.
std::string lower_name(const std::string& path);

// "jsonl" when every name in `files` implies JSONL, "text" when none does
// (no files: standard input; text files and web pages are then each read by
// its own name). JSONL beside other files is a usage error naming a JSONL
// file and one of the others, since reading both one way would garble one.
Result<std::string> infer_format(const std::vector<std::string>& files);

// True for an argument starting with http:// or https:// (any case): such
// arguments are fetched (lede/fetch.h), never opened as files.
bool is_url(std::string_view arg);

// `args` with each directory among them replaced by the files directly in
// it (regular files and links to them; hidden ones, named with a leading
// '.', and subdirectories left out), in byte order of their names, so a
// cluster's documents come in the same order on every machine. URLs, "-"
// and other paths stay as they are. An error names a directory that cannot
// be listed or holds no file.
Result<std::vector<std::string>> expand_directories(const std::vector<std::string>& args);

// expand_directories on a command's file arguments, in place; its error is
// printed as "lede COMMAND: message" and false returned (exit status 1).
bool expand_directory_arguments(const std::string& command, std::vector<std::string>& files);

// A display name for messages: the path, or "<stdin>" for "-".
std::string display_name(const std::string& path);

// The line heading one file's text output when a command was given several
// ("==> NAME <==", as head(1) writes it), after a blank line unless it is the
// first output printed; empty when `files` is 1 or less.
std::string file_heading(const std::string& path, std::size_t files, bool first);

}  // namespace lede::cli
