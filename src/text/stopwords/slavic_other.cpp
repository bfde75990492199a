// Stopword lists written by the team for Russian, Polish, Finnish and
// Turkish: pronouns, prepositions, conjunctions, particles, auxiliaries.
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

}  // namespace lede::text::stopwords
