// One JSONL record in, one JSON line out: the unit of every batch run.
#include <algorithm>

#include "lede/io.h"
#include "lede/text.h"
#include "read/record.h"
#include "read/web_page_sniff.h"

namespace lede {

namespace {

// The code unit of the \uXXXX escape at `at` (a backslash), or -1.
long escaped_unit(std::string_view s, std::size_t at) {
  if (at + 6 > s.size() || s[at + 1] != 'u') return -1;
  long v = 0;
  for (std::size_t k = at + 2; k < at + 6; ++k) {
    const char c = s[k];
    const int d = c >= '0' && c <= '9'   ? c - '0'
                  : c >= 'a' && c <= 'f' ? c - 'a' + 10
                  : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                         : -1;
    if (d < 0) return -1;
    v = v * 16 + d;
  }
  return v;
}

bool is_high(long u) { return u >= 0xD800 && u <= 0xDBFF; }
bool is_low(long u) { return u >= 0xDC00 && u <= 0xDFFF; }

// Calls `on_unpaired(offset)` for each \uD800-\uDFFF escape that is not half
// of a pair. Every backslash of valid JSON opens an escape (in a string;
// outside one it is an error either way), so no string tracking is needed.
template <typename F>
void each_unpaired_surrogate(std::string_view s, F on_unpaired) {
  for (std::size_t at = s.find('\\'); at != std::string_view::npos; at = s.find('\\', at)) {
    const long u = escaped_unit(s, at);
    if (u < 0) {
      at += 2;  // a two-character escape (\\, \", \n, ...)
    } else if (is_high(u) && is_low(escaped_unit(s, at + 6))) {
      at += 12;
    } else {
      if (is_high(u) || is_low(u)) on_unpaired(at);
      at += 6;
    }
  }
}

}  // namespace

std::size_t find_unpaired_surrogate_escape(std::string_view json) {
  std::size_t first = std::string_view::npos;
  each_unpaired_surrogate(json, [&](std::size_t at) { first = std::min(first, at); });
  return first;
}

std::optional<std::string> repair_jsonl_line(std::string_view line, std::string& warning) {
  std::optional<std::string> out;
  if (find_invalid_utf8(line) != std::string_view::npos) {
    NormalizeOptions repair;
    repair.lenient = true;
    repair.nfc = false;
    repair.whitespace = false;
    Result<NormalizedText> fixed = normalize(line, repair);
    warning = "replaced " + std::to_string(fixed->replaced) +
              " invalid UTF-8 sequence(s) with U+FFFD, the first at byte " + std::to_string(fixed->first_replaced) +
              " of the line";
    out = std::move(fixed->text);
  }
  // A JavaScript string cut inside an emoji, or Python's json.dumps of a
  // surrogate-escaped str, writes half a pair: valid for JSON.parse, not
  // for a UTF-8 reader. The escape keeps its 6 bytes, so offsets hold.
  std::string fixed(out ? *out : std::string(line));
  std::size_t count = 0, first = 0;
  each_unpaired_surrogate(fixed, [&](std::size_t at) {
    if (count++ == 0) first = at;
    fixed.replace(at + 2, 4, "fffd");
  });
  if (count == 0) return out;
  warning += (warning.empty() ? "replaced " : "; replaced ") + std::to_string(count) +
             " unpaired surrogate escape(s) (\\uD800-\\uDFFF) with \\uFFFD, the first at byte " +
             std::to_string(first) + " of the line";
  return fixed;
}

Status check_jsonl_utf8(std::string_view line) {
  if (const std::size_t bad = find_invalid_utf8(line); bad != std::string_view::npos)
    return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(bad) +
                                " of the line (lenient mode replaces it with U+FFFD)");
  if (const std::size_t at = find_unpaired_surrogate_escape(line); at != std::string_view::npos)
    return Status::InvalidInput("unpaired surrogate escape " + std::string(line.substr(at, 6)) + " at byte " +
                                std::to_string(at) + " of the line (lenient mode replaces it with U+FFFD)");
  return Status::Ok();
}

