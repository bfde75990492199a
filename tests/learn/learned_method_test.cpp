#include <gtest/gtest.h>

#include <string>

#include "lede/summarize.h"
#include "score/method_fixture.h"

namespace lede {
namespace {

// Thai was read a letter a token, and trigrams of letters could not block
// (three letters are less than a word), so learned chose a sentence that
// repeats a phrase of one already chosen. Thai tokens are words now: the
// second line repeats "แรงซื้อของนักลงทุนต่างชาติ" (buying by foreign
// investors), seven words, and is blocked as an English one would be.
TEST(LearnedMethod, ThaiWordTrigramsBlockARepeatedPhrase) {
  const std::string text =
      "ตลาดหลักทรัพย์แห่งประเทศไทยปิดตลาดวันนี้ที่ระดับสูงสุดในรอบสามเดือนจากแรงซื้อของนักลงทุนต่างชาติ\n\n"
      "นักวิเคราะห์มองว่าแรงซื้อของนักลงทุนต่างชาติจะยังคงต่อเนื่องไปจนถึงสิ้นปี\n\n"
      "ขณะที่ราคาทองคำในประเทศปรับตัวลดลงสองร้อยบาทตามตลาดโลก\n";
  SummarizeOptions o;
  o.method = "learned";
  o.budget = Budget::sentences(3);
  auto s = Summarizer().summarize(testing::single_document(text), o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  bool repeated = false;
  for (const SummarySentence& x : s->sentences) repeated |= x.index == 1;
  EXPECT_FALSE(repeated);
  EXPECT_EQ(s->sentences.size(), 2u);
  // The blocking is learned's own: lead, which has none, takes all three.
  o.method = "lead";
  auto lead = Summarizer().summarize(testing::single_document(text), o);
  ASSERT_TRUE(lead.ok());
  EXPECT_EQ(lead->sentences.size(), 3u);
}

// The model ranked "Payroll tax." (two words, a fragment of a list of
// taxes) among the article's three best sentences; sentences under four
// words are no candidates now, while the fallback keeps a summary for an
// article made only of such fragments.
TEST(LearnedMethod, SentencesUnderFourWordsAreNotChosen) {
  const std::string text =
      "The city council voted on Tuesday to raise three local taxes to close a budget gap of $40 million.\n\n"
      "Which taxes? Sales tax. Payroll tax. Property tax.\n\n"
      "The mayor said the increases would take effect in January and would be reviewed after two years.\n\n"
      "Business owners said the payroll tax would hurt small shops that are still recovering from the downturn.\n\n"
      "The council will hold a public hearing on the plan next month.\n";
  SummarizeOptions o;
  o.method = "learned";
  o.budget = Budget::sentences(3);
  auto s = Summarizer().summarize(testing::single_document(text), o);
  ASSERT_TRUE(s.ok()) << s.status().message();
  ASSERT_EQ(s->sentences.size(), 3u);
  for (const SummarySentence& x : s->sentences) EXPECT_GT(x.text.size(), 20u) << x.text;

  auto fragments = Summarizer().summarize(testing::single_document("Sales tax. Payroll tax.\n"), o);
  ASSERT_TRUE(fragments.ok());
  EXPECT_EQ(fragments->sentences.size(), 2u);
}

}  // namespace
}  // namespace lede
