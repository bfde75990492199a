// Stopword lists written by the team for Chinese, Japanese, Korean and Thai. The
// tokenizer reads each Han or kana character as a word of its own, so the
// first two lists hold single characters: those that serve as function
// words. Thai is read in ICU's dictionary words (text/word_break.h), so its
// list holds words as ICU gives them.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

// Structural and aspect particles, pronouns, demonstratives, prepositions,
// conjunctions, negation, sentence-final particles and common function
// adverbs, in simplified and traditional forms. Characters whose other
// readings are common content morphemes in news stay out (地 of 地区, 会 of
// 会议, 要 of 重要, 中 of 中国, 上, 下, 一, 者, 自, 比, 便, 得 of 获得).
extern const std::string_view kChinese =
    "的 之 了 着 著 过 過 是 在 有 和 与 與 及 或 而 且 并 並 但 却 卻 也 都 就 又 还 還 再 已 曾 仍 只 "
    "很 更 最 不 没 沒 被 把 将 將 对 對 从 從 向 于 於 以 为 為 由 给 給 让 讓 跟 至 乃 亦 即 则 則 "
    "因 如 若 虽 雖 其 此 这 這 那 哪 些 个 個 所 等 各 每 该 該 当 當 "
    "我 你 您 他 她 它 们 們 谁 誰 什 么 麼 怎 "
    "吗 嗎 呢 吧 啊 呀 嘛 啦";

// Hiragana that write particles (が の を に へ と で から まで より は も
// こそ しか だけ ばかり など ほど か ね よ わ ぞ), auxiliaries and copulas
// (だ です ます た ない ず ぬ ん れる られる せる させる う よう たい べき),
// the endings of する いる ある なる おり, formal nouns and demonstratives
// (こと もの ため これ それ あの どの ここ) and the small kana inside them.
// Kanji and katakana, which carry the content, are not listed.
extern const std::string_view kJapanese =
    "が の を に へ と で か ら ま よ り は も こ そ し だ け ば な ど ほ ね わ ぞ "
    "す た い ず ぬ ん れ る せ さ う べ き め あ お て っ ゃ ゅ ょ";

// Thai particles, pronouns, prepositions, conjunctions, auxiliaries and
// classifiers of time and degree, and the nominalizers การ and ความ that ICU
// splits off the verb or adjective they make a noun of ("การประชุม").
extern const std::string_view kThai =
    "ที่ ของ และ ใน จะ ได้ เป็น มี ไม่ ว่า ให้ การ ความ กับ จาก แต่ ก็ "
    "หรือ ซึ่ง นี้ นั้น โดย เพื่อ ไป มา อยู่ แล้ว ถึง คือ ต่อ ยัง ด้วย อีก "
    "ทั้ง เมื่อ หาก ถ้า เพราะ จึง กว่า ตาม แห่ง อย่าง เคย ทาง ระหว่าง ผู้ "
    "เขา เธอ เรา ฉัน ผม ท่าน พวก บาง ทุก กัน เอง ไว้ ได้แก่ อัน นั่น โน่น "
    "นี่ ใคร อะไร ไหน ทำไม อย่างไร เท่า เท่านั้น แค่ เพียง ยิ่ง มาก น้อย "
    "ค่ะ ครับ คะ นะ จ้ะ ล่ะ เลย สิ ต้อง อาจ ควร กำลัง เพิ่ง ถูก โดน ราว "
    "ประมาณ ขณะ ภายใน ภายนอก บน ใต้ ข้าง แก่ แด่ ณ";

// Korean words as they stand without their particles (the tokenizer tests
// a word's stem, text/korean.h): pronouns and demonstratives, dependent
// nouns (것, 수, 때, 등), conjunctions and conjunctive adverbs, the
// postpositional verbs of "about", "for", "through" (대한, 위해, 통해),
// existence and negation (있다, 없다, 않다), the copula, degree and time
// adverbs, and determiners. Content words that news repeats (정부, 대통령)
// are not listed, nor are verbs of saying.
extern const std::string_view kKorean =
    "그 그녀 그들 이 이것 그것 저것 저 이들 우리 저희 나 너 당신 자신 여기 거기 "
    "것 수 때 등 및 중 데 바 뿐 따름 측 "
    "또 또는 또한 그리고 그러나 하지만 그런데 그래서 따라서 그러므로 즉 혹은 "
    "대한 대해 대해서 위해 위한 위해서 통해 통한 따라 따른 관련 관한 "
    "있다 있는 있고 있어 있으며 있었다 있을 없다 없는 없이 않다 않은 않는 않고 않았다 "
    "이다 아니다 아닌 했다 하는 하고 한다 하면 "
    "더 가장 매우 아주 너무 이미 아직 다시 곧 또다시 모두 다 "
    "이번 지난 오는 모든 각 여러 어떤 이런 그런 저런 같은 다른 "
    "어디 언제 무엇 누구 왜 어떻게";

}  // namespace lede::text::stopwords
