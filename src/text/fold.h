// The folded form of a word, as Token::norm holds it and as every word list
// matched against tokens (stopwords) must be written: width forms read as
// their usual characters, NFC, Unicode case folding (utf8proc), typographic
// apostrophes made ASCII. So "ΤΗΣ" and "της" both fold to "τησ" (final sigma
// folds to σ) and "Straße" to "strasse". Thread safety: a pure function.
#pragma once

#include <string>
#include <string_view>

namespace lede::text {

std::string fold_word(std::string_view word);

}  // namespace lede::text
