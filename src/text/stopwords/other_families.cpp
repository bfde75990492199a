// Stopword lists written by the team for Greek, Armenian, Irish, Basque and
// Indonesian, languages whose families have no other list here: articles, pronouns, particles,
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

// Vietnamese writes each syllable apart, so the list holds the syllables
// that are function words on their own (của, và, những, đã, được); titles
// and kinship pronouns (ông, bà, anh) are left out, being names and nouns too.
extern const std::string_view kVietnamese =
    "của và là các những được trong cho với này đã sẽ đang vẫn có không chưa một khi thì mà để từ "
    "đến tại về theo nhưng hay hoặc cũng rất nhiều bị do vì nên nếu như ở lại sau trước đó nào gì ai "
    "chúng tôi ta họ nó mình cái chiếc sự cùng đều chỉ còn hơn nhất rằng thế vậy đây kia ấy "
    "mỗi mọi vào qua bởi tuy";

// Armenian: the ligature և folds to ե + ւ like the tokens; postpositions
// (համար, հետ, մասին, կողմից) are written apart.
extern const std::string_view kArmenian =
    "և ու կամ բայց եթե երբ թե որ որը որոնք որի որին որպես քանի "
    "է են էր էին եմ ես ենք եք լինել եղել եղավ չէ չի չեն չեմ չէր ոչ "
    "ի համար հետ մասին վրա մեջ կողմից հետո առաջ միջև դեպի նման պես "
    "նա նրանք նրա նրան նրանց դու քեզ ինձ մենք դուք իր իրենց իմ քո մեր ձեր "
    "այս այդ այն սա դա այստեղ այնտեղ այսպես այդպես ինչ ով որտեղ ինչպես ինչու "
    "մի մեկ բոլոր ամեն յուրաքանչյուր նաև էլ արդեն դեռ միայն շատ ավելի պետք կարող";

// Irish: initial mutations (bhí, dtí, na hÉireann) change the first
// letters; the common mutated forms of the function words are listed.
extern const std::string_view kIrish =
    "an na agus is ach nó go gur nach ní níor níl tá bhí beidh ba bhí sé sí siad mé tú muid sinn sibh é í "
    "iad a ar ag do de le leis ó faoi i in sa san sna chuig roimh trí thar idir gan um mar "
    "cé cad conas cá cathain nuair má dá mo ár bhur seo sin siúd ann air uirthi orthu aige aici acu "
    "dó di dóibh dom duit liom leat léi leo uaidh uathu fós freisin féin eile gach aon níos ná";

// Basque attaches case endings and postpositions; the conjunctions, the
// forms of izan and ukan that serve as auxiliaries, and the demonstratives
// and pronouns are words of their own.
extern const std::string_view kBasque =
    "eta edo edota baina baizik ere ez bai baita beraz hala baldin ba "
    "da dira zen ziren den dela zela du dute zuen zuten duela zuela ditu dituzte zituen zaio zaie "
    "dio diote zion dago daude zegoen izan egin "
    "bat hau hori hura honek horrek hark hauek horiek haiek hemen hor han "
    "ni zu gu zuek bere beren nire zure gure "
    "nor zer non noiz nola zein zergatik baino bezala gabe arte ondoren buruz "
    "gero orain oso asko gehiago guztiak guzti dena";

}  // namespace lede::text::stopwords
