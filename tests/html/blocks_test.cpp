// Cutting the page into blocks (blocks.cpp), on small pages written for these
// tests: the counts that judge a block must hold for every script.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

// A Chinese story of short paragraphs (one or two sentences each, as Chinese
// news is often written) beside a list of links to other stories. Without
// spaces a paragraph was one "word", so none read as a sentence and only the
// longest was kept.
TEST(TextBlocks, ShortChineseParagraphsAreSentences) {
  const char* paragraphs[] = {
      "港口管理局周一表示，新的渡轮码头将比计划晚两个月开放，原因是钢材交付延误。",
      "码头工程于去年春天开工，承包商曾承诺在夏季旅游旺季之前完工。",
      "当地商家表示，延误将使他们失去每年预期的大部分游客！",
      "市议会将在下次会议上讨论时间表，预计议员们将要求提交一份关于延误成本的详细报告。",
  };
  std::string page =
      "<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>渡轮码头开放推迟两个月</title></head><body>"
      "<nav><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></nav><article><h1>渡轮码头开放推迟两个月</h1>";
  for (const char* p : paragraphs) page += std::string("<p>") + p + "</p>";
  page += "</article><div><ul>";
  for (int i = 0; i < 10; ++i)
    page +=
        "<li><a href=\"/z" + std::to_string(i) + "\">其他新闻标题关于城市发展第" + std::to_string(i) + "条</a></li>";
  page += "</ul></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->title, "渡轮码头开放推迟两个月");
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(a->paragraphs[i].text, paragraphs[i]);
}

// A Hindi story of short paragraphs ending with the danda (।), beside a list
// of links. The danda was no punctuation, so the paragraphs never ended like
// sentences and the two shortest, after the last long one, were dropped.
TEST(TextBlocks, HindiParagraphsEndingWithADandaAreSentences) {
  const char* paragraphs[] = {
      "नगर निगम ने सोमवार को बताया कि पुराने पुल की मरम्मत का काम अगले महीने शुरू होगा और तीन महीने तक चलेगा।",
      "इस दौरान पुल पर भारी वाहनों की आवाजाही बंद रहेगी, लेकिन पैदल चलने वालों के लिए एक रास्ता खुला रखा जाएगा।",
      "व्यापारियों ने कहा कि उन्हें ग्राहकों की कमी का डर है।",
      "निगम ने वैकल्पिक मार्ग पर नई बसें चलाने का वादा किया है।",
  };
  std::string page =
      "<html lang=\"hi\"><head><meta charset=\"utf-8\"><title>पुराने पुल की मरम्मत अगले महीने से</title></head><body>"
      "<nav><a href=\"/\">होम</a> <a href=\"/desh\">देश</a></nav><div><h1>पुराने पुल की मरम्मत अगले महीने से</h1>";
  for (const char* p : paragraphs) page += std::string("<p>") + p + "</p>";
  page += "</div><div><ul>";
  for (int i = 0; i < 10; ++i)
    page += "<li><a href=\"/z" + std::to_string(i) + "\">शहर की दूसरी खबरें भाग " + std::to_string(i) + "</a></li>";
  page += "</ul></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  ASSERT_EQ(a->paragraphs.size(), 4u) << a->text;
  for (std::size_t i = 0; i < 4; ++i) EXPECT_EQ(a->paragraphs[i].text, paragraphs[i]);
}

}  // namespace
