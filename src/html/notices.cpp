#include "html/notices.h"

#include <algorithm>
#include <array>
#include <string>

#include "html/space.h"
#include "html/voice.h"
#include "text/chars.h"
#include "text/utf8.h"

namespace lede::html {

namespace {

// A short sentence of a story that holds a label's words ("The panel
// recommended a ban.", "Users must accept cookies."): it ends like a
// sentence, runs to four words or more, neither opens with the label nor
// speaks to the reader or as the site. "Copyright 2024 Acme Ltd." opens
// with its label; "Sign up for free." is said to the reader.
bool story_sentence(std::string_view t, std::string_view phrase) {
  if (!ends_sentence(t)) return false;
  if (reports(t)) return true;
  std::size_t words = 0;
  for (std::size_t i = 0; i < t.size(); ++i) words += t[i] != ' ' && (i == 0 || t[i - 1] == ' ') ? 1 : 0;
  const bool opens_with_label = t.starts_with(phrase) && has_word(t.substr(0, phrase.size() + 1), phrase);
  return words >= 4 && !opens_with_label && !speaks_to_reader(t) && !site_speaks(t);
}

// A label's words making up most of a short text ("Sign up", "Share this
// article", "Cookie settings"), unless the text is a sentence of the story.
bool label_phrase(const std::string& t) {
  // Cookie labels by what they say to the reader ("Cookie settings"), not
  // by the word: "New cookie rules for websites" heads a news story.
  static constexpr std::array<std::string_view, 30> kPhrases = {
      "advertisement",    "advertising",      "sponsored",
      "read more",        "read next",        "click here",
      "sign up",          "subscribe",        "share this",
      "share on",         "follow us",        "copyright",
      "related articles", "related stories",  "recommended",
      "cookie policy",    "cookie settings",  "cookie preferences",
      "cookie consent",   "use of cookies",   "we use cookies",
      "accept cookies",   "newsletter",       "you may also like",
      "more from",        "continue reading", "image:",
      "photo:",           "most read in",     "support our journalism"};
  // Never a story's words, whatever the form.
  static constexpr std::array<std::string_view, 2> kMarks = {"all rights reserved", "related:"};
  for (std::string_view p : kMarks)
    if (t.size() <= p.size() + 24 && t.find(p) != std::string::npos) return true;
  // The phrase must be most of the text: "Click here to read the full
  // report on the council's website." is a sentence of the article.
  for (std::string_view p : kPhrases)
    if (t.size() <= p.size() + 24 && t.find(p) != std::string::npos && !story_sentence(t, p)) return true;
  return false;
}

// Titles of boxes of links to other stories ("Most read", "Related
// stories"): whole labels, and the titles is_rail_title knows.
// The same in the languages of the development pages' sites (only ASCII
// letters are folded, so a Cyrillic title is listed as it is written).
constexpr std::array<std::string_view, 80> kRailTitles = {
    "most read", "most popular", "most viewed", "trending", "trending now", "top stories", "latest news",
    "latest stories", "related", "related news", "related stories", "related articles", "related posts",
    "related links", "recommended", "recommended for you", "you may also like", "you might also like", "popular posts",
    "recent posts", "see also", "also read", "read also", "don't miss",
    // A summary box over the body (which the benchmark's annotators leave out).
    "key points", "key highlights", "highlights", "in brief", "at a glance",
    // A table of contents' title ("Contents [hide]").
    "contents", "contents [hide]", "table of contents", "in this article",
    // Portuguese, Spanish, German, French, Italian, Dutch, Indonesian, Turkish, Polish, Russian.
    "leia tamb\xC3\xA9m", "veja tamb\xC3\xA9m", "mais lidas", "lee tambi\xC3\xA9n", "lea tambi\xC3\xA9n",
    "te puede interesar", "le puede interesar", "noticias relacionadas",
    "lo m\xC3\xA1s le\xC3\xAD"
    "do",
    "lesen sie auch", "mehr zum thema", "das k\xC3\xB6nnte sie auch interessieren", "meistgelesen", "lire aussi",
    "\xC3\xA0 lire aussi", "les plus lus", "sur le m\xC3\xAAme sujet", "leggi anche", "potrebbe interessarti",
    "articoli correlati", "i pi\xC3\xB9 letti", "lees ook", "bekijk ook", "meest gelezen", "baca juga",
    "berita terkait", "terpopuler", "ilgili haberler", "\xC4\xB0lgili haberler", "explore further",
    // Chinese, Japanese, Korean.
    "\xE5\xBB\xB6\xE4\xBC\xB8\xE9\x96\xB1\xE8\xAE\x80",
    "\xE5\xBB\xB6\xE4\xBC\xB8\xE9\x98\x85\xE8\xAF\xBB",  // 延伸閱讀 延伸阅读
    "\xE7\x9B\xB8\xE5\x85\xB3\xE9\x98\x85\xE8\xAF\xBB",
    "\xE7\x9B\xB8\xE9\x97\x9C\xE9\x96\xB1\xE8\xAE\x80",  // 相关阅读 相關閱讀
    "\xE7\x9B\xB8\xE5\x85\xB3\xE6\x96\xB0\xE9\x97\xBB",
    "\xE7\x9B\xB8\xE9\x97\x9C\xE6\x96\xB0\xE8\x81\x9E",  // 相关新闻 相關新聞
    "\xE6\x9B\xB4\xE5\xA4\x9A\xE6\x96\xB0\xE8\x81\x9E",
    "\xE6\x9B\xB4\xE5\xA4\x9A\xE6\x96\xB0\xE9\x97\xBB",                          // 更多新聞 更多新闻
    "\xE9\x96\xA2\xE9\x80\xA3\xE8\xA8\x98\xE4\xBA\x8B",                          // 関連記事
    "\xE9\x96\xA2\xE9\x80\xA3\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9",  // 関連ニュース
    "\xEA\xB4\x80\xEB\xA0\xA8\xEA\xB8\xB0\xEC\x82\xAC",
    "\xEA\xB4\x80\xEB\xA0\xA8 \xEA\xB8\xB0\xEC\x82\xAC",               // 관련기사 관련 기사
    "\xEB\xA7\x8E\xEC\x9D\xB4 \xEB\xB3\xB8 \xEB\x89\xB4\xEC\x8A\xA4",  // 많이 본 뉴스
    "czytaj tak\xC5\xBC"
    "e",
    "zobacz te\xC5\xBC",
    "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
    "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xB6\xD0\xB5",  // Читайте также
    "\xD0\xA1\xD0\xB0\xD0\xBC\xD0\xBE\xD0\xB5 "
    "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB5\xD0\xBC\xD0\xBE\xD0\xB5"};  // Самое читаемое

// A whole text that is a template's label: "Share", "Most read", an ad
// slot's label in the site's language.
bool whole_label(const std::string& t) {
  // (A photo viewer's buttons too: "Caption", "Close", "Back to Gallery".)
  // "Article content": the label a publisher's template repeats between
  // a story's paragraphs.
  static constexpr std::array<std::string_view, 14> kWhole = {
      "ad",         "advert",  "share", "comments",        "menu",         "home",           "more", "cookies",
      "disclaimer", "caption", "close", "back to gallery", "view gallery", "article content"};
  if (std::ranges::find(kRailTitles, t) != kRailTitles.end()) return true;
  // An ad slot's label in the site's language (only ASCII letters are
  // folded, so an upper-case accented form is listed too).
  static constexpr std::array<std::string_view, 34> kAdLabels = {
      "publicit\xC3\xA9",
      "publicit\xC3\x89",
      "publicidad",
      "publicidade",
      "pubblicit\xC3\xA0",
      "pubblicit\xC3\x80",
      "anzeige",
      "werbung",
      "advertentie",
      "annonce",
      "annons",
      "mainos",
      "reklame",
      "reklam",
      "reklama",
      "annonse",
      "publicitate",
      "hirdet\xC3\xA9s",
      "oglas",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // реклама
      "\xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",  // Реклама
      "\xD0\xA0\xD0\x95\xD0\x9A\xD0\x9B\xD0\x90\xD0\x9C\xD0\x90",  // РЕКЛАМА
      "\xE5\xB9\xBF\xE5\x91\x8A",
      "\xE5\xBB\xA3\xE5\x91\x8A",                  // 廣告                                                  // 广告
      "\xE5\xBA\x83\xE5\x91\x8A",                  // 広告
      "\xEA\xB4\x91\xEA\xB3\xA0",                  // 광고
      "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86",  // إعلان
      "\xD7\xA4\xD7\xA8\xD7\xA1\xD7\x95\xD7\x9E\xD7\xAA",                          // פרסומת
      "\xE0\xB9\x82\xE0\xB8\x86\xE0\xB8\xA9\xE0\xB8\x93\xE0\xB8\xB2",              // โฆษณา
      "\xD8\xAA\xD8\xA8\xD9\x84\xDB\x8C\xD8\xBA\xD8\xA7\xD8\xAA",                  // تبلیغات
      "\xCE\x94\xCE\xB9\xCE\xB1\xCF\x86\xCE\xAE\xCE\xBC\xCE\xB9\xCF\x83\xCE\xB7",  // Διαφήμιση
      "\xCE\x94\xCE\x99\xCE\x91\xCE\xA6\xCE\x97\xCE\x9C\xCE\x99\xCE\xA3\xCE\x97",  // ΔΙΑΦΗΜΙΣΗ
      "qu\xE1\xBA\xA3ng c\xC3\xA1o",                                               // Vietnamese
      "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\x9C\xE0\xA5\x8D\xE0\xA4\x9E\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xA8"};  // विज्ञापन
                                                                                                            // // פרסומת
  for (std::string_view w : kWhole)
    if (t == w) return true;
  for (std::string_view w : kAdLabels)
    if (t == w) return true;
  return false;
}

}  // namespace

bool is_boilerplate_phrase(std::string_view text) {
  if (text.size() > 64) return false;
  const std::string t = lower_ascii(text);
  return label_phrase(t) || whole_label(t);
}

bool is_rail_title(std::string_view text) {
  if (text.size() > 48) return false;
  std::string t = lower_ascii(text);
  // "Related stories:", and in French "Lire aussi :".
  if (t.ends_with(":")) t.pop_back();
  while (t.ends_with(" ")) t.pop_back();
  if (t.ends_with("\xC2\xA0")) t.resize(t.size() - 2);
  if (std::ranges::find(kRailTitles, t) != kRailTitles.end()) return true;
  for (std::string_view w : {"most read in ", "more from ", "more stories from ", "latest from "})
    if (t.starts_with(w)) return true;
  return false;
}

namespace {

constexpr std::size_t kConsentBytes = 1200;

// A consent dialog's paragraph: cookies together with a word of consent or
// choice, in the languages whose dialogs use the word "cookie", addressed to
// the reader. These run longer than other notices (the industry's standard
// wording is ~600 bytes); the address to the reader ("you can accept") tells
// them from a news story about cookie rules. A page without class names
// gives no other sign.
bool consent_paragraph(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  if (!has("cookie")) return false;
  const bool consent = has("consent") || has("einwilligung") || has("zustimm") || has("consentement") ||
                       has("consentimiento") || has("consenso") || has("toestemming");
  const bool choice = has("accept") || has("reject") || has("preferences") || has("our partners") ||
                      has("personalis") || has("personaliz") || has("your device") || has("privacy settings");
  const bool you = has("you ") || has("your ") || has("vous ") || has("votre ") || has(" sie ") || has("ihre ") ||
                   has("usted") || has(" u ") || has("uw ");
  return (consent || choice) && you;
}

// Whether `text` holds "cookie" in any letter case, without a copy: most
// paragraphs are longer than the other notices and are passed over here.
bool mentions_cookie(std::string_view text) {
  for (std::size_t i = text.find_first_of("cC"); i != std::string_view::npos && i + 6 <= text.size();
       i = text.find_first_of("cC", i + 1)) {
    std::size_t k = 1;
    while (k < 6 && (text[i + k] | 0x20) == "cookie"[k]) ++k;
    if (k == 6) return true;
  }
  return false;
}

// Said to the reader in the languages of the paywall notices below, as
// whole words: "you" is not in "young", nor "tu" in "statu quo".
bool addressed(const std::string& t) {
  if (speaks_to_reader(t)) return true;
  for (std::string_view w :
       {"je", "jij", "u", "uw", "sie", "ihre", "vous", "votre", "usted", "tu", "voc\xC3\xAA", "hai"})
    if (has_word(t, w)) return true;
  return false;
}

// A paywall's notice: a subscription, together with the limit of free
// articles or the rest of the story behind it, said to the reader ("You
// have reached your limit of free articles. Subscribe to continue
// reading."; "Je hebt het maximale aantal gratis artikelen bereikt. Word
// abonnee ..."). A story about a newspaper's paywall speaks of readers.
bool paywall_notice(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool subscription = has("subscri") || has("abonn") || has("abo ") || has("suscri") || has("assinante") ||
                            has("assine") || has("abbona");
  if (!subscription) return false;
  const bool limit = has("free article") || has("gratis artikel") || has("kostenlose artikel") ||
                     has("articles gratuits") || has("art\303\255culos gratuitos") || has("artigos gratuitos") ||
                     has("articoli gratuiti") || has("continue reading") || has("lees verder") || has("weiterlesen") ||
                     has("continuer \xC3\xA0 lire") || has("seguir leyendo") || has("continue lendo") ||
                     has("continuare a leggere") || has("already a subscriber");
  return limit && addressed(t);
}

// The voice of a notice: said to the reader, the site speaking of
// itself, or a label rather than a sentence ("Ad blocker detected").
bool notice_voice(const std::string& t) { return speaks_to_reader(t) || site_speaks(t) || !ends_sentence(t); }

// "This site uses cookies to improve your experience", not a story about
// websites and cookies.
bool cookie_notice(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  return has("cookie") && (speaks_to_reader(t) || site_speaks(t)) &&
         (has("website") || has("site") || has("brows") || has("experience"));
}

// The site's word on its comments ("Comments are closed", "All comments
// are moderated"): a story names someone's comment or the company's
// moderation policy ("He declined to comment ...") with an article or a
// possessive, not the bare plural.
bool comment_notice(const std::string& t) {
  if (t.find("comment") == std::string::npos) return false;
  if (t.find("moderat") == std::string::npos && !has_word(t, "closed")) return false;
  return notice_voice(t) || t.starts_with("comments ") || t.starts_with("all comments ");
}

// Ad blockers, affiliate links and scripts, in the notice's voice: a story
// on publishers and ad blockers speaks of them in the third person.
bool subject_notice(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // What a page shows without scripts: "Please enable JavaScript to view ...".
  const bool script = has("javascript") && (has("enabl") || has("disabl") || has("turn on") || has("switch on") ||
                                            has("requires") || has("support"));
  // An ad slot's placeholder: "Story continues below", "This advertisement
  // has not loaded yet, but your article continues below."
  const bool placeholder =
      has("continues below") || has("continue below") || has("continua ap\xC3\xB3s a publicidade") ||
      has("contin\xC3\xBA"
          "a despu\xC3\xA9s de la publicidad") ||
      has("la suite apr\xC3\xA8s la publicit\xC3\xA9") || has("continua dopo la pubblicit\xC3\xA0") ||
      has("weiter nach der anzeige") || has("lesen sie nach der anzeige weiter");
  const bool subject = has("ad blocker") || has("adblock") ||
                       (has("affiliate") && (has("link") || has("commission"))) || script || placeholder;
  if (subject && notice_voice(t)) return true;
  // A media player's notice ("Media playback is unsupported on your
  // device") and the site's terms ("Registration on or use of this site
  // constitutes acceptance of our User Agreement"), said to the reader or
  // by the site: a story's heading may name a company's privacy policy.
  const bool player = (has("playback") || has("video") || has("audio")) &&
                      (has("unsupported") || has("not supported") || has("does not support"));
  const bool terms = has("user agreement") || has("terms of use") || has("terms of service") || has("privacy policy") ||
                     has("community rules") || has("community guidelines");
  // The site's app ("Download the KXRV app for iPhone and Android").
  const bool app = has_word(t, "app") && (has("iphone") || has("android") || has("app store") || has("google play"));
  // A newsroom's appeal for donations, said to the reader or by the site:
  // "Donate today and your gift will be matched".
  const bool donation = (has_word(t, "donate") || has("donation")) &&
                        (has("journalism") || has("reporting") || has("newsroom") || has("gift"));
  // A quote widget's source: "Market data provided by QuoteStream. Delayed 15 minutes."
  if (has("market data") && (has("provided by") || has("delayed"))) return true;
  return (player || terms || app || donation) && (speaks_to_reader(t) || site_speaks(t));
}

}  // namespace

bool is_site_notice(std::string_view text) {
  if (text.size() > kConsentBytes || (text.size() > 400 && !mentions_cookie(text))) return false;
  const std::string t = lower_ascii(text);
  // Someone's words reported ("..., the regulator said"), even quoting a
  // notice's "you", are a sentence of the story.
  if (reports(t)) return false;
  if (consent_paragraph(t)) return true;
  if (text.size() > 400) return false;
  return paywall_notice(t) || cookie_notice(t) || comment_notice(t) || subject_notice(t);
}

namespace {

// A photo viewer's counter: "Image 1 of 5", "Image 1 of / 5", "3 / 12",
// "Slide 2 of 9". Bare numbers need the spaced form: "24/7" and "9/11" are
// words of a story.
bool gallery_counter(const std::string& t) {
  std::size_t i = 0;
  for (std::string_view w : {"image ", "photo ", "picture ", "slide ", "foto ", "bild ", "imagen "})
    if (t.starts_with(w)) i = w.size();
  if (i == 0 && t.find(" / ") == std::string::npos && t.find(" of ") == std::string::npos) return false;
  const auto number = [&] {
    const std::size_t from = i;
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    return i > from && i - from <= 4;
  };
  const auto skip = [&](std::string_view w) {
    while (i < t.size() && t[i] == ' ') ++i;
    if (t.compare(i, w.size(), w) != 0) return false;
    i += w.size();
    while (i < t.size() && t[i] == ' ') ++i;
    return true;
  };
  if (!number()) return false;
  const bool of = skip("of");
  const bool slash = skip("/");
  return (of || slash) && number() && i == t.size();
}

// A credit's picture source: a wire service or a picture agency.
bool picture_source(std::string_view part) {
  for (std::string_view source : {"ap", "ap photo", "afp", "afp photo", "epa", "reuters", "getty images", "invision",
                                  "shutterstock", "istock", "nasa", "esa", "xinhua", "pa images", "pa wire", "dpa"})
    if (part == source) return true;
  return false;
}

// A caption's closing credit, in brackets: "(Image: GETTY)", "(Credit:
// iStock)", "(Photo by Kevin Mazur/Getty Images)", "(Image credit: NASA)".
bool closing_credit(const std::string& t) {
  if (!t.ends_with(")")) return false;
  const std::size_t open = t.rfind('(');
  if (open == std::string::npos) return false;
  const std::string_view in = std::string_view(t).substr(open + 1);
  // "(Courier-Gazette photo by Ann Devereaux)", "(Photo courtesy of the city)".
  if (in.find("photo by ") != std::string_view::npos || in.find("photo courtesy") != std::string_view::npos)
    return true;
  for (std::string_view w :
       {"image:", "images:", "image credit:", "image source:", "photo:", "photos:", "photo credit:", "photo by ",
        "photograph:", "picture:", "pictures:", "pic:", "credit:", "credits:", "foto:", "fotos:", "bild:", "photos by ",
        "\xEC\x82\xAC\xEC\xA7\x84"})  // Korean "(사진=...)", "(사진 제공=...)"
    if (in.starts_with(w)) return true;
  // A wire photo's credit, its parts parted by slashes: "(AP Photo/Evan
  // Vucci)", "(Mark Von Holden/Invision/AP)", "(NASA/JPL-Caltech/ASU)"; a
  // slash alone ("(km/h)", "(and/or)") is no credit.
  if (in.find('/') == std::string_view::npos) return false;
  for (std::size_t from = 0; from < in.size();) {
    std::size_t to = in.find_first_of("/)", from);
    if (to == std::string_view::npos) to = in.size();
    if (picture_source(in.substr(from, to - from))) return true;
    from = to + 1;
  }
  return false;
}

// A photo's credit as a line of its own, a name and its source: "Jane Roe,
// AP", "Jane Roe/Hindustan Times/Getty Images".
bool credit_alone(const std::string& t) {
  constexpr std::size_t kCreditBytes = 80;
  if (t.size() > kCreditBytes || t.find('(') != std::string::npos) return false;
  const std::size_t cut = t.find_last_of(",/");
  if (cut == std::string::npos || cut == 0) return false;
  std::string_view source = std::string_view(t).substr(cut + 1);
  while (!source.empty() && source.front() == ' ') source.remove_prefix(1);
  return picture_source(source);
}

// A Chinese, Japanese or Korean caption's mark: the credit news sites close with in
// full-width brackets or after a photographer's name: "（资料图）" (file
// photo), "（图片来源：...）", "新华社记者 王鹏 摄" (taken by), "（撮影・中村亮）";
// or a Japanese caption's "＝" before the day and place or the agency:
// "...する市長＝5日、市役所", "...＝共同". (Their sentences end on "。".)
bool cjk_credit(std::string_view t) {
  // A Korean caption opens on "▲" (where a sentence lists items, more follow).
  constexpr std::string_view kMark = "\xE2\x96\xB2";  // ▲
  if (t.starts_with(kMark) && t.find(kMark, kMark.size()) == std::string_view::npos) return true;
  // (The rest close on a CJK character or an agency's name: no search in
  // the many texts that close otherwise.)
  if (t.empty() || (static_cast<unsigned char>(t.back()) < 0x80 && !t.ends_with("AP") && !t.ends_with("EPA")))
    return false;
  constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）
  constexpr std::string_view kTaken = "\xE6\x91\x84";                          // 摄
  if (t.ends_with(kClose)) {
    const std::size_t open = t.rfind(kOpen);
    if (open == std::string_view::npos) return false;
    const std::string_view in = t.substr(open + kOpen.size(), t.size() - kClose.size() - open - kOpen.size());
    for (std::string_view w : {"\xE8\xB5\x84\xE6\x96\x99\xE5\x9B\xBE",              // 资料图
                               "\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90",  // 图片来源
                               "\xE5\x9B\xBE\xE6\xBA\x90",                          // 图源
                               "\xE6\x91\x84\xE5\xBD\xB1",                          // 摄影
                               "\xE6\x92\xAE\xE5\xBD\xB1",                          // 撮影
                               "\xE5\x86\x99\xE7\x9C\x9F"})                         // 写真
      if (in.starts_with(w)) return true;
    return in.ends_with(kTaken);
  }
  if (t.ends_with(" \xE6\x91\x84")) return true;  // " 摄"
  // A caption closing on its picture's source: "...已投入使用。图片来源：青溪市住建局",
  // "...圖／記者王小明攝影", and Korean "... 청림시 제공" (provided by),
  // "...사진/연합뉴스". (A sentence ends on "。" or "다.")
  constexpr std::size_t kSourceTail = 60;
  const std::string_view tail = t.substr(t.size() > kSourceTail ? t.size() - kSourceTail : 0);
  for (std::string_view w : {"\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90\xEF\xBC\x9A",  // 图片来源：
                             "\xE5\x9C\x96\xE7\x89\x87\xE4\xBE\x86\xE6\xBA\x90\xEF\xBC\x9A",  // 圖片來源：
                             "\xE5\x9C\x96\xEF\xBC\x8F", "\xE5\x9B\xBE\xEF\xBC\x8F"})         // 圖／ 图／
    if (tail.find(w) != std::string_view::npos && !t.ends_with("\xE3\x80\x82")) return true;
  for (std::string_view w : {" \xEC\xA0\x9C\xEA\xB3\xB5",                          // " 제공"
                             "/\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4",  // /연합뉴스
                             "/\xEB\x89\xB4\xEC\x8B\x9C\xEC\x8A\xA4"})             // /뉴시스
    if (t.ends_with(w)) return true;
  constexpr std::string_view kEquals = "\xEF\xBC\x9D";  // ＝
  const std::size_t eq = t.rfind(kEquals);
  if (eq == std::string_view::npos || t.ends_with("\xE3\x80\x82")) return false;  // 。
  const std::string_view after = t.substr(eq + kEquals.size());
  const bool wide_digit = after.size() >= 3 && after.starts_with("\xEF\xBC") &&
                          static_cast<unsigned char>(after[2]) >= 0x90 && static_cast<unsigned char>(after[2]) <= 0x99;
  if (wide_digit || (!after.empty() && is_digit(after.front()))) return true;
  for (std::string_view w : {"\xE5\x85\xB1\xE5\x90\x8C",                                               // 共同
                             "\xE6\x99\x82\xE4\xBA\x8B",                                               // 時事
                             "\xE3\x83\xAD\xE3\x82\xA4\xE3\x82\xBF\xE3\x83\xBC",                       // ロイター
                             "AP", "AFP", "EPA", "\xE4\xBB\xA3\xE8\xA1\xA8\xE6\x92\xAE\xE5\xBD\xB1"})  // 代表撮影
    if (after.starts_with(w)) return true;
  return false;
}

// A caption's closing credit under its label, without brackets: "The pool
// opened in 1974. Foto: Katrin Obermaier/dpa", "... Photo: Jane Roe/Reuters".
bool trailing_credit(const std::string& t) {
  constexpr std::size_t kCreditBytes = 60;
  static constexpr std::array<std::string_view, 6> kLabels = {". foto", ". photo", ". photograph",
                                                              ". bild", ". image", ". credit"};
  const std::size_t colon = t.rfind(": ");
  if (colon == std::string::npos || t.size() - colon - 2 > kCreditBytes || ends_sentence(t)) return false;
  const std::string_view before = std::string_view(t).substr(0, colon);
  return std::ranges::any_of(kLabels, [&](std::string_view w) { return before.ends_with(w); });
}

// A credit on a line of its own under its label: "Photo: Jane Roe",
// "Фото: пресс-служба администрации" (not a sentence: a story's "Photo:
// the mayor's office released the picture on Monday." ends like one).
bool labelled_credit(const std::string& t) {
  static constexpr std::array<std::string_view, 11> kLabels = {"photo:",
                                                               "photos:",
                                                               "photo credit:",
                                                               "image:",
                                                               "foto:",
                                                               "fotos:",
                                                               "bild:",
                                                               "credit:",
                                                               "\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE:",   // Фото:
                                                               "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE:",   // фото:
                                                               "\xD0\xA4\xD0\x9E\xD0\xA2\xD0\x9E:"};  // ФОТО:
  // (A label alone heads a list item's credit.)
  if (t.find(':') == std::string::npos || ends_sentence(t)) return false;
  return std::ranges::any_of(kLabels, [&](std::string_view w) { return t.size() > w.size() + 1 && t.starts_with(w); });
}

}  // namespace

bool is_photo_caption(std::string_view text) {
  // (Most blocks are none of these: no copy for them.)
  constexpr std::size_t kShortBytes = 80;
  if (text.size() > 400) return false;
  if (cjk_credit(text)) return true;
  // (A longer caption closes on its credit, in brackets or under a label.)
  constexpr std::size_t kLabelledTail = 80;  // a credit's label and the credit close the text
  const bool labelled =
      text.find(": ", text.size() > kLabelledTail ? text.size() - kLabelledTail : 0) != std::string_view::npos;
  if (text.size() > kShortBytes && !text.ends_with(")") && !text.starts_with("\xC2\xA9") && !labelled) return false;
  const std::string t = lower_ascii(text);
  // A photographer's credit before the caption: "© Jane Roe Detainees at ...".
  return gallery_counter(t) || closing_credit(t) || t.starts_with("\xC2\xA9") || credit_alone(t) ||
         labelled_credit(t) || trailing_credit(t);
}

namespace {

bool player_furniture(std::string_view text) {
  // (A counter opens on a digit, a label ends on a colon: no copy for the rest.)
  constexpr std::size_t kVideoLabelBytes = 30;
  if (text.empty() || text.size() > 100) return false;
  if (!is_digit(text.front()) && text.find(':') == std::string_view::npos) return false;
  const std::string t = lower_ascii(text);
  // A counter: "1,204 votes", "35 comments", "2.1k shares". (Not a bare
  // time, "1:42": a video's length, but also a live blog's update time,
  // which is the story's.)
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || ((t[i] == ',' || t[i] == '.') && i > 0))) ++i;
  if (i > 0 && i < t.size() && (t[i] == 'k' || t[i] == 'm')) ++i;
  if (i > 0 && i < t.size() && t[i] == ' ') {
    const std::string_view unit = std::string_view(t).substr(i + 1);
    for (std::string_view w : {"votes", "vote", "comments", "comment", "shares", "share", "views", "likes", "replies"})
      if (unit == w) return true;
  }
  // A media item's title under its label: "Watch: drone footage shows the
  // flooded line" (a sentence of the story ends like one).
  if (ends_sentence(t)) return false;
  for (std::string_view w : {"watch:", "video:", "listen:", "watch now:", "watch live:", "audio:"})
    if (t.starts_with(w)) return true;
  // The same label in other words or languages: "Tonton juga video:",
  // "Assista ao vídeo:", "Mira el video:", "Watch the video:".
  const std::size_t colon = t.find(':');
  if (colon == std::string::npos || colon > kVideoLabelBytes) return false;
  const std::string_view label = std::string_view(t).substr(0, colon);
  return label.ends_with("video") || label.ends_with(
                                         "v\xC3\xAD"
                                         "deo");
}

