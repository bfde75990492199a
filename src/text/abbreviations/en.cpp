// English abbreviations for the segmenter, written for news text: titles,
// company and name suffixes, months and weekdays, US state forms (AP style),
// units and reference words.
#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_en() {
  AbbreviationLists l;
  l.never_final =
      // titles and ranks before a name
      "mr mrs ms messrs mmes dr drs prof profs rev revs hon fr msgr mme mlle "
      "sen sens rep reps gov govs gen gens lt col cols maj capt cpt cmdr cdr adm sgt cpl pvt "
      "brig supt insp det amb atty pres "
      // US Army specialist and private first class (AP style), assistant,
      // alderman
      "spc spec pfc asst ald "
      "mt ft st ste "
      // Latin and reference words that introduce what follows
      "e.g eg i.e ie cf viz vs v approx ca incl esp resp "
      // name particles and other openers
      "dept univ assn assoc natl intl fig figs";
  l.ambiguous =
      // company and name suffixes
      "inc corp co ltd llc plc bros cos jr sr esq phd ph.d m.d b.a m.a d.c "
      "etc al ibid et.al "
      // months and weekdays
      "jan feb mar apr jun jul aug sep sept oct nov dec "
      "mon tue tues wed thu thur thurs fri sat sun "
      // US states and Canadian provinces as AP and newspapers abbreviate them
      "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss "
      "mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wisc wyo alta sask ont que "
      // times, units, street words
      "a.m p.m a.d b.c sq yd yds hr hrs min mins "
      "sec secs ave blvd rd hwy pl sq ct pkwy mtn "
      "gov't govt dist div est gal pt pts qt oz lb lbs tsp tbsp mfg mgr vol vols med "
      "u.s u.k u.n e.u u.s.a n.y n.j d.c l.a";
  // Written with a capital: titles, months, weekdays and states. "sat.",
  // "sun.", "ill.", "miss." are the words. Not the suffixes and units, which
  // are written in lower case too ("& co.", "6 ft.", "5th ave.").
  l.capitalized_only =
      "mr mrs ms messrs mmes dr drs prof profs rev revs hon fr msgr mme mlle "
      "sen sens rep reps gov govs gen gens lt col cols maj capt cpt cmdr cdr adm sgt cpl pvt "
      "brig supt insp det amb atty pres spc spec pfc asst ald mt st ste "
      "jan feb mar apr jun jul aug sep sept oct nov dec "
      "mon tue tues wed thu thur thurs fri sat sun "
      "ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss "
      "mo mont neb nebr nev okla ore pa tenn tex va vt wash wis wisc wyo alta sask ont que";
  // Units written in lower case after a number: "3 oz. food service cups"
  // goes on, "in Oz. People" ends.
  l.final_before_capital = "a.m p.m etc a.d b.c oz lb lbs tsp tbsp";
  l.before_number = "rs no nos nr num p pp ch chap vol vols fig figs art arts sec sect para op pt pts tel ph ext";
  l.starters =
      // pronouns, articles, determiners
      "a an the this that these those there here it its he she they we i you his her their our my "
      "your one some many most much more few several all both each every either neither no none "
      "another other such what which who whom whose when where why how whatever whoever "
      // conjunctions, discourse adverbs
      "and but or nor so yet for if unless while although though because since as once "
      "however meanwhile moreover furthermore nevertheless nonetheless still instead also then "
      "now today yesterday tomorrow later earlier thus hence therefore besides indeed in on at "
      "after before during by from with without under over about among according despite "
      "to of not never always only even just perhaps maybe yes oh well "
      // auxiliaries that open questions
      "is are was were do does did has have had can could will would should shall may might must "
      "let please "
      // quantities and titles that open news sentences
      "millions thousands hundreds dozens tens billions scores officials police mr mrs ms dr";
  l.lower_openers =
      "i i'm i've i'd i'll im ive you he she it we they this that these those there the my your his her our "
      "their its what how why who when where";
  l.strict_starters = "this if please hi hello thanks dear fyi attached sorry";
  l.clock_suffixes = "am pm";
  l.after_clock =
      "monday tuesday wednesday thursday friday saturday sunday mon tue wed thu fri sat sun "
      "january february march april may june july august september october november december "
      "jan feb mar apr jun jul aug sep sept oct nov dec est edt cst cdt mst mdt pst pdt gmt utc bst cet et ct mt pt "
      "eastern central mountain pacific local today tomorrow tonight";
  l.closings =
      "thanks thanx thank_you respectfully yours regards best_regards kind_regards warm_regards sincerely yours_truly "
      "cheers best "
      "best_wishes take_care love";
  l.greetings = "hi hello hey dear greetings good_morning good_afternoon good_evening";
  l.name_heads = "police officials millions thousands hundreds dozens tens billions scores";
  l.months_before_day =
      "january february march april may june july august september october november december "
      "jan feb mar apr jun jul aug sep sept oct nov dec";
  l.header_date_words = "on";
  l.speaker_words =
      "i me my mine myself we us our ours ourselves you your yours yourself yourselves "
      "'m i'm i've i'd i'll we're we've we'd we'll you're you've you'd you'll";
  return l;
}

}  // namespace lede::text
