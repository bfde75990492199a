// French abbreviations: titles (M., Mme, Dr), reference words (p., art.,
// n°), months and common Latin forms.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_fr() {
  AbbreviationLists l;
  l.never_final =
      "m mm mme mmes mlle mlles dr me mgr pr prof st ste sts stes gén col cdt lt cne adj "
      "c.-à-d c.à.d cf env ex p.ex ibid op.cit vol chap fig éd trad coll dir apr av "
      "bd av.j.-c apr.j.-c boul";
  l.ambiguous =
      "janv févr fév avr juil sept oct nov déc lun mar mer jeu ven sam dim "
      "etc cie inc ltd sa sarl s.a cie. hab min max";
  l.final_before_capital = "etc";
  l.before_number = "n no p pp art chap fig vol t tél";
  l.starters =
      "le la les un une des du de ce cet cette ces il elle ils elles on nous vous je tu "
      "mais et ou donc or ni car puis ensuite alors cependant pourtant toutefois enfin "
      "en dans à au aux pour par avec sans selon depuis après avant pendant lors quand si "
      "comme que qui quoi où pourquoi comment mon ma mes son sa ses leur leurs notre nos "
      "votre vos tout tous toute toutes plusieurs certains aucun aucune chaque il y "
      "aujourd'hui hier demain désormais ainsi aussi déjà encore";
  // Greetings that open a letter ("Bonjour Marie, Paul arrive ..."); not
  // "cher", an adjective too. The rule reads ASCII letters only.
  l.greetings = "bonjour bonsoir salut";
  return l;
}

}  // namespace lede::text
