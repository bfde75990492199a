// Stopword lists written by the team for Lao, Khmer and Burmese. All three
// are read in ICU's dictionary words (text/word_break.h), as Thai is
// (east_asian.cpp), so each entry is a word as ICU gives it: one token
// (Stopwords.EveryEntryIsOneTokenMarkedAsAStopword checks every entry).
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

// Lao particles, pronouns, prepositions, conjunctions, auxiliaries and the
// nominalizers ການ and ຄວາມ. ລາວ (he, she) stays out: it also names Laos
// and its people.
extern const std::string_view kLao =
    "ແລະ ທີ່ ຂອງ ໃນ ຈະ ໄດ້ ເປັນ ມີ ບໍ່ ວ່າ ໃຫ້ ການ ຄວາມ ກັບ ຈາກ ແຕ່ ກໍ່ ກໍ ຫຼື ຫລື "
    "ຊຶ່ງ ເຊິ່ງ ນີ້ ນັ້ນ ໂດຍ ເພື່ອ ໄປ ມາ ຢູ່ ແລ້ວ ເຖິງ ຄື ຕໍ່ ຍັງ ດ້ວຍ ອີກ ທັງ ເມື່ອ ຖ້າ "
    "ເພາະ ຈຶ່ງ ກວ່າ ຕາມ ແຫ່ງ ຢ່າງ ເຄີຍ ທາງ ລະຫວ່າງ ຜູ້ ເຂົາ ພວກ ເຮົາ ຂ້ອຍ ທ່ານ ເຈົ້າ "
    "ບາງ ທຸກ ກັນ ເອງ ໄວ້ ອັນ ໃຜ ຫຍັງ ໃດ ພຽງ ແມ່ນ ຕ້ອງ ອາດ ຄວນ ກຳລັງ ຖືກ ປະມານ ຂະນະ "
    "ພາຍໃນ ເທິງ ໃຕ້ ແກ່ ສຳລັບ ເຊັ່ນ ຫຼາຍ ບໍ ເດີ ແດ່ ນະ";

// Khmer conjunctions, prepositions, pronouns, auxiliaries, negation,
// particles and the object and genitive markers នូវ and នៃ. លោក (Mr, he)
// and អ្នក (you, and the agent prefix) stay out: news uses them in names
// and nouns.
extern const std::string_view kKhmer =
    "និង ដែល នៅ ក្នុង នៅក្នុង របស់ ជា បាន មាន ថា ពី ទៅ មក នេះ នោះ ដើម្បី ឬ ប៉ុន្តែ ហើយ ក៏ ទេ "
    "មិន គឺ ដោយ សម្រាប់ លើ ដល់ ចំពោះ អំពី ទាំង គេ គាត់ ខ្ញុំ យើង ពួក វា នាង ត្រូវ នឹង "
    "កំពុង ធ្លាប់ ទើប រួច ផង ដែរ ទៀត ណាស់ ច្រើន ខ្លះ គ្រប់ រាល់ តែ អ្វី ណា យ៉ាង ដូច ដូចជា "
    "បើ ព្រោះ ដោយសារ រវាង ក្រោម តាម ជាមួយ ឲ្យ នូវ នៃ";

// Burmese particles (subject, object, place, source and goal markers,
// plural, tense and mood, quotation), pronouns, demonstratives and
// conjunctions. Particles written with Myanmar signs (၏ ၌ ၍ ၎င်း) are
// signs, not letters, and no token.
extern const std::string_view kBurmese =
    "သည် ကို က တွင် မှာ နှင့် နဲ့ ဖြင့် မှ သို့ အတွက် ပြီး လည်း ပါ များ တို့ သော တဲ့ ခဲ့ "
    "မည် မယ် နေ သည့် ရန် ဟု ကြောင်း ဖြစ် ရှိ ဤ ထို ယင်း သူ ကျွန်တော် ကျွန်မ ငါ မ ဘူး "
    "နိုင် လို့ ပင် သာ လျှင် ရင် သို့သော် အား ထံ အထိ လား လဲ ကြ ပြီ တော့ စေ မှု ခြင်း";

}  // namespace lede::text::stopwords
