// Spanish abbreviations: titles (Sr., Sra., Srta., Lic., Ing., Dr.), address
// and reference words, months and weekdays.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_es() {
  AbbreviationLists l;
  l.never_final =
      "sr sra srta sres sras srtas d dña dn don lic licda ing arq dr dra drs dras prof profa "
      "mtro mtra gral cnel cap tte sto sta stos stas fr pbro mons ud uds vd vds "
      "p.ej ej av avda c cra cl calle pza pje dpto depto ap apdo tel telf ext fax "
      "párr párrf art arts cap fig pág págs núm vol vols ed trad cit op ibíd aprox mt mte";
  l.ambiguous =
      "ene feb mar abr may jun jul ago sep sept set oct nov dic lun mié jue vie sáb dom "
      "etc cía s.a s.l ltda inc min seg hrs hs km kg ee.uu ee uu";
  l.final_before_capital = "etc";
  // "en el 44 a.C." (antes de Cristo): after a year the era ends a sentence
  // before any capital, unless the date opens the clause ("En el año 44
  // a.C. César murió").
  l.after_number_final = "a.c d.c";
  l.date_openers = "en desde hasta hacia antes después durante entre";
  l.conjunctions = "y e pero que cuando si porque mientras aunque o u donde";
  l.before_number = "no n nº núm art arts p pp pág págs párr párrf cap vol tel ext";
  l.starters =
      "el la los las un una unos unas lo él ella ellos ellas yo tú usted ustedes nosotros "
      "este esta estos estas ese esa eso aquel aquella hay pero y o ni sin embargo además "
      "también entonces luego después antes cuando si como que quien quién qué dónde cómo "
      "por para en con de desde según durante mi mis su sus nuestro nuestra todo todos toda "
      "todas cada muchos varios algunos ningún ninguna hoy ayer mañana ya aún así buenos "
      "buenas gracias";
  // Greetings that open a letter ("Hola Juan, Ana llega ..."); not
  // "querido"/"estimado", adjectives too ("Estimado en dos millones, El
  // ..."). The rule reads ASCII letters only ("buenos días" is out of reach).
  l.greetings = "hola buenas_tardes buenas_noches";
  return l;
}

}  // namespace lede::text
