// Sentence ends at spaces in Thai and Lao text (segment_spaces.h).
#include "text/segment_spaces.h"

#include "text/chars.h"
#include "text/segment_chars.h"
#include "text/utf8.h"
#include "text/word_break.h"

namespace lede::text {
namespace {

// The words below are ICU's dictionary words (text/word_break.h), as the
// tokenizer gives them; SegmentThaiLao.ListedWordsAreSingleWords checks it.

// Words after which the sentence goes on: "that" after a verb of saying,
// conjunctions, prepositions, relative pronouns, "such as".
constexpr std::string_view kThaiTiesBefore =
    "ว่า และ หรือ ของ กับ ที่ คือ เช่น ได้แก่ โดย ซึ่ง เพื่อ แก่ ใน จาก ถึง แต่ จึง เพราะ ให้ ต่อ ตาม ณ แห่ง "
    "ระหว่าง";
// Words that go on with the words before them (conjunctions, "that",
// relative pronouns, ก็).
constexpr std::string_view kThaiTiesAfter = "และ หรือ ซึ่ง ว่า ของ กับ แก่ ให้ ที่ คือ ได้แก่ เช่น จึง ก็";
// Verbs of saying follow their subject after a space ("นายสมชาย ใจดี
// รัฐมนตรี กล่าวว่า"): neither the space before one nor the one before
// its subject ends a sentence.
constexpr std::string_view kThaiSaying = "กล่าว ระบุ เผย ชี้แจง ยืนยัน แถลง";
constexpr std::string_view kLaoTiesBefore = "ວ່າ ແລະ ຫຼື ຂອງ ກັບ ທີ່ ຄື ເຊັ່ນ ໂດຍ ຊຶ່ງ ເຊິ່ງ ເພື່ອ ແກ່ ໃນ ຈາກ ເຖິງ ແຕ່ ຈຶ່ງ ເພາະ ໃຫ້ ຕໍ່ ຕາມ";
constexpr std::string_view kLaoTiesAfter = "ແລະ ຫຼື ຊຶ່ງ ເຊິ່ງ ວ່າ ຂອງ ກັບ ແກ່ ໃຫ້ ທີ່ ຄື ເຊັ່ນ ຈຶ່ງ ກໍ ກໍ່";
constexpr std::string_view kLaoSaying = "ກ່າວ ເວົ້າ ເປີດເຜີຍ ຖະແຫຼງ ຢືນຢັນ";

struct Ties {
  WordSet before, after, saying;
};

const Ties& ties_of(char32_t block) {
  static const Ties thai{WordSet(kThaiTiesBefore), WordSet(kThaiTiesAfter), WordSet(kThaiSaying)};
  static const Ties lao{WordSet(kLaoTiesBefore), WordSet(kLaoTiesAfter), WordSet(kLaoSaying)};
  return block == 0x0E00 ? thai : lao;
}

// Offsets in the Thai and Lao blocks, which share their layout: consonants
// 01-2E, the abbreviation sign 2F (ฯ, ຯ), leading vowels 40-44, the
// repetition mark 46 (ๆ, ໆ), digits 50-59, Lao digraphs 5C-5F.
bool is_letter_offset(char32_t o) { return (o >= 0x01 && o <= 0x4E && o != 0x3F) || (o >= 0x5C && o <= 0x5F); }
bool is_word_initial_offset(char32_t o) {
  return (o >= 0x01 && o <= 0x2E) || (o >= 0x40 && o <= 0x44) || (o >= 0x5C && o <= 0x5F);
}

// A run of white space that may end a sentence, and the letters of the
// span before it.
struct Candidate {
  ByteSpan gap;
  std::size_t letters_before;
};

class Splitter {
 public:
  Splitter(std::string_view text, char32_t block) : t_(text), block_(block), ties_(ties_of(block)) {}

