// Stopword lists written by the team for Greek and Indonesian, languages
// whose families have no other list here: articles, pronouns, particles,
// auxiliaries, prepositions, conjunctions, frequent adverbs.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

// Written as spelled; the list is folded on loading like the tokens, so
// the final sigma (της, τους) matches their folded σ.
extern const std::string_view kGreek =
    "ο η το οι τα του της των τον την τη τους τις ένας μια μία ένα ενός μιας έναν "
    "σε στο στη στην στον στα στους στις από με για προς κατά μετά χωρίς παρά μέχρι ως έως αντί "
    "υπέρ μεταξύ πριν "
    "και κι ή αλλά ότι πως που αν όταν ενώ επειδή γιατί όμως ούτε είτε αφού καθώς ώστε λοιπόν "
    "δηλαδή "
    "εγώ εσύ εμείς εσείς αυτός αυτή αυτό αυτοί αυτές αυτά αυτού αυτής αυτών αυτόν αυτήν αυτούς "
    "μου σου μας σας οποίος οποία οποίο οποίοι οποίες οποίου οποίας οποίων ποιος ποια ποιο τι πού "
    "θα να δεν δε μην μη ας "
    "είναι ήταν είμαι είσαι είμαστε είστε έχει έχουν είχε είχαν έχω έχουμε "
    "όλα όλοι όλες όλο όλη πολύ πιο ήδη επίσης ακόμη ακόμα μόνο εδώ εκεί τώρα τότε κάθε κάποιος "
    "κάποια κάποιο κανένας καμία κανένα άλλος άλλη άλλο άλλα άλλοι τέτοιος τόσο όπως";

// Affixes (-nya, -lah, meN-) stay attached and are not listed; a reduplicated
// word is split at its hyphen (masing-masing).
extern const std::string_view kIndonesian =
    "yang dan di ke dari untuk dengan pada dalam oleh atau tetapi tapi namun karena sebagai bahwa "
    "ini itu adalah ialah merupakan akan telah sudah sedang masih belum tidak bukan juga pun saja "
    "hanya bisa dapat harus ada para sang si seorang sebuah suatu beberapa semua setiap tiap masing "
    "lebih sangat paling saat ketika jika kalau bila agar supaya sehingga sejak hingga sampai antara "
    "terhadap tentang seperti serta maupun lalu kemudian yaitu yakni bagi demi menurut kepada "
    "daripada melalui tanpa selama tersebut lain lagi pula "
    "saya aku kamu anda engkau dia ia beliau kami kita mereka "
    "mana apa siapa bagaimana mengapa kenapa sini sana situ begitu begini";

}  // namespace lede::text::stopwords
