// Stopword lists written by the team for French, Spanish, Italian,
// Portuguese, Romanian and Catalan: articles, pronouns, auxiliaries and their common forms,
// prepositions (with contractions), conjunctions, frequent adverbs.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

extern const std::string_view kFrench =
    "a à afin ai aie aient ainsi alors as au aucun aucune aujourd'hui auquel aussi autre autres aux "
    "auxquelles auxquels avaient avais avait avant avec avez aviez avions avoir avons ayant c c' ça car ce "
    "ceci cela celle celles celui cependant certain certaine certains ces cet cette ceux chacun chaque "
    "chez ci comme comment d d' dans de depuis des desquelles desquels dessus donc dont du duquel durant "
    "elle elles en encore entre es est et étaient étais était étant été être eu eue eurent eus eut eux "
    "fait faut fois font fut furent ici il ils j j' je jusqu jusqu' jusque l l' la laquelle le lequel les lesquelles "
    "lesquels leur leurs lors lorsqu' lorsque lui m m' ma mais me même mêmes mes moi moins mon n n' ne ni non nos "
    "notre nous on ont or ou où par parce parmi pas pendant peu peut plus plusieurs pour pourquoi puis puisqu' "
    "qu qu' quand que quel quelle quelles quels qui quoi s s' sa sans se selon sera serait ses si sien "
    "soi soit sommes son sont sous suis sur t t' ta te tes toi ton tous tout toute toutes très tu un une "
    "unes uns vers voici voilà vos votre vous y";

extern const std::string_view kSpanish =
    "a al algo alguna algunas alguno algunos ante antes aquel aquella aquellas aquello aquellos aquí así "
    "aún bajo bien cada como cómo con contra cual cuál cuales cuando cuándo cuanto de del desde donde "
    "dónde durante e el él ella ellas ellos en entre era erais éramos eran eras eres es esa esas ese eso "
    "esos esta está estaba estaban estado estamos están estar estas este esto estos estoy fue fueron fui "
    "fuimos ha había habían haber habrá han has hasta hay he hemos hice hizo la las le les lo los más me "
    "mi mí mis mismo misma mucho muchos muy nada ni no nos nosotras nosotros nuestra nuestras nuestro "
    "nuestros o os otra otras otro otros para pero poco por porque pues que qué quien quién quienes se "
    "sea sean según ser será si sí sido siempre sin sino sobre sois somos son soy su sus suya suyo también "
    "tan tanto te tenemos tener tengo ti tiene tienen toda todas todo todos tras tu tú tus tuya tuyo un "
    "una unas uno unos usted ustedes vosotras vosotros vuestra vuestro y ya yo";

extern const std::string_view kItalian =
    "a ad agli ai al all' alla alle allo anche ancora avere aveva avevano avete avuto c' che chi ci cioè coll' come "
    "con contro cosa così cui d' da dagli dai dal dall' dalla dalle dallo degli dei del dell' della delle dello dentro "
    "di dopo dove e è ed era erano essere essi fa fino fra gli ha hanno ho i il in io l' la le lei li lo loro "
    "lui m' ma me mentre mi mia mie miei mio molto ne negli nei nel nell' nella nelle nello noi non nostra nostre "
    "nostri nostro o ogni per perché però più poi qual quale quali quando quanto quell' quella quelle quelli "
    "quello quest' questa queste questi questo qui s' se sé sei senza si sia siamo siete sono sopra sotto stato "
    "stesso su sua sue sugli sui sul sull' sulla sulle sullo suo suoi t' tra tu tua tue tuo tuoi tutti tutto "
    "un un' una uno v' vi voi";

extern const std::string_view kPortuguese =
    "a à ao aos aquela aquelas aquele aqueles aquilo as às até com como contra da das de dela delas dele "
    "deles depois do dos e é ela elas ele eles em entre era eram essa essas esse esses esta está estão "
    "estas estava estavam este esteve estes eu foi foram fosse há isso isto já lhe lhes mais mas me "
    "mesmo meu meus minha minhas muito na nas nem no nos nós nossa nossas nosso nossos num numa o os "
    "ou para pela pelas pelo pelos por porque quais qual quando que quem se sem ser será seu seus si "
    "sido só sobre sua suas também te tem têm ter teu tinha tu tua um uma umas uns você vocês";

// Romanian text writes ș and ț with a comma below or, as older keyboards
// did, with a cedilla (ş ţ): the frequent words come in both spellings. A
// hyphen splits a token, so the clitics of s-a, într-un, l-am are listed.
extern const std::string_view kRomanian =
    "a al ale alor ai am ar are aș aş au avea avem aveți aveţi avut având ați aţi "
    "ca că cu care cât cum când ce cea cei cel cele ceea ceva cine "
    "de dacă dar decât deci deja din dintre dintr după ea ei el ele eu este e era erau eram "
    "fi fie fiind fost foarte fără i iar îi îl îmi în încă între într însă își îşi la le lor lui "
    "mai mă mi ne nici noi nu o ori pe pentru peste până prin printr "
    "s sa să se sau său sale sunt sînt spre sub și şi tu un una unei unor unui unde "
    "vă voi vor va vom veți veţi vei l m n v ți ţi "
    "acest aceasta această acestea acești aceşti acestui acestei acestor acel acea acei acele acelui "
    "acelei acelor aceeași aceeaşi alt altă alte alți alţi fiecare toate toți toţi tot totul orice "
    "oricare niciun nicio niște nişte deoarece fiindcă totuși totuşi astfel acum aici acolo atunci "
    "așa aşa";

// Catalan: the past periphrasis (va dir, van anunciar) makes the forms of
// anar auxiliaries; the enclitics after a hyphen (fer-ho) are words.
extern const std::string_view kCatalan =
    "el la els les l l' lo un una uns unes de del dels d d' a al als en amb per pel pels des fins sense "
    "sobre sota entre contra cap "
    "i o però que com quan si perquè ni doncs mentre sinó també tampoc ja encara "
    "jo tu ell ella nosaltres vosaltres ells elles vostè vostès em et es ens us li ho hi me te se ne m' t' s' n' "
    "meu meva meus meves teu teva seu seva seus seves nostre nostra nostres vostre vostra "
    "aquest aquesta aquests aquestes aquell aquella aquells aquelles això allò "
    "qui què quin quina quins quines on quant "
    "és era són eren ser estar està estan estava ha han he hem heu havia havien hagut serà seran "
    "fou va vaig vas vam vau van "
    "molt més menys tot tots tota totes altre altra altres cada algun alguna alguns algunes així "
    "aquí allà ara després abans no sí";

}  // namespace lede::text::stopwords
