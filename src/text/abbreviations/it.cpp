// Italian abbreviations: professional titles (Ing., Avv., Dott., Geom.),
// reference words, months and weekdays.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_it() {
  AbbreviationLists l;
  l.never_final =
      "sig sigg sig.ra sig.na dott dott.ssa dr prof prof.ssa ing avv arch geom rag on sen "
      "dir amm gen col cap ten mons rev s sant egr gent spett pres "
      "ad es es. cfr ca c.a pag pagg art artt cap fig vol tel fax p.es n.b "
      "st d psicol meteor idraul econ az ist univ prov reg com dott.";
  l.ambiguous =
      "genn feb febbr mar apr mag giu lug ago set sett ott nov dic lun mer gio ven sab dom "
      "ecc spa s.p.a srl s.r.l snc min max sec";
  l.final_before_capital = "ecc";
  // "nel 44 a.C." (avanti Cristo): after a year the era ends a sentence
  // before any capital, unless the date opens the clause ("Nel 44 a.C.
  // Cesare fu ucciso").
  l.after_number_final = "a.c d.c";
  l.date_openers = "nel nei dal dai al ai entro verso intorno fino dopo prima attorno tra fra";
  l.conjunctions = "e ed ma che quando se perché mentre poiché o oppure dove cui";
  l.before_number = "n nr num pag pagg p art artt cap fig vol tel";
  l.starters =
      "il lo la i gli le un uno una egli ella lui lei loro noi voi io tu questo questa questi "
      "queste quello quella ma e o però quindi poi allora infatti inoltre anche così "
      "in nel nella a al alla per con da dal dalla di del della su sul sulla secondo dopo prima "
      "durante quando se come che chi cosa dove perché mio mia suo sua nostro ogni tutti tutte "
      "molti alcuni nessun oggi ieri domani già ancora è c'è buongiorno grazie";
  return l;
}

}  // namespace lede::text