// A shop's button closing a deal box: "Save $15 on the kettle. View Deal",
// "$64.99 at Amazon Check price".
bool deal_button(std::string_view text) {
  constexpr std::size_t kDealBytes = 200;
  // (Every button below ends on l, s, e, w or r.)
  if (text.empty() || text.size() > kDealBytes ||
      std::string_view("lsewr").find(lower(text.back())) == std::string_view::npos || ends_sentence(text))
    return false;
  // Compared as ASCII lower case in place: no copy of every short block.
  const auto ends_with_word = [&](std::string_view w) {
    if (text.size() < w.size() || (text.size() > w.size() && text[text.size() - w.size() - 1] != ' ')) return false;
    for (std::size_t i = 0; i < w.size(); ++i)
      if (lower(text[text.size() - w.size() + i]) != w[i]) return false;
    return true;
  };
  for (std::string_view w :
       {"view deal", "view deals", "see deal", "get deal", "get the deal", "check price", "check prices", "see price",
        "view price", "buy now", "shop now", "view offer", "see offer"})
    if (ends_with_word(w)) return true;
  return false;
}

}  // namespace

bool is_ornament(std::string_view text) {
  if (text.empty()) return false;
  for (std::size_t i = 0, len = 1; i < text.size(); i += len) {
    // A rule of underscores ("___") parts a story's sections as a line of
    // text would (\w reads it as a word), and "%" heads a table's column.
    if (text[i] == '_' || text[i] == '%') return false;
    const char32_t c = text::decode_utf8(text, i, len);
    if (c == text::kInvalid) continue;
    const text::CharClass k = text::classify(c);
    if (k != text::CharClass::kPunct && k != text::CharClass::kSpace && k != text::CharClass::kOther) return false;
  }
  return true;
}

