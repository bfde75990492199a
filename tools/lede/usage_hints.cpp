#include "lede/usage_hints.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <nlohmann/json.hpp>

#include "core/closest_name.h"
#include "lede/batch.h"
#include "lede/text.h"
#include "read/web_page_sniff.h"

namespace lede::cli {
namespace {

std::vector<std::string> option_names(const CLI::App& cmd) {
  std::vector<std::string> names;
  for (const CLI::Option* o : cmd.get_options()) {
    for (const std::string& n : o->get_lnames()) names.push_back("--" + n);
    for (const std::string& n : o->get_snames()) names.push_back("-" + n);
  }
  return names;
}

// `--rouge -n 2` gives --rouge the value "-n" and leaves "2" over; `--rouge
// -n 2 -m` makes -m (--method) miss its value. Either way the fix is quoting.
// Only those two errors are hinted at, and only for a one-word value: a
// quoted `--rouge "-n 2"` is right whatever else went wrong.
std::string swallowed_flag_hint(const CLI::App& cmd, const CLI::ParseError& error) {
  bool left_over_value = dynamic_cast<const CLI::ArgumentMismatch*>(&error) != nullptr;
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr)
    for (const std::string& extra : cmd.remaining())
      left_over_value = left_over_value || extra.empty() || extra[0] != '-';
  if (!left_over_value) return "";
  for (const CLI::Option* o : cmd.get_options()) {
    for (const std::string& v : o->results()) {
      const bool flag_like = v.size() > 1 && v[0] == '-' && std::isalpha(static_cast<unsigned char>(v[1])) &&
                             v.find(' ') == std::string::npos;
      if (!flag_like) continue;
      return "lede " + cmd.get_name() + ": " + o->get_name() + " took '" + v +
             "' as its value; give a value with spaces as one quoted argument: " + o->get_name() + " \"" + v +
             " ...\"\n";
    }
  }
  return "";
}

const CLI::Validator kWholeNumber(
    [](std::string& v) -> std::string {
      if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos)
        return "must be a whole number (0 or more), not '" + v + "'";
      return {};
    },
    "");

// CLI11's words for an option given too often or without its value ("--sentences:
// At Most 1 required but received 2", "--sentences: 1 required UINT:POSITIVE
// missing") said neither what was wrong nor what to do; error.what() for
// every other error, which names the option and the fault.
std::string option_count_message(const CLI::App& cmd, const CLI::ParseError& error) {
  const std::string what = error.what();
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error) == nullptr) return what;
  const std::size_t colon = what.find(": ");
  if (colon == std::string::npos) return what;
  const std::string name = what.substr(0, colon);
  const CLI::Option* option = cmd.get_option_no_throw(name);
  if (option == nullptr) return what;
  const std::string_view rest = std::string_view(what).substr(colon + 2);
  if (rest.rfind("At Most ", 0) == 0) {
    std::string values;
    for (const std::string& v : option->results()) values += (values.empty() ? "'" : ", '") + v + "'";
    return name + " is given " + std::to_string(option->results().size()) + " times (" + values + "); give it once";
  }
  if (rest.find(" required ") != std::string_view::npos && option->results().empty()) return name + " needs a value";
  return what;
}

}  // namespace

CLI::Validator thread_count() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos) return {};
        if (v.size() > 4 || std::stoul(v) > kMaxThreads)
          return "must be at most " + std::to_string(kMaxThreads) + " threads, not '" + v + "'";
        return {};
      },
      "");
}

CLI::Validator non_negative_number() {
  return CLI::Validator(
      [](std::string& v) -> std::string {
        std::size_t used = 0;
        double x = -1;
        try {
          x = std::stod(v, &used);
        } catch (const std::exception&) { used = 0; }
        if (used != v.size() || !(x >= 0) || !std::isfinite(x)) return "must be a number, 0 or more, not '" + v + "'";
        return {};
      },
      "NONNEGATIVE");
}

void refuse_negative_counts(CLI::App& app) {
  for (CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; }))
    for (CLI::Option* o : cmd->get_options())
      if (o->get_type_name().rfind("UINT", 0) == 0) o->check(kWholeNumber);
}

