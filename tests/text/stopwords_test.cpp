#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <string_view>

#include "lede/text.h"
#include "text/fold.h"
#include "text/language.h"

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

// Each sentence written for this test; in the scripts without spaces every
// character is a token, so the marks go character by character.
TEST(Stopwords, FunctionWordsInTheLanguagesOfOtherFamiliesAndScripts) {
  EXPECT_EQ(marks("ذهب الرجل إلى السوق في الصباح", "ar"), "ccscsc");
  EXPECT_EQ(marks("من این کتاب را از کتابخانه گرفتم", "fa"), "sscsscc");
  // The zero-width non-joiner splits off the plural ها and the prefix می.
  EXPECT_EQ(marks("کتاب\u200c\u0647\u0627 را می\u200cخوانم", "fa"), "csssc");
  EXPECT_EQ(marks("یہ کتاب میز پر ہے", "ur"), "sccss");
  // Typed with Arabic yeh and kaf ("اين" for "این", "كه" for "که").
  EXPECT_EQ(marks("اين كتاب كه من خريدم", "fa"), "scssc");
  EXPECT_EQ(marks("राम ने बाज़ार से फल खरीदे", "hi"), "cscscc");
  EXPECT_EQ(marks("котката е на масата и спи", "bg"), "csscsc");
  // Capitals and the final sigma (της folds to τησ) still match.
  EXPECT_EQ(marks("Η γάτα της Μαρίας κοιμάται στο σπίτι", "el"), "scsccsc");
  EXPECT_EQ(marks("ΤΗΣ ΓΑΤΑΣ", "el"), "sc");
  // Comma-below and cedilla spellings; clitics split off at the hyphen.
  EXPECT_EQ(marks("Pisica și câinele sunt în casă", "ro"), "cscssc");
  EXPECT_EQ(marks("Pisica şi câinele", "ro"), "csc");
  EXPECT_EQ(marks("s-a dus într-un oraș", "ro"), "sscssc");
  EXPECT_EQ(marks("A macska és a kutya a házban alszik", "hu"), "scsscscc");
  EXPECT_EQ(marks("El gat i el gos són a la casa", "ca"), "scsscsssc");
  EXPECT_EQ(marks("Kucing itu tidur dan anjing itu makan", "id"), "cscscsc");
  EXPECT_EQ(marks("Pes a mačka sú v dome", "sk"), "cscssc");
  EXPECT_EQ(marks("我们的城市在海边", "zh"), "sssccscc");
  EXPECT_EQ(marks("他們的學校", "zh"), "ssscc");
  EXPECT_EQ(marks("東京は日本の首都です", "ja"), "ccsccsccss");
  // Serbian in both alphabets.
  EXPECT_EQ(marks("Mačka i pas su u kući", "sr"), "cscssc");
  EXPECT_EQ(marks("Мачка и пас су у кући", "sr"), "cscssc");
  EXPECT_EQ(marks("Katė ir šuo yra namuose", "lt"), "cscsc");
  EXPECT_EQ(marks("Мысық пен ит үйде емес", "kk"), "csccs");
  EXPECT_EQ(marks("राम आणि सीता घरी आहेत", "mr"), "csccs");
  EXPECT_EQ(marks("राम घर मा छ", "ne"), "ccss");
  // The ligature և folds to ե + ւ, as the list's entry does.
  EXPECT_EQ(marks("Կատուն և շունը տանն են", "hy"), "csccs");
  EXPECT_EQ(marks("Tá an cat agus an madra sa teach", "ga"), "sscsscsc");
  EXPECT_EQ(marks("Katua eta txakurra etxean daude", "eu"), "csccs");
  EXPECT_EQ(marks("ድመቱ እና ውሻው ቤት ውስጥ ናቸው", "am"), "csccss");
  EXPECT_EQ(marks("பூனை மற்றும் நாய் வீட்டில் உள்ளன", "ta"), "csccs");
}

TEST(Stopwords, VietnameseFunctionSyllables) {
  // "The prices of petrol and of electricity were raised in March."
  EXPECT_EQ(marks("Giá của xăng và giá điện đã được tăng trong tháng 3", "vi"), "cscsccsscscc");
}

