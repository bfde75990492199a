// Short lists for further languages lede segments: the abbreviations that
// matter most in news text, and sentence openers where they help.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_other(std::string_view code) {
  AbbreviationLists l;
  if (code == "sv") {
    l.never_final = "dr prof hr fru doc bl.a t.ex dvs d.v.s ca inkl jfr resp s.k t.o.m f.d";
    l.ambiguous = "jan feb mar apr jun jul aug sep sept okt nov dec osv o.s.v m.m kr milj mdr";
    l.final_before_capital = "osv o.s.v m.m kr";
    l.before_number = "nr s kap tel kl";
    l.months = "januari februari mars april maj juni juli augusti september oktober november december";
    l.street_endings = "gatan gata vägen väg torget torg gränd gränden allén backen stigen";
    l.starters =
        "den det de en ett han hon vi jag du man detta dessa där här då så men och eller "
        "för att om när som vad vem var varför hur efter före med utan till från på av i";
  } else if (code == "no" || code == "nb" || code == "nn") {
    l.never_final = "dr prof hr fru bl.a f.eks dvs d.v.s ca inkl jf mht pga ev evt";
    l.ambiguous = "jan feb mar apr jun jul aug sep sept okt nov des osv m.m kr mill mrd";
    l.final_before_capital = "osv m.m kr";
    l.before_number = "nr s kap tlf kl";
    l.months = "januar februar mars april mai juni juli august september oktober november desember";
    l.street_endings = "gata gate gaten veien vei vegen veg torget torg plass plassen alléen";
    l.starters =
        "den det de en et han hun vi jeg du man dette disse der her da så men og eller "
        "for at om når som hva hvem hvor hvorfor hvordan etter før med uten til fra på av i";
  } else if (code == "pl") {
    l.never_final =
        "dr prof mgr inż hab ks np tzn tj m.in ul al pl os godz ok pt wg zob "
        "tzw br ww bałt łac ang niem franc ros";
    l.ambiguous = "itd itp r w tys mln mld zł gr st sty lut mar kwi maj cze lip sie wrz paź lis gru";
    l.final_before_capital = "itd itp zł";
    // "w 1990 r." (rok, the year), "w XIX w." (wiek, the century): after a
    // number the period ends a sentence before any capitalized word, unless
    // the date opens the clause ("W 1990 r. Kowalski wyjechał").
    l.after_number_final = "r w";
    l.date_openers = "w we od do z ze po przed na około między latem zimą wiosną jesienią";
    l.conjunctions =
        "i a ale lub albo czy że żeby aby gdy kiedy jeśli jeżeli choć chociaż jednak ponieważ bo "
        "gdzie jak który która które którzy";
    l.before_number = "nr s str poz ust art pkt";
    l.months =
        "styczeń stycznia luty lutego marzec marca kwiecień kwietnia maj maja czerwiec czerwca lipiec lipca "
        "sierpień sierpnia wrzesień września październik października listopad listopada grudzień grudnia";
    l.starters =
        "on ona ono oni one my wy ja ty to ten ta te tam tu wtedy ale i a lub jednak dlatego "
        "potem następnie w we na z ze do od po przy dla o gdy kiedy jeśli jak co kto gdzie "
        "dlaczego mój jego jej ich nasz wszyscy każdy wielu niektórzy nikt nic nie dziś "
        "dzisiaj wczoraj jutro już jeszcze także również";
  } else if (code == "sk" || code == "cs") {
    l.never_final =
        "dr prof ing mudr judr phdr mgr doc napr tzv resp tj. tj popr str č "
        "s spol ul nám st p pí sv";
    l.ambiguous = "atď atp r tis mil mld kč eur jan feb mar apr jún júl aug sep okt nov dec a.s s.r.o o";
    l.final_before_capital = "atď atp eur kč";
    l.before_number = "č s str odst ods";
    // Slovak, then Czech.
    l.months =
        "január januára február februára marec marca apríl apríla máj mája jún júna júl júla august augusta "
        "september septembra október októbra november novembra december decembra "
        "leden ledna únor února březen března duben dubna květen května červen června červenec července "
        "srpen srpna září říjen října listopad listopadu prosinec prosince";
    l.starters =
        "to ten tá tie on ona ono oni my vy ja ty ale a alebo však preto potom v vo na s so "
        "k ku po z zo od do pre pri o keď ak ako čo kto kde prečo môj jeho jej ich náš "
        "všetci každý dnes včera zajtra už ešte aj";
  } else if (code == "bg" || code == "uk" || code == "kk") {
    l.never_final =
        "г-н г-жа проф акад доц д-р др т.е т.нар напр вж ср ул пл бул ж.к кв вкл "
        "т.г мыс көш ж";
    // "и т.н." (Bulgarian), "т.б.", "т.с.с." (Kazakh): "and so on".
    l.ambiguous = "г гг в вв хил млн млрд лв км кг ч мин сек жыл ғ т.н т.б т.с.с";
    l.final_before_capital = "т.н т.б т.с.с лв";
    l.before_number = "№ бр стр ал т ч чл";
    if (code == "bg") {
      // Openers end a sentence after "г." (year), "лв." and the like. Not
      // any capital after a year as in Russian: the rule suites keep "150 г.
      // Саргон ..." whole, and no Bulgarian news weighs against them.
      l.starters =
          "той тя то те ние вие аз ти това този тази тези там тук тогава но и а или обаче затова "
          "после след преди в във на с със към по от за при когато ако как какво кой къде защо "
          "всички всеки много някои никой нищо не днес вчера утре вече още също";
    }
  } else if (code == "el") {
    l.never_final = "κ κα δρ καθ π.χ δηλ βλ σελ αρ οδ λεωφ";
    l.ambiguous = "ιαν φεβ μαρ απρ ιουν ιουλ αυγ σεπτ οκτ νοε δεκ κλπ κ.λπ εκ χιλ";
    l.before_number = "αρ σελ";
  } else if (code == "ar" || code == "fa" || code == "ur") {
    l.never_final = "د م ص ق";
    // Verbs of saying before a colon, in the forms news writes them: past
    // and present, with the conjunctions و and ف attached, and Arabic also
    // without the hamza on alef, as much text is typed. Words that are also
    // nouns of headings are left out (Arabic "كتب" books, Persian "اعلام"
    // announcement, Urdu "اعلان", "مزید تفصیلات:"); a Persian compound verb
    // shows in its light verb ("اعلام کرد:", "اظهار داشت:").
    if (code == "ar") {
      l.speech_verbs =
          "قال قالت وقال وقالت فقال فقالت يقول تقول ويقول وتقول قائلا قائلة قائلين "
          "أضاف أضافت وأضاف وأضافت يضيف ويضيف مضيفا مضيفة اضاف اضافت واضاف واضافت "
          "أكد أكدت وأكد وأكدت يؤكد ويؤكد مؤكدا مؤكدة اكد اكدت واكد واكدت "
          "أوضح أوضحت وأوضح وأوضحت موضحا اوضح اوضحت واوضح واوضحت "
          "أعلن أعلنت وأعلن وأعلنت اعلن اعلنت واعلن واعلنت "
          "تابع تابعت وتابع وتابعت تساءل وتساءل سأل وسأل "
          "صرح صرحت وصرح وصرحت أشار أشارت وأشار وأشارت اشار واشار "
          "ذكر ذكرت وذكر وذكرت كتبت وكتبت غرد غردت وغرد وغردت "
          "شدد شددت وشدد وشددت أفاد أفادت وأفاد وأفادت افاد وافاد "
          "جاء وجاء ورد وورد نقل ونقل يقولون قالوا وقالوا هتف وهتف ختم وختم";
    } else if (code == "fa") {
      // "\u200C" is the zero-width non-joiner of "می‌گوید".
      l.speech_verbs =
          "گفت گفته گفتند می\u200Cگوید میگوید افزود افزوده افزودند کرد کردند داشت داشتند "
          "نوشت نوشتند پرسید";
    } else {
      l.speech_verbs = "کہا کہنا کہتے کہتی کہتا بتایا لکھا پوچھا";
    }
  }
  return l;
}

}  // namespace lede::text
