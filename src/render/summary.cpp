#include "render/summary.h"

#include <algorithm>
#include <optional>
#include <string_view>
#include <utility>

#include "text/chars.h"
#include "text/list_marker.h"
#include "text/segment_chars.h"

namespace lede {
namespace {

// Cuts `text` to at most `limit` words (as word budgets count them) or UTF-8
// bytes, at a code point boundary.
std::string truncate_text(const std::string& text, BudgetKind kind, std::size_t limit) {
  if (kind == BudgetKind::kBytes) {
    if (text.size() <= limit) return text;
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    // The text is normalized (white space collapsed to single spaces), so a
    // cut at a word's end leaves at most one space behind it.
    if (cut > 0 && text[cut - 1] == ' ') --cut;
    return text.substr(0, cut);
  }
  return text.substr(0, text::budget_words_prefix(text, limit));
}

}  // namespace

std::size_t hidden_marker_bytes(const Document& doc, std::size_t index, const std::string& language,
                                std::size_t* start) {
  const Sentence& s = doc.sentences[index];
  const std::string& original = doc.text;
  const std::size_t shown = text::list_marker_bytes(doc, index, language);
  if (shown == 0) return 0;
  const bool dotted = shown != text::list_marker_bytes(s.text, false);
  const std::string_view span = std::string_view(original).substr(s.span.start, s.span.size());
  const std::size_t skipped = text::list_marker_bytes(span, dotted);
  auto marks = [](std::string_view m) {
    std::string out;
    for (char c : m)
      if (c != ' ' && c != '\t' && c != '\r' && c != '\n') out.push_back(c);
    return out;
  };
  if (skipped == 0 || marks(span.substr(0, skipped)) != marks(std::string_view(s.text).substr(0, shown))) return 0;
  if (start != nullptr) {
    // Past what normalization turned into a space or dropped (a no-break
    // space, a zero-width one) as well.
    std::size_t at = s.span.start + skipped;
    while (at < s.span.end) {
      std::size_t len = 0;
      const text::CharClass c = text::classify(text::code_point_at(original, at, len));
      if (c != text::CharClass::kSpace && c != text::CharClass::kOther) break;
      at += len;
    }
    *start = at;
  }
  return shown;
}

void count_shown_lengths(const Cluster& cluster, const std::string& language, Representation& rep) {
  for (std::size_t i = 0; i < rep.size(); ++i) {
    const SentenceRef ref = rep.sentences[i];
    const Document& doc = cluster.documents[ref.document];
    const std::string& text = doc.sentences[ref.index].text;
    // With dotted numbers allowed this finds every marker the language
    // rules could accept, and it is a cheap test of the first bytes.
    if (text::list_marker_bytes(text, true) == 0) continue;
    const std::size_t hidden = hidden_marker_bytes(doc, ref.index, language);
    if (hidden == 0) continue;
    const std::string_view shown = std::string_view(text).substr(hidden);
    rep.words[i] = text::count_budget_words(shown);
    rep.bytes[i] = shown.size();
  }
}

namespace {

// A sentence as a summary shows it: a list item without its marker ("• ",
// "2. "), which means nothing away from its list; `start` moves past the
// marker in the original text.
std::string shown_item(const Document& doc, std::size_t index, const std::string& language, std::size_t& start) {
  return doc.sentences[index].text.substr(hidden_marker_bytes(doc, index, language, &start));
}

}  // namespace

void render_summary(const Cluster& cluster, const Representation& rep, const ResolvedBudget& budget,
                    const std::string& language, const Selection& sel, const std::vector<double>& scores, Order order,
                    Summary& summary) {
  std::vector<std::size_t> chosen = sel.chosen;
  if (order == Order::kDocument) std::sort(chosen.begin(), chosen.end());
  // The truncated sentence (if any) is the last one chosen.
  const std::size_t truncated = budget.truncate && !sel.chosen.empty() ? sel.chosen.back() : rep.size();
  std::size_t used = 0;
  for (std::size_t i : sel.chosen)
    if (i != truncated) used += budget.kind == BudgetKind::kBytes ? rep.bytes[i] + 1 : rep.words[i];
  std::optional<SummarySentence> cut;
  for (std::size_t i : chosen) {
    const SentenceRef ref = rep.sentences[i];
    const Sentence& s = cluster.documents[ref.document].sentences[ref.index];
    SummarySentence out;
    out.document = ref.document;
    out.index = ref.index;
    out.start = s.span.start;
    out.end = s.span.end;
    out.score = scores[i];
    out.text = shown_item(cluster.documents[ref.document], ref.index, language, out.start);
    if (i == truncated && budget.kind != BudgetKind::kSentences) {
      const std::size_t room = budget.limit > used ? budget.limit - used : 0;
      const std::size_t whole = out.text.size();
      out.text = truncate_text(out.text, budget.kind, room);
      if (out.text.empty()) continue;
      // A cut sentence ends the summary, as a summary cut at its budget
      // does in DUC practice: in document order an earlier one would put
      // a fragment before whole sentences.
      if (out.text.size() < whole) {
        cut = std::move(out);
        continue;
      }
    }
    summary.sentences.push_back(std::move(out));
  }
  if (cut) summary.sentences.push_back(std::move(*cut));
}

}  // namespace lede