// Raw invalid UTF-8 is repaired first under `lenient`, else named when the
// line fails.
Status parse_jsonl_record(std::string_view line, bool lenient, Record& out, std::vector<std::string>& warnings) {
  std::string warning;
  if (std::optional<std::string> repaired = lenient ? repair_jsonl_line(line, warning) : std::nullopt) {
    warnings.push_back(std::move(warning));
    return parse_record(*repaired, out);
  }
  Status st = parse_record(line, out);
  // Scanned only when the line failed: valid lines pay nothing.
  if (!st.ok())
    if (Status utf8 = check_jsonl_utf8(line); !utf8.ok()) {
      // The error line named no record ("id": null) though the bad byte was
      // in its text: the id is read from the line with the bytes replaced,
      // unless the id itself holds one.
      Record probe;
      if (std::optional<std::string> repaired = repair_jsonl_line(line, warning)) {
        (void)parse_record(*repaired, probe);
        if (probe.id_json.find("\xEF\xBF\xBD") == std::string::npos) out.id_json = std::move(probe.id_json);
      }
      return utf8;
    }
  return st;
}

std::string ignored_options_notice(const std::vector<std::string>& names) {
  std::string fields, flags;
  for (const std::string& n : names) {
    fields += (fields.empty() ? "'" : ", '") + n + "'";
    flags += (flags.empty() ? "--" : ", --") + n;
  }
  return "JSONL records hold " + fields + (names.size() == 1 ? ", which is" : ", which are") +
         " not read per record: options come from the command line (" + flags + ")";
}

std::string record_language(const Record& record, const SummarizeOptions& options, bool page_language) {
  if (!page_language || !record.from_html || record.page_language.empty()) return options.language;
  return is_supported_language(record.page_language) ? record.page_language : std::string(kAutoLanguage);
}

std::string record_content_warning(const Record& record, std::string_view command) {
  const bool segment = command == "segment";
  const auto& docs = record.cluster.documents;
  if (record.from_html)
    // (The summary's own warning says what follows: no sentences to summarize.)
    return docs[0].text.find_first_not_of(" \t\r\n") == std::string::npos
               ? std::string("no article text found in the page ('html')") + (segment ? ": it has no sentences" : "")
               : "";
  for (std::size_t d = 0; d < docs.size(); ++d)
    if (looks_like_web_page(docs[d].text))
      return (!record.from_documents ? std::string("the text") : "'documents[" + std::to_string(d) + "]'") +
             " looks like a web page (it starts with an <html> or <!DOCTYPE html> tag) but is " +
             (segment ? "split" : "summarized") + " as text, markup and all; give it as 'html' to " +
             (segment ? "segment" : "summarize") + " its article";
  return "";
}

JsonlOutcome summarize_jsonl_line(const Summarizer& summarizer, std::string_view line, std::size_t line_number,
                                  const SummarizeOptions& options, bool page_language) {
  JsonlOutcome out;
  Record rec;
  Status st = parse_jsonl_record(line, options.lenient, rec, out.warnings);
  out.ignored_options = rec.ignored_options;
  if (st.ok()) {
    if (std::string w = record_content_warning(rec); !w.empty()) out.warnings.push_back(std::move(w));
    SummarizeOptions page_options;
    const SummarizeOptions* used = &options;
    if (rec.from_html && page_language) {
      page_options = options;
      page_options.language = record_language(rec, options, page_language);
      used = &page_options;
    }
    Result<Summary> s = summarizer.summarize(rec.cluster, *used);
    if (s.ok()) {
      for (auto& w : s->warnings) {
        if (w == kTruncateIgnoredWarning) out.truncate_ignored = true;
        else out.warnings.push_back(std::move(w));
      }
      out.output = summary_to_json(*s, rec.id_json);
      out.method = s->method;
      return out;
    }
    st = s.status();
  }
  out.failed = true;
  out.error = st.message();
  out.output = error_to_json(rec.id_json, line_number, st);
  return out;
}

}  // namespace lede
