// Portuguese abbreviations: titles (Sr., Sra., Dr., Eng.), reference words,
// months and weekdays.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_pt() {
  AbbreviationLists l;
  l.never_final =
      "sr sra srta srs sras dr dra drs dras prof profa eng arq adv des gen cel cap ten sto sta "
      "d dom exmo exma ilmo ilma v.exa v.sa "
      "p.ex ex av r rua pça tel fax cf cit op pág págs art arts cap fig vol ed aprox";
  l.ambiguous =
      "jan fev mar abr mai jun jul ago set out nov dez seg ter qua qui sex sáb "
      "etc ltda s.a cia inc min máx hrs km kg eua";
  l.final_before_capital = "etc";
  // "em 44 a.C." (antes de Cristo): after a year the era ends a sentence
  // before any capital, unless the date opens the clause ("Em 44 a.C.
  // César morreu").
  l.after_number_final = "a.c d.c";
  l.date_openers = "em no na desde até após antes depois durante entre";
  l.conjunctions = "e mas que quando se porque enquanto embora ou onde";
  l.before_number = "n nº no núm p pp pág págs art arts cap vol tel";
  l.starters =
      "o a os as um uma uns umas ele ela eles elas eu tu você vocês nós este esta estes estas "
      "esse essa isso aquele aquela isto há mas e ou nem porém contudo entretanto além também "
      "então depois antes quando se como que quem onde porque em no na nos nas ao à aos para "
      "por com de do da desde segundo durante meu minha seu sua nosso todo todos toda todas "
      "cada muitos vários alguns nenhum hoje ontem amanhã já ainda assim";
  return l;
}

}  // namespace lede::text
