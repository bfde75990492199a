// Normalization that never loses the original: a sparse alignment records
// where normalized and original bytes stop advancing in step, so spans found
// later map back exactly.
#include <utf8proc.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "lede/text.h"
#include "text/digit_groups.h"
#include "text/utf8.h"

namespace lede {
namespace {

// What the white-space pass does with one code point.
enum class Ws { kKeep, kSpace, kNewline, kDrop };

Ws classify_space(char32_t cp) {
  switch (cp) {
    case '\t': return Ws::kSpace;
    case '\v':
    case '\f': return Ws::kNewline;
    case 0x00A0:
    case 0x1680:
    case 0x202F:
    case 0x205F:
    case 0x3000: return Ws::kSpace;
    case 0x2028:
    case 0x2029:
    case 0x0085: return Ws::kNewline;
    // Zero-width and bidirectional controls carry no words; they would split
    // or glue tokens invisibly. So does a soft hyphen (HTML's &shy;), which
    // only marks where a word may break.
    case 0x00AD:
    case 0x200B:
    case 0x2060:
    case 0xFEFF:
    case 0x200E:
    case 0x200F:
    case 0x202A:
    case 0x202B:
    case 0x202C:
    case 0x202D:
    case 0x202E:
    case 0x2066:
    case 0x2067:
    case 0x2068:
    case 0x2069:
    case 0x061C: return Ws::kDrop;
    default: break;
  }
  if (cp >= 0x2000 && cp <= 0x200A) return Ws::kSpace;
  if (cp < 0x20 && cp != '\n' && cp != '\r') return Ws::kSpace;    // other C0 controls, NUL
  if (cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) return Ws::kSpace;  // DEL, C1 controls
  return Ws::kKeep;
}

// text::groups_thousands as the text reads once this pass has dropped its
// invisible characters: "5\u00A0666\uFEFF1" becomes 56661 written with a
// space, which no longer groups, so normalizing the output again would
// turn the kept no-break space into a space. The digits after the three
// decide.
bool groups_thousands_once_dropped(std::string_view s, std::size_t next, std::size_t end, char32_t cp) {
  if (!text::groups_thousands(s, next, end, cp)) return false;
  std::size_t k = next + 3;
  while (k < end) {
    std::size_t len = 0;
    const char32_t c = text::decode_utf8(s, k, len);
    if (c == text::kInvalid || classify_space(c) != Ws::kDrop) break;
    k += len;
  }
  return k >= end || s[k] < '0' || s[k] > '9';
}

inline bool verbatim_ascii(unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n'; }

// NFC of `s` into `out`; false when utf8proc fails (the text is left as is).
bool compose(std::string_view s, std::string& out) {
  utf8proc_uint8_t* mapped = nullptr;
  const utf8proc_ssize_t m =
      utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                   &mapped, static_cast<utf8proc_option_t>(UTF8PROC_STABLE | UTF8PROC_COMPOSE));
  if (m >= 0) out.assign(reinterpret_cast<const char*>(mapped), static_cast<std::size_t>(m));
  std::free(mapped);
  return m >= 0;
}

// Offsets where `run` (valid UTF-8) may be cut into extended grapheme
// clusters, which canonical composition does not cross; the run's start and
// end included.
std::vector<std::size_t> grapheme_cuts(std::string_view run) {
  std::vector<std::size_t> cuts{0};
  utf8proc_int32_t state = 0;
  utf8proc_int32_t prev = -1;
  for (std::size_t i = 0; i < run.size();) {
    utf8proc_int32_t cp = 0;
    const utf8proc_ssize_t len = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(run.data() + i),
                                                  static_cast<utf8proc_ssize_t>(run.size() - i), &cp);
    if (len <= 0) return {0, run.size()};
    if (prev >= 0 && utf8proc_grapheme_break_stateful(prev, cp, &state)) cuts.push_back(i);
    prev = cp;
    i += static_cast<std::size_t>(len);
  }
  cuts.push_back(run.size());
  return cuts;
}

// Builds the normalized text and its anchors.
class Builder {
 public:
  explicit Builder(NormalizedText& out) : out_(out) {}

