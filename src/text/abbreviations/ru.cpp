// Russian abbreviations: initials, titles (г-н, проф., акад.), place and
// date words (г., гг., ул., д., кв.; after a number г. is the year, before a
// name the city), reference words (т.е., т.д., см.).
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_ru() {
  AbbreviationLists l;
  l.never_final =
      "г-н г-жа проф акад доц д-р канд тов им св ген полк капт ст мл "
      "т.е т.к т.н т.о т.ч напр см ср прим рис табл гл разд п пп "
      "ул пр просп пер пл наб ш б-р д кв корп стр обл р-н пос дер с ст-ца оз о-в "
      "пгт евро макс ок прибл вкл искл пр т.";
  l.ambiguous =
      "г гг в вв н.э до.н.э янв фев февр мар апр авг сен сент окт ноя нояб дек "
      "пн вт чт пт сб вс руб коп долл тыс млн млрд км кг ч мин сек и.т.д и.т.п т.д т.п др";
  l.final_before_capital = "т.д т.п и.т.д и.т.п др руб";
  l.after_number_final = "г гг в вв";
  // Surnames in the instrumental ("Путиным", "Ивановой", "Достоевским"):
  // the agent of a passive ("подписан в 2020 г. Путиным"), which does not
  // open a sentence. Only the endings of surnames in -ов/-ев/-ин/-ский and
  // their feminine forms; a nominative name ("Путин", "Максим") does not
  // end in one.
  l.oblique_name_endings = "овым евым ёвым иным ыным ским цким овой евой ёвой иной ыной ской цкой";
  l.date_openers = "в во с со до к ко по на от после около между накануне начиная летом зимой весной осенью";
  l.conjunctions =
      "и а но или либо что чтобы когда если хотя однако причем причём поскольку как где "
      "который которая которое которые";
  l.before_number = "№ н п пп ст ч гл рис табл кв д стр тел";
  l.starters =
      "он она оно они мы вы я ты это этот эта эти тот та те там тут здесь тогда но и а или "
      "однако поэтому потому затем потом после до в во на с со к ко по из от для при о об "
      "когда если как что кто где почему зачем мой моя его ее её их наш ваш все всё каждый "
      "многие некоторые никто ничто не нет сегодня вчера завтра уже еще ещё также кроме";
  return l;
}

}  // namespace lede::text
