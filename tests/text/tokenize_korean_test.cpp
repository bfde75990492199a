// Korean words carry their particles and light-verb endings (text/korean.h).
// Sentences written by the team.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lede/summarize.h"
#include "lede/text.h"

namespace lede {
namespace {

struct Parts {
  std::vector<std::string> stems;
  std::vector<bool> stop;
};

Parts parts(std::string_view text) {
  TokenizeOptions o;
  o.language = "ko";
  Parts p;
  for (const Token& t : tokenize(text, o)) {
    p.stems.push_back(t.stem);
    p.stop.push_back(t.is_stopword);
  }
  return p;
}

using Words = std::vector<std::string>;

TEST(TokenizeKorean, ParticlesAndLightVerbEndingsAreDropped) {
  // "The government announced the budget; the government's budget passed
  // the assembly."
  const Parts p = parts("정부는 예산안을 발표했다. 정부의 예산안이 국회에서 통과됐다.");
  EXPECT_EQ(p.stems, (Words{"정부", "예산안", "발표", "정부", "예산안", "국회", "통과"}));
  // Plural, direction, comparison, the copula and causative endings.
  EXPECT_EQ(parts("학생들이 서울로 학교보다 중요한 것이다 통과시켰다").stems,
            (Words{"학생", "서울", "학교", "중요", "것", "통과"}));
}

TEST(TokenizeKorean, FormsThatDoNotAgreeOrLeaveTooLittleStay) {
  // 아이 (child) ends in a vowel, so its 이 is no subject marker; 결과 and
  // 성과 (result, achievement) are not 결 and 성 with "and"; 10만 (100,000)
  // keeps its numeral.
  EXPECT_EQ(parts("아이 결과 성과 10만 평가 국가").stems, (Words{"아이", "결과", "성과", "10만", "평가", "국가"}));
  // After a Latin word or a number any form is taken.
  EXPECT_EQ(parts("BTS가 2024년에").stems, (Words{"bts", "2024년"}));
}

TEST(TokenizeKorean, PronounsWithParticlesAreStopwords) {
  // "He said that it is for the citizens."
  const Parts p = parts("그는 그것이 시민을 위한 것이라고 말했다");
  EXPECT_EQ(p.stop, (std::vector<bool>{true, true, false, true, true, false}));
  // The same without stems (TokenizeOptions::stem off): the test strips the
  // particles itself.
  TokenizeOptions o;
  o.language = "ko";
  o.stem = false;
  std::vector<bool> stop;
  for (const Token& t : tokenize("그는 그것이 시민을 위한 것이라고 말했다", o)) stop.push_back(t.is_stopword);
  EXPECT_EQ(stop, p.stop);
}

TEST(TokenizeKorean, SummariesMatchWordsAcrossTheirParticles) {
  // The third sentence names the government, the budget, its announcement,
  // the assembly and its passing, each with other particles and endings than
  // the first two: it is central only when the stems match. ("The
  // government announced a new budget. The assembly passed the budget.
  // Citizens welcomed the passing in the assembly of the budget the
  // government announced. Meanwhile, the first snow fell in Seoul.")
  const std::string article =
      "정부는 새 예산안을 발표했다. 국회는 예산안을 통과시켰다. "
      "시민들은 정부가 발표한 예산안이 국회에서 통과된 것을 환영했다. 한편 서울에는 첫눈이 내렸다.";
  SummarizeOptions o;
  o.language = "ko";
  o.method = "lexrank";
  o.budget = Budget::sentences(1);
  Cluster one;
  one.documents.push_back({});
  one.documents.back().text = article;
  auto summary = Summarizer().summarize(one, o);
  ASSERT_TRUE(summary.ok()) << summary.status().message();
  ASSERT_EQ(summary->sentences.size(), 1U);
  EXPECT_EQ(summary->sentences[0].text, "시민들은 정부가 발표한 예산안이 국회에서 통과된 것을 환영했다.");
}

}  // namespace
}  // namespace lede
