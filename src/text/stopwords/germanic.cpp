// Stopword lists written by the team for German, Dutch, Danish, Swedish and
// Norwegian: articles, pronouns, auxiliaries, prepositions, conjunctions,
// frequent adverbs and particles.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

extern const std::string_view kGerman =
    "aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch "
    "auf aus bei beim bin bis bist da damit dann das dass daß dein deine dem den denn der des dessen "
    "deshalb die dies diese diesem diesen dieser dieses doch dort du durch ein eine einem einen einer "
    "eines er es etwas euch euer eure für gegen gewesen hab habe haben hat hatte hatten hier hin hinter "
    "ich ihm ihn ihnen ihr ihre ihrem ihren ihrer ihres im in indem ins ist jede jedem jeden jeder jedes "
    "jener jetzt kann kein keine keinem keinen keiner können könnte machen man manche mehr mein meine "
    "mit muss musste nach nicht nichts noch nun nur ob oder ohne schon sehr sein seine seinem seinen "
    "seiner sich sie sind so solche soll sollte sondern sonst über um und uns unser unsere unter viel "
    "vom von vor war waren warst was weil welche welchem welchen welcher welches wenn werde werden wie "
    "wieder will wir wird wirst wo wollen wollte würde würden zu zum zur zwar zwischen";

extern const std::string_view kDutch =
    "aan al alle alles als altijd ander andere ben bij daar dan dat de der deze die dit doch doen door "
    "dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik "
    "in is ja je kan kon kunnen maar me meer men met mij mijn moet na naar niet niets nog nu of om omdat "
    "ons onze ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren was wat we wel "
    "werd wezen wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou";

extern const std::string_view kDanish =
    "af alle alt anden andet andre at bare blev blive bliver da de dem den denne der deres det dette "
    "dig din dine disse dog du efter eller en end er et for fordi fra før han hans har havde have hende "
    "hendes her hos hun hvad hvem hver hvis hvor hvordan hvorfor i ikke ind jeg jer jo kan kom kunne man "
    "mange med meget men mig min mine mit mod må ned noget nogle nu når og også om op os over på sig "
    "sin sine sit skal skulle som sådan thi til ud under var vi vil ville vor vores være været";

extern const std::string_view kSwedish =
    "alla allt att av blev bli blir blivit de dem den denna deras dess dessa det detta dig din dina "
    "ditt du där då efter ej eller en er era ert ett från för ha hade han hans har henne hennes hon "
    "honom hur här i icke ingen inom inte jag ju kan kunde man med mellan men mig min mina mitt mot "
    "mycket ni nu när någon något några och om oss på samma sedan sig sin sina sitta själv skulle som "
    "så sådan till under upp ut utan vad var vara varför varit vars vem vi vid vilka vilken vilket vår "
    "våra vårt än är åt över";

extern const std::string_view kNorwegian =
    "alle at av bare begge ble bli blir blitt både da de dem den denne der dere deres det dette di din "
    "disse du eller en enn er et etter for fordi fra før han hans har hadde hennes her hun hva hvem hver "
    "hvis hvor hvordan hvorfor i ikke inn jeg jo kan kunne man mange med meg men min mine mitt mot ned "
    "noe noen nå når og også om opp oss over på seg selv sin sine sitt skal skulle som så til ut uten "
    "var vi vil ville vår være vært";

}  // namespace lede::text::stopwords
