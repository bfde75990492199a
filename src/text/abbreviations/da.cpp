// Danish abbreviations: titles (hr., fru, dr., prof.), the many Danish
// reference abbreviations (bl.a., f.eks., m.m.), months; ordinals are
// written "5." as in German.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_da() {
  AbbreviationLists l;
  l.never_final =
      "hr hrr fr frk dr dir prof lektor mag cand stud lic skt sankt st mt "
      "bl.a f.eks fx m.fl m.v d.v.s dvs jf jvf ca inkl ekskl vedr ang iflg ifølge mht pga "
      "evt bl a.h.t t.o.m fra.og.med gl ny adr tlf tel nr "
      "f.kr e.kr kap stk pkt afs vol red udg";
  l.ambiguous =
      "jan feb mar apr jun jul aug sep sept okt nov dec man tir ons tor fre lør søn "
      "osv m.m etc o.l o.lign co aps a/s i/s ltd inc mio mia kr kl min sek u.s u.k e.u a.m p.m";
  l.final_before_capital = "osv m.m etc o.l o.lign kr a.m p.m";
  l.before_number = "nr no kap stk pkt s side tlf kl";
  l.street_endings = "gade vej vejen allé torv torvet plads pladsen stræde strædet";
  l.months = "januar februar marts april maj juni juli august september oktober november december";
  l.starters =
      "den det de en et han hun vi jeg du i man dette disse der her da så men og eller for "
      "fordi hvis når som hvad hvem hvor hvorfor hvordan efter før under over med uden til "
      "fra på af om min mit mine sin sit sine hans hendes vores jeres deres alle mange nogle "
      "ingen hver ikke nu i dag i går i morgen allerede også desuden derfor imidlertid";
  return l;
}

}  // namespace lede::text
