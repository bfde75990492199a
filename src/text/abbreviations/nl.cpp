// Dutch abbreviations: titles (dhr., mevr., dr., prof., ir., mr.), the
// grammar and reference words of dictionaries and letters, months.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_nl() {
  AbbreviationLists l;
  l.never_final =
      "dhr mevr mw mej mr dr drs ir ing prof ds pater zr br st sr jr "
      "bijv bv d.w.z m.a.w o.a e.d e.a i.p.v i.v.m m.b.t t.a.v t.o.v v.a z.g.a.u "
      "aanw vnw zn bn bnw ww lidw vz vw telw tw bijw afk mv enk ev verl dial fig "
      "blz pag art hfst nr tel fax ca resp incl excl vgl zgn";
  l.ambiguous =
      "jan feb mrt apr jun jul aug sep sept okt nov dec ma di wo do vr za zo "
      "enz etc n.v b.v v.s ltd inc min max";
  l.final_before_capital = "enz etc";
  l.before_number = "nr no blz pag p art hfst tel";
  l.starters =
      "de het een hij zij ze het wij we jij je u ik men dit dat deze die daar hier er toen "
      "dan maar en of want dus toch ook echter bovendien daarna daarom in op aan bij met "
      "naar van voor na uit door tot als wanneer omdat hoe wat wie waar waarom mijn zijn "
      "haar ons onze hun alle veel sommige geen niet nu vandaag gisteren morgen al nog";
  return l;
}

}  // namespace lede::text
