// Consent dialogs on pages without class names (hints.cpp, judge.cpp), on
// pages written for these tests. The dialog's long paragraphs outweighed a
// short story, so the extract was the dialog or nothing.
#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"

namespace {

const char* kStory =
    "<div><h1>Ferry terminal opening delayed</h1>"
    "<p>The new ferry terminal will open two months late because steel deliveries were delayed, the port "
    "authority said on Monday.</p>"
    "<p>Local shops said the delay would cost them most of the summer visitors.</p></div>";

std::string page_with(const std::string& dialog) {
  return std::string("<html><head><title>Ferry terminal opening delayed</title></head><body>") + kStory + dialog +
         "</body></html>";
}

TEST(ConsentDialog, ADialogWithoutClassNamesDoesNotBeatAShortStory) {
  const std::string dialog =
      "<div><h2>We value your privacy</h2>"
      "<p>We and our partners use cookies and similar technologies to store and access information on your "
      "device, to personalise content and ads, to provide social media features and to analyse our traffic. You "
      "can accept all cookies, reject them or choose which purposes you allow.</p>"
      "<p>Your choices will apply to this service only and you can change them at any time in the settings at the "
      "bottom of each page, where you can also read our cookie policy and the list of our partners.</p>"
      "<p><a href=\"/accept\">Accept all</a> <a href=\"/reject\">Reject all</a></p></div>";
  lede::Result<lede::Article> a = lede::extract_article(page_with(dialog));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("steel deliveries were delayed"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("summer visitors"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("cookies"), std::string::npos) << a->text;
}

TEST(ConsentDialog, GermanDialogToo) {
  const std::string dialog =
      "<div><p>Wir und unsere Partner verwenden Cookies, um Inhalte und Anzeigen zu personalisieren und "
      "Zugriffe zu analysieren. Mit Ihrer Einwilligung speichern wir Informationen auf Ihrem Ger\xC3\xA4t; Sie "
      "k\xC3\xB6nnen Ihre Einwilligung jederzeit in den Einstellungen am Ende jeder Seite widerrufen, wo Sie "
      "auch die Liste unserer Partner und unsere Hinweise finden.</p></div>";
  lede::Result<lede::Article> a = lede::extract_article(page_with(dialog));
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("steel deliveries were delayed"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("Cookies"), std::string::npos) << a->text;
}

TEST(ConsentDialog, AStoryHeadedByCookieRulesIsKept) {
  // The heading read as a cookie label and made the article boilerplate,
  // and "websites ... cookies" a site notice: nothing was extracted.
  const std::string story =
      "<html><head><title>New cookie rules for websites</title></head><body>"
      "<nav><a href=\"/\">Home</a> <a href=\"/tech\">Tech</a></nav>"
      "<article><h1>New cookie rules for websites</h1>"
      "<p>Websites must ask before storing advertising cookies, the data regulator said on Thursday.</p>"
      "<p>The regulator fined an online retailer 2 million euros for storing cookies before shoppers had "
      "agreed, the first such fine this year.</p>"
      "<p>The retailer said it would appeal and that its banner had been changed in the spring.</p>"
      "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(story);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Websites must ask before storing advertising cookies"), std::string::npos) << a->text;
  EXPECT_NE(a->text.find("its banner had been changed"), std::string::npos) << a->text;
}

TEST(ConsentDialog, AStoryAboutCookieRulesIsKept) {
  // No address to the reader: a report on consent rules, not a dialog.
  const std::string story =
      "<html><head><title>Regulator fines retailer</title></head><body><article>"
      "<h1>Regulator fines retailer</h1>"
      "<p>The data regulator fined an online retailer on Thursday for storing advertising cookies before "
      "shoppers had given their consent, the first such fine this year.</p>"
      "<p>The retailer said it would appeal and that its banner had been changed in the spring.</p>"
      "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(story);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("storing advertising cookies before shoppers"), std::string::npos) << a->text;
}

}  // namespace
