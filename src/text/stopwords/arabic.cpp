// Stopword lists written by the team for the Semitic languages lede reads,
// Arabic and Amharic. Arabic: prepositions (alone and with
// a pronoun suffix), conjunctions, particles, pronouns, demonstratives,
// relatives, kana and its sisters. Tokens keep their attached clitics
// (وفي, بها) and lede does not normalize alef or hamza, so the forms news
// text writes both ways appear both ways (إلى الى, أن ان). Words are written
// without short vowels, as news text is.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

extern const std::string_view kArabic =
    // Prepositions and adverbs of place and time used as prepositions.
    "في فى من إلى الى على عن مع حتى منذ عند لدى بين خلال ضد نحو حول دون قبل بعد فوق تحت أمام امام "
    "عبر ضمن إثر اثر بسبب "
    // The same with a pronoun suffix.
    "فيه فيها فيهم منه منها منهم عليه عليها عليهم إليه اليه إليها اليها عنه عنها معه معها معهم له لها "
    "لهم لهما به بها بهم عنده عندها لديه لديها بينهم "
    // Conjunctions and subordinators.
    "و أو او ثم أم ام بل لكن ولكن لأن لان كي لكي حيث إذ اذ إذا اذا لو لولا كما بينما عندما أن ان إن "
    "أنه انه أنها انها إنه إنها أنهم انهم إنما انما فإن فان وإن وأن "
    // Particles: negation, tense, question, restriction, vocative.
    "لا لم لن ما قد لقد سوف هل إلا الا غير سوى يا أيضا ايضا أيضاً فقط جدا ربما الآن "
    "ماذا لماذا كيف متى أين اين "
    // Pronouns, demonstratives, relatives.
    "هو هي هم هن هما أنا انا نحن أنت انت أنتم انتم هذا هذه ذلك تلك هؤلاء هذين هذان هاتين هاتان "
    "أولئك اولئك ذاك هناك هنا الذي التي الذين اللذين اللتين اللواتي اللاتي "
    // Quantifiers.
    "كل بعض أي اي أكثر اكثر أقل اقل آخر اخر أخرى اخرى "
    // Kana and its sisters, and the auxiliary of the passive periphrasis.
    "كان كانت كانوا يكون تكون ليس ليست ليسوا تم يتم "
    // Frequent forms with the conjunction و or ف attached.
    "وفي ومن وعلى وإلى والى وعن ومع وهو وهي وهم وهذا وهذه وقد ولا ولم ولن وما وكان وكانت والتي والذي "
    "وليس فقد فلا "
    // The prepositions ب and ل written apart with a tatweel before a number or
    // a foreign name (بـ 20).
    "بـ لـ";

// Amharic attaches prepositions (ከ, በ, ለ) and the genitive የ to the word;
// the conjunctions, postpositions, copulas and pronouns written apart.
extern const std::string_view kAmharic =
    "እና ወይም ግን ነገር ደግሞ ስለ እስከ ውስጥ ላይ ጋር በኋላ በፊት ድረስ እንደ "
    "ነው ናቸው ነበር ነበሩ ነች አይደለም አይደሉም አለ አሉ የለም ይሆናል "
    "ይህ ያ እነዚህ እነዚያ እሱ እሷ እነሱ እኔ እኛ አንተ አንቺ እናንተ እርስዎ እሳቸው "
    "ሁሉ ሁሉም ምን ማን የት እንዴት መቼ ለምን ብቻ በጣም አንድ";

}  // namespace lede::text::stopwords