// A booking card's price ("From $180 a night") or a bare count ("1.2K"
// claps).
bool price_or_count(std::string_view text) {
  constexpr std::size_t kPriceBytes = 40;
  if (text.empty() || text.size() > kPriceBytes) return false;
  const std::string t = lower_ascii(text);
  for (std::string_view w : {"from $", "from \xC2\xA3", "from \xE2\x82\xAC"})  // $ £ €
    if (t.starts_with(w) && t.size() > w.size() && is_digit(t[w.size()])) return true;
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || (t[i] == '.' && i > 0))) ++i;
  return i > 0 && i + 1 == t.size() && (t[i] == 'k' || t[i] == 'm');
}

// A chart embed's credit line: "Source: Met Service • Get the data •
// Created with Datawrapper", "A Flourish chart".
bool chart_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 160;
  if (text.size() > kCreditBytes) return false;
  const std::string t = lower_ascii(text);
  return t.find("get the data") != std::string::npos || t.find("created with datawrapper") != std::string::npos ||
         t.starts_with("a flourish chart") || t.starts_with("a flourish map");
}

bool is_widget_furniture(std::string_view text) {
  return player_furniture(text) || deal_button(text) || price_or_count(text) || chart_credit(text);
}

bool is_dateline(std::string_view text) {
  if (text.size() > 120) return false;
  const std::string t = lower_ascii(text);
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // A Chinese story's original headline: "（原标题：...）".
  for (std::string_view w : {"\xEF\xBC\x88\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98",   // （原标题
                             "\xEF\xBC\x88\xE5\x8E\x9F\xE6\xA8\x99\xE9\xA1\x8C",   // （原標題
                             "\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98\xEF\xBC\x9A"})  // 原标题：
    if (text.starts_with(w)) return true;
  // (A byline whose name is a link or a card of its own leaves "by" alone.)
  if (t == "by" || t.rfind("by ", 0) == 0 || has("updated") || has("published") || has("posted on") || has(" min read"))
    return true;
  // The same in other languages: "Actualizado el ...", "Aktualisiert am ...",
  // "Mis à jour le ...", "Publicado em ...".
  for (std::string_view w :
       {"actualizado", "atualizado", "aktualisiert", "mis \xC3\xA0 jour", "aggiornato", "bijgewerkt", "publicado",
        "publi\xC3\xA9 le", "ver\303\266ffentlicht", "pubblicato", "gepubliceerd"})
    if (has(w)) return true;
  // A numeric date: 2019-11-20, 20.11.2019, 2016.12.01, 11/20/2019.
  int digits = 0, separators = 0;
  for (std::size_t i = 0; i + 1 < t.size(); ++i) {
    const bool d = t[i] >= '0' && t[i] <= '9';
    digits = d ? digits + 1 : (t[i] == '.' || t[i] == '-' || t[i] == '/') && digits > 0 ? digits : 0;
    if (!d && digits > 0 && (t[i] == '.' || t[i] == '-' || t[i] == '/') && t[i + 1] >= '0' && t[i + 1] <= '9')
      ++separators;
    if (separators >= 2 && digits >= 6) return true;
  }
  return false;
}

