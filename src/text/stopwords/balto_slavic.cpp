// Stopword lists written by the team for Serbian and Lithuanian: pronouns,
// prepositions, conjunctions, particles, auxiliaries.
#include "text/stopwords/lists.h"

namespace lede::text::stopwords {

// Serbian is written in Cyrillic and in Latin letters, often in the same
// paper: every word comes in both, the Latin half letter for letter, with
// the ijekavian gdje, prije, poslije, ovdje.
extern const std::string_view kSerbian =
    "и а али или да не ни нити је су сам си смо сте био била било били биће ће ћу ћемо ћете бити би бих у "
    "на за од до са с из по о код пре према после након без кроз између испод изнад око ка к при против "
    "због ко што шта који која које којих ког кога коме којем чији као када кад где ако јер па те већ још "
    "само такође чак ипак међутим док ја ти он она оно ми ви они оне ме мене тебе га њега њу их њих му "
    "њему јој њој им њима се себе свој своја своје мој моја моје твој наш ваш његов њен њихов овај ова "
    "ово ови ове тај та то онај сав сва све сви свако сваки свака неки нека неко нешто ништа нико овде "
    "тамо сада тада тако врло веома више мање "
    "i a ali ili da ne ni niti je su sam si smo ste bio bila bilo bili biće će ću ćemo ćete biti bi bih u "
    "na za od do sa s iz po o kod pre prema posle nakon bez kroz između ispod iznad oko ka k pri protiv "
    "zbog ko što šta koji koja koje kojih kog koga kome kojem čiji kao kada kad gde ako jer pa te već još "
    "samo takođe čak ipak međutim dok ja ti on ona ono mi vi oni one me mene tebe ga njega nju ih njih mu "
    "njemu joj njoj im njima se sebe svoj svoja svoje moj moja moje tvoj naš vaš njegov njen njihov ovaj "
    "ova ovo ovi ove taj ta to onaj sav sva sve svi svako svaki svaka neki neka neko nešto ništa niko "
    "ovde tamo sada tada tako vrlo veoma više manje gdje prije poslije ovdje";

extern const std::string_view kLithuanian =
    "ir bet o ar arba kad jei jeigu kai nes tačiau todėl taip pat net tik jau dar ne nei "
    "yra buvo bus būti esu esi esame esate buvau buvome būtų "
    "į iš su be per prie po nuo iki apie už ant pagal tarp dėl prieš virš šalia "
    "aš tu jis ji mes jūs jie jos jo jų jį ją jam jai jiems joms mane man tave tau mus mums jus jums "
    "save sau mano tavo savo mūsų jūsų tas ta tai tie to tą šis ši šie šios šio šį "
    "kuris kuri kurie kurios kurį kurią kurio kurių kas kur kaip kodėl koks kokia "
    "visi visos visas visa viskas labai daugiau mažiau kiekvienas kiekviena kitas kita kiti kitos";

}  // namespace lede::text::stopwords
