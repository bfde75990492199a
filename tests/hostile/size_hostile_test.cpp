// Big and degenerate inputs through the library, each with bounded time:
// a 50 MB single line, a 1 MB sentence without punctuation, a million
// one-word lines. The inputs are generated here, never committed.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/limits.h"
#include "hostile/cli_run.h"
#include "lede/summarize.h"
#include "lede/text.h"

namespace lede {
namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) { return std::chrono::duration<double>(Clock::now() - t0).count(); }

Cluster one(std::string text) {
  Cluster c;
  Document d;
  d.text = std::move(text);
  c.documents.push_back(std::move(d));
  return c;
}

// "w0 w1 w2 ..." with `words` distinct-ish words and no punctuation.
std::string words_without_punctuation(std::size_t bytes) {
  std::string s;
  s.reserve(bytes + 16);
  for (std::size_t k = 0; s.size() < bytes; ++k) s += "word" + std::to_string(k % 5000) + ' ';
  s.resize(bytes);
  return s;
}

TEST(HostileSize, FiftyMegabyteLineIsAClearResourceError) {
  const std::string line = words_without_punctuation(50u << 20);
  const auto t0 = Clock::now();
  Result<Summary> s = Summarizer().summarize(one(line), {});
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.status().code(), StatusCode::kResourceExhausted);
  EXPECT_NE(s.status().message().find("document 0 is 52428800 bytes"), std::string::npos) << s.status().message();
  EXPECT_NE(s.status().message().find("max_document_bytes"), std::string::npos);
  EXPECT_LT(seconds_since(t0), 2.0 * testing::kSlowdown);
}

TEST(HostileSize, FiftyMegabyteLineIsSummarizedWhenTheLimitIsRaised) {
  std::string line = words_without_punctuation(50u << 20);
  SummarizeOptions opts;
  opts.method = "lead";
  opts.max_document_bytes = 0;
  const auto t0 = Clock::now();
  Result<Summary> s = Summarizer().summarize(one(std::move(line)), opts);
  ASSERT_TRUE(s.ok()) << s.status().message();
  // One unpunctuated line is cut into "sentences" of at most 1 KiB, and the
  // cap keeps the first 2,000 of them.
  ASSERT_EQ(s->sentences.size(), 3u);
  EXPECT_EQ(s->sentences[0].start, 0u);
  for (const SummarySentence& sent : s->sentences) EXPECT_LE(sent.end - sent.start, 1024u);
  ASSERT_FALSE(s->warnings.empty());
  EXPECT_NE(s->warnings.back().find("only the leading 2000"), std::string::npos) << s->warnings.back();
  EXPECT_LT(seconds_since(t0), 60.0 * testing::kSlowdown);
}

TEST(HostileSize, OneMegabyteSentenceWithoutPunctuation) {
  const std::string text = words_without_punctuation(1u << 20);
  const auto t0 = Clock::now();
  for (const MethodInfo& m : methods()) {
    SummarizeOptions opts;
    opts.method = m.name;
    Result<Summary> s = Summarizer().summarize(one(text), opts);
    ASSERT_TRUE(s.ok()) << m.name << ": " << s.status().message();
    // Cut into pieces of at most 1 KiB at spaces, each a "sentence" of its
    // own, no byte of text lost between them.
    ASSERT_FALSE(s->sentences.empty()) << m.name;
    for (const SummarySentence& sent : s->sentences) {
      EXPECT_LE(sent.end - sent.start, 1024u) << m.name;
      EXPECT_GT(sent.end - sent.start, 512u) << m.name;
      EXPECT_EQ(text.substr(sent.start, sent.end - sent.start), sent.text) << m.name;
      EXPECT_TRUE(sent.start == 0 || text[sent.start - 1] == ' ') << m.name;
    }
  }
  EXPECT_LT(seconds_since(t0), 5.0 * static_cast<double>(methods().size()) * testing::kSlowdown);
}

TEST(HostileSize, MillionOneWordLinesAreCappedWithAWarning) {
  std::string text;
  text.reserve(8u << 20);
  for (std::size_t k = 0; k < 1000000; ++k) text += "Word" + std::to_string(k % 9973) + '\n';
  const auto t0 = Clock::now();
  for (const MethodInfo& m : methods()) {
    SummarizeOptions opts;
    opts.method = m.name;
    Result<Summary> s = Summarizer().summarize(one(text), opts);
    ASSERT_TRUE(s.ok()) << m.name << ": " << s.status().message();
    ASSERT_FALSE(s->sentences.empty()) << m.name;
    for (const SummarySentence& sent : s->sentences) EXPECT_LT(sent.index, opts.max_sentences);
    ASSERT_FALSE(s->warnings.empty());
    EXPECT_NE(s->warnings.back().find("1000000 sentences; only the leading 2000"), std::string::npos)
        << s->warnings.back();
  }
  EXPECT_LT(seconds_since(t0), 30.0 * static_cast<double>(methods().size()) * testing::kSlowdown);
}

