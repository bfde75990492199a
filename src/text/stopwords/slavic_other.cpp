// Stopword lists written by the team for Russian, Polish, Bulgarian,
// Slovak, Finnish, Hungarian, Turkish and Kazakh: articles (hu), pronouns,
// prepositions, conjunctions, particles, auxiliaries.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

extern const std::string_view kRussian =
    "а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до "
    "его ее её если есть еще ещё же за здесь и из или им их к как ко когда кто ли либо между меня мне "
    "много может мы на над надо наш не него нее неё нет ни них но ну о об однако он она они оно от очень "
    "по под после при про с сам свой себя со так также такой там те тем то того тоже той только том ты "
    "у уже хотя чего чей чем что чтобы чье эта эти это этого этой этом этот я";

extern const std::string_view kPolish =
    "a aby ale albo ani bardzo bez bo być był była było były będzie co czy dla do gdy gdzie go i ich ile "
    "im inne ja jak jako je jego jej jest jeszcze jeśli już każdy kiedy kto która które który ma mi mnie "
    "może na nad nam nas nie nich nim niż o od on ona one oni oraz po pod przed przez przy się sobie "
    "są ta tak także tam te tego tej ten to tu tylko tym u w we wiele więc z za ze że żeby";

extern const std::string_view kFinnish =
    "ei eikä en ennen entä eli että he heidän hän hänen ja jo joka jos jotka kanssa kuin kun kuten "
    "me minä mitä mukaan mutta myös ne niin nyt olen oli olivat olla on ovat se sekä sen siinä sitten "
    "tai te tämä tässä vaan vai vielä voi yli";

extern const std::string_view kTurkish =
    "acaba ama ancak bazı belki ben beri bile bir biri birkaç biz bu bunu bunun çok çünkü da daha de "
    "defa diye en gibi hem hep her hiç için ile ise kadar ki kim mı mi mu mü nasıl ne neden nerede o "
    "olan olarak on onu onun sen siz şey şu tüm ve veya ya yani";

extern const std::string_view kBulgarian =
    "и а но или ако да не ни че като за на в във с със от до по при през без между към под над пред "
    "след около чрез срещу освен "
    "аз ти той тя то ние вие те мен мене теб него нея нас вас тях ми ме му ѝ им ги го я си се "
    "свой своя свое своите мой моя мое моите твой твоя негов нейн неин техен наш наша ваш "
    "този тази това тези онзи онази онова онези такъв такава такова такива "
    "който която което които кой коя кое кои какво какъв каква какви къде кога как защо колко чий "
    "съм е сме сте са бях беше бяха бил била било били ще бъде бъдат би бих "
    "също още вече само много всички всеки всяка всяко всичко някой някои нещо нищо никой тук там "
    "може най сега тогава така дали нито пък обаче както докато защото макар";

extern const std::string_view kSlovak =
    "a aj ale alebo ani ak až ako aby by bol bola bolo boli byť bude budú budem budeme je sú som si "
    "sme ste nie nebol nebude ešte už len iba tak tiež však že keď kde kto čo či "
    "ktorý ktorá ktoré ktorí ktorého ktorej ktorom ktorým ktorých "
    "ja ty on ona ono my vy oni ony mňa mne mi ma ťa ti nás nám vás vám ich im ho mu jej jeho ju "
    "seba sebe sa svoj svoja svoje svojho môj moja tvoj náš váš "
    "ten tá to tí tie toho tej tom tým tých tomu tento táto toto títo tieto "
    "v vo na do z zo s so k ku o od pre pri po za pod nad pred medzi cez bez u proti podľa počas "
    "okrem kvôli veľmi viac všetko všetci všetky každý každá každé iný iná iné taký taká také tu tam "
    "teraz potom pretože preto lebo";

// Detached verbal prefixes (meg, el, ki, le, fel, be) are listed like the
// particles of English phrasal verbs.
extern const std::string_view kHungarian =
    "a az egy és vagy de hogy ha mert mint is sem se pedig tehát azonban illetve valamint sőt "
    "én te ő mi ti ők ön önök maga magát neki nekem nekik őt őket engem téged minket titeket "
    "ez ezt azt ezek azok ennek annak ebben abban erre arra ettől attól így úgy itt ott akkor most "
    "mind minden mindig semmi valami valaki senki ki mit mik kik milyen mely melyik "
    "amely amelyek amelyet amelynek ami amit amik aki akik akit akinek ahol amikor mivel ahogy "
    "után előtt alatt felett fölött mellett között szerint miatt nélkül során óta közben felé ellen "
    "helyett van volt lesz lett nincs nem ne sincs vannak voltak lesznek kell lehet fog fogja "
    "már még csak meg el le fel be nagyon igen";

// Kazakh writes case endings attached; the postpositions, the conjunctions
// (мен, бен and пен: "and, with"), the question particles written apart
// (ма, ме, ба, бе, па, пе), and the copulas (емес, еді, болып табылады).
extern const std::string_view kKazakh =
    "және мен бен пен да де та те немесе бірақ ал әрі егер яғни сондықтан өйткені себебі "
    "үшін туралы арқылы бойынша дейін кейін сияқты тәрізді бері қарай қарсы сайын кезінде алдында ішінде деп "
    "мен сен сіз ол біз сендер сіздер олар оның олардың оны оған менің сенің біздің өз өзі өзінің "
    "бұл осы сол мына бұның осының соның мұнда сонда "
    "кім не қандай қай қалай неге қашан қанша "
    "бар жоқ емес еді екен болды болып болған болады бола табылады "
    "бір әр барлық бәрі кейбір басқа ғана тек әлі енді тағы да өте ең көп "
    "ма ме ба бе па пе ғой ше";

}  // namespace lede::text::stopwords