TEST(Stopwords, ThaiFunctionWordsInDictionaryWords) {
  // "The government announces new measures to help farmers in the north and
  // the centre": เพื่อ (to), ใน (in), และ (and) are the function words.
  EXPECT_EQ(marks("รัฐบาลประกาศมาตรการใหม่เพื่อช่วยเกษตรกรในภาคเหนือและภาคกลาง", "th"), "ccccsccsccscc");
}

TEST(Stopwords, LaoKhmerAndBurmeseFunctionWordsInDictionaryWords) {
  // "The Lao government announced that it will help the people hit by the
  // floods" (ໄດ້ ວ່າ ຈະ ທີ່ ຈາກ are function words; ລາວ, Lao, is not).
  EXPECT_EQ(marks("ລັດຖະບານລາວໄດ້ປະກາດວ່າຈະຊ່ວຍເຫຼືອປະຊາຊົນທີ່ໄດ້ຮັບຜົນກະທົບຈາກນ້ຳຖ້ວມ", "lo"), "ccscssccscccscc");
  // "The government announced that it will help the people hit by the
  // floods in the province" (បាន ថា នឹង ដែល ពី នៅក្នុង).
  EXPECT_EQ(marks("រដ្ឋាភិបាលបានប្រកាសថានឹងជួយប្រជាជនដែលរងផលប៉ះពាល់ពីទឹកជំនន់នៅក្នុងខេត្ត", "km"), "cscssccscccscsc");
  // "The government announced it will help the flood victims" (the
  // particles သည် ကို မည် ဟု ခဲ့).
  EXPECT_EQ(marks("အစိုးရသည် ရေဘေးသင့်သူများကို ကူညီမည်ဟု ကြေညာခဲ့သည်။", "my"), "cscccscsscss");
}

TEST(Stopwords, EveryListedLanguageHasAList) {
  for (const char* code : {"en", "de", "fr", "es", "it", "pt", "nl", "da", "sv", "no", "ru", "pl", "fi", "tr",
                           "ro", "ca", "bg", "sk", "hu", "el", "id", "ar", "fa", "ur", "hi", "zh", "ja", "sr",
                           "lt", "kk", "mr", "ne", "hy", "ga", "eu", "am", "ta", "vi", "th", "lo", "km", "my"}) {
    EXPECT_TRUE(is_supported_language(code)) << code;
    EXPECT_FALSE(text::stopword_list(code).empty()) << code;
  }
  EXPECT_EQ(marks("the cat", "en"), "sc");
}

// A list entry the tokenizer would split, or fold to another spelling, can
// never match a token. An entry ending in an apostrophe is an elision
// ("l'", "dell'"): it is met split off the word it is written joined to.
// One opening with it ("'s") is written for text split before it.
TEST(Stopwords, EveryEntryIsOneTokenMarkedAsAStopword) {
  for (const std::string& code : supported_languages()) {
    const std::string_view list = text::stopword_list(code);
    std::size_t i = 0;
    while (i < list.size()) {
      const std::size_t end = std::min(list.find(' ', i), list.size());
      const std::string word(list.substr(i, end - i));
      i = end + 1;
      if (word.empty() || word.front() == '\'') continue;
      TokenizeOptions o;
      o.language = code;
      o.stem = false;
      if (word.back() == '\'') {
        const auto joined = tokenize(word + "ora", o);
        ASSERT_EQ(joined.size(), 2u) << code << ": " << word;
        EXPECT_EQ(joined[0].norm, word) << code << ": " << word;
        EXPECT_TRUE(joined[0].is_stopword) << code << ": " << word;
        continue;
      }
      const auto tokens = tokenize(word, o);
      ASSERT_EQ(tokens.size(), 1u) << code << ": " << word;
      EXPECT_EQ(tokens[0].norm, text::fold_word(word)) << code << ": " << word;
      EXPECT_TRUE(tokens[0].is_stopword) << code << ": " << word;
    }
  }
}

}  // namespace
}  // namespace lede