TEST(HostileSize, SentenceCapSharesAmongDocuments) {
  // Documents of 10, 2 and 10 sentences under a cap of 13: the short one
  // keeps both, the others an equal share, the odd one to the first.
  Cluster c;
  for (std::size_t n : {10u, 2u, 10u}) {
    Document d;
    d.sentences.resize(n);
    c.documents.push_back(std::move(d));
  }
  const std::string w = cap_sentences(c, 13);
  EXPECT_EQ(c.documents[0].sentences.size(), 6u);
  EXPECT_EQ(c.documents[1].sentences.size(), 2u);
  EXPECT_EQ(c.documents[2].sentences.size(), 5u);
  EXPECT_NE(w.find("22 sentences; only the leading 13"), std::string::npos) << w;
  EXPECT_EQ(cap_sentences(c, 13), "");  // under the cap now: nothing to do
  EXPECT_EQ(cap_sentences(c, 0), "");   // 0 = no limit
}

TEST(HostileSize, DocumentSizeLimitNamesTheDocument) {
  EXPECT_TRUE(check_document_size(3, 100, 100).ok());
  EXPECT_TRUE(check_document_size(3, 1000, 0).ok());
  const Status st = check_document_size(3, 101, 100);
  EXPECT_EQ(st.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(st.message(), "document 3 is 101 bytes, over the limit of 100 (SummarizeOptions::max_document_bytes)");
}

// Sentence `k` of a made-up report: news-like, ~110 bytes, distinct.
std::string report_sentence(std::size_t doc, std::size_t k) {
  return "Officials in district " + std::to_string(doc) + " said on day " + std::to_string(k) +
         " that the river had risen by " + std::to_string((doc * 7 + k * 13) % 97) + " centimetres overnight. ";
}

// A large input is split before it is tokenized and only the sentences the
// cap keeps are tokenized: the summary must be what analyzing everything
// and then cutting gives (documents the caller analyzed take that path).
void expect_same_as_analyzed_first(const Cluster& raw) {
  Cluster analyzed = raw;
  for (Document& d : analyzed.documents) {
    AnalyzeOptions a;
    a.max_sentence_bytes = 1024;
    ASSERT_TRUE(analyze(d, a).ok());
  }
  for (const char* method : {"lead", "textrank", "ilp"}) {
    SummarizeOptions o;
    o.method = method;
    o.budget = Budget::words(100);
    Result<Summary> a = Summarizer().summarize(raw, o);
    Result<Summary> b = Summarizer().summarize(analyzed, o);
    ASSERT_TRUE(a.ok() && b.ok()) << method;
    ASSERT_EQ(a->sentences.size(), b->sentences.size()) << method;
    ASSERT_FALSE(a->sentences.empty()) << method;
    for (std::size_t k = 0; k < a->sentences.size(); ++k) {
      EXPECT_EQ(a->sentences[k].text, b->sentences[k].text) << method;
      EXPECT_EQ(a->sentences[k].document, b->sentences[k].document) << method;
      EXPECT_EQ(a->sentences[k].index, b->sentences[k].index) << method;
      EXPECT_EQ(a->sentences[k].start, b->sentences[k].start) << method;
      EXPECT_EQ(a->sentences[k].score, b->sentences[k].score) << method;
    }
    EXPECT_EQ(a->warnings, b->warnings) << method;
    ASSERT_FALSE(a->warnings.empty()) << method;
    EXPECT_NE(a->warnings.back().find("only the leading 2000"), std::string::npos) << a->warnings.back();
  }
}

TEST(HostileSize, ALargeInputIsCutBeforeItIsTokenized) {
  // 3 reports of 1,500 sentences and one of 40: ~500 KB, 4,540 sentences.
  Cluster c;
  for (std::size_t n : {1500u, 40u, 1500u, 1500u}) {
    Document d;
    for (std::size_t k = 0; k < n; ++k) d.text += report_sentence(c.documents.size(), k);
    c.documents.push_back(std::move(d));
  }
  expect_same_as_analyzed_first(c);
}

TEST(HostileSize, DocumentsPastTheCapKeepNoSentence) {
  // 2,500 reports of 2 sentences: the first 2,000 keep one each, the rest none.
  Cluster c;
  for (std::size_t n = 0; n < 2500; ++n) {
    Document d;
    d.text = report_sentence(n, 0) + report_sentence(n, 1);
    c.documents.push_back(std::move(d));
  }
  expect_same_as_analyzed_first(c);
  SummarizeOptions o;
  o.method = "lead";
  o.budget = Budget::sentences(3000);
  Result<Summary> s = Summarizer().summarize(c, o);
  ASSERT_TRUE(s.ok());
  ASSERT_FALSE(s->sentences.empty());  // near-duplicates of one another, most are left out
  for (const SummarySentence& sent : s->sentences) {
    EXPECT_LT(sent.document, 2000u);
    EXPECT_EQ(sent.index, 0u);
  }
}

}  // namespace
}  // namespace lede