namespace {

// A credit line closing a news story: "(Reporting by ...; Editing by ...)".
bool credit_line(const std::string& t) {
  // And the reporter's address: "Jane Roe can be reached at 555-0142 or
  // jroe@example.com."
  const bool contact = t.find("can be reached at") != std::string::npos && t.find('@') != std::string::npos;
  // The print edition's line and a citation of the page: "Published in the
  // print edition of ...", "A version of this article appears in print on
  // ...", "Citation: ... retrieved 6 December 2026 from https://...".
  const bool print =
      t.starts_with("published in the print edition") || t.starts_with("a version of this article appears in print");
  const bool citation = t.starts_with("citation:") && t.find("retrieved") != std::string::npos;
  // A print page's address line: "URL: https://...".
  const bool address = t.starts_with("url: http");
  return t.starts_with("(reporting by") || t.starts_with("reporting by") || t.starts_with("(editing by") ||
         t.starts_with("(with inputs from") || t.starts_with("reporting contributed by") ||
         t.starts_with("additional reporting by") || t.find("contributed to this report") != std::string::npos ||
         t.find("contributed reporting") != std::string::npos || contact || print || citation || address;
}

// An appeal's subject: following, subscribing, the newsletter, the app.
bool appeal_words(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool social = has("twitter") || has("facebook") || has("instagram") || has("linkedin") || has("@");
  return (has("follow") && social) || has("newsletter") || has("subscribe") || has("sign up") || has("join our") ||
         has("copyright") || has("click here") || has("download our app") || has("email us") || has("tips@") ||
         has("become a member") || has("republish") || has("we're hiring") || has("we are hiring") ||
         has("open roles") || has("submit your") || has("send us");
}

// A messenger's channel: WhatsApp or Telegram with "channel" in one of the
// languages news sites write it.
bool messenger_channel(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  if (!has("whatsapp") && !has("telegram")) return false;
  for (std::string_view w :
       {"channel", "saluran", "canal", "kanal", "cha\xC3\xAEne", "\xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB"})  // канал
    if (has(w)) return true;
  return false;
}

}  // namespace

