// ROUGE-1.5.5's own input files as `lede rouge SETTINGS` reads them: the XML
// settings file, the -z file list and SEE, SPL and ISI summary files, on
// arbitrary bytes (the in-memory readers the file readers call). The first
// byte picks the reader (its low two bits) and the format's spelling. Invariants: never
// crashes; an error names the file; a settings file read has at least one
// EVAL, each with a known format, a peer and a model, and its systems sorted
// and holding every peer; summary lines are what each format promises;
// reading twice gives the same result.
#include <algorithm>
#include <string>
#include <vector>

#include "fuzz_check.h"
#include "read/rouge_settings.h"

namespace {

const char* const kName = "fuzz.xml";
const char* const kFormats[] = {"SEE", "SPL", "ISI", "see", "Spl", "isi", "SIMPLE", ""};

bool same(const lede::RougeSettings& a, const lede::RougeSettings& b) {
  if (a.systems != b.systems || a.evals.size() != b.evals.size()) return false;
  for (std::size_t k = 0; k < a.evals.size(); ++k) {
    const lede::RougeSettingsEval &x = a.evals[k], &y = b.evals[k];
    if (x.id != y.id || x.format != y.format || x.peers.size() != y.peers.size() || x.models.size() != y.models.size())
      return false;
    for (std::size_t i = 0; i < x.peers.size(); ++i)
      if (x.peers[i].id != y.peers[i].id || x.peers[i].path != y.peers[i].path) return false;
    for (std::size_t i = 0; i < x.models.size(); ++i)
      if (x.models[i].id != y.models[i].id || x.models[i].path != y.models[i].path) return false;
  }
  return true;
}

void check_settings(const lede::Result<lede::RougeSettings>& s, std::string_view data, bool file_list,
                    const std::string& format) {
  if (!s.ok()) {
    FUZZ_CHECK(s.status().message().rfind(kName, 0) == 0);  // "fuzz.xml: ..." or "fuzz.xml:LINE: ..."
    return;
  }
  FUZZ_CHECK(!s->evals.empty());
  // Root + "/" + file, both text of the input; a declared single-byte
  // encoding can triple a byte in UTF-8 (ISO-8859-15's euro sign).
  const std::size_t most = 3 * data.size() + 1;
  FUZZ_CHECK(std::is_sorted(s->systems.begin(), s->systems.end()) || file_list);
  for (const lede::RougeSettingsEval& e : s->evals) {
    FUZZ_CHECK(!e.peers.empty() && !e.models.empty());
    FUZZ_CHECK(file_list ? e.format == format : lede::is_rouge_text_format(e.format));
    for (const lede::RougeSettingsFile& p : e.peers) {
      FUZZ_CHECK(std::find(s->systems.begin(), s->systems.end(), p.id) != s->systems.end());
      FUZZ_CHECK(!p.path.empty() && p.path.size() <= most);
    }
    for (const lede::RougeSettingsFile& m : e.models) FUZZ_CHECK(!m.path.empty() && m.path.size() <= most);
    if (file_list) {
      for (const lede::RougeSettingsFile& f : e.models)
        FUZZ_CHECK(f.path.find_first_of(" \t\n\r\v\f") == std::string::npos);
    }
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view in = lede::fuzz::as_view(data, size);
  const std::uint8_t pick = lede::fuzz::take_byte(in);
  const std::string format = kFormats[(pick >> 2) % std::size(kFormats)];
  switch (pick & 3) {
    case 0: {
      lede::Result<lede::RougeSettings> s = lede::parse_rouge_settings(in, kName);
      check_settings(s, in, false, format);
      lede::Result<lede::RougeSettings> again = lede::parse_rouge_settings(in, kName);
      FUZZ_CHECK(s.ok() == again.ok());
      FUZZ_CHECK(s.ok() ? same(*s, *again) : s.status().message() == again.status().message());
      break;
    }
    case 1: {
      lede::Result<lede::RougeSettings> s = lede::parse_rouge_file_list(in, kName, format, "X");
      if (!s.ok()) {
        FUZZ_CHECK(s.status().message().rfind(kName, 0) == 0);
        break;
      }
      check_settings(s, in, true, format);
      FUZZ_CHECK(s->systems == std::vector<std::string>{"X"});
      break;
    }
    default: {
      lede::Result<std::vector<std::string>> lines = lede::parse_rouge_summary(in, format);
      if (!lede::is_rouge_text_format(format)) {
        FUZZ_CHECK(!lines.ok() && !lines.status().message().empty());
        break;
      }
      FUZZ_CHECK(lines.ok());
      std::size_t bytes = 0;
      const bool spl = format == "SPL" || format == "Spl";
      for (const std::string& l : *lines) {
        FUZZ_CHECK(!l.empty());
        bytes += l.size();
        // SPL lines lose their '\n'; SEE and ISI text stops at the next '<'.
        if (spl) FUZZ_CHECK(l.find('\n') == std::string::npos);
        else FUZZ_CHECK(l.find('<') == std::string::npos && in.find(l) != std::string_view::npos);
      }
      FUZZ_CHECK(bytes <= in.size());
      break;
    }
  }
  return 0;
}