std::string usage_message(CLI::App& app, const CLI::ParseError& error, const std::vector<std::string>& args) {
  const std::vector<CLI::App*> chosen = app.get_subcommands();
  if (chosen.empty()) {
    // No command was recognised: the first argument is a misspelt command or
    // an option `lede` itself does not have.
    if (args.empty()) return "";
    const std::string& first = args.front();
    std::string msg;
    std::vector<std::string> commands;
    for (const CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; })) commands.push_back(cmd->get_name());
    if (first.size() > 1 && first[0] == '-') {
      // `lede --verison` said only that a command comes first.
      const std::string name = first.substr(0, first.find('='));
      std::string lower = name;
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      msg = "lede: unknown option '" + name + "'";
      // `lede --method lead x.txt` is summarize's option given before any
      // command (it was taken for a misspelt `lede methods`).
      std::string owner;
      for (CLI::App* cmd : app.get_subcommands([](CLI::App*) { return true; })) {
        const std::vector<std::string> own = option_names(*cmd);
        if (std::find(own.begin(), own.end(), name) != own.end()) {
          owner = cmd->get_name();
          break;
        }
      }
      if (!owner.empty())
        msg += "; a command comes first, with its options after it: `lede " + owner + " " + name + " ...`";
      else if (const std::string near = closest_name(lower, option_names(app)); !near.empty())
        msg += "; did you mean " + near + "?";
      else if (const std::string command = closest_name(lower.substr(lower.find_first_not_of('-')), commands);
               !command.empty())
        msg += "; did you mean `lede " + command + "`?";
      else msg += "; a command comes first";
    } else {
      msg = "lede: unknown command '" + first + "'";
      if (const std::string near = closest_name(first, commands); !near.empty())
        msg += "; did you mean `lede " + near + "`?";
    }
    return msg + "\nRun `lede --help` for the commands.\n";
  }
  const CLI::App& cmd = *chosen.front();
  std::string msg;
  // Extras before the command's name are the top level's (`lede help
  // summarize x`), the others the command's own.
  const std::vector<std::string> before = app.remaining();
  const std::vector<std::string> extras = cmd.remaining();
  if (dynamic_cast<const CLI::ExtrasError*>(&error) != nullptr && (!before.empty() || !extras.empty())) {
    for (const std::string& extra : before) {
      msg += "lede: unexpected argument '" + extra + "' before the command " + cmd.get_name();
      // `lede --verison summarize`: a misspelt option of lede's own.
      if (extra.size() > 1 && extra[0] == '-')
        if (const std::string near = closest_name(extra.substr(0, extra.find('=')), option_names(app)); !near.empty())
          msg += "; did you mean " + near + "?";
      msg += '\n';
    }
    for (const std::string& extra : extras) {
      if (extra.size() > 1 && extra[0] == '-' && !std::isdigit(static_cast<unsigned char>(extra[1]))) {
        const std::string name = extra.substr(0, extra.find('='));
        msg += "lede " + cmd.get_name() + ": unknown option '" + name + "'";
        const std::vector<std::string> own = option_names(cmd);
        // `lede summarize --json`: eval and rouge have a --json flag, the
        // commands with an --output option take the form there.
        const bool has_output = std::find(own.begin(), own.end(), "--output") != own.end();
        if (has_output && (name == "--json" || name == "--text")) msg += "; did you mean `-o " + name.substr(2) + "`?";
        else if (const std::string near = closest_name(name, own); !near.empty()) msg += "; did you mean " + near + "?";
      } else {
        msg += "lede " + cmd.get_name() + ": unexpected argument '" + extra + "'";
      }
      msg += '\n';
    }
  } else {
    msg = "lede " + cmd.get_name() + ": " + option_count_message(cmd, error) + '\n';
  }
  return msg + swallowed_flag_hint(cmd, error) + "Run `lede " + cmd.get_name() + " --help` for its options.\n";
}