bool is_call_to_action(std::string_view text) {
  if (text.size() > 400) return false;
  const std::string t = lower_ascii(text);
  // Credit and copyright lines close a story whatever their voice.
  if (credit_line(t) || t.starts_with("copyright") || t.find("\xC2\xA9") != std::string::npos ||
      t.find("all rights reserved") != std::string::npos)
    return true;
  // A short line naming Google News is the site's appeal to follow it there,
  // in whatever language ("Baca berita lainnya di Google News", "Siga-nos
  // no Google News"); a story about the service runs longer or reports
  // what someone said of it.
  if (text.size() <= 120 && t.find("google news") != std::string::npos) return !reports(t);
  // So is a line naming the site's channel on a messenger ("Ikuti saluran
  // WhatsApp ...", "Join our Telegram channel", "canal de WhatsApp").
  if (messenger_channel(t)) return !reports(t);
  // "For more news about the weather, visit example.ph/weather."
  for (std::string_view w : {"for more news", "for more stories", "for the latest news", "for more updates"})
    if (t.starts_with(w)) return true;
  // An appeal is said to the reader, by the site, or is a bare line ("Follow
  // @jdoe on X"); the story's last paragraph may name subscribers or a
  // newsletter in the third person ("Readers who signed up ...").
  return appeal_words(t) && !reports(t) && notice_voice(t);
}