  void split(ByteSpan span, std::vector<ByteSpan>& out) const {
    // The candidate spaces, found in one pass that also counts the letters
    // before each, so the decisions below take constant time apiece and a
    // long paragraph with many spaces stays linear.
    std::vector<Candidate> spaces;
    std::size_t count = 0;
    int depth = 0;
    bool straight_quote = false;
    for (std::size_t i = span.start; i < span.end;) {
      std::size_t len = 1;
      const char32_t cp = decode_utf8(t_, i, len);
      if (cp - block_ < 0x80 && is_letter_offset(cp - block_)) ++count;
      if (cp == '(' || cp == '[' || cp == U'\u201C' || cp == U'\u2018') ++depth;
      if ((cp == ')' || cp == ']' || cp == U'\u201D' || cp == U'\u2019') && depth > 0) --depth;
      if (cp == '"') straight_quote = !straight_quote;
      if (!is_space_byte(static_cast<unsigned char>(t_[i]))) {
        i += len;
        continue;
      }
      std::size_t b = i;
      while (b < span.end && is_space_byte(static_cast<unsigned char>(t_[b]))) ++b;
      if (depth == 0 && !straight_quote && b < span.end && ends_letter(i) && opens_word(b))
        spaces.push_back({{i, b}, count});
      i = b;
    }
    // Greedy from the left: a space ends a sentence when the sentence it
    // closes and the rest of the span each hold the minimum, so every
    // sentence made holds it (the next end needs as much after this one).
    // Short pieces between spaces (a name, a surname, a title) thus join
    // the sentence on either side.
    std::size_t start = span.start, letters_at_start = 0;
    for (std::size_t k = 0; k < spaces.size(); ++k) {
      const ByteSpan gap = spaces[k].gap;
      const std::size_t before = spaces[k].letters_before;
      if (before - letters_at_start < kSpaceSentenceMinLetters || count - before < kSpaceSentenceMinLetters) continue;
      const std::string_view next = first_word(gap.end, span.end);
      if (ties_.before.contains(last_word(gap.start)) || ties_.after.contains(next) || ties_.saying.contains(next))
        continue;
      if (subject_of_saying(spaces, k, span.end)) continue;
      out.push_back({start, gap.start});
      start = gap.end;
      letters_at_start = before;
    }
    out.push_back({start, span.end});
  }

 private:
  // The offset in the script's block of the code point at text[i] (3 bytes
  // in UTF-8), or 0x80 when it is outside the block.
  char32_t offset_at(std::size_t i) const {
    if (i + 3 > t_.size() || static_cast<unsigned char>(t_[i]) != 0xE0) return 0x80;
    std::size_t len = 0;
    const char32_t cp = decode_utf8(t_, i, len);
    return cp - block_ < 0x80 ? cp - block_ : 0x80;
  }
  // A letter or sign of the script ends at text[end], not ฯ or ๆ: "กรุงเทพฯ"
  // and "ฯลฯ" abbreviate and "ต่าง ๆ" repeats inside a sentence.
  bool ends_letter(std::size_t end) const {
    if (end < 3) return false;
    const char32_t o = offset_at(end - 3);
    return is_letter_offset(o) && o != 0x2F && o != 0x46;
  }
  // A verb of saying opens a piece that starts fewer than the minimum
  // letters after spaces[k]: what lies between is its subject ("... ภัย
  // นายสมชาย ใจดี กล่าวว่า"), which no sentence end divides.
  bool subject_of_saying(const std::vector<Candidate>& spaces, std::size_t k, std::size_t end) const {
    for (std::size_t j = k + 1; j < spaces.size(); ++j) {
      if (spaces[j].letters_before - spaces[k].letters_before >= kSpaceSentenceMinLetters) return false;
      if (ties_.saying.contains(first_word(spaces[j].gap.end, end))) return true;
    }
    return false;
  }
  bool opens_word(std::size_t i) const { return is_word_initial_offset(offset_at(i)); }
  std::string_view first_word(std::size_t i, std::size_t end) const {
    const std::size_t run_end = dictionary_run_end(t_, i, end);
    if (run_end <= i) return {};
    thread_local std::vector<std::size_t> ends;
    dictionary_word_ends(t_.substr(i, run_end - i), ends);
    return ends.empty() ? std::string_view() : t_.substr(i, ends.front());
  }
  std::string_view last_word(std::size_t end) const {
    std::size_t a = end;
    // At most 64 letters back: the last word lies within them.
    for (int n = 0; n < 64 && a >= 3 && is_letter_offset(offset_at(a - 3)); ++n) a -= 3;
    if (a == end) return {};
    thread_local std::vector<std::size_t> ends;
    dictionary_word_ends(t_.substr(a, end - a), ends);
    const std::size_t from = ends.size() >= 2 ? ends[ends.size() - 2] : 0;
    return t_.substr(a + from, end - a - from);
  }

  std::string_view t_;
  char32_t block_;
  const Ties& ties_;
};

}  // namespace

std::vector<std::string_view> space_sentence_word_lists(char32_t block) {
  if (block == 0x0E00) return {kThaiTiesBefore, kThaiTiesAfter, kThaiSaying};
  if (block == 0x0E80) return {kLaoTiesBefore, kLaoTiesAfter, kLaoSaying};
  return {};
}

void split_at_sentence_spaces(std::string_view text, const SegmentLanguage& language, std::vector<ByteSpan>& out,
                              std::size_t first) {
  if (language.space_sentence_block == 0 || first >= out.size()) return;
  const Splitter splitter(text, language.space_sentence_block);
  const std::vector<ByteSpan> spans(out.begin() + static_cast<std::ptrdiff_t>(first), out.end());
  out.resize(first);
  for (const ByteSpan& span : spans) splitter.split(span, out);
}

}  // namespace lede::text
