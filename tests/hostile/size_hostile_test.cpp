// Big and degenerate inputs through the library, each with bounded time:
// a 50 MB single line, a 1 MB sentence without punctuation, a million
// one-word lines. The inputs are generated here, never committed.
#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/limits.h"
#include "hostile/cli_run.h"
#include "lede/summarize.h"

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
  ASSERT_EQ(s->sentences.size(), 1u);  // one unpunctuated line is one sentence
  EXPECT_EQ(s->sentences[0].start, 0u);
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
    ASSERT_EQ(s->sentences.size(), 1u) << m.name;
    EXPECT_EQ(s->sentences[0].start, 0u);
    EXPECT_EQ(s->sentences[0].end, text.find_last_not_of(' ') + 1);  // trailing space trimmed
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

}  // namespace
}  // namespace lede
