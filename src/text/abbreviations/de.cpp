// German abbreviations. German capitalizes every noun, so "Abk. Wort" says
// little; the starter list (articles, pronouns, conjunctions) carries the
// decision after an abbreviation or an ordinal ("am 3. Oktober").
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_de() {
  AbbreviationLists l;
  l.never_final =
      "dr prof hr fr frl dipl ing med phil jur rer nat habil mag univ dr.med dr.phil dipl.-ing "
      "z.b z z.t z.zt bzw d.h u.a u.u s.o s.u vgl ggf evtl sog ca bspw inkl exkl zzgl "
      "abs art nr str hausnr tel fax geb gest verh bzgl lt gem gez i.a i.v i.d.r "
      "kath evang ev röm luth gr kl st "
      "allg bes betr einschl entspr erg gegr insb kap mind näml od orig sog tägl "
      "ugs urspr verw vorm zit zus zw";
  l.ambiguous =
      "jan feb febr mär apr jun jul aug sep sept okt nov dez mo di mi do sa so "
      "co ltd inc gmbh ag kg e.v mio mrd std sek abt bd u.s u.k e.u usa usw etc u.ä o.ä "
      "jh jhd min max jr sr";
  // Months and weekdays are written with a capital: "so." is the adverb
  // ("Er sagte so. Peter ..."). Not "jun" and "fr", which are also "junior"
  // and "frei" in lower case.
  l.capitalized_only = "jan feb febr mär apr jul aug sep sept okt nov dez mo di mi do sa so";
  l.before_number = "nr abs art s seite bd kap tel ziff no";
  // Street names abbreviate their last part: "Bahnhofstr. 12".
  l.before_number_endings = "str";
  l.starters =
      "der die das den dem des ein eine einer einen einem eines er sie es wir ihr ich du man "
      "dies diese dieser dieses jene jener dort hier da dann danach doch aber und oder denn "
      "auch auf aus bei mit nach seit von vor zu zum zur in im am an als wenn weil ob wie was wer "
      "wo warum wann nun jetzt heute gestern morgen so sein seine ihre unser mein dein kein keine "
      "alle viele einige mehrere jeder jede jedes nicht nur noch schon immer bereits zudem außerdem "
      "trotzdem deshalb daher damit dabei dafür dagegen darüber inzwischen später zuvor laut";
  // Greetings that open a letter ("Hallo Anna, Peter bringt ..."); not
  // "liebe"/"lieber", which open sentences as the noun and adjective too
  // ("Liebe macht blind, Hass ..."). The rule reads ASCII letters only.
  l.greetings = "hallo sehr_geehrte sehr_geehrter";
  return l;
}

}  // namespace lede::text
