// ROUGE-1.5.5's summary files (SEE, SPL, ISI) and its -z file list.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/shown_path.h"
#include "read/rouge_settings.h"

namespace lede {
namespace {

bool same_letters(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (c != b[i]) return false;
  }
  return true;
}

// Perl's \s on bytes.
bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

// Consumes `lit` at `pos`.
bool take(std::string_view s, std::size_t& pos, std::string_view lit) {
  if (s.substr(pos, lit.size()) != lit) return false;
  pos += lit.size();
  return true;
}

// Consumes [0-9]+ (or, with `isi`, [0-9a-z,]+).
bool take_digits(std::string_view s, std::size_t& pos, bool isi = false) {
  const std::size_t start = pos;
  while (pos < s.size() &&
         ((s[pos] >= '0' && s[pos] <= '9') || (isi && ((s[pos] >= 'a' && s[pos] <= 'z') || s[pos] == ','))))
    ++pos;
  return pos > start;
}

// A SEE line: `<a [size="N" ]name="N">[N]</a>\s+<a href="#N" id=N>TEXT`,
// TEXT being [^<]+ (the line's '\n' included when no '<' comes first).
bool see_sentence(std::string_view line, std::string& text) {
  std::size_t p = 0;
  if (!take(line, p, "<a ")) return false;
  if (take(line, p, "size=\"") && !(take_digits(line, p) && take(line, p, "\" "))) return false;
  if (!(take(line, p, "name=\"") && take_digits(line, p) && take(line, p, "\">[") && take_digits(line, p) &&
        take(line, p, "]</a>")))
    return false;
  const std::size_t gap = p;
  while (p < line.size() && space(line[p])) ++p;
  if (p == gap) return false;
  if (!(take(line, p, "<a href=\"#") && take_digits(line, p) && take(line, p, "\" id=") && take_digits(line, p) &&
        take(line, p, ">")))
    return false;
  const std::size_t end = std::min(line.find('<', p), line.size());
  if (end == p) return false;
  text.assign(line.substr(p, end - p));
  return true;
}

// An ISI line: `<S SNTNO="[0-9a-z,]+">TEXT</S>`, TEXT being [^<]+.
bool isi_sentence(std::string_view line, std::string& text) {
  std::size_t p = 0;
  if (!(take(line, p, "<S SNTNO=\"") && take_digits(line, p, true) && take(line, p, "\">"))) return false;
  const std::size_t end = line.find('<', p);
  if (end == std::string_view::npos || end == p || line.substr(end, 4) != "</S>") return false;
  text.assign(line.substr(p, end - p));
  return true;
}

}  // namespace

bool is_rouge_text_format(std::string_view f) {
  return same_letters(f, "SEE") || same_letters(f, "SPL") || same_letters(f, "ISI");
}

Result<std::string> read_bounded_file(const std::string& path, std::size_t max_bytes) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::InvalidInput(shown_path(path) + ": is a directory, not a file");
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(shown_path(path) + ": cannot open: " + std::strerror(errno));
  std::string data;
  char buf[1 << 16];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    if (data.size() + static_cast<std::size_t>(in.gcount()) > max_bytes)
      return Status::ResourceExhausted(shown_path(path) + ": over the limit of " + std::to_string(max_bytes >> 20) +
                                       " MiB for one file");
    data.append(buf, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad()) return Status::IoError(shown_path(path) + ": read error");
  return data;
}

Result<std::vector<std::string>> read_rouge_summary_file(const std::string& path, std::string_view format) {
  // The format first: a wrong one is the caller's error whatever the file.
  if (!is_rouge_text_format(format))
    return Status::InvalidArgument("unknown input format '" + std::string(format) + "' (SEE, SPL or ISI)");
  Result<std::string> data = read_bounded_file(path, kMaxRougeFileBytes);
  if (!data.ok()) return data.status();
  return parse_rouge_summary(*data, format);
}

Result<std::vector<std::string>> parse_rouge_summary(std::string_view all, std::string_view format) {
  const bool see = same_letters(format, "SEE"), spl = same_letters(format, "SPL");
  if (!see && !spl && !same_letters(format, "ISI"))
    return Status::InvalidArgument("unknown input format '" + std::string(format) + "' (SEE, SPL or ISI)");
  std::vector<std::string> lines;
  std::string text;
  for (std::size_t pos = 0; pos < all.size();) {
    std::size_t end = all.find('\n', pos);
    // Perl's readline keeps the '\n'; SPL's chomp drops it, SEE may capture it.
    end = end == std::string_view::npos ? all.size() : end + 1;
    std::string_view line = all.substr(pos, end - pos);
    pos = end;
    if (spl) {
      if (!line.empty() && line.back() == '\n') line.remove_suffix(1);
      if (!line.empty()) lines.emplace_back(line);
    } else if (see ? see_sentence(line, text) : isi_sentence(line, text)) {
      lines.push_back(text);
    }
  }
  return lines;
}

Result<RougeSettings> read_rouge_file_list(const std::string& path, std::string_view format,
                                           const std::string& system_id) {
  Result<std::string> data = read_bounded_file(path, kMaxRougeFileBytes);
  if (!data.ok()) return data.status();
  return parse_rouge_file_list(*data, path, format, system_id);
}

Result<RougeSettings> parse_rouge_file_list(std::string_view all, const std::string& path, std::string_view format,
                                            const std::string& system_id) {
  RougeSettings out;
  out.systems.push_back(system_id);
  std::size_t line_no = 0;
  for (std::size_t pos = 0; pos < all.size();) {
    std::size_t end = all.find('\n', pos);
    if (end == std::string_view::npos) end = all.size();
    const std::string_view line = all.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    std::vector<std::string> files;
    for (std::size_t i = 0; i < line.size();) {
      while (i < line.size() && space(line[i])) ++i;
      const std::size_t start = i;
      while (i < line.size() && !space(line[i])) ++i;
      if (i > start) files.emplace_back(line.substr(start, i - start));
    }
    if ((!line.empty() && line[0] == '#') || files.empty()) continue;
    if (files.size() < 2)
      return Status::InvalidInput(shown_path(path) + ":" + std::to_string(line_no) +
                                  ": a file list line needs a peer file and at least one model file");
    RougeSettingsEval e;
    e.id = std::to_string(out.evals.size() + 1);
    e.format = std::string(format);
    e.peers.push_back({system_id, files[0], line_no});
    for (std::size_t m = 1; m < files.size(); ++m) e.models.push_back({"M." + std::to_string(m), files[m], line_no});
    out.evals.push_back(std::move(e));
  }
  if (out.evals.empty()) return Status::InvalidInput(shown_path(path) + ": the file list names no files");
  return out;
}

}  // namespace lede