  // Records that normalized offset `n` corresponds to original offset `o`,
  // unless that already follows from the last anchor.
  void anchor(std::size_t n, std::size_t o) {
    auto& a = out_.anchors;
    const auto& last = a.back();
    if (n - last.first == o - last.second) return;
    if (last.first == n) a.back().second = std::max(last.second, o);
    else a.emplace_back(n, o);
  }

  // Appends `piece` as the normalization of original bytes [o0, o1).
  void replace(std::string_view piece, std::size_t o0, std::size_t o1) {
    anchor(out_.text.size(), o0);
    out_.text.append(piece);
    anchor(out_.text.size(), o1);
  }

 private:
  NormalizedText& out_;
};

// Appends the NFC of `run` (whose NFC is `whole`) cluster by cluster, each
// anchored to its original bytes; run offsets map to the original through
// `edits` (run offset, original offset) as NormalizedText's anchors do, with
// run offset 0 at `start` and the run's end at `end`. False, with nothing
// appended, when the clusters composed apart differ from `whole`.
bool compose_by_cluster(Builder& b, std::string_view run, std::string_view whole, std::size_t start, std::size_t end,
                        const std::vector<std::pair<std::size_t, std::size_t>>& edits) {
  const std::vector<std::size_t> cuts = grapheme_cuts(run);
  std::vector<std::size_t> ends;  // end of each cluster's NFC in `whole`
  ends.reserve(cuts.size());
  std::string piece;
  std::size_t w = 0;
  for (std::size_t c = 0; c + 1 < cuts.size(); ++c) {
    if (!compose(run.substr(cuts[c], cuts[c + 1] - cuts[c]), piece) || whole.compare(w, piece.size(), piece) != 0)
      return false;
    w += piece.size();
    ends.push_back(w);
  }
  if (w != whole.size()) return false;
  std::size_t e = 0, anchor_run = 0, anchor_orig = start;
  auto original = [&](std::size_t r) {  // r only grows
    while (e < edits.size() && edits[e].first <= r) {
      anchor_run = edits[e].first;
      anchor_orig = edits[e].second;
      ++e;
    }
    return std::min(anchor_orig + (r - anchor_run), e < edits.size() ? edits[e].second : end);
  };
  std::size_t from = 0;
  for (std::size_t c = 0; c < ends.size(); ++c) {
    const std::size_t o0 = original(cuts[c]);
    b.replace(whole.substr(from, ends[c] - from), o0, original(cuts[c + 1]));
    from = ends[c];
  }
  return true;
}

}  // namespace

std::size_t NormalizedText::to_original(std::size_t pos) const {
  auto it =
      std::upper_bound(anchors.begin(), anchors.end(), pos, [](std::size_t p, const auto& a) { return p < a.first; });
  const auto& a = *std::prev(it);
  const std::size_t limit = it == anchors.end() ? original_size : it->second;
  return std::min(a.second + (pos - a.first), limit);
}

ByteSpan NormalizedText::to_original(ByteSpan normalized) const {
  return ByteSpan{to_original(normalized.start), to_original(normalized.end)};
}

