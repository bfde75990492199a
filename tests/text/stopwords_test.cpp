#include <gtest/gtest.h>

#include <string>

#include "lede/text.h"

namespace lede {
namespace {

// Marks which words of `text` the language's list calls stopwords, as a
// string of 's' (stopword) and 'c' (content word).
std::string marks(const std::string& text, const std::string& language) {
  TokenizeOptions o;
  o.language = language;
  o.stem = false;
  std::string out;
  for (const Token& t : tokenize(text, o)) out.push_back(t.is_stopword ? 's' : 'c');
  return out;
}

TEST(Stopwords, FunctionWordsPerLanguage) {
  EXPECT_EQ(marks("der Hund und die Katze", "de"), "scssc");
  EXPECT_EQ(marks("le chien et la maison", "fr"), "scssc");
  EXPECT_EQ(marks("el perro y la casa", "es"), "scssc");
  EXPECT_EQ(marks("il cane e la casa", "it"), "scssc");
  EXPECT_EQ(marks("o cão e a casa", "pt"), "scssc");
  EXPECT_EQ(marks("de hond en het huis", "nl"), "scssc");
  EXPECT_EQ(marks("hunden og huset er her", "da"), "cscss");
  EXPECT_EQ(marks("hunden och huset", "sv"), "csc");
  EXPECT_EQ(marks("\u0441\u043e\u0431\u0430\u043a\u0430 \u0438 \u0434\u043e\u043c", "ru"), "csc");
}

TEST(Stopwords, EveryListedLanguageHasAList) {
  for (const char* code : {"en", "de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "ru", "pl", "fi", "tr"})
    EXPECT_TRUE(is_supported_language(code)) << code;
  EXPECT_EQ(marks("the cat", "en"), "sc");
}

}  // namespace
}  // namespace lede
