#include <gtest/gtest.h>

#include "lede/io.h"
#include "lede/summarize.h"

namespace lede {
namespace {

Cluster one_doc(std::string text) {
  Cluster c;
  c.id = "t";
  Document d;
  d.text = std::move(text);
  c.documents.push_back(std::move(d));
  return c;
}

// Six sentences with known word counts: 4, 5, 6, 3, 7, 4.
const char* kArticle =
    "The council met today. It voted on the budget. The budget adds money for the schools. "
    "Teachers welcomed it. Parents said the increase was long overdue. The vote was unanimous.";

std::size_t words_of(const Summary& s) {
  std::size_t n = 0;
  for (const auto& sent : s.sentences) {
    bool in = false;
    for (char c : sent.text) {
      if (c != ' ' && !in) ++n;
      in = c != ' ';
    }
  }
  return n;
}

TEST(Summarizer, DefaultBudgetIsThreeSentencesForOneDocument) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 3u);
  EXPECT_EQ(r->method, "lead");
  EXPECT_EQ(r->sentences[0].text, "The council met today.");
  EXPECT_EQ(r->sentences[0].start, 0u);
  EXPECT_EQ(r->sentences[0].end, 22u);
}

TEST(Summarizer, WordBudgetSkipsSentencesThatOverflow) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::words(12);
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  // 4 + 5 fit; the 6-word sentence overflows and is skipped; the 3-word one fits.
  ASSERT_EQ(r->sentences.size(), 3u);
  EXPECT_EQ(r->sentences[2].index, 3u);
  EXPECT_LE(words_of(*r), 12u);
}

TEST(Summarizer, TruncateCutsAtExactlyTheBudget) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::words(12);
  o.truncate = true;
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sentences.size(), 3u);
  EXPECT_EQ(r->sentences[2].text, "The budget adds");
  EXPECT_EQ(words_of(*r), 12u);
}

// A Chinese sentence has no spaces: it counted as one word, so a budget of
// 12 words took every sentence of an article.
TEST(Summarizer, WordBudgetCountsHanCharacters) {
  const char* article = "北京市政府周一宣布了新计划。该计划将在明年一月实施！专家认为计划有助于减少污染。";
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.language = "zh";
  o.budget = Budget::words(12);
  auto r = s.summarize(one_doc(article), o);
  ASSERT_TRUE(r.ok());
  // 13 characters do not fit; 11 do.
  ASSERT_EQ(r->sentences.size(), 1u);
  EXPECT_EQ(r->sentences[0].text, "该计划将在明年一月实施！");
  o.truncate = true;
  r = s.summarize(one_doc(article), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sentences.size(), 1u);
  EXPECT_EQ(r->sentences[0].text, "北京市政府周一宣布了新计");
}

// The cut sentence was placed by document order, so a filler taken from
// early in the text came out as a fragment before whole sentences.
TEST(Summarizer, TruncatedSentenceComesLastInDocumentOrder) {
  const std::string text =
      "Xylophones quietly hum beneath violet umbrellas on distant moons every single night. The council closed "
      "the bridge on Monday after divers found a crack. The council said the bridge repairs will take a month. "
      "Extra ferries will cross while the council repairs the bridge.";
  Summarizer s;
  SummarizeOptions o;
  o.method = "lexrank";
  o.truncate = true;
  // The two most central sentences (the last two, 10 words each), then two
  // words of the third, which is the second sentence of the text.
  o.budget = Budget::words(10 + 10 + 2);
  auto r = s.summarize(one_doc(text), o);
  ASSERT_TRUE(r.ok()) << r.status().message();
  ASSERT_EQ(r->sentences.size(), 3u);
  const SummarySentence& last = r->sentences.back();
  EXPECT_EQ(last.text, "The council");
  EXPECT_EQ(last.index, 1u);
  // Its offsets still locate the whole sentence.
  EXPECT_EQ(text.substr(last.start, last.end - last.start),
            "The council closed the bridge on Monday after divers found a crack.");
  // The whole sentences keep document order before it.
  EXPECT_LT(r->sentences[0].index, r->sentences[1].index);
  EXPECT_EQ(r->sentences[0].index, 2u);
  EXPECT_EQ(words_of(*r), 22u);
}

