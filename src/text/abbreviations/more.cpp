// Titles and the commonest abbreviations of news in languages that had no
// lists (Turkish, Hungarian, Finnish, Lithuanian, Romanian, Catalan,
// Indonesian, Serbian, Basque, Irish, Hindi, Marathi, Nepali, Tamil):
// without them "Prof. Dr. Ahmet Yılmaz", "Dl. Popescu", "डॉ. राजेश कुमार"
// were cut after every title. Series enders ("stb.", "vb.", "jne.") end a
// sentence before a capital; these languages write nouns in lower case, so
// a capital after one opens the next sentence.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_more(std::string_view code) {
  AbbreviationLists l;
  if (code == "tr") {
    l.never_final = "dr prof doç yrd öğr gör av uzm sn bkz örn yzb alb org gen";
    l.ambiguous = "vb vs yy";
    l.final_before_capital = "vb vs";
    l.before_number = "no md s";
  } else if (code == "hu") {
    l.never_final = "dr prof id ifj özv kb pl ún vö ill sz";
    l.ambiguous = "stb mrd";
    l.final_before_capital = "stb";
    l.before_number = "sz old";
    l.months = "január február március április május június július augusztus szeptember október november december";
  } else if (code == "fi") {
    l.never_final = "prof dos tri dr esim mm ns ks vrt";
    l.ambiguous = "ym yms jne milj mrd";
    l.final_before_capital = "ym yms jne";
    l.before_number = "nro s";
    l.street_endings = "katu tie kuja tori polku";
    l.months =
        "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta "
        "lokakuuta marraskuuta joulukuuta tammikuu helmikuu maaliskuu huhtikuu toukokuu kesäkuu heinäkuu "
        "elokuu syyskuu lokakuu marraskuu joulukuu";
  } else if (code == "lt") {
    l.never_final = "dr prof doc gerb pvz plg";
    l.ambiguous = "proc mln mlrd tūkst kt";
    l.final_before_capital = "proc kt";
    l.before_number = "nr p str";
    // Words that open sentences and are written with a capital only there
    // (pronouns, conjunctions, adverbs, prepositions): after "2025 m."
    // (metai) or "5 d." (diena) one of them ends the date's sentence
    // ("... priimtas 2025 m. Vėliau ..."), while a name goes on ("2025 m.
    // Seimas priėmė ...", the date opens the sentence) and so does a month
    // ("2025 m. sausio 5 d.", lower case).
    l.starters =
        "aš jis ji jie jos mes jūs tai tas ta tie tos šis ši šie šios tačiau bet o ir taip todėl taigi vėliau "
        "tada tuomet dabar šiandien vakar rytoj pasak anot kaip kai kur kodėl nors jei jeigu be po per nuo iki "
        "prieš dėl pagal apie su šiuo šiais tuo vis visi daugelis dauguma kiti keli kelios čia ten jau dar net "
        "juk galbūt beje pirmiausia netrukus anksčiau pernai šiemet";
  } else if (code == "ro") {
    l.never_final = "dl dna dra dr prof conf lect ing av gen col pr aprox ex str";
    l.ambiguous = "etc mil mld";
    l.final_before_capital = "etc";
    l.before_number = "nr art alin p pag";
  } else if (code == "ca") {
    l.never_final = "sr sra srta dr dra prof pl av aprox";
    l.ambiguous = "etc";
    l.final_before_capital = "etc";
    l.before_number = "núm art pàg p";
  } else if (code == "id") {
    l.never_final = "dr prof ir drs bpk sdr kol jl";
    l.ambiguous = "dll dsb dst";
    l.final_before_capital = "dll dsb dst";
    l.before_number = "no";
  } else if (code == "sr") {
    // Latin and Cyrillic spellings.
    l.never_final = "dr prof mr inž dipl gđa gđica gosp tzv npr tj др проф мр инж дипл гђа гђица госп тзв нпр тј";
    l.ambiguous = "itd itsl mln mlrd din итд итсл млн млрд дин";
    l.final_before_capital = "itd itsl итд итсл";
    l.before_number = "br čl st бр чл ст";
    l.months =
        "januar januara februar februara mart marta april aprila maj maja jun juna jul jula avgust avgusta "
        "septembar septembra oktobar oktobra novembar novembra decembar decembra "
        "јануар јануара фебруар фебруара март марта април априла мај маја јун јуна јул јула август августа "
        "септембар септембра октобар октобра новембар новембра децембар децембра";
  } else if (code == "eu") {
    l.never_final = "dr";
    l.before_number = "zk or";
  } else if (code == "ga") {
    // "an tUas." (an tUasal, Mr.): the mutated form folds to "tuas".
    l.never_final = "dr uas tuas";
    l.ambiguous = "srl";
    l.final_before_capital = "srl";
    l.before_number = "uimh lch";
  } else if (code == "hi" || code == "mr" || code == "ne") {
    l.never_final = "डॉ डा प्रो";
  } else if (code == "ta") {
    l.never_final = "திரு திருமதி டாக்டர் பேரா";
    l.before_number = "ரூ";
  }
  return l;
}

}  // namespace lede::text