Result<NormalizedText> normalize(std::string_view original, const NormalizeOptions& options) {
  NormalizedText out;
  out.original_size = original.size();
  out.text.reserve(original.size());
  Builder b(out);
  const std::size_t n = original.size();
  std::size_t i = 0;
  std::string run;  // a non-ASCII run after white-space mapping
  std::string composed;
  while (i < n) {
    // Verbatim ASCII: copy the whole stretch at once.
    std::size_t j = i;
    while (j < n && verbatim_ascii(static_cast<unsigned char>(original[j]))) ++j;
    if (j > i) {
      out.text.append(original.data() + i, j - i);
      i = j;
      continue;
    }
    const auto c = static_cast<unsigned char>(original[i]);
    if (c < 0x80) {  // ASCII controls: CR, CRLF, tabs, NUL ...
      if (c == '\r') {
        const std::size_t len = (i + 1 < n && original[i + 1] == '\n') ? 2 : 1;
        b.replace("\n", i, i + len);
        i += len;
      } else {
        const Ws ws = options.whitespace ? classify_space(c) : Ws::kKeep;
        const char* piece = ws == Ws::kNewline ? "\n" : ws == Ws::kSpace ? " " : nullptr;
        if (piece != nullptr) b.replace(piece, i, i + 1);
        else out.text.push_back(static_cast<char>(c));
        i += 1;
      }
      continue;
    }
    // A run of non-ASCII code points, taken with the ASCII letter before it
    // (a combining mark may compose with it). White space is mapped and
    // invalid bytes replaced code point by code point (exact anchors); then
    // NFC applies to the run as a whole.
    std::size_t start = i;
    const std::size_t out_start_before_base = out.text.size();
    bool base = false;
    if (options.nfc && i > 0 && !out.text.empty() && static_cast<unsigned char>(original[i - 1]) < 0x80 &&
        out.text.back() == original[i - 1] && out.anchors.back().first < out.text.size()) {
      out.text.pop_back();
      start = i - 1;
      base = true;
    }
    run.clear();
    if (base) run.push_back(original[start]);
    bool changed = false;
    std::size_t k = i;
    const std::size_t run_out_start = base ? out_start_before_base - 1 : out_start_before_base;
    // Anchors for per-code-point edits, relative to the run start.
    std::vector<std::pair<std::size_t, std::size_t>> edits;
    while (k < n && static_cast<unsigned char>(original[k]) >= 0x80) {
      std::size_t len;
      char32_t cp = text::decode_utf8(original, k, len);
      if (cp == text::kInvalid) {
        if (!options.lenient) return Status::InvalidInput("invalid UTF-8 at byte " + std::to_string(k));
        if (out.replaced++ == 0) out.first_replaced = k;
        cp = text::kReplacementChar;
      }
      // A space grouping a number's thousands stays (text.h), so the number
      // stays one word.
      const bool thousands = k > 0 && original[k - 1] >= '0' && original[k - 1] <= '9' &&
                             groups_thousands_once_dropped(original, k + len, n, cp);
      const Ws ws = options.whitespace && !thousands ? classify_space(cp) : Ws::kKeep;
      const std::size_t before = run.size();
      switch (ws) {
        case Ws::kDrop: break;
        case Ws::kSpace: run.push_back(' '); break;
        case Ws::kNewline: run.push_back('\n'); break;
        case Ws::kKeep: text::append_utf8(run, cp); break;
      }
      const bool same = run.size() - before == len && run.compare(before, len, original.data() + k, len) == 0;
      if (!same) {
        changed = true;
        edits.emplace_back(before, k);
        edits.emplace_back(run.size(), k + len);
      }
      k += len;
    }
    const bool nfc_changed = options.nfc && compose(run, composed) && composed != run;
    if (nfc_changed) {
      // Composition moved code points. A run is a whole paragraph in
      // scripts without ASCII spaces (decomposed kana, Hangul jamo), so it is
      // anchored cluster by cluster, else every later offset would drift.
      out.text.resize(run_out_start);
      if (!compose_by_cluster(b, run, composed, start, k, edits)) b.replace(composed, start, k);
    } else {
      out.text.resize(run_out_start);
      if (changed)
        for (const auto& [rel, orig] : edits) {
          out.text.append(run, out.text.size() - run_out_start, rel - (out.text.size() - run_out_start));
          b.anchor(out.text.size(), orig);
        }
      out.text.append(run, out.text.size() - run_out_start, std::string::npos);
    }
    i = k;
  }
  b.anchor(out.text.size(), n);
  return out;
}

}  // namespace lede