// With the default budget a single document gets 3 sentences: truncate has
// nothing to cut, and it was dropped without a word (the CLI and the
// service now pass this warning on).
TEST(Summarizer, TruncateWithTheDefaultBudgetOfOneDocumentWarns) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.truncate = true;
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences.size(), 3u);
  EXPECT_EQ(r->warnings, std::vector<std::string>{kTruncateIgnoredWarning});
  // A cluster's default budget is 100 words, which truncate does cut.
  Cluster two = one_doc(kArticle);
  two.documents.push_back(two.documents[0]);
  r = s.summarize(two, o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->warnings.empty());
  o.budget = Budget::words(12);
  r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->warnings.empty());
  o.truncate = false;
  o.budget = Budget{};
  r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->warnings.empty());
}

// A JSONL batch says it once per run, so a line hands it over as a flag,
// not among the warnings every record would repeat.
TEST(SummarizeJsonlLine, TruncateIgnoredIsAFlagNotAWarning) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.truncate = true;
  JsonlOutcome out = summarize_jsonl_line(s, R"({"id": 1, "text": "Alpha one. Beta two."})", 1, o);
  EXPECT_FALSE(out.failed) << out.error;
  EXPECT_TRUE(out.truncate_ignored);
  EXPECT_TRUE(out.warnings.empty());
  out = summarize_jsonl_line(s, R"({"id": 2, "documents": ["Alpha one.", "Beta two."]})", 2, o);
  EXPECT_FALSE(out.truncate_ignored);
  o.truncate = false;
  out = summarize_jsonl_line(s, R"({"id": 3, "text": "Alpha one. Beta two."})", 3, o);
  EXPECT_FALSE(out.truncate_ignored);
  EXPECT_TRUE(out.warnings.empty());
}

TEST(Summarizer, ByteBudgetCountsOneSeparatorBetweenSentences) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  // "The council met today." (22) + 1 + "It voted on the budget." (23) = 46.
  o.budget = Budget::bytes(46);
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sentences.size(), 2u);
  o.budget = Budget::bytes(45);
  r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  ASSERT_GE(r->sentences.size(), 1u);
  std::size_t bytes = 0;
  for (const auto& x : r->sentences) bytes += x.text.size() + (bytes > 0 ? 1 : 0);
  EXPECT_LE(bytes, 45u);
}

TEST(Summarizer, RatioRoundsAndKeepsAtLeastOne) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::ratio(0.5);
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences.size(), 3u);
  o.budget = Budget::ratio(0.01);
  r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->sentences.size(), 1u);
}

TEST(Summarizer, RankOrderPutsBestFirst) {
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  o.order = Order::kRank;
  auto r = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(r.ok());
  ASSERT_EQ(r->sentences.size(), 3u);
  EXPECT_GE(r->sentences[0].score, r->sentences[1].score);
  EXPECT_GE(r->sentences[1].score, r->sentences[2].score);
}

TEST(Summarizer, ClusterDefaultsToOneHundredWords) {
  Cluster c;
  for (int d = 0; d < 3; ++d) {
    Document doc;
    for (int k = 0; k < 20; ++k)
      doc.text += "Sentence number " + std::to_string(k) + " of document " + std::to_string(d) +
                  " says something new " + std::to_string(k * 7 + d) + ". ";
    c.documents.push_back(doc);
  }
  Summarizer s;
  SummarizeOptions o;
  o.method = "lead";
  auto r = s.summarize(c, o);
  ASSERT_TRUE(r.ok());
  EXPECT_LE(words_of(*r), 100u);
  EXPECT_GE(words_of(*r), 80u);
}