std::string byline_name(std::string_view text) {
  constexpr std::size_t kBylineBytes = 100;
  constexpr int kMinNameWords = 2, kMaxNameWords = 4;
  if (text.size() > kBylineBytes || text.size() < 3 || lower(text[0]) != 'b' || lower(text[1]) != 'y' || text[2] != ' ')
    return {};
  std::string name;
  int words = 0;
  for (std::size_t i = 3; i < text.size() && words < kMaxNameWords;) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != ',' && text[j] != '|' && text[j] != '\n') ++j;
    const std::string_view word = text.substr(i, j - i);
    // A name's words are capitalized (ASCII, or a letter outside ASCII).
    if (word.empty() || (word.front() >= 'a' && word.front() <= 'z') || is_digit(word.front())) break;
    if (!name.empty()) name += ' ';
    name += word;
    ++words;
    if (j < text.size() && text[j] != ' ') break;
    i = j;
  }
  return words >= kMinNameWords ? name : std::string();
}

bool is_author_bio(std::string_view text, std::string_view author) {
  constexpr std::size_t kBioBytes = 400;
  if (text.size() > kBioBytes) return false;
  // The byline's name or its first words: a byline run together with its
  // date ("By Jane Roe November 30, 2026") reads "Jane Roe November".
  for (std::string_view name = author; name.find(' ') != std::string_view::npos;
       name = name.substr(0, name.rfind(' '))) {
    if (!text.starts_with(name)) continue;
    const std::string_view rest = text.substr(name.size());
    for (std::string_view w : {" is ", " was ", " has ", " writes ", " covers ", " reports ", ", "})
      if (rest.starts_with(w)) return true;
  }
  return false;
}

}  // namespace lede::html
