// Thai and Lao sentences end at a space, not a mark; Khmer and Myanmar ones
// at their own full stops. Every sentence here was written for these tests.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "lede/text.h"
#include "support/split_sentences.h"
#include "text/segment_spaces.h"

namespace lede {
namespace {

using testing::split;

using V = std::vector<std::string>;

// Rain in Chiang Mai since Monday night; the Ping rose fast; officials
// evacuated the elderly.
const std::string kRain = "ฝนตกหนักต่อเนื่องในจังหวัดเชียงใหม่ตั้งแต่เมื่อคืนวันจันทร์";
const std::string kRiver = "น้ำในแม่น้ำปิงเพิ่มสูงขึ้นอย่างรวดเร็วจนล้นตลิ่งในหลายพื้นที่";
const std::string kEvacuate = "เจ้าหน้าที่เร่งอพยพผู้สูงอายุและเด็กออกจากบ้านเรือน";

TEST(SegmentThaiLao, ThaiSentencesEndAtSpaces) {
  EXPECT_EQ(split(kRain + " " + kRiver + " " + kEvacuate, "th"), (V{kRain, kRiver, kEvacuate}));
  // Language identification picks Thai, so auto splits the same way.
  EXPECT_EQ(split(kRain + " " + kRiver + " " + kEvacuate, "auto"), (V{kRain, kRiver, kEvacuate}));
}

TEST(SegmentThaiLao, SpansAreExactBytesOfTheText) {
  const std::string text = kRain + "   " + kRiver + "\t" + kEvacuate;
  SegmentOptions o;
  o.language = "th";
  const std::vector<ByteSpan> spans = segment(text, o);
  ASSERT_EQ(spans.size(), 3u);
  EXPECT_EQ(spans[0].start, 0u);
  EXPECT_EQ(spans[0].end, kRain.size());
  EXPECT_EQ(spans[1].start, kRain.size() + 3);
  EXPECT_EQ(spans[1].end, kRain.size() + 3 + kRiver.size());
  EXPECT_EQ(spans[2].start, kRain.size() + 3 + kRiver.size() + 1);
  EXPECT_EQ(spans[2].end, text.size());
}

TEST(SegmentThaiLao, NamesTitlesAndTheirVerbOfSayingStayTogether) {
  // "Mr Somchai Jaidee, governor of Chiang Mai, said that the province has
  // opened three shelters": spaces after the name, surname and title.
  const std::string said = "นายสมชาย ใจดี ผู้ว่าราชการจังหวัดเชียงใหม่ กล่าวว่า ทางจังหวัดได้เปิดศูนย์พักพิงชั่วคราวแล้วสามแห่ง";
  EXPECT_EQ(split(kRain + " " + said, "th"), (V{kRain, said}));
  // A long subject, then the name before the verb of saying.
  const std::string subject =
      "อธิบดีกรมป้องกันและบรรเทาสาธารณภัย นายสมชาย ใจดี กล่าวว่า เจ้าหน้าที่จะประเมินความเสียหายทั้งหมดในวันพรุ่งนี้";
  EXPECT_EQ(split(subject, "th"), (V{subject}));
}

TEST(SegmentThaiLao, TieWordsKeepTheirSidesTogether) {
  // A space after ว่า ("that") and before และ ("and").
  const std::string that = "กรมอุตุนิยมวิทยาคาดการณ์ล่วงหน้าแล้วว่า ฝนจะยังคงตกต่อไปอีกอย่างน้อยสามวันในภาคเหนือ";
  EXPECT_EQ(split(that, "th"), (V{that}));
  const std::string and_ = "โรงพยาบาลประจำจังหวัดเตรียมยาไว้รองรับผู้ป่วย และเจ้าหน้าที่ได้ตั้งจุดปฐมพยาบาลริมถนนใหญ่";
  EXPECT_EQ(split(and_, "th"), (V{and_}));
}

TEST(SegmentThaiLao, NoEndNextToNumbersLatinWordsOrSigns) {
  // Spaces around a number and a Latin name are no candidates.
  const std::string number = "ชาวบ้านกว่าห้าร้อยครัวเรือนได้รับความเดือดร้อนเมื่อปี 2554 น้ำท่วมบ้านเรือนเสียหายไปทั้งหมู่บ้าน";
  EXPECT_EQ(split(number, "th"), (V{number}));
  const std::string latin = "บริษัทผู้ผลิตรถยนต์รายใหญ่จากญี่ปุ่น Toyota ประกาศลงทุนสร้างโรงงานใหม่ในจังหวัดระยอง";
  EXPECT_EQ(split(latin, "th"), (V{latin}));
  // ๆ repeats the word before it and ฯ abbreviates: a space after either
  // goes on ("ต่าง ๆ", "กรุงเทพฯ").
  const std::string repeat = "ชาวบ้านเตรียมอาหารและสิ่งของจำเป็นต่าง ๆ ไว้ล่วงหน้าก่อนน้ำจะมาถึงหมู่บ้าน";
  EXPECT_EQ(split(repeat, "th"), (V{repeat}));
  const std::string abbreviated = "ผู้ว่าราชการและเจ้าหน้าที่ในกรุงเทพฯ เตรียมรับมือกับพายุลูกใหม่ที่จะเข้ามาในสัปดาห์หน้า";
  EXPECT_EQ(split(abbreviated, "th"), (V{abbreviated}));
}

TEST(SegmentThaiLao, NoEndInsideQuotesOrBrackets) {
  const std::string quoted =
      "นายกรัฐมนตรีกล่าวต่อที่ประชุม “รัฐบาลจะไม่ทอดทิ้งประชาชนในพื้นที่ เราจะช่วยเหลือทุกครอบครัวอย่างเต็มที่” "
      "ต่อหน้าผู้สื่อข่าวจำนวนมาก";
  EXPECT_EQ(split(quoted, "th"), (V{quoted}));
  const std::string bracketed = "กรมชลประทาน (หน่วยงานที่ดูแลเขื่อนทั้งหมดในภาคเหนือ ซึ่งรับผิดชอบการระบายน้ำ) ยืนยันว่าเขื่อนยังปลอดภัย";
  EXPECT_EQ(split(bracketed, "th"), (V{bracketed}));
}

TEST(SegmentThaiLao, ShortSidesStay) {
  // Neither "ฝนตกหนัก" (heavy rain) nor "น้ำท่วม" (flooding) is long enough
  // to be a sentence of its own.
  const std::string text = "ฝนตกหนัก น้ำท่วมบ้านเรือนในหลายอำเภอของจังหวัดเชียงใหม่ น้ำท่วม";
  EXPECT_EQ(split(text, "th"), (V{text}));
}

TEST(SegmentThaiLao, ALongParagraphOfManySentencesSplitsInLinearTime) {
  // 20,000 sentences in one paragraph (3.6 MB): counting each side's
  // letters afresh at every space took time quadratic in the paragraph.
  std::string text;
  for (int i = 0; i < 20000; ++i) text += (i % 2 == 0 ? kRain : kRiver) + " ";
  SegmentOptions o;
  o.language = "th";
  EXPECT_EQ(segment(text, o).size(), 20000u);
}

TEST(SegmentThaiLao, LaoSentencesEndAtSpaces) {
  // Heavy rain in Vientiane since yesterday; the Mekong rose fast; officials
  // evacuated people.
  const std::string rain = "ຝົນຕົກໜັກຢູ່ນະຄອນຫຼວງວຽງຈັນຕັ້ງແຕ່ມື້ວານນີ້";
  const std::string river = "ນ້ຳໃນແມ່ນ້ຳຂອງເພີ່ມຂຶ້ນຢ່າງໄວວາໃນຫຼາຍເຂດ";
  const std::string evacuate = "ເຈົ້າໜ້າທີ່ໄດ້ອົບພະຍົບປະຊາຊົນອອກຈາກເຂດອັນຕະລາຍແລ້ວ";
  EXPECT_EQ(split(rain + " " + river + " " + evacuate, "lo"), (V{rain, river, evacuate}));
  // After ວ່າ ("that") it goes on.
  const std::string that = "ເຈົ້າໜ້າທີ່ແຂວງໄດ້ຢືນຢັນແລ້ວວ່າ ນ້ຳໃນແມ່ນ້ຳຂອງເພີ່ມຂຶ້ນຢ່າງໄວວາໃນຫຼາຍເຂດ";
  EXPECT_EQ(split(that, "lo"), (V{that}));
}

TEST(SegmentThaiLao, OtherLanguagesKeepThaiSpaces) {
  // The rule is Thai's and Lao's: text read as another language is not
  // split at spaces.
  EXPECT_EQ(split(kRain + " " + kRiver, "en"), (V{kRain + " " + kRiver}));
}

TEST(SegmentThaiLao, KhmerAndMyanmarFullStopsEndSentences) {
  // "The government announced help. People are pleased."
  EXPECT_EQ(split("រដ្ឋាភិបាលបានប្រកាសជំនួយ។ ប្រជាជនពេញចិត្ត។", "km"), (V{"រដ្ឋាភិបាលបានប្រកាសជំនួយ។", "ប្រជាជនពេញចិត្ត។"}));
  EXPECT_EQ(split("រដ្ឋាភិបាលបានប្រកាសជំនួយ។ប្រជាជនពេញចិត្ត៕", "km"), (V{"រដ្ឋាភិបាលបានប្រកាសជំនួយ។", "ប្រជាជនពេញចិត្ត៕"}));
  // ។ល។ (and so on) goes on.
  EXPECT_EQ(split("ផ្សារលក់បន្លែ ផ្លែឈើ ត្រី ។ល។ ដល់ប្រជាជន។", "km"), (V{"ផ្សារលក់បន្លែ ផ្លែឈើ ត្រី ។ល។ ដល់ប្រជាជន។"}));
  EXPECT_EQ(split("အစိုးရက ကူညီမည်ဟု ကြေညာခဲ့သည်။ ပြည်သူများ ဝမ်းသာကြသည်။", "my"),
            (V{"အစိုးရက ကူညီမည်ဟု ကြေညာခဲ့သည်။", "ပြည်သူများ ဝမ်းသာကြသည်။"}));
}

// A listed word that ICU never gives as one word could never match.
TEST(SegmentThaiLao, ListedWordsAreSingleWords) {
  for (const auto& [block, language] : {std::pair<char32_t, const char*>{0x0E00, "th"}, {0x0E80, "lo"}}) {
    const std::vector<std::string_view> lists = text::space_sentence_word_lists(block);
    ASSERT_EQ(lists.size(), 3u);
    for (std::string_view list : lists) {
      std::size_t i = 0;
      while (i < list.size()) {
        std::size_t j = list.find(' ', i);
        if (j == std::string_view::npos) j = list.size();
        const std::string word(list.substr(i, j - i));
        TokenizeOptions o;
        o.language = language;
        o.stem = false;
        const std::vector<Token> tokens = tokenize(word, o);
        EXPECT_EQ(tokens.size(), 1u) << language << ": " << word;
        i = j + 1;
      }
    }
  }
}

}  // namespace
}  // namespace lede
