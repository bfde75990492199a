#include "select/standalone.h"

#include <algorithm>
#include <array>
#include <string>

#include "select/candidates.h"
#include "text/list_marker.h"

namespace lede {
namespace {

using Words = std::vector<std::string_view>;

// A language's openers. `connectives` lean back whatever follows them;
// `pronouns` too, unless the next word is in `not_before` (expletive "es
// gibt", "il y a"); `demonstratives` only before one of `verbs` ("this was"
// leans back, "this week" does not).
struct Openers {
  Words connectives;           // one word each
  std::vector<Words> phrases;  // several words, matched word by word
  Words pronouns;
  std::vector<std::pair<std::string_view, std::string_view>> not_before;  // (pronoun, next word)
  Words demonstratives;
  Words verbs;
  Words comma_only;  // lean back only when a comma follows ("Still, ..." but "Still images ...")
};

const Openers& english() {
  static const Openers o{
      {"but",          "and",     "yet",       "however",   "moreover",  "furthermore",  "nevertheless", "nonetheless",
       "also",         "besides", "likewise",  "similarly", "otherwise", "thus",         "therefore",    "hence",
       "consequently", "instead", "meanwhile", "indeed",    "then",      "additionally", "such"},
      {{"for", "example"},
       {"for", "instance"},
       {"in", "addition"},
       {"as", "a", "result"},
       {"on", "the", "other", "hand"},
       {"in", "contrast"},
       {"by", "contrast"},
       {"even", "so"},
       {"after", "all"},
       {"in", "other", "words"},
       {"that", "said"},
       {"what's", "more"},
       {"in", "turn"},
       {"at", "the", "same", "time"}},
      {"he", "she", "it", "they", "his", "her", "their", "its", "him", "them"},
      {},
      {"this", "that", "these", "those"},
      {"is",    "was",   "are",    "were",  "has",   "had",      "have",     "will",    "would",
       "could", "can",   "may",    "might", "means", "meant",    "comes",    "came",    "led",
       "leads", "marks", "marked", "makes", "made",  "includes", "included", "follows", "followed"},
      {"still"},
  };
  return o;
}

const Openers& german() {
  static const Openers o{
      {"aber",    "doch",     "jedoch", "allerdings",     "außerdem", "zudem", "dennoch", "trotzdem",
       "deshalb", "deswegen", "daher",  "darum",          "also",     "auch",  "ebenso",  "stattdessen",
       "dabei",   "danach",   "dann",   "beispielsweise", "sondern",  "und"},
      {{"zum", "beispiel"}},
      {"er", "sie", "es", "ihr", "ihre", "ihren", "ihrem", "ihrer", "sein", "seine", "seinen", "seinem", "seiner"},
      {{"es", "gibt"}, {"es", "gab"}},
      {"das", "dies", "dieses"},
      {"ist", "war", "sei", "hat", "hatte", "wird", "würde", "bedeutet", "bedeutete", "zeigt", "zeigte"},
      {},
  };
  return o;
}

const Openers& french() {
  static const Openers o{
      {"mais", "cependant", "pourtant", "toutefois", "néanmoins", "donc", "ainsi", "aussi", "et", "puis", "ensuite",
       "sinon", "cela", "ceci"},
      {{"en", "outre"},
       {"de", "plus"},
       {"par", "ailleurs"},
       {"en", "revanche"},
       {"par", "exemple"},
       {"au", "contraire"}},
      {"il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs"},
      {{"il", "y"}, {"il", "faut"}, {"il", "fallait"}, {"il", "était"}},
      {},
      {},
      {},
  };
  return o;
}

const Openers& spanish() {
  static const Openers o{
      {"pero", "además", "también", "asimismo", "así", "incluso", "y", "entonces", "luego", "esto", "eso"},
      {{"sin", "embargo"},
       {"no", "obstante"},
       {"por", "lo", "tanto"},
       {"por", "eso"},
       {"aun", "así"},
       {"en", "cambio"},
       {"por", "ejemplo"},
       {"por", "otra", "parte"},
       {"por", "otro", "lado"}},
      {"él", "ella", "ellos", "ellas", "su", "sus"},
      {},
      {},
      {},
      {},
  };
  return o;
}

const Openers* openers_for(std::string_view language) {
  if (language == "en") return &english();
  if (language == "de") return &german();
  if (language == "fr") return &french();
  if (language == "es") return &spanish();
  return nullptr;
}

bool in(const Words& words, std::string_view w) { return std::find(words.begin(), words.end(), w) != words.end(); }

}  // namespace

bool leans_back(const Sentence& s, std::string_view language) {
  const Openers* o = openers_for(language);
  if (o == nullptr) return false;
  // The first words, opening quotes, brackets and dashes skipped.
  std::array<std::string_view, 4> w{};
  std::size_t n = 0;
  for (std::size_t k = 0; k < s.tokens.size() && n < w.size(); ++k) {
    if (!s.tokens[k].is_word) continue;
    w[n++] = s.tokens[k].norm;
  }
  if (n == 0) return false;
  // Tokens hold no punctuation: what follows the first word is read from the
  // text, after the opening quotes or brackets (its length is the folded
  // word's, so only where case folding keeps it: ASCII letters).
  const bool ascii = std::all_of(w[0].begin(), w[0].end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  const std::size_t at = s.text.find_first_not_of("\"'([\xE2\x80\x9C\x98");
  const char after =
      ascii && at != std::string::npos && at + w[0].size() < s.text.size() ? s.text[at + w[0].size()] : ' ';
  // The first part of a compound ("Then-President Bush", "Also-ran") opens nothing.
  if (after == '-') return false;
  if (in(o->connectives, w[0])) return true;
  if (in(o->comma_only, w[0])) return after == ',';
  for (const Words& phrase : o->phrases)
    if (phrase.size() <= n && std::equal(phrase.begin(), phrase.end(), w.begin())) return true;
  // A contraction is one token: "it's", "he'll", "that's" ("is", "will").
  if (const std::size_t apostrophe = w[0].find('\''); apostrophe != std::string_view::npos && apostrophe > 0) {
    const std::string_view base = w[0].substr(0, apostrophe);
    return in(o->pronouns, base) || in(o->demonstratives, base);
  }
  if (in(o->pronouns, w[0])) {
    const bool expletive = n > 1 && std::any_of(o->not_before.begin(), o->not_before.end(),
                                                [&](const auto& p) { return p.first == w[0] && p.second == w[1]; });
    return !expletive;
  }
  return n > 1 && in(o->demonstratives, w[0]) && in(o->verbs, w[1]);
}

namespace {

const Sentence& sentence_of(const Cluster& cluster, const Representation& rep, std::size_t i) {
  const SentenceRef ref = rep.sentences[i];
  return cluster.documents[ref.document].sentences[ref.index];
}

// The flat id of the sentence that introduces list item i ("The plan
// includes:"): the nearest sentence before it in its document that is no
// item, when it ends with a colon. rep.size() when there is none, or when
// the cap on a cluster's sentences broke the run.
std::size_t list_intro(const Cluster& cluster, const Representation& rep, std::size_t i, std::string_view language) {
  const SentenceRef ref = rep.sentences[i];
  for (std::size_t k = i; k-- > 0;) {
    const SentenceRef r = rep.sentences[k];
    if (r.document != ref.document || r.index + (i - k) != ref.index) break;
    const Sentence& s = sentence_of(cluster, rep, k);
    if (text::list_marker_bytes(cluster.documents[r.document], r.index, language) > 0) continue;
    return !s.text.empty() && s.text.back() == ':' ? k : rep.size();
  }
  return rep.size();
}

// Sentence i leans back on a sentence before it that `chosen` (ascending)
// lacks. The sentence before, in its document, is the flat id before,
// unless the cap on a cluster's sentences dropped it; a list item after a
// colon leans on the sentence that introduces the list.
bool leans_without_predecessor(const Cluster& cluster, const Representation& rep, std::size_t i,
                               const std::vector<std::size_t>& chosen, std::string_view language) {
  const SentenceRef ref = rep.sentences[i];
  if (ref.index == 0) return false;
  const std::size_t marker = text::list_marker_bytes(cluster.documents[ref.document], ref.index, language);
  if (marker > 0)
    if (const std::size_t intro = list_intro(cluster, rep, i, language); intro < rep.size())
      return !std::binary_search(chosen.begin(), chosen.end(), intro);
  const bool before_chosen = i > 0 && rep.sentences[i - 1].document == ref.document &&
                             rep.sentences[i - 1].index + 1 == ref.index &&
                             std::binary_search(chosen.begin(), chosen.end(), i - 1);
  if (before_chosen) return false;
  const Sentence& s = cluster.documents[ref.document].sentences[ref.index];
  if (marker == 0) return leans_back(s, language);
  // An item of a list without an introduction ("1. She's responsible for
  // ...") is read after its marker: its first word was the "1".
  Sentence item;
  item.span = s.span;
  item.text = s.text.substr(std::min(marker, s.text.size()));
  for (const Token& t : s.tokens)
    if (t.span.start >= s.span.start + marker) item.tokens.push_back(t);
  return leans_back(item, language);
}

std::vector<std::size_t> sorted_chosen(const Selection& sel) {
  std::vector<std::size_t> chosen = sel.chosen;
  std::sort(chosen.begin(), chosen.end());
  return chosen;
}

}  // namespace

std::vector<std::size_t> dangling(const Cluster& cluster, const Representation& rep, const Selection& sel,
                                  std::string_view language) {
  const std::vector<std::size_t> chosen = sorted_chosen(sel);
  std::vector<std::size_t> out;
  for (std::size_t i : chosen)
    if (leans_without_predecessor(cluster, rep, i, chosen, language)) out.push_back(i);
  return out;
}

bool bar_leaning(const Cluster& cluster, Representation& rep, const Selection& sel, std::string_view language) {
  const std::vector<std::size_t> chosen = sorted_chosen(sel);
  rep.barred.resize(rep.size(), false);
  for (std::size_t i = 0; i < rep.size(); ++i)
    if (!rep.barred[i] && leans_without_predecessor(cluster, rep, i, chosen, language)) rep.barred[i] = true;
  const std::vector<std::size_t> left = candidates(rep, {});
  return std::none_of(left.begin(), left.end(), [&](std::size_t i) { return rep.barred[i]; });
}

}  // namespace lede
