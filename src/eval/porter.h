// The two Porter stemmers lede's ROUGE needs, each reproducing one program
// exactly (not the published algorithm):
//  - rouge155_porter_stem: the Perl Porter stemmer inside ROUGE-1.5.5 (with its
//    2004 change to step 4: a word ending in -ement does not then try -ment
//    and -ent the usual way; see docs/rouge.md);
//  - nltk_porter_stem: NLTK 3.8's PorterStemmer in its default
//    NLTK_EXTENSIONS mode, as Google's rouge-score calls it.
// Both take lower-case ASCII words. Pure functions: thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace lede::eval {

std::string rouge155_porter_stem(std::string_view word);
std::string nltk_porter_stem(std::string_view word);

// The regular-expression tests of the Perl stemmer, exposed so tests can
// check them against std::regex: [C]VC... (m>0), [C]VC[V] (m=1, anchored),
// [C]VCVC... (m>1), [C]v (vowel in stem), and ^CvX$ (X not in aeiouwxy),
// with Perl's classes c=[^aeiou], v=[aeiouy], C=c[^aeiouy]*, V=v[aeiou]*.
bool porter_m_gt0(std::string_view s);
bool porter_m_eq1(std::string_view s);
bool porter_m_gt1(std::string_view s);
bool porter_has_vowel(std::string_view s);
bool porter_short_cvc(std::string_view s);

}  // namespace lede::eval