TEST(Summarizer, InvalidUtf8NamesDocumentAndByte) {
  Cluster c = one_doc("Good. \xFF Bad.");
  Summarizer s;
  auto r = s.summarize(c, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().message(), "document 0: invalid UTF-8 at byte 6");
}

TEST(Summarizer, EmptyInputGivesEmptySummary) {
  Summarizer s;
  auto r = s.summarize(one_doc(""), {});
  ASSERT_TRUE(r.ok());
  EXPECT_TRUE(r->sentences.empty());
  EXPECT_FALSE(r->method.empty());
  // Every face (a file, a JSONL line, the service, Python) says why it is
  // empty from this one warning.
  EXPECT_EQ(r->warnings, std::vector<std::string>{"no sentences to summarize"});
}

// Lines of punctuation or symbols alone are sentences to the segmenter but
// say nothing: lead, the graph methods and ilp printed them as a summary,
// klsum and learned gave none.
TEST(Summarizer, NoMethodChoosesASentenceWithoutAWord) {
  Summarizer s;
  for (const MethodInfo& m : methods()) {
    SummarizeOptions o;
    o.method = m.name;
    auto r = s.summarize(one_doc("!!! ??? ...\n\n* * *\n\n--- ###\n"), o);
    ASSERT_TRUE(r.ok()) << m.name << ": " << r.status().message();
    EXPECT_TRUE(r->sentences.empty()) << m.name << ": " << r->sentences[0].text;
    EXPECT_EQ(r->warnings,
              std::vector<std::string>{"no sentence has a word (only punctuation or symbols): nothing to summarize"})
        << m.name;
    r = s.summarize(one_doc("!!! The council met on Monday. ??? It voted to close the old bridge.\n"), o);
    ASSERT_TRUE(r.ok()) << m.name;
    for (const SummarySentence& sent : r->sentences) EXPECT_NE(sent.text, "???") << m.name;
    EXPECT_FALSE(r->sentences.empty()) << m.name;
  }
}

TEST(Summarizer, EmptySummaryOfATextWithSentencesSaysNoneWasChosen) {
  Summarizer s;
  SummarizeOptions o;
  o.budget = Budget::bytes(5);
  for (const std::string method : {"lead", "textrank", "ilp"}) {
    o.method = method;
    auto r = s.summarize(one_doc(kArticle), o);
    ASSERT_TRUE(r.ok()) << r.status().message();
    EXPECT_TRUE(r->sentences.empty()) << method;
    ASSERT_EQ(r->warnings.size(), 1u) << method;
    EXPECT_EQ(r->warnings[0].rfind("no sentence was chosen (none fits the budget", 0), 0u) << r->warnings[0];
  }
  SummarizeOptions oracle_options;
  oracle_options.budget = o.budget;
  auto oracle = s.oracle(one_doc(kArticle), {"The council voted."}, oracle_options, OracleMeasure::kRecall);
  ASSERT_TRUE(oracle.ok()) << oracle.status().message();
  EXPECT_TRUE(oracle->sentences.empty());
  ASSERT_EQ(oracle->warnings.size(), 1u);
  EXPECT_EQ(oracle->warnings[0].rfind("no sentence was chosen", 0), 0u) << oracle->warnings[0];
  // A summary with sentences says nothing of the kind.
  o.budget = Budget::words(10);
  auto some = s.summarize(one_doc(kArticle), o);
  ASSERT_TRUE(some.ok());
  EXPECT_FALSE(some->sentences.empty());
  EXPECT_TRUE(some->warnings.empty());
}

TEST(Summarizer, EveryMethodIsListedAndDefaultsExist) {
  auto ms = methods();
  ASSERT_FALSE(ms.empty());
  for (std::size_t k = 1; k < ms.size(); ++k) EXPECT_LT(ms[k - 1].name, ms[k].name);
  bool single = false, cluster = false;
  for (const auto& m : ms) {
    single |= m.name == default_method(false);
    cluster |= m.name == default_method(true);
  }
  EXPECT_TRUE(single);
  EXPECT_TRUE(cluster);
}

}  // namespace
}  // namespace lede