std::string misread_text_warning(std::string_view text, std::string_view html_remedy, std::string_view jsonl_remedy) {
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);  // a UTF-8 byte order mark
  const std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string_view::npos) return "";
  if (text[start] == '{') {
    const std::string_view first_line = text.substr(start, text.find('\n', start) - start);
    if (!nlohmann::json::accept(first_line)) return "";
    return "this looks like JSONL (a JSON object on its first line) but is read as text; " + std::string(jsonl_remedy);
  }
  if (looks_like_web_page(text))
    return "this looks like a web page (it starts with an <html> or <!DOCTYPE html> tag) but is read as text, "
           "markup and all; " +
           std::string(html_remedy);
  return "";
}

std::string undecodable_warning(std::size_t undecodable, std::string_view encoding, std::string_view what) {
  if (undecodable == 0) return "";
  return std::to_string(undecodable) + (undecodable == 1 ? " byte sequence is" : " byte sequences are") +
         " not valid " + std::string(encoding) + ", the character set the " + std::string(what) +
         " was read in, and became U+FFFD; if it is written in another, give it "
         "with --encoding (e.g. --encoding " +
         (encoding == "windows-1252" ? "utf-8" : "windows-1252") + ")";
}

std::string binary_page_warning(std::string_view page, std::string_view encoding) {
  const bool utf16 = page.substr(0, 2) == "\xFF\xFE" || page.substr(0, 2) == "\xFE\xFF" ||
                     (encoding.size() >= 6 && (encoding[0] | 0x20) == 'u' && (encoding[1] | 0x20) == 't' &&
                      (encoding[2] | 0x20) == 'f' && encoding.substr(3, 3) == "-16");
  if (utf16 || page.find('\0') == std::string_view::npos) return "";
  return "this looks like binary data (it holds NUL bytes), not a web page";
}

std::string binary_document_error(std::string_view bytes, std::string_view shown) {
  struct Format {
    std::string_view magic;
    std::string_view kind;
    std::string_view remedy;  // "" when there is no text to convert
  };
  // File signatures, as file(1) knows them.
  static constexpr Format kFormats[] = {
      {"%PDF-", "a PDF document", "convert it to text first, e.g. `pdftotext FILE -`"},
      {"PK\x03\x04", "a ZIP archive (a .docx, .odt or .epub file is one)", "save its text as plain text first"},
      {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", "an old Microsoft Office document (.doc, .xls)",
       "save its text as plain text first"},
      {"\x89PNG\r\n\x1A\n", "a PNG image", ""},
      {"\xFF\xD8\xFF", "a JPEG image", ""},
      {"GIF87a", "a GIF image", ""},
      {"GIF89a", "a GIF image", ""},
      {"\x7F"
       "ELF",
       "a program (ELF)", ""},
  };
  for (const Format& f : kFormats) {
    if (!bytes.starts_with(f.magic)) continue;
    std::string out = std::string(f.kind) + ", not text: lede reads plain text, web pages and JSONL";
    if (!f.remedy.empty()) {
      std::string remedy(f.remedy);
      if (const std::size_t at = remedy.find("FILE"); at != std::string::npos) remedy.replace(at, 4, shown);
      out += "; " + remedy;
    }
    return out;
  }
  return "";
}

std::string not_utf8_hint(const Status& failure, std::string_view encoding) {
  if (!encoding.empty() || failure.message().find("invalid UTF-8 at byte") == std::string::npos) return "";
  return " (not UTF-8? give its character set, e.g. --encoding windows-1252, or --lenient to replace the bad bytes)";
}

std::string repeated_stdin_error(const std::vector<std::string>& files) {
  const auto n = std::count(files.begin(), files.end(), "-");
  if (n < 2) return "";
  return "standard input ('-') is named " + std::to_string(n) +
         " times, but it can be read only once: save it to a file to read it again";
}

std::string encoding_usage_error(std::string_view encoding, std::string_view format) {
  if (encoding.empty()) return "";
  if (format == "jsonl") return "--encoding does not apply to JSONL input, which is UTF-8 (RFC 8259)";
  if (Result<std::string> probe = decode_text("", encoding); !probe.ok())
    return "--encoding: " + probe.status().message();
  return "";
}

}  // namespace lede::cli
