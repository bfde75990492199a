// Comment threads without class names (pages written for these tests,
// tests/html/pages/thread_*.html): the thread follows a shorter story in
// plain <div>s, and only its structure and wording tell it apart.
#include "html/comments.h"

#include <gtest/gtest.h>

#include <string>

#include "html/written_page.h"
#include "lede/extract.h"

using lede::testing::extracted_text;

namespace {

TEST(CommentLines, ActionLines) {
  EXPECT_TRUE(lede::html::is_reply_line("Reply"));
  EXPECT_TRUE(lede::html::is_reply_line("Reply \xC2\xB7 Like \xC2\xB7 Report"));
  EXPECT_TRUE(lede::html::is_reply_line("12 Likes | Reply"));
  EXPECT_TRUE(lede::html::is_reply_line("Antworten Melden"));
  // Buttons side by side without spaces between them.
  EXPECT_TRUE(lede::html::is_reply_line("ReplyUp 42DownFlag"));
  EXPECT_TRUE(lede::html::is_reply_line("\xE8\xBF\x94\xE4\xBF\xA1"));  // 返信
  // A share bar alone, or a sentence with "reply" in it, is not one.
  EXPECT_FALSE(lede::html::is_reply_line("Share"));
  EXPECT_FALSE(lede::html::is_reply_line("Share on Facebook"));
  EXPECT_FALSE(lede::html::is_reply_line("UpDown"));
  EXPECT_FALSE(lede::html::is_reply_line("The minister did not reply to letters."));
}

TEST(CommentLines, NameAndTimeLines) {
  EXPECT_TRUE(lede::html::is_says_line("Alison Reed says:"));
  EXPECT_FALSE(lede::html::is_says_line("The mayor says the pool will open in May."));
  EXPECT_TRUE(lede::html::is_comment_time("2 hours ago"));
  EXPECT_TRUE(lede::html::is_comment_time("vor 3 Tagen"));
  EXPECT_TRUE(lede::html::is_comment_time("il y a 2 heures"));
  EXPECT_TRUE(lede::html::is_comment_time("hace 5 minutos"));
  EXPECT_TRUE(lede::html::is_comment_time("2\xE6\x99\x82\xE9\x96\x93\xE5\x89\x8D"));  // 2時間前
  EXPECT_TRUE(lede::html::is_comment_time("March 3, 2026 at 4:12 pm"));
  EXPECT_TRUE(lede::html::is_comment_time("03.03.2026 16:12"));
  // A live blog's clock, or a date alone, is not a comment's time.
  EXPECT_FALSE(lede::html::is_comment_time("16:05"));
  EXPECT_FALSE(lede::html::is_comment_time("3 March 2026"));
}

TEST(CommentLines, Headings) {
  EXPECT_TRUE(lede::html::is_comments_heading("Comments (24)"));
  EXPECT_TRUE(lede::html::is_comments_heading("24 Comments"));
  EXPECT_TRUE(lede::html::is_comments_heading("Leave a Reply"));
  EXPECT_TRUE(lede::html::is_comments_heading("Kommentare (5)"));
  EXPECT_TRUE(lede::html::is_comments_heading("Comentarios"));
  // An obituary's guestbook is its thread.
  EXPECT_TRUE(lede::html::is_comments_heading("Guestbook"));
  EXPECT_TRUE(lede::html::is_comments_heading("Condolences (12)"));
  // A story's section or an opinion label is not one.
  EXPECT_FALSE(lede::html::is_comments_heading("Discussion"));
  EXPECT_FALSE(lede::html::is_comments_heading("Comment"));
}

// Each written page: the story is kept whole and no comment is.
struct ThreadPage {
  const char* file;
  const char* story_start;
  const char* story_end;
  const char* comment;
};

class ThreadWithoutClasses : public ::testing::TestWithParam<ThreadPage> {};

TEST_P(ThreadWithoutClasses, IsNotTheStory) {
  const ThreadPage& p = GetParam();
  const std::string text = extracted_text(p.file);
  EXPECT_EQ(text.find(p.story_start), 0U) << p.file << ":\n" << text;
  EXPECT_NE(text.find(p.story_end), std::string::npos) << p.file << ":\n" << text;
  EXPECT_EQ(text.find(p.comment), std::string::npos) << p.file << ":\n" << text;
}

INSTANTIATE_TEST_SUITE_P(
    WrittenPages, ThreadWithoutClasses,
    ::testing::Values(
        // "Comments (6)" in a <div>; name, "2 hours ago", text, "Reply · Like · Report".
        ThreadPage{"thread_en_reply.html", "The riverside library reopened on Monday",
                   "once the new drainage has been tested.", "I have used this library"},
        // WordPress-like: "Name says:", "March 3, 2026 at 4:12 pm", "Reply", a nested reply; no heading.
        ThreadPage{"thread_en_says.html", "Fares on the island ferry will rise", "since the last timetable was cut.",
                   "Ten per cent on top"},
        // German, headings as <div>s: "Kommentare (5)", "vor 2 Stunden", "Antworten Melden".
        ThreadPage{"thread_de_heading.html", "Das Stadtbad wird in diesem Sommer", "Eintritt von zwei Euro.",
                   "Endlich!"},
        // Spanish, no action links: "Comentarios" over name and "hace 2 horas" lines.
        ThreadPage{"thread_es_no_reply.html", "El mercado central cerrará", "volverá a abrir en septiembre.",
                   "Mi familia tiene un puesto"},
        // Japanese: "2時間前" and "返信".
        ThreadPage{"thread_ja_reply.html",
                   "\xE5\xB8\x82\xE7\xAB\x8B\xE5\x9B\xB3\xE6\x9B\xB8\xE9\xA4\xA8\xE3\x81\xAF",     // 市立図書館は
                   "\xE8\xA9\xB1\xE3\x81\x97\xE3\x81\xA6\xE3\x81\x84\xE3\x82\x8B\xE3\x80\x82",     // 話している。
                   "\xE4\xBB\x95\xE4\xBA\x8B\xE3\x81\x8C\xE7\xB5\x82\xE3\x82\x8F\xE3\x82\x8B"}));  // 仕事が終わる

TEST(ThreadWithoutClasses, ActionsAsButtonsMarkComments) {
  // A script-built thread without a heading: each comment's name and date,
  // its text and a bar of <button>s ("Reply", "Report"), which give no text
  // of their own.
  std::string comments;
  for (const char* c : {"Staged rollouts are networking basics and a utility that size should have had them.",
                        "I work two doors down from the bakery and it was chaos at lunch without card payments.",
                        "The vendor shipped firmware built for the wrong hardware and nothing checked it first.",
                        "My daughter's school postponed its tests, which the children did not mind at all."})
    comments += std::string("<div><div><strong>reader_name</strong> <span>&middot; Apr 9, 2024</span></div><p>") + c +
                "</p><div><button type=button>Reply</button> <button type=button>&#9650; 12</button> "
                "<button type=button>Report</button></div></div>";
  const std::string page =
      "<html><head><title>City fibre network down for a day</title></head><body><div><div>"
      "<p>The city's fibre network went down for most of Tuesday after a firmware update left hundreds of "
      "street cabinets unable to reach the network, the utility said.</p>"
      "<p>Technicians had to visit each cabinet in person to reinstall the old software, and service was "
      "back for all customers by Wednesday morning.</p>"
      "<p>The utility's general manager apologised and said customers would get a week of free service.</p>"
      "</div><div>" +
      comments + "</div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_EQ(a->text.find("The city's fibre network went down"), 0U) << a->text;
  EXPECT_NE(a->text.find("a week of free service."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Staged rollouts"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("bakery"), std::string::npos) << a->text;
}

TEST(ThreadWithoutClasses, ALiveBlogIsNotAThread) {
  // Entries of a clock time, a title line and a paragraph, each with a
  // share link, after two paragraphs of summary: the story itself.
  const std::string text = extracted_text("liveblog_en.html");
  EXPECT_EQ(text.find("Heavy rain from Storm Edith"), 0U) << text;
  EXPECT_NE(text.find("The council says the rest centre at the secondary school is now full"), std::string::npos)
      << text;
  EXPECT_NE(text.find("on the streets near the river."), std::string::npos) << text;
}

}  // namespace
