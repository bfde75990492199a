#include "html/notices.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "html/space.h"
#include "html/voice.h"
#include "text/fold.h"

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
  static constexpr std::array<std::string_view, 31> kPhrases = {
      "advertisement",    "advertising",        "sponsored",      "read more",
      "read next",        "click here",         "sign up",        "subscribe",
      "share this",       "share on",           "follow us",      "copyright",
      "related articles", "related stories",    "recommended",    "cookie policy",
      "cookie settings",  "cookie preferences", "cookie consent", "use of cookies",
      "we use cookies",   "accept cookies",     "newsletter",     "you may also like",
      "more from",        "continue reading",   "image:",         "photo:",
      "most read in",     "support our",        "keep reading"};
  // Never a story's words, whatever the form.
  // (An Instagram embed's button: "View this post on Instagram".)
  // (And a subscriber-only label: "Article réservé à nos abonnés"; a
  // registration wall's title: "Register to read the full article".)
  static constexpr std::array<std::string_view, 17> kMarks = {"all rights reserved",
                                                              "register to read",
                                                              "register to continue reading",
                                                              "sign in to read the full",
                                                              "log in to read the full",
                                                              "jetzt kostenlos registrieren",
                                                              "related:",
                                                              "view this post on instagram",
                                                              "ver essa foto no instagram",
                                                              "ver esta publicaci\xC3\xB3n en instagram",
                                                              "voir cette publication sur instagram",
                                                              "diesen beitrag auf instagram ansehen",
                                                              "story source:",
                                                              "journal reference",
                                                              "cite this page:",
                                                              "r\xC3\xA9serv\xC3\xA9 \xC3\xA0 nos abonn\xC3\xA9s",
                                                              "r\xC3\xA9serv\xC3\xA9 aux abonn\xC3\xA9s"};
  for (std::string_view p : kMarks)
    if (t.size() <= p.size() + 24 && t.find(p) != std::string::npos) return true;
  // The phrase must be most of the text: "Click here to read the full
  // report on the council's website." is a sentence of the article.
  for (std::string_view p : kPhrases)
    if (t.size() <= p.size() + 24 && t.find(p) != std::string::npos && !story_sentence(t, p)) return true;
  return false;
}

// A table of contents' title ("Contents [hide]"), which a business site
// also sets over the story's tickers at the top of the body's own box.
// (Titles in other languages as a template writes them; ASCII letters are
// compared lower-cased.)
constexpr std::string_view kSpisTresci =
    "spis tre\xC5\x9B"
    "ci";  // spis treści
constexpr std::array<std::string_view, 19> kContentsTitles = {
    "contents",
    "contents [hide]",
    "table of contents",
    "in this article",
    "inhaltsverzeichnis",
    "table des mati\xC3\xA8res",  // table des matières
    "sommaire",
    "contenido",
    "contenidos",
    "inhoud",
    "inneh\xC3\xA5ll",  // innehåll
    "sis\xC3\xA4llys",  // sisällys
    kSpisTresci,
    "\xD1\x81\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5",  // содержание
    "\xD0\xA1\xD0\xBE\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD0\xBD\xD0\xB8\xD0\xB5",  // Содержание
    "\xE7\x9B\xAE\xE6\xAC\xA1",                                                          // 目次
    "\xE7\x9B\xAE\xE5\xBD\x95",                                                          // 目录
    "\xE7\x9B\xAE\xE9\x8C\x84",                                                          // 目錄
    "\xEB\xAA\xA9\xEC\xB0\xA8"};                                                         // 목차

// Titles of boxes of links to other stories ("Most read", "Related
// stories"): whole labels, and the titles is_rail_title knows.
// The same in the languages of the development pages' sites (only ASCII
// letters are folded, so a Cyrillic title is listed as it is written).
constexpr std::array<std::string_view, 138> kRailTitles = {
    "most read", "most popular", "most viewed", "trending", "trending now", "top stories", "latest news",
    "latest stories", "related", "related news", "related stories", "related articles", "related posts",
    "related links", "recommended", "recommended for you", "you may also like", "you might also like", "popular posts",
    "recent posts", "see also", "also read", "read also", "don't miss", "more on this story", "more on this topic",
    "related coverage", "related internet links", "related topics",
    // A science site's boxes under a rewritten release: its source, the
    // paper, how to cite the page.
    "story source", "journal reference", "journal references", "cite this page", "article sources",
    // A fact-checker's list of what it consulted, under the ruling; a
    // newsroom's box on its standards.
    "our sources", "our ethics policy", "ethics policy", "our editorial standards", "editorial standards",
    // A thread's title (a bare "Comments" may be a link to it).
    "reader comments", "readers' comments", "readers comments",
    // A newsroom's appeal under the story ("Since you're here ... we have a
    // small favour to ask").
    "since you're here", "since you\xE2\x80\x99re here",
    // A summary box over the body (which the benchmark's annotators leave out).
    "key points", "key highlights", "highlights", "in brief", "at a glance", "synopsis", "key takeaways",
    "puntos clave", "points cl\xC3\xA9s",
    // Portuguese, Spanish, German, French, Italian, Dutch, Indonesian, Turkish, Polish, Russian.
    "leia tamb\xC3\xA9m", "veja tamb\xC3\xA9m", "mais lidas", "lee tambi\xC3\xA9n", "lea tambi\xC3\xA9n",
    "te puede interesar", "le puede interesar", "noticias relacionadas",
    "lo m\xC3\xA1s le\xC3\xAD"
    "do",
    "lesen sie auch", "mehr zum thema", "das k\xC3\xB6nnte sie auch interessieren", "meistgelesen", "lire aussi",
    "\xC3\xA0 lire aussi", "les plus lus", "sur le m\xC3\xAAme sujet", "leggi anche", "potrebbe interessarti",
    "articoli correlati", "i pi\xC3\xB9 letti", "lees ook", "bekijk ook", "meest gelezen", "baca juga",
    "berita terkait", "terpopuler", "ilgili haberler", "\xC4\xB0lgili haberler", "ilgili haber", "\xC4\xB0lgili haber",
    // (Folded, the Turkish capital "İ" keeps its dot: "İLGİLİ" is no "ilgili".)
    "\xC4\xB0LG\xC4\xB0L\xC4\xB0 HABER", "\xC4\xB0LG\xC4\xB0L\xC4\xB0 HABERLER", "explore further",
    // Croatian, Serbian, Czech, Slovak, Hungarian, Romanian, Ukrainian, Bulgarian, Lithuanian, Latvian, Slovenian.
    "pro\xC4\x8Ditajte jo\xC5\xA1",  // pročitajte još
    "pro\xC4\x8Ditajte i ovo",       // pročitajte i ovo
    "\xD0\xBF\xD1\x80\xD0\xBE\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD1\x98\xD1\x82\xD0\xB5 \xD1\x98\xD0\xBE\xD1\x88",  // прочитајте
                                                                                                                  // још
    "\xC4\x8Dt\xC4\x9Bte tak\xC3\xA9",  // čtěte také
    "pre\xC4\x8D\xC3\xADtajte si aj",   // prečítajte si aj
    "ezt is aj\xC3\xA1nljuk",           // ezt is ajánljuk
    "cite\xC8\x99te \xC8\x99i",         // citește și
    "\xD1\x87\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 \xD1\x82\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6",  // читайте
                                                                                                          // також
    "\xD0\xB2\xD0\xB8\xD0\xB6\xD1\x82\xD0\xB5 \xD0\xBE\xD1\x89\xD0\xB5",  // вижте още
    "skaitykite ir",                                                      // skaitykite ir
    "lasi ar\xC4\xAB",                                                    // lasi arī
    "preberite \xC5\xA1"
    "e",  // preberite še
    // Greek, Arabic, Persian, Hindi, Bengali, Tamil, Hebrew, Thai, Urdu ("read also", "related").
    "\xCE\x94\xCE\xB9\xCE\xB1\xCE\xB2\xCE\xAC\xCF\x83\xCF\x84\xCE\xB5 "
    "\xCE\xB5\xCF\x80\xCE\xAF\xCF\x83\xCE\xB7\xCF\x82",  // Διαβάστε επίσης
    "\xCE\x94\xCE\xB9\xCE\xB1\xCE\xB2\xCE\xAC\xCF\x83\xCF\x84\xCE\xB5 "
    "\xCE\xB1\xCE\xBA\xCF\x8C\xCE\xBC\xCE\xB7",                                   // Διαβάστε ακόμη
    "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7",          // اقرأ أيضا
    "\xD8\xA7\xD9\x82\xD8\xB1\xD8\xA3 \xD8\xA3\xD9\x8A\xD8\xB6\xD8\xA7\xD9\x8B",  // اقرأ أيضاً
    "\xD8\xA8\xDB\x8C\xD8\xB4\xD8\xAA\xD8\xB1 "
    "\xD8\xA8\xD8\xAE\xD9\x88\xD8\xA7\xD9\x86\xDB\x8C\xD8\xAF",  // بیشتر بخوانید
    "\xE0\xA4\xAF\xE0\xA4\xB9 \xE0\xA4\xAD\xE0\xA5\x80 "
    "\xE0\xA4\xAA\xE0\xA4\xA2\xE0\xA4\xBC\xE0\xA5\x87\xE0\xA4\x82",  // यह भी पढ़ें
    "\xE0\xA6\x86\xE0\xA6\xB0\xE0\xA6\x93 "
    "\xE0\xA6\xAA\xE0\xA6\xA1\xE0\xA6\xBC\xE0\xA7\x81\xE0\xA6\xA8",  // আরও পড়ুন
    "\xE0\xAE\x87\xE0\xAE\xA4\xE0\xAF\x88\xE0\xAE\xAF\xE0\xAF\x81\xE0\xAE\xAE\xE0\xAF\x8D "
    "\xE0\xAE\xAA\xE0\xAE\x9F\xE0\xAE\xBF\xE0\xAE\x95\xE0\xAF\x8D\xE0\xAE\x95",  // இதையும் படிக்க
    "\xD7\x9B\xD7\xAA\xD7\x91\xD7\x95\xD7\xAA \xD7\xA0\xD7\x95\xD7\xA1\xD7\xA4\xD7\x95\xD7\xAA",  // כתבות נוספות
    "\xD7\xA7\xD7\xA8\xD7\x90\xD7\x95 \xD7\xA2\xD7\x95\xD7\x93",                                  // קראו עוד
    "\xE0\xB8\x82\xE0\xB9\x88\xE0\xB8\xB2\xE0\xB8\xA7\xE0\xB8\x97\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB9"
    "\x80\xE0\xB8\x81\xE0\xB8\xB5\xE0\xB9\x88\xE0\xB8\xA2\xE0\xB8\xA7\xE0\xB8\x82\xE0\xB9\x89\xE0"
    "\xB8\xAD\xE0\xB8\x87",  // ข่าวที่เกี่ยวข้อง
    "\xD9\x85\xD8\xB2\xDB\x8C\xD8\xAF \xD9\xBE\xDA\x91\xDA\xBE\xDB\x8C\xDA\xBA",  // مزید پڑھیں
    // Hungarian, Catalan, Slovak, Czech, German summary boxes, Ukrainian.
    "kapcsol\xC3\xB3"
    "d\xC3\xB3",
    "kapcsol\xC3\xB3"
    "d\xC3\xB3 cikkek",
    "olvasd el ezt is", "l\xC3\xA1sd m\xC3\xA9g",
    "not\xC3\xAD"
    "cies relacionades",
    "tamb\xC3\xA9 et pot interessar", "v skratke", "ve zkratce", "das wichtigste in k\xC3\xBCrze",
    "\xD0\xA7\xD0\xB8\xD1\x82\xD0\xB0\xD0\xB9\xD1\x82\xD0\xB5 "
    "\xD1\x82\xD0\xB0\xD0\xBA\xD0\xBE\xD0\xB6",  // Читайте
                                                 // також
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
// (An array declared longer than its list would hold empty titles.)
static_assert(std::ranges::none_of(kRailTitles, &std::string_view::empty));

// An ad slot's label in the site's language, case-folded (text/fold.h),
// as it stands or set between dashes or before a colon ("- Реклама -",
// "Mainos:", "HIRDETÉS").
bool ad_label(std::string_view t) {
  static constexpr std::array<std::string_view, 65> kAdLabels = {
      // Japanese "PR" and "スポンサーリンク", Chinese "推广".
      "pr", "\xE3\x82\xB9\xE3\x83\x9D\xE3\x83\xB3\xE3\x82\xB5\xE3\x83\xBC\xE3\x83\xAA\xE3\x83\xB3\xE3\x82\xAF",
      "\xE6\x8E\xA8\xE5\xB9\xBF",
      "publicit\xC3\xA9",  // publicité
      "publicidad", "publicidade", "publicitat",
      "pubblicit\xC3\xA0",  // pubblicità
      "anzeige", "werbung", "advertentie", "reclame", "annonce", "annons", "annonse", "mainos", "reklame", "reklam",
      "reklama",
      "reklam\xC4\x83",  // reklamă
      "rekl\xC3\xA1m",   // reklám
      "publicitate",
      "hirdet\xC3\xA9s",  // hirdetés
      "oglas", "iklan", "tangazo", "talla",
      // Afrikaans, Welsh, Filipino, Basque.
      "advertensie", "hysbyseb", "patalastas", "publizitatea",
      "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",                  // реклама
      "\xD0\xBE\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81",                                  // оглас
      "\xE5\xB9\xBF\xE5\x91\x8A",                                                  // 广告
      "\xE5\xBB\xA3\xE5\x91\x8A",                                                  // 廣告
      "\xE5\xBA\x83\xE5\x91\x8A",                                                  // 広告
      "\xEA\xB4\x91\xEA\xB3\xA0",                                                  // 광고
      "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86",                                  // إعلان
      "\xD8\xA7\xD8\xB4\xD8\xAA\xDB\x81\xD8\xA7\xD8\xB1",                          // اشتہار (Urdu)
      "\xD7\xA4\xD7\xA8\xD7\xA1\xD7\x95\xD7\x9E\xD7\xAA",                          // פרסומת
      "\xE0\xB9\x82\xE0\xB8\x86\xE0\xB8\xA9\xE0\xB8\x93\xE0\xB8\xB2",              // โฆษณา
      "\xD8\xAA\xD8\xA8\xD9\x84\xDB\x8C\xD8\xBA\xD8\xA7\xD8\xAA",                  // تبلیغات
      "\xCE\xB4\xCE\xB9\xCE\xB1\xCF\x86\xCE\xAE\xCE\xBC\xCE\xB9\xCF\x83\xCE\xB7",  // διαφήμιση
      // (Greek capitals drop the accent: "ΔΙΑΦΗΜΙΣΗ".)
      "\xCE\xB4\xCE\xB9\xCE\xB1\xCF\x86\xCE\xB7\xCE\xBC\xCE\xB9\xCF\x83\xCE\xB7",  // διαφημιση
      "qu\xE1\xBA\xA3ng c\xC3\xA1o",                                               // Vietnamese
      "\xE0\xA4\xB5\xE0\xA4\xBF\xE0\xA4\x9C\xE0\xA5\x8D\xE0\xA4\x9E\xE0\xA4\xBE\xE0\xA4\xAA\xE0\xA4\xA8",  // विज्ञापन
      "\xE0\xA6\xAC\xE0\xA6\xBF\xE0\xA6\x9C\xE0\xA7\x8D\xE0\xA6\x9E\xE0\xA6\xBE\xE0\xA6\xAA\xE0\xA6\xA8",  // বিজ্ঞাপন
      "\xE0\xAE\xB5\xE0\xAE\xBF\xE0\xAE\xB3\xE0\xAE\xAE\xE0\xAF\x8D\xE0\xAE\xAA\xE0\xAE\xB0\xE0\xAE\xAE\xE0\xAF"
      "\x8D",  // விளம்பரம் (Tamil)
      "\xE0\xA4\x9C\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xA4",  // जाहिरात (Marathi)
      "\xE0\xAA\x9C\xE0\xAA\xBE\xE0\xAA\xB9\xE0\xAB\x87\xE0\xAA\xB0\xE0\xAA\xBE\xE0\xAA\xA4",  // જાહેરાત (Gujarati)
      "\xE0\xB2\x9C\xE0\xB2\xBE\xE0\xB2\xB9\xE0\xB3\x80\xE0\xB2\xB0\xE0\xB2\xBE\xE0\xB2\xA4\xE0\xB3\x81",  // Kannada
      "\xE0\xB4\xAA\xE0\xB4\xB0\xE0\xB4\xB8\xE0\xB5\x8D\xE0\xB4\xAF\xE0\xB4\x82",  // പരസ്യം (Malayalam)
      // Estonian, Latvian, Albanian, Icelandic, Kazakh, Mongolian, Armenian,
      // Georgian, Khmer, Sinhala, Burmese, Lao, Amharic.
      "reklaam",
      "rekl\xC4\x81ma",                                            // reklāma
      "reklam\xC3\xAB",                                            // reklamë
      "augl\xC3\xBDsing",                                          // auglýsing
      "\xD0\xB6\xD0\xB0\xD1\x80\xD0\xBD\xD0\xB0\xD0\xBC\xD0\xB0",  // жарнама
      "\xD1\x81\xD1\x83\xD1\x80\xD1\x82\xD0\xB0\xD0\xBB\xD1\x87\xD0\xB8\xD0\xBB\xD0\xB3\xD0\xB0\xD0\xB0",  // сурталчилгаа
      "\xD5\xA3\xD5\xB8\xD5\xBE\xD5\xA1\xD5\xA6\xD5\xA4",                                      // գովազդ
      "\xE1\x83\xA0\xE1\x83\x94\xE1\x83\x99\xE1\x83\x9A\xE1\x83\x90\xE1\x83\x9B\xE1\x83\x90",  // რეკლამა
      "\xE1\x9E\x96\xE1\x9E\xB6\xE1\x9E\x8E\xE1\x9E\xB7\xE1\x9E\x87\xE1\x9F\x92\xE1\x9E\x87\xE1\x9E\x80\xE1\x9E\x98\xE1"
      "\x9F\x92\xE1\x9E\x98",  // ពាណិជ្ជកម្ម
      "\xE0\xB6\xAF\xE0\xB7\x90\xE0\xB6\xB1\xE0\xB7\x8A\xE0\xB7\x80\xE0\xB7\x93\xE0\xB6\xB8",  // දැන්වීම
      "\xE1\x80\x80\xE1\x80\xBC\xE1\x80\xB1\xE1\x80\xAC\xE1\x80\xBA\xE1\x80\x84\xE1\x80\xBC\xE1\x80\xAC",  // ကြော်ငြာ
      "\xE0\xBB\x82\xE0\xBA\x84\xE0\xBA\xAA\xE0\xBA\xB0\xE0\xBA\x99\xE0\xBA\xB2",   // ໂຄສະນາ
      "\xE1\x88\x9B\xE1\x88\xB5\xE1\x89\xB3\xE1\x8B\x88\xE1\x89\x82\xE1\x8B\xAB"};  // ማስታወቂያ
  // (Folded once: the list is written as it reads.)
  static const std::vector<std::string> folded = [] {
    std::vector<std::string> out;
    out.reserve(kAdLabels.size());
    for (std::string_view w : kAdLabels) out.push_back(text::fold_word(w));
    return out;
  }();
  constexpr std::string_view kDashes[] = {"\xE2\x80\x93", "\xE2\x80\x94"};  // – —
  for (bool trimmed = true; trimmed && !t.empty();) {
    const std::size_t before = t.size();
    while (!t.empty() && std::string_view(" -:|*").find(t.front()) != std::string_view::npos) t.remove_prefix(1);
    while (!t.empty() && std::string_view(" -:|*").find(t.back()) != std::string_view::npos) t.remove_suffix(1);
    for (std::string_view d : kDashes) {
      if (t.starts_with(d)) t.remove_prefix(d.size());
      if (t.ends_with(d)) t.remove_suffix(d.size());
    }
    trimmed = t.size() != before;
  }
  constexpr std::size_t kLabelBytes = 40;  // the longest label's bytes (Khmer: 33), and more
  if (t.empty() || t.size() > kLabelBytes) return false;
  const std::string label = text::fold_word(t);
  return std::ranges::find(folded, label) != folded.end();
}

bool all_ascii(std::string_view t) {
  return std::ranges::all_of(t, [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

// Whether `t` (ASCII lower-cased) is a rail's or a contents box's title; a
// title in capitals beyond ASCII ("LEIA TAMBÉM", "À LIRE AUSSI") is
// case-folded first.
bool listed_title(const std::string& t) {
  if (std::ranges::find(kRailTitles, t) != kRailTitles.end() ||
      std::ranges::find(kContentsTitles, t) != kContentsTitles.end())
    return true;
  if (all_ascii(t)) return false;
  static const std::vector<std::string> folded = [] {
    std::vector<std::string> out;
    out.reserve(kRailTitles.size() + kContentsTitles.size());
    for (std::string_view w : kRailTitles) out.push_back(text::fold_word(w));
    for (std::string_view w : kContentsTitles) out.push_back(text::fold_word(w));
    return out;
  }();
  return std::ranges::find(folded, text::fold_word(t)) != folded.end();
}

// A video player's label, "Video" in the site's language: "Wideo",
// "Vídeo", "Видео", "वीडियो", "视频".
bool video_word(const std::string& t) {
  constexpr std::size_t kWordBytes = 18;
  if (t.size() > kWordBytes || t.size() < 5) return false;
  // (Split where a hex escape is followed by a hex digit.)
  static constexpr std::string_view kVideoPt =
      "v\xC3\xAD"
      "deo";  // vídeo
  static constexpr std::array<std::string_view, 14> kWords = {
      "wideo",
      kVideoPt,
      "vid\xC3\xA9o" /* vidéo */,
      "vide\xC3\xB3" /* videó */,
      "\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE" /* видео */,
      "\xD0\xB2\xD1\x96\xD0\xB4\xD0\xB5\xD0\xBE" /* відео */,
      "\xE0\xA4\xB5\xE0\xA5\x80\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA5\x8B" /* वीडियो */,
      "\xE0\xB8\xA7\xE0\xB8\xB4\xE0\xB8\x94\xE0\xB8\xB5\xE0\xB9\x82\xE0\xB8\xAD" /* วิดีโอ */,
      "\xD9\x81\xD9\x8A\xD8\xAF\xD9\x8A\xD9\x88" /* فيديو */,
      "\xE8\xA7\x86\xE9\xA2\x91" /* 视频 */,
      "\xE8\xA6\x96\xE9\xA0\xBB" /* 視頻 */,
      "\xE5\x8B\x95\xE7\x94\xBB" /* 動画 */,
      "\xEC\x98\x81\xEC\x83\x81" /* 영상 */,
      "\xEB\x8F\x99\xEC\x98\x81\xEC\x83\x81" /* 동영상 */};
  // (`t` is ASCII lower-cased: only capitals beyond ASCII need folding.)
  if (std::ranges::find(kWords, t) != kWords.end()) return true;
  return !all_ascii(t) && std::ranges::find(kWords, text::fold_word(t)) != kWords.end();
}

// A video player's button in the site's language, case-folded: "Play
// video", "Guarda il video", "Přehrát video", "Смотреть видео".
bool play_label(std::string_view t) {
  // (Split where a hex escape is followed by a hex digit.)
  static constexpr std::string_view kPrehrat =
      "p\xC5\x99"
      "ehr\xC3\xA1t video";  // přehrát video
  static constexpr std::string_view kVerVideo =
      "ver v\xC3\xAD"
      "deo";  // ver vídeo
  static constexpr std::string_view kAssista =
      "assista ao v\xC3\xAD"
      "deo";  // assista ao vídeo
  static constexpr std::string_view kAssistir =
      "assistir v\xC3\xAD"
      "deo";  // assistir vídeo
  static constexpr std::string_view kSmotret =
      "\xD1\x81\xD0\xBC\xD0\xBE\xD1\x82\xD1\x80\xD0\xB5\xD1\x82\xD1\x8C "
      "\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE";  // смотреть видео
  static constexpr std::array<std::string_view, 25> kPlayLabels = {"play video",
                                                                   "watch video",
                                                                   "watch the video",
                                                                   "guarda il video",
                                                                   "guarda video",
                                                                   kPrehrat,
                                                                   kVerVideo,
                                                                   "ver video",
                                                                   "mira el video",
                                                                   "regarder la vid\xC3\xA9o",
                                                                   "voir la vid\xC3\xA9o",
                                                                   "video ansehen",
                                                                   "video abspielen",
                                                                   "bekijk de video",
                                                                   "se videon",
                                                                   "spela upp video",
                                                                   "se video",
                                                                   "katso video",
                                                                   "odtw\xC3\xB3rz wideo",
                                                                   "zobacz wideo",
                                                                   "vezi video",
                                                                   kSmotret,
                                                                   kAssista,
                                                                   kAssistir,
                                                                   "n\xC3\xA9zd meg a vide\xC3\xB3t"};
  static const std::vector<std::string> folded = [] {
    std::vector<std::string> out;
    out.reserve(kPlayLabels.size());
    for (std::string_view w : kPlayLabels) out.push_back(text::fold_word(w));
    return out;
  }();
  constexpr std::size_t kPlayBytes = 32;  // the longest button's bytes, and more
  if (t.empty() || t.size() > kPlayBytes) return false;
  // (Every button names the video: no folding of the many short blocks
  // that do not. `t` is ASCII lower-cased; Cyrillic as written or in capitals.)
  const auto has = [&](std::string_view w) { return t.find(w) != std::string_view::npos; };
  if (!has("deo") && !has("\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE") &&
      !has("\xD0\x92\xD0\x98\xD0\x94\xD0\x95\xD0\x9E"))  // видео ВИДЕО
    return false;
  return std::ranges::find(folded, text::fold_word(t)) != folded.end();
}

// A whole text that is a template's label: "Share", "Most read", an ad
// slot's label in the site's language.
bool whole_label(const std::string& t) {
  // (A photo viewer's buttons too: "Caption", "Close", "Back to Gallery".)
  // "Article content": the label a publisher's template repeats between
  // a story's paragraphs.
  // "Image": a picture's label for screen readers, before the picture.
  // "Continued on next page": a story in pages, at the foot of each.
  static constexpr std::array<std::string_view, 23> kWhole = {
      "ad", "advert", "share", "comments", "menu", "home", "more", "cookies", "disclaimer", "caption", "close",
      "back to gallery", "view gallery", "article content", "video", "story continues", "report abuse", "continued",
      "image", "photo", "continued on next page", "continued on the next page",
      // Poland's portals over a clip in the story ("The rest of the article
      // below the video").
      "dalsza cz\xC4\x99\xC5\x9B\xC4\x87 artyku\xC5\x82u pod materia\xC5\x82"
      "em wideo"};
  if (listed_title(t)) return true;
  for (std::string_view w : kWhole)
    if (t == w) return true;
  // A feedback widget's question under the text, closing on its word:
  // "Was this article helpful?", "War dieser Ratgeber hilfreich?", "Cet
  // article vous a-t-il été utile ?", "¿Te ha resultado útil?", "Was dit
  // artikel nuttig?".
  std::string_view q = t;
  if (q.ends_with("?")) q.remove_suffix(1);
  while (q.ends_with(" ")) q.remove_suffix(1);
  const bool opens = t.starts_with("was this") || t.starts_with("did you find this") || t.starts_with("is this") ||
                     t.starts_with("did this") || t.starts_with("war ") || t.starts_with("ist dieser") ||
                     t.starts_with("cet article") || t.starts_with("questo articolo") || t.starts_with("was dit") ||
                     t.starts_with("\xC2\xBFte ");
  if (t.ends_with("?") && opens &&
      (q.ends_with(" helpful") || q.ends_with(" hilfreich") || q.ends_with(" utile") || q.ends_with(" \xC3\xBAtil") ||
       q.ends_with(" nuttig")))
    return true;
  if (video_word(t)) return true;
  // A release's end mark in words ("ENDS", "-ends-"), as "###" is in signs.
  for (std::string_view w : {"ends", "-ends-", "- ends -", "-end-", "- end -"})
    if (t == w) return true;
  // A sponsor's label alone ("Partner content" over a sponsored teaser).
  return ad_label(t) || play_label(t) || is_sponsor_label(t);
}

}  // namespace

bool is_boilerplate_phrase(std::string_view text) {
  // The line under an Instagram embed: "A post shared by Jane Roe
  // (@janeroe)", with the time of the post in older embeds ("... on Feb 16,
  // 2020 at 1:12am PST").
  constexpr std::size_t kSignatureBytes = 120;
  // The same in Portuguese, Spanish, French and German ("Uma publicação
  // compartilhada por ...", "Ein Beitrag geteilt von ...").
  // (Tested on its first letter and the handle first: no copy of every block.)
  if (text.size() <= kSignatureBytes && !text.empty() && text.find("(@") != std::string_view::npos &&
      std::string_view("aue").find(lower(text.front())) != std::string_view::npos) {
    const std::string t = lower_ascii(text.substr(0, 40));
    // (Split where a hex escape is followed by a hex digit.)
    static constexpr std::string_view kPartagee =
        "une publication partag\xC3\xA9"
        "e par ";
    for (std::string_view w :
         {std::string_view("a post shared by "), std::string_view("uma publica\xC3\xA7\xC3\xA3o compartilhada por "),
          std::string_view("una publicaci\xC3\xB3n compartida por "),
          std::string_view("una publicaci\xC3\xB3n compartida de "), kPartagee,
          std::string_view("ein beitrag geteilt von ")})
      if (t.starts_with(w)) return true;
  }
  // A story in pages teases the next one at its foot: "On the next page:
  // opening hours, the new community room and ...".
  constexpr std::size_t kTeaserBytes = 200;
  if (text.size() <= kTeaserBytes && (text.starts_with("On the next page:") || text.starts_with("On the next page ")))
    return true;
  if (text.size() > 64) return false;
  const std::string t = lower_ascii(text);
  // (A rail's title may trail off: "Lee también...".)
  return label_phrase(t) || whole_label(t) ||
         ((t.ends_with("...") || t.ends_with("\xE2\x80\xA6")) && is_rail_title(text));
}

bool is_contents_title(std::string_view text) {
  if (text.size() > 24) return false;
  return std::ranges::find(kContentsTitles, lower_ascii(text)) != kContentsTitles.end();
}

bool is_sponsor_label(std::string_view text) {
  constexpr std::size_t kLabelBytes = 48;  // the longest label over a sponsor's box, and more
  if (text.size() > kLabelBytes) return false;
  std::string t = lower_ascii(text);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  for (std::string_view w :
       {"sponsored", "sponsored content", "sponsor", "from our sponsor", "from our sponsors",
        "a message from our sponsor", "advertisement", "paid content", "paid post", "partner content"})
    if (t == w) return true;
  return ad_label(t);
}

bool is_video_label(std::string_view text) {
  constexpr std::size_t kLabelBytes = 18;
  if (text.size() > kLabelBytes) return false;
  const std::string t = lower_ascii(text);
  return t == "video" || t == "watch" || t == "watch now" || video_word(t);
}

bool is_rail_title(std::string_view text) {
  if (text.size() > 48) return false;
  std::string t = lower_ascii(text);
  // "Related stories:", and in French "Lire aussi :"; "Lee también..."
  // trails off.
  if (t.ends_with("...")) t.resize(t.size() - 3);
  if (t.ends_with("\xE2\x80\xA6")) t.resize(t.size() - 3);  // U+2026
  if (t.ends_with(":")) t.pop_back();
  while (t.ends_with(" ")) t.pop_back();
  if (t.ends_with("\xC2\xA0")) t.resize(t.size() - 2);
  // A thread's title with its count: "Reader Comments (6)", "Leserforum
  // (31 Beiträge)"; counted, a bare "Comments" or "Discussion" is the thread's
  // title too (alone, a link to it or a paper's section).
  bool counted = false;
  if (t.ends_with(")")) {
    const std::size_t open = t.rfind(" (");
    std::size_t digits = open == std::string::npos ? 0 : open + 2;
    while (digits < t.size() && t[digits] >= '0' && t[digits] <= '9') ++digits;
    if (open != std::string::npos && digits > open + 2 && (digits + 1 == t.size() || t[digits] == ' ')) {
      t.resize(open);
      counted = true;
    }
  }
  if (listed_title(t)) return true;
  if (counted) {
    constexpr std::string_view kCommentsTitles[] = {"comments",           "discussion", "kommentare",   "comentarios",
                                                    "coment\xC3\xA1rios", "commenti",   "commentaires", "reacties",
                                                    "leserforum",         "komentarze", "yorumlar",     "forum"};
    if (std::ranges::find(kCommentsTitles, t) != std::end(kCommentsTitles)) return true;
  }
  // (And a site's boxes on its own standards: "Why you can trust Gadgetline",
  // "How we report on new research".)
  for (std::string_view w :
       {"most read in ", "more from ", "more stories from ", "latest from ", "why you can trust ", "how we report on "})
    if (t.starts_with(w)) return true;
  // "More in Business", "More in Sport" (a section's name of a word or two;
  // a subheading "More in store for shoppers as prices fall" runs on).
  constexpr std::size_t kSectionWords = 2;
  if (t.starts_with("more in ") && space_words(std::string_view(t).substr(8)) <= kSectionWords) return true;
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
       {"je", "jij", "u", "uw", "sie", "ihre", "vous", "votre", "usted", "tu", "t\xC3\xBA", "voc\xC3\xAA", "hai"})
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
                     has("continuare a leggere") || has("already a subscriber") || has("unlimited access") ||
                     has("keep reading") ||
                     has("gr\xC3\xA2"
                         "ce \xC3\xA0 votre abonnement");
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
  // (Moderated, closed, or disowned: "Comments do not represent the views
  // of ... We reserve the right to exclude comments ...")
  if (t.find("moderat") == std::string::npos && !has_word(t, "closed") &&
      t.find("reserve the right") == std::string::npos && t.find("represent the views") == std::string::npos)
    return false;
  return notice_voice(t) || t.starts_with("comments ") || t.starts_with("all comments ");
}

// Ad blockers, affiliate links and scripts, in the notice's voice: a story
// on publishers and ad blockers speaks of them in the third person.
bool subject_notice(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // A chart service's line under its embedded chart: "You will find more
  // infographics at Statista".
  if (has("more infographics at")) return true;
  // A broadcaster's line under an embedded post: "The BBC is not
  // responsible for the content of external sites."
  if (has("not responsible for the content of external")) return true;
  // A warning over a recap or a review, said to the reader: "Spoiler warning:
  // this recap discusses everything ... If you haven't watched yet, ...";
  // "Achtung: Der folgende Text ist bis zur markierten Stelle spoilerfrei.
  // Die Auflösung ... verraten wir erst ganz unten".
  if ((t.starts_with("spoiler warning") || t.starts_with("spoiler alert")) && speaks_to_reader(t)) return true;
  if (t.starts_with("achtung") && has("spoiler") && has_word(t, "wir")) return true;
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
      has("weiter nach der anzeige") || has("weiterlesen nach der anzeige") || has("scroll to continue with content") ||
      has("lesen sie nach der anzeige weiter") || has("fortsetter under annonsen") ||
      has("forts\303\244tter under annonsen") || has("forts\303\246tter under annoncen");
  // An affiliate disclosure: "We may earn a commission when you buy through
  // links on our site."
  const bool affiliate = (has("affiliate") && (has("link") || has("commission"))) ||
                         (has("commission") && (has("link") || has("purchase") || has_word(t, "buy")));
  // (The same disclosed in German, French, Spanish or Italian, in the site's
  // voice whatever the grammar: "Dieser Artikel enthält Affiliate-Links ...
  // erhalten wir eine Provision".)
  if (has("affiliate") && (has("provision") || has("comisi\xC3\xB3n") || has("commissione") || has("commission")) &&
      (has("wir ") || has("nous ") || has("recibimos") || has("riceviamo") || has("we ")))
    return true;
  // (Or without the word: "En achetant via ces liens, vous soutenez ..., qui
  // touche une petite commission", "... a través de estos enlaces ...
  // recibimos una comisión".)
  if (((has("commission") && has(" liens")) || (has("comisi\xC3\xB3n") && has(" enlaces"))) &&
      (has("vous ") || has("nous ") || has("recibimos") || has("usted")))
    return true;
  // Korean blogs' line under Coupang's affiliate programme: "이 포스팅은 쿠팡
  // 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다."
  if (has("\xED\x8C\x8C\xED\x8A\xB8\xEB\x84\x88\xEC\x8A\xA4 \xED\x99\x9C\xEB\x8F\x99") &&
      has("\xEC\x88\x98\xEC\x88\x98\xEB\xA3\x8C"))
    return true;  // 파트너스 활동, 수수료
  const bool subject = has("ad blocker") || has("adblock") || affiliate || script || placeholder;
  if (subject && notice_voice(t)) return true;
  // A media player's notice ("Media playback is unsupported on your
  // device") and the site's terms ("Registration on or use of this site
  // constitutes acceptance of our User Agreement"), said to the reader or
  // by the site: a story's heading may name a company's privacy policy.
  const bool player = (has("playback") || has("video") || has("audio")) &&
                      (has("unsupported") || has("not supported") || has("does not support"));
  const bool terms = has("user agreement") || has("terms of use") || has("terms of service") || has("privacy policy") ||
                     has("community rules") || has("community guidelines");
  // The same terms in other languages, accepted by the reader: a video
  // embed's "Mit dem Laden des Videos akzeptieren Sie die
  // Datenschutzerklärung von ...", "vous acceptez la politique de
  // confidentialité".
  const bool terms_abroad = has("datenschutzerkl") || has("datenschutzbestimmung") ||
                            has("politique de confidentialit") || has("pol\xC3\xADtica de privacidad") ||
                            has("informativa sulla privacy") || has("privacybeleid") || has("privacyverklaring");
  const bool accepts = has("akzeptier") || has("zustimm") || has("einverstanden") || has("accept") || has("acept") ||
                       has("accett") || has("akkoord");
  if (terms_abroad && accepts && addressed(t)) return true;
  // The site's app ("Download the KXRV app for iPhone and Android"), offered
  // to the reader: a story's line on an app ("Improved the reliability of
  // the Your Phone app when mirroring notifications from Android devices")
  // offers nothing.
  const bool offer = has("download") || has("install") || has("get the") || has("our app") || has("our free") ||
                     has_word(t, "free") || has("available");
  const bool app =
      has_word(t, "app") && offer && (has("iphone") || has("android") || has("app store") || has("google play"));
  // A newsroom's appeal for donations, said to the reader or by the site:
  // "Donate today and your gift will be matched", "Readers support us
  // financially. Your support helps keep our journalism open".
  const bool donation = (has_word(t, "donate") || has("donation") || has("support us") || has("your support") ||
                         has("listener-supported") || has("reader-supported") || has("readers like you")) &&
                        (has("journalism") || has("reporting") || has("reporters") || has("newsroom") || has("gift"));
  // Or the same appeal in the languages news sites write it: "Lee sin
  // límites y apoya el periodismo de calidad. Tu suscripción ...", "Soutenez
  // le journalisme indépendant".
  // "Pour nous aider à continuer, abonnez-vous".
  const bool support = has("support") || has("apoya") || has("apoye") || has("apoie") || has("soutenez") ||
                       has("soutenir") || has("unterst\xC3\xBCtz") || has("sostieni") || has("sostenere") ||
                       has("steun") || has("nous aider") || has("aidez-nous");
  const bool journalism = has("journalis") || has("periodis") || has("jornalis") || has("giornalis");
  // Or members' monthly dues: "más de 4.000 socios y socias pagan cada mes
  // ... súmate tú también: desde 5 euros al mes".
  const bool members = (has("socios") || has("membres") || has("mitglieder") || has("members")) &&
                       (has("al mes") || has("par mois") || has("pro monat") || has("a month") || has("per month"));
  // Or a plea for gifts: "La Boussole ne vit que de vos dons. Je soutiens
  // La Boussole".
  const bool gifts = (has("vos dons") || has("faites un don") || has("faire un don")) &&
                     (support || has("soutiens") || has("ne vit que"));
  if (((support && journalism) || members || gifts) && addressed(t)) return true;
  // A blog's appeal for its readers' subscriptions on a patronage platform
  // ("consider chipping in a few dollars a month on Patreon").
  const bool patronage = has("patreon") || has("ko-fi") || has("buy me a coffee");
  // A science site's review badge: "This article has been reviewed according
  // to Science X's editorial process and policies. Editors have highlighted
  // the following attributes ...".
  if (has("editorial process") && (has("reviewed according to") || has("editors have highlighted"))) return true;
  // A letters page's rules for submissions: a length limit and the paper's
  // right to edit ("Letters should be no longer than 250 words ... We
  // reserve the right to edit letters", "Los textos ... no deben superar las
  // 200 palabras ... se reserva el derecho de extractarlos").
  const bool length_limit = has(" words") || has(" palabras") || has(" mots") || has(" signes") || has(" zeichen") ||
                            has(" caracteres") || has(" characters");
  const bool right_to_edit = has("right to edit") || has("se reserva el derecho") ||
                             has("se r\xC3\xA9serve le droit") || has("k\xC3\xBCrzungen vor");
  const bool submissions =
      has("letter") || has("carta") || has("lettre") || has("leserbrief") || has("textos") || has("contributions");
  if (length_limit && right_to_edit && submissions) return true;
  // A bookmaker's offer under its button: "New UK customers only. Min
  // deposit £10 ... 18+. Full T&Cs apply."
  // Or a betting site's own line: "18+ only. Odds and offers are subject to
  // change."
  const bool adult = has("18+") || has("21+");
  if (adult &&
      (has("t&cs apply") || has("t&c apply") || has("terms and conditions apply") || has("new customers only") ||
       has("min deposit") || has("minimum deposit") || (has_word(t, "odds") && has("subject to change"))))
    return true;
  // A sportsbook's small print under the odds: "Odds via ... and subject to
  // change. 21+. If you or someone you know has a gambling problem, ...".
  // (Or its pointer to help, said to the reader: "If you are worried about
  // your gambling, free, confidential help is available 24/7 from the
  // National Gambling Support Line".)
  const bool betting = ((has("gambling problem") || has("problem gambling") || has("gambler")) &&
                        (has("21+") || has("18+") || has_word(t, "odds"))) ||
                       (has("gambling") && (has("helpline") || has("support line") || has("confidential help") ||
                                            has("help is available")));
  // (Or the regulator's own line: "18+ Please gamble responsibly.
  // BeGambleAware.org".)
  if ((has("gamble responsibly") || has("begambleaware")) && (has("18+") || has_word(t, "odds"))) return true;
  return (player || terms || app || donation || patronage || betting) && (speaks_to_reader(t) || site_speaks(t));
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

constexpr std::size_t kAddressLabelBytes = 40;  // a print page's "URL ...:" label over its address: at most ...
constexpr std::size_t kAddressLabelWords = 4;   // ... this long and this many words

// A print page's list of the addresses its links went to, and its own
// address and printing time, set as lines of one block: "Liens cités dans
// cet article :<br>[1] https://...<br>[2] https://...", "Adresse de
// l'article : https://...<br>Imprimé le 22/03/2024 à 10:14". Each line is an
// address (after a short label or a note's number), a short label, or the
// printing time.
bool printed_addresses(std::string_view t) {
  if (t.find('\n') == std::string_view::npos) return false;
  bool any = false;
  for (std::size_t from = 0; from <= t.size();) {
    std::size_t to = t.find('\n', from);
    if (to == std::string_view::npos) to = t.size();
    std::string_view line = t.substr(from, to - from);
    from = to + 1;
    while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
    while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
    if (line.empty()) continue;
    const std::size_t url = line.find("http");
    const std::string_view before = line.substr(0, url == std::string_view::npos ? 0 : url);
    const bool address = url != std::string_view::npos && line.find(' ', url) == std::string_view::npos &&
                         before.size() <= kAddressLabelBytes && space_words(before) <= kAddressLabelWords;
    const bool label = line.back() == ':' && line.size() <= kAddressLabelBytes;
    const bool printed =
        (line.starts_with("printed on") || line.starts_with("imprim\xC3\xA9 le") || line.starts_with("gedruckt am") ||
         line.starts_with("stampato il") || line.starts_with("impreso el")) &&
        line.find_first_of("0123456789") != std::string_view::npos;
    if (!address && !label && !printed) return false;
    any = any || address;
  }
  return any;
}

// A credit line closing a news story: "(Reporting by ...; Editing by ...)".
bool credit_line(const std::string& t) {
  // And the reporter's address: "Jane Roe can be reached at 555-0142 or
  // jroe@example.com.", "Contact Jane Roe at jroe@example.com or 555-0142."
  const bool contact = (t.find("can be reached at") != std::string::npos ||
                        (t.starts_with("contact ") && t.find(" at ") != std::string::npos && !reports(t))) &&
                       t.find('@') != std::string::npos;
  // The print edition's line and a citation of the page: "Published in the
  // print edition of ...", "A version of this article appears in print on
  // ...", "Citation: ... retrieved 6 December 2026 from https://...".
  const bool print =
      t.starts_with("published in the print edition") || t.starts_with("a version of this article appears in print");
  const bool citation = t.starts_with("citation:") && t.find("retrieved") != std::string::npos;
  // A print page's address line: "URL: https://...". And a release's
  // source under a science site's rewrite, "Materials provided by ...
  // Note: Content may be edited for style and length.", and the page's
  // citation as a reader would copy it, closing on its address in angle
  // brackets ("... ScienceWire, 14 November 2022. <www.example.com/...>.").
  // (In any language: a short label, then the address alone: "URL
  // dell'articolo: https://...", "Article URL: https://...".)
  const std::size_t url = t.find(": http");
  const bool labelled_address = url != std::string::npos && url <= kAddressLabelBytes &&
                                space_words(std::string_view(t).substr(0, url)) <= kAddressLabelWords &&
                                t.find(' ', url + 2) == std::string::npos;
  const bool address =
      labelled_address || t.starts_with("materials provided by") ||
      (t.ends_with(">.") && (t.find(" <www.") != std::string::npos || t.find(" <http") != std::string::npos));
  // A feed's footer: "The post ... appeared first on Valley Farm Journal."
  const bool feed = t.starts_with("the post ") && t.find(" appeared first on ") != std::string::npos;
  // A portal's note under a user's post, in Chinese and English: "特别声明：
  // 以上内容 ... 为自媒体平台 ... 用户上传并发布", "Notice: The content above
  // (including the pictures and videos if any) is uploaded and posted by a
  // user of ...".
  const bool hosted = t.starts_with("\xE7\x89\xB9\xE5\x88\xAB\xE5\xA3\xB0\xE6\x98\x8E\xEF\xBC\x9A") ||  // 特别声明：
                      t.starts_with("notice: the content above");
  return hosted || t.starts_with("(reporting by") || t.starts_with("reporting by") || t.starts_with("(editing by") ||
         t.starts_with("(with inputs from") || t.starts_with("reporting contributed by") ||
         t.starts_with("additional reporting by") || t.find("contributed to this report") != std::string::npos ||
         t.find("contributed reporting") != std::string::npos || contact || print || citation || address || feed ||
         printed_addresses(t);
}

// Where a story first ran: "This article was originally published by
// Futurism", "... and is republished here under a Creative Commons licence"
// (the benchmark's annotators keep it, as the story's last line).
bool attribution(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  return has("originally published") || has("originally appeared") || has("first published") || has("first appeared");
}

// An e-mail address: a word before an "@", a dot in the word after it.
bool mail_address(std::string_view t) {
  for (std::size_t at = t.find('@'); at != std::string_view::npos; at = t.find('@', at + 1)) {
    if (at == 0 || t[at - 1] == ' ') continue;
    std::size_t end = at + 1;
    while (end < t.size() && t[end] != ' ' && t[end] != ',' && t[end] != ';') ++end;
    const std::string_view domain = t.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.find('.');
    if (dot != std::string_view::npos && dot > 0 && dot + 1 < domain.size() && domain[dot + 1] != ' ') return true;
  }
  return false;
}

// "Follow us" in the languages of Central and Eastern Europe and beyond,
// naming a social network or a messenger: "Kövess minket a Facebookon is!",
// "Urmărește Sibiu Azi pe Telegram!" (said to the reader in a grammar the
// English voice checks do not read).
bool foreign_follow(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool follow =
      has("k\xC3\xB6vess") || has("urm\xC4\x83re\xC8\x99te") || has("sledujte n\xC3\xA1s") || has("sekite mus") ||
      has("prati nas") ||
      has("\xD0\xBF\xD1\x80\xD0\xB0\xD1\x82\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xBD\xD0\xB0\xD1\x81") ||  // пратите нас
      has("obserwuj") || has("suivez-nous") || has("s\xC3\xADguenos") || has("siga-nos") || has("seguici") ||
      has("volg ons") || has("folgen sie uns") || has("folge uns") ||
      // Afrikaans "Volg die Karoo Koerier op WhatsApp", Hausa "Ku biyo mu",
      // Swahili "Tufuate".
      t.starts_with("volg ") || has("ku biyo mu") || has("tufuate");
  if (!follow) return false;
  for (std::string_view w : {"facebook", "instagram", "twitter", "telegram", "viber", "whatsapp", "tiktok", "youtube"})
    if (has(w)) return true;
  return false;
}

// An appeal's subject: following, subscribing, the newsletter, the app.
bool appeal_words(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool social = has("twitter") || has("facebook") || has("instagram") || has("linkedin") || has("@");
  // A newsletter named as the site's ("our newsletter", "in your inbox"),
  // not one a story mentions ("the number in the parish newsletter").
  const bool newsletter = has("newsletter") && (has("our newsletter") || has("inbox") || has("newsletters") ||
                                                has("get the") || has("free") || has("weekly") || has("daily"));
  const bool messenger = has("telegram") || has("viber") || has("whatsapp") || has("tiktok") || has("youtube");
  return (has("follow") && (social || messenger)) || newsletter || has("subscribe") || has("sign up") ||
         has("join our") || has("copyright") || has("click here") || has("download our app") || has("email us") ||
         has("tips@") || has("become a member") || (has("republish") && !attribution(t)) || has("we're hiring") ||
         ((has("download the ") || has("get the ")) && has_word(t, "app")) || has("contact us") ||
         has("we are hiring") || has("open roles") || has("submit your") || has("send us") || has("news tip") ||
         has("reblog this") || (has("letter to the editor") && (has("send a") || has("write a") || has("submit a")));
}

// A messenger's channel or community: WhatsApp or Telegram with "channel"
// in one of the languages news sites write it, or a LINE account.
bool messenger_channel(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // (LINE, the messenger of Thailand and Japan, names its channels "LINE
  // Official Account", "LINE公式アカウント".)
  if (has("line official account") ||
      has("line\xE5\x85\xAC\xE5\xBC\x8F\xE3\x82\xA2\xE3\x82\xAB\xE3\x82\xA6\xE3\x83\xB3\xE3\x83\x88"))
    return true;
  if (!has("whatsapp") && !has("telegram")) return false;
  // (WhatsApp's communities too: "Join the Gazette WhatsApp community for
  // the latest headlines".)
  for (std::string_view w : {"channel", "saluran", "canal", "kanal", "cha\xC3\xAEne",
                             "\xD0\xBA\xD0\xB0\xD0\xBD\xD0\xB0\xD0\xBB",  // канал
                             "community", "comunidad", "comunidade", "communaut\xC3\xA9", "komunitas"})
    if (has(w)) return true;
  return false;
}

}  // namespace

bool is_source_line(std::string_view text) {
  constexpr std::size_t kSourceBytes = 100;
  if (text.size() > kSourceBytes) return false;
  const std::string t = lower_ascii(text);
  constexpr std::string_view kComInformacoes =
      "com informa\xC3\xA7\xC3\xB5"
      "es de ";  // com informações de
  for (std::string_view w :
       {std::string_view("con informaci\xC3\xB3n de "), std::string_view("con informacion de "),
        std::string_view("(con informaci\xC3\xB3n de "), kComInformacoes, std::string_view("with information from "),
        std::string_view("source: "), std::string_view("sources: "), std::string_view("fuente: "),
        std::string_view("fuentes: "), std::string_view("quelle: "), std::string_view("provided by "),
        std::string_view("source : ")})
    if (t.starts_with(w)) return true;
  return false;
}

bool is_table_source(std::string_view text) {
  constexpr std::size_t kTableSourceBytes = 240;
  if (text.size() > kTableSourceBytes) return false;
  if (text.starts_with("(")) text.remove_prefix(1);
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view word = text.substr(0, colon);
  while (word.ends_with(" ")) word.remove_suffix(1);
  static constexpr std::array<std::string_view, 35> kWords = {
      // English, Spanish, Portuguese, German, Dutch.
      "source", "sources", "fuente", "fuentes", "fonte", "fontes", "quelle", "quellen", "bron",
      // Danish and Norwegian, Swedish, Finnish, Estonian, Icelandic.
      "kilde", "k\xC3\xA4lla", "l\xC3\xA4hde", "allikas", "heimild",
      // Polish, Czech and Slovak, Hungarian, Romanian, Croatian and Serbian, Slovenian, Latvian, Lithuanian.
      "\xC5\xBAr\xC3\xB3"
      "d\xC5\x82o",
      "zdroj", "forr\xC3\xA1s", "sursa", "izvor", "vir", "avots",
      "\xC5\xA1"
      "altinis",
      // Turkish, Indonesian and Malay, Vietnamese, Russian, Ukrainian, Greek.
      "kaynak", "sumber", "ngu\xE1\xBB\x93n", "\xD0\xB8\xD1\x81\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA",
      "\xD0\xB4\xD0\xB6\xD0\xB5\xD1\x80\xD0\xB5\xD0\xBB\xD0\xBE", "\xCF\x80\xCE\xB7\xCE\xB3\xCE\xAE",
      // Bulgarian; Serbian and Macedonian in Cyrillic.
      "\xD0\xB8\xD0\xB7\xD1\x82\xD0\xBE\xD1\x87\xD0\xBD\xD0\xB8\xD0\xBA", "\xD0\xB8\xD0\xB7\xD0\xB2\xD0\xBE\xD1\x80",
      // "Data: ...", "Datos: ...", "Daten: ...", "Données : ...".
      "data", "datos", "dados", "daten",
      "donn\xC3\xA9"
      "es"};
  static_assert(std::ranges::none_of(kWords, &std::string_view::empty));
  // (Folded once: the list is written as it reads.)
  static const std::vector<std::string> folded = [] {
    std::vector<std::string> out;
    out.reserve(kWords.size());
    for (std::string_view w : kWords) out.push_back(text::fold_word(w));
    return out;
  }();
  return std::ranges::find(folded, text::fold_word(word)) != folded.end();
}

namespace {

bool contact_label_line(std::string_view text) {
  constexpr std::size_t kLabelBytes = 60;
  if (text.size() > kLabelBytes) return false;
  std::string t = lower_ascii(text);
  while (!t.empty() && (t.back() == ':' || t.back() == ' ')) t.pop_back();
  for (std::string_view w : {"for further information, please contact", "for more information, please contact",
                             "for more information please contact", "for further information please contact",
                             "for further information contact", "for more information contact", "media inquiries",
                             "media enquiries", "press inquiries", "press enquiries"})
    if (t == w) return true;
  // "Contact presse", "Contacto de prensa", "Contatto stampa", "Informações
  // para a imprensa", "Ufficio stampa".
  static constexpr std::string_view kParaImprensa =
      "informa\xC3\xA7\xC3\xB5"
      "es para a imprensa";
  static constexpr std::string_view kParaPrensa =
      "informaci\xC3\xB3"
      "n para la prensa";
  for (std::string_view w :
       {std::string_view("contact presse"), std::string_view("contacts presse"), std::string_view("relations presse"),
        std::string_view("contacto de prensa"), std::string_view("contactos de prensa"), kParaPrensa,
        std::string_view("contato de imprensa"), std::string_view("contato para a imprensa"), kParaImprensa,
        std::string_view("assessoria de imprensa"), std::string_view("contatto stampa"),
        std::string_view("contatti stampa"), std::string_view("ufficio stampa")})
    if (t == w) return true;
  // A Japanese release's "本件に関するお問い合わせ先", "報道関係のお問い合わせ"
  // (inquiries about this release, from the press).
  for (std::string_view w : {"\xE3\x81\x8A\xE5\x95\x8F\xE3\x81\x84\xE5\x90\x88\xE3\x82\x8F\xE3\x81\x9B\xE5\x85\x88",
                             "\xE3\x81\x8A\xE5\x95\x8F\xE3\x81\x84\xE5\x90\x88\xE3\x82\x8F\xE3\x81\x9B"})
    if (t.ends_with(w)) return true;  // お問い合わせ先, お問い合わせ
  // "Media Contact", "Investor Contacts", "Press contact", "Contact",
  // "Pressekontakt", "Kontakt für Medien" reads on its first word alone.
  if (space_words(t) > 3) return false;
  for (std::string_view w : {"contact", "contacts", "kontakt", "kontakte", "perscontact"}) {
    const std::size_t at = t.rfind(w);
    if (at != std::string::npos && at + w.size() == t.size()) return true;
  }
  return false;
}

// An address or a number: "jroe@example.com", "Tel: +1 612 555 0107",
// "www.example.com".
bool contact_address(std::string_view t) {
  const auto digits = std::ranges::count_if(t, [](char c) { return c >= '0' && c <= '9'; });
  return t.find('@') != std::string_view::npos || t.find("www.") != std::string_view::npos ||
         t.find("http") != std::string_view::npos || digits >= 7;
}

// (An address or a number may come with its office hours: "Freephone
// 0120-000-000 (9:00-17:30, not on weekends or holidays)".)
constexpr std::size_t kContactLineBytes = 160;

bool contact_line(std::string_view text) {
  constexpr std::size_t kLineWords = 8, kNameBytes = 100;
  if (text.empty() || text.size() > kContactLineBytes) return false;
  // Else a name and a title: a few words, no sentence.
  return contact_address(text) ||
         (text.size() <= kNameBytes && space_words(text) <= kLineWords && !ends_sentence(text));
}

// Whether `pred` holds for a line of `text` from `from` on.
template <class Pred>
bool any_line(std::string_view text, std::size_t from, Pred pred) {
  while (from < text.size()) {
    const std::size_t to = std::min(text.find('\n', from), text.size());
    if (pred(text.substr(from, to - from))) return true;
    from = to + 1;
  }
  return false;
}

// Whether every line of `text` from `from` on is a contact line.
bool contact_lines(std::string_view text, std::size_t from) {
  return !any_line(text, from, [](std::string_view line) { return !contact_line(line); });
}

}  // namespace

bool is_contact_label(std::string_view text) {
  const std::size_t end = std::min(text.find('\n'), text.size());
  return contact_label_line(text.substr(0, end)) && contact_lines(text, end + 1);
}

bool is_contact_line(std::string_view text) { return !text.empty() && contact_lines(text, 0); }

bool is_inline_contact(std::string_view text) {
  constexpr std::size_t kInlineBytes = 200, kPhoneDigits = 6;
  const std::size_t colon = text.find(':');
  if (text.size() > kInlineBytes || colon == std::string_view::npos || !contact_label_line(text.substr(0, colon)))
    return false;
  const std::string_view rest = text.substr(colon + 1);
  const auto digits = std::ranges::count_if(rest, [](char c) { return c >= '0' && c <= '9'; });
  return rest.find('@') != std::string_view::npos || static_cast<std::size_t>(digits) >= kPhoneDigits;
}

bool is_contact_address(std::string_view text) {
  // (A block of lines, "<p>Name<br>Street<br>Tel: ...</p>", has its address
  // on one of them.)
  return any_line(text, 0,
                  [](std::string_view line) { return line.size() <= kContactLineBytes && contact_address(line); });
}

bool is_opinion_note(std::string_view text) {
  constexpr std::size_t kNoteBytes = 300;
  // (Every block is asked: most are passed over without a copy.)
  if (text.size() > kNoteBytes || text.find("xpressed") == std::string_view::npos) return false;
  const std::string t = lower_ascii(text);
  return (has_word(t, "views") || has_word(t, "opinions")) && has_word(t, "expressed");
}

bool is_ai_note(std::string_view text) {
  constexpr std::size_t kNoteBytes = 300;
  // (Every block is asked: most are passed over without a copy. The AI is
  // written in capitals, "AI", "IA", "KI", or in full, "intelligence".)
  if (text.size() > kNoteBytes) return false;
  if (std::ranges::none_of(std::array<std::string_view, 4>{"AI", "IA", "KI", "ntel"},
                           [&](std::string_view w) { return text.find(w) != std::string_view::npos; }))
    return false;
  const std::string t = lower_ascii(text);
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  const bool ai = has_word(t, "ai") || has_word(t, "ia") || has_word(t, "ki") || has("intelligence artificielle") ||
                  has("artificial intelligence") || has("inteligencia artificial") ||
                  has("k\xC3\xBCnstliche intelligenz") || has("kunstmatige intelligentie") ||
                  has("intelligenza artificiale") || has("intelig\xC3\xAAncia artificial");
  if (!ai) return false;
  // (Made: generated, produced, created, written; produit, généré, rédigé,
  // skapad, gemaakt, erstellt, generado, criado ...)
  static constexpr std::array<std::string_view, 17> kMade = {"generat",
                                                             "g\xC3\xA9n\xC3\xA9r",
                                                             "produ",
                                                             "creat",
                                                             "cr\xC3\xA9\xC3\xA9",
                                                             "made ",
                                                             "written",
                                                             "r\303\251dig",
                                                             "skapad",
                                                             "gemaakt",
                                                             "gegenereerd",
                                                             "erstellt",
                                                             "generad",
                                                             "gerad",
                                                             "cread",
                                                             "elaborad",
                                                             "criad"};
  if (std::ranges::none_of(kMade, has)) return false;
  // (Of what: a summary, a voice reading the article, a translation.)
  static constexpr std::array<std::string_view, 21> kWhat = {"summar",
                                                             "r\xC3\xA9sum\xC3\xA9",
                                                             "sammanfattning",
                                                             "samenvatting",
                                                             "zusammenfassung",
                                                             "resumen",
                                                             "riassunto",
                                                             "resumo",
                                                             "key points",
                                                             "voice",
                                                             "voix",
                                                             "r\xC3\xB6st",
                                                             "stem ",
                                                             "stimme",
                                                             "voz ",
                                                             "voce ",
                                                             "translat",
                                                             "tradu",
                                                             "\xC3\xB6versatt",
                                                             "vertaald",
                                                             "\303\274bersetzt"};
  return std::ranges::any_of(kWhat, has);
}

bool is_correction_note(std::string_view text) {
  constexpr std::size_t kNoteBytes = 600;
  if (text.size() > kNoteBytes || !ends_sentence(text)) return false;
  const std::string t = lower_ascii(text.substr(0, 40));
  for (std::string_view w : {"correction:", "correction, ", "correction (",
                             "corrections:", "clarification:", "clarification, ", "an earlier version of this"})
    if (t.starts_with(w)) return true;
  return false;
}

// The notes sites set under every story of a kind: that a health story is
// no medical advice ("This article is for general information only and is
// not medical advice", "Er kann einen Arztbesuch nicht ersetzen",
// "医学的な助言ではありません"), that a finance story is no investment advice
// or which securities its author holds, and where to find help after a
// story on a hard subject.
bool advice_disclaimer(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // (And the pointer to help under a story on a hard subject: "If you have
  // been affected by any of the issues raised in this article, ...".)
  if (has("affected by any of the issues") || has("affected by the issues raised") || has("affected by issues raised"))
    return true;
  if (has("not medical advice") || has("not intended as medical advice") || has("not a substitute for professional") ||
      has("does not constitute medical advice") || has("should not be taken as medical advice") ||
      has("for general information only") || has("for informational purposes only"))
    return true;
  // So is a finance page's note that it is no investment advice, or which
  // securities its author holds ("The author holds BTC and ETH", "Dieser
  // Artikel stellt keine Anlageberatung dar", "不构成任何投资建议").
  if (has("not investment advice") || has("not financial advice") || has("constitute investment advice") ||
      has("construed as investment advice") || has("the author holds") || has("the author does not hold") ||
      has("holds no position") || has("does not hold positions") || has("keine anlageberatung") ||
      has("keine positionen in") || has("ne constitue pas un conseil") ||
      has("recomendaci\303\263n de inversi\303\263n") ||
      has("\xE4\xBD\x9C\xE8\x80\x85\xE6\x8C\x81\xE6\x9C\x89"))  // 作者持有
    return true;
  // (Chinese "不构成(任何)投资建议", "风险提示"; Japanese "投資助言 / 投資勧誘
  // ... ではありません": said of the page, not an adviser's business.)
  const bool no_advice_zh = has("\xE4\xB8\x8D\xE6\x9E\x84\xE6\x88\x90") &&            // 不构成
                            has("\xE6\x8A\x95\xE8\xB5\x84\xE5\xBB\xBA\xE8\xAE\xAE");  // 投资建议
  const bool no_advice_ja =
      (has("\xE6\x8A\x95\xE8\xB3\x87\xE5\x8A\xA9\xE8\xA8\x80") ||                                   // 投資助言
       has("\xE6\x8A\x95\xE8\xB3\x87\xE5\x8B\xA7\xE8\xAA\x98")) &&                                  // 投資勧誘
      has("\xE3\x81\xA7\xE3\x81\xAF\xE3\x81\x82\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x9B\xE3\x82\x93");  // ではありません
  if (no_advice_zh || no_advice_ja || has("\xE9\xA3\x8E\xE9\x99\xA9\xE6\x8F\x90\xE7\xA4\xBA")) return true;  // 风险提示
  // German, French, Spanish, Portuguese: "ersetzt keine ärztliche Beratung",
  // "ne remplace pas un avis médical", "no sustituye la consulta médica",
  // "não substitui a consulta médica".
  constexpr std::string_view kReplaceNot[] = {"ersetzt keine", "nicht ersetzen", "ne remplace pas",
                                              "no sustituye",  "no reemplaza",   "n\303\243o substitui"};
  constexpr std::string_view kDoctor[] = {"arzt", "\303\244rztlich", "m\303\251dic", "m\303\251dec", "medic"};
  // (Said of the page itself: "Die App soll den Arztbesuch nicht ersetzen,
  // betont Müller" closes a story.)
  constexpr std::string_view kPage[] = {"artikel",       "article",     "art\303\255culo", "artigo",
                                        "informationen", "information", "informaci",       "informa\303\247",
                                        "inhalte",       "contenu",     "contenido",       "conte\303\272do"};
  if (std::ranges::any_of(kReplaceNot, has) && std::ranges::any_of(kDoctor, has) && std::ranges::any_of(kPage, has))
    return true;
  // Japanese "医学的な助言ではありません", "医師の診断に代わるものではありません";
  // Korean "의학적 진단이나 치료를 대신할 수 없습니다".
  return has("\xE5\x8C\xBB\xE5\xAD\xA6\xE7\x9A\x84\xE3\x81\xAA\xE5\x8A\xA9\xE8\xA8\x80") ||
         has("\xE4\xBB\xA3\xE3\x82\x8F\xE3\x82\x8B\xE3\x82\x82\xE3\x81\xAE\xE3\x81\xA7\xE3\x81\xAF") ||
         (has("\xEC\x9D\x98\xED\x95\x99\xEC\xA0\x81") &&
          has("\xEB\x8C\x80\xEC\x8B\xA0\xED\x95\xA0 \xEC\x88\x98 \xEC\x97\x86"));
}

// An appeal for the readers' support or their tips, in languages the
// English voice checks do not read: "apoie com um Pix", "postaw nam kawę",
// "Jika Anda ingin mendukung, ...", "поддержите нас", "пишите в наш
// Telegram-бот".
bool foreign_support(const std::string& t) {
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  // (Not a mayor's plea quoted in a disaster story, "pediu que a população
  // apoie e contribua com doações": the site's work or its Pix key.)
  const bool portuguese =
      has("apoie") && (has_word(t, "pix") || has("jornalismo") || has("nosso trabalho") || has("este trabalho"));
  const bool polish = has("postaw nam kaw") || has("postaw mi kaw") || has("wesprzyj nas") || has("wesprzyj nasz");
  const bool indonesian = has("ingin mendukung") || has("dukung kami") || has("trakteer") || has("saweria");
  // Russian: "(на)пишите нам / в наш ... / на почту / в редакцию".
  constexpr std::string_view kWrite = "\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5 ";  // "ишите "
  bool russian = false;
  for (std::size_t at = t.find(kWrite); at != std::string::npos && !russian; at = t.find(kWrite, at + 1)) {
    const std::string_view rest = std::string_view(t).substr(at + kWrite.size());
    for (std::string_view w :
         {std::string_view("\xD0\xBD\xD0\xB0\xD0\xBC"),                                    // нам
          std::string_view("\xD0\xB2 \xD0\xBD\xD0\xB0\xD1\x88"),                           // в наш
          std::string_view("\xD0\xBD\xD0\xB0 \xD0\xBF\xD0\xBE\xD1\x87\xD1\x82\xD1\x83"),   // на почту
          std::string_view("\xD0\xB2 \xD1\x80\xD0\xB5\xD0\xB4\xD0\xB0\xD0\xBA\xD1\x86")})  // в редакц
      if (rest.starts_with(w)) russian = true;
  }
  // "(п)оддержите нас", "(п)оддержать нас": support us.
  static constexpr std::string_view kSupportUs =
      "\xD0\xBE\xD0\xB4\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xBD\xD0\xB0\xD1\x81";
  static constexpr std::string_view kToSupportUs =
      "\xD0\xBE\xD0\xB4\xD0\xB4\xD0\xB5\xD1\x80\xD0\xB6\xD0\xB0\xD1\x82\xD1\x8C \xD0\xBD\xD0\xB0\xD1\x81";
  russian = russian || has(kSupportUs) || has(kToSupportUs);
  return portuguese || polish || indonesian || russian;
}

// A line naming a messenger in a language other than English ("Jiunge na
// chaneli yetu ya WhatsApp", "Sithumelele umlayezo ku-WhatsApp ku-081
// ..."): short, it closes a story only as the site's appeal to follow it
// there or to send it news. A line in English is left to the English tests
// ("WhatsApp did not respond to a request for comment" is the story's), and
// one in another language of Western Europe needs an appeal's verb.
bool foreign_messenger_line(const std::string& t) {
  const bool messenger = t.find("whatsapp") != std::string::npos || t.find("telegram") != std::string::npos ||
                         t.find("t.me/") != std::string::npos;
  if (!messenger) return false;
  // (Nor a line in the languages of Western Europe, whose stories name the
  // messengers as often: "WhatsApp no respondió a la solicitud de
  // comentarios", "Telegram hat sich dazu nicht geäußert".)
  static constexpr std::array<std::string_view, 61> kReported = {
      "the", "to",   "of",   "for", "did",  "was",  "has",   "is",  "not",  "and", "by",  "on",  "in",
      "can", "will", "with", "at",  "from", "it",   "are",   "be",  "have", "de",  "la",  "el",  "los",
      "las", "que",  "del",  "en",  "le",   "les",  "des",   "du",  "une",  "der", "die", "das", "und",
      "il",  "di",   "che",  "um",  "uma",  "por",  "para",  "con", "avec", "mit", "zu",  "ist", "est",
      "es",  "och",  "og",   "van", "hat",  "sich", "nicht", "ein", "eine"};
  if (std::ranges::none_of(kReported, [&](std::string_view w) { return has_word(t, w); })) return true;
  // Unless it speaks to the reader: "Clique aqui e entre no grupo da Tribuna
  // no WhatsApp", "Únete a nuestro canal", "Rejoignez-nous sur WhatsApp".
  static constexpr std::array<std::string_view, 16> kAppeal = {
      "clique",    "receba", "participe", "siga ",      "\xC3\xBAnete", "unete",     "s\xC3\xADguenos", "recibe",
      "rejoignez", "suivez", "abonnez",   "folgen sie", "abonniere",    "iscriviti", "seguici",         "unisciti"};
  return std::ranges::any_of(kAppeal, [&](std::string_view w) { return t.find(w) != std::string::npos; });
}

bool is_messenger_appeal(std::string_view text) {
  constexpr std::size_t kAppealBytes = 240;
  if (text.size() > kAppealBytes) return false;
  const std::string t = lower_ascii(text);
  return messenger_channel(t) && !reports(t);
}

bool is_call_to_action(std::string_view text) {
  if (text.size() > 400) return false;
  const std::string t = lower_ascii(text);
  // Credit and copyright lines close a story whatever their voice. (A
  // paragraph of the story may close on its agency's mark, "... a claim
  // is made. (©NTB)": sentences before the "©".)
  constexpr std::size_t kStoryWords = 8;
  const std::size_t mark = t.find("\xC2\xA9");
  std::string_view before = std::string_view(t).substr(0, mark == std::string::npos ? 0 : mark);
  while (!before.empty() && (before.back() == ' ' || before.back() == '(')) before.remove_suffix(1);
  const bool copyright = mark != std::string::npos && !(space_words(before) >= kStoryWords && ends_sentence(before));
  // (Turkish: "Bu haberin tüm hakları ... aittir", all rights in this story
  // belong to ...; "Tüm hakları saklıdır", all rights reserved.)
  if (credit_line(t) || t.starts_with("copyright") || copyright || t.find("all rights reserved") != std::string::npos ||
      t.find("t\xC3\xBCm haklar\xC4\xB1") != std::string::npos)
    return true;
  // A short line naming Google News is the site's appeal to follow it there,
  // in whatever language ("Baca berita lainnya di Google News", "Siga-nos
  // no Google News"); a story about the service runs longer or reports
  // what someone said of it.
  // (Portuguese and Spanish "Google Notícias", "Google Noticias".)
  if (text.size() <= 120 &&
      (t.find("google news") != std::string::npos || t.find("google not\303\255cias") != std::string::npos ||
       t.find("google noticias") != std::string::npos))
    return !reports(t);
  // So is a line naming the site's channel on a messenger ("Ikuti saluran
  // WhatsApp ...", "Join our Telegram channel", "canal de WhatsApp").
  if (messenger_channel(t)) return !reports(t);
  if (advice_disclaimer(t)) return !reports(t);
  constexpr std::size_t kMessengerBytes = 200;
  if (text.size() <= kMessengerBytes && foreign_messenger_line(t)) return !reports(t);
  constexpr std::size_t kSupportBytes = 300;
  if (text.size() <= kSupportBytes && foreign_support(t)) return !reports(t);
  // A subscription offer in the site's language, said to the reader
  // ("Suscríbete a Diario de la Sierra ... 3 meses por 1 €", "Assine o
  // Jornal ...", "Abonnez-vous ...", "Jetzt abonnieren ...").
  // (Split where a hex escape is followed by a hex digit.)
  static constexpr std::string_view kSuscribete =
      "suscr\xC3\xAD"
      "bete";
  for (std::string_view w : {kSuscribete, std::string_view("assine "), std::string_view("abonnez-vous"),
                             std::string_view("jetzt abonnieren")})
    if (t.starts_with(w)) return !reports(t);
  // (Or after a first sentence: "O jornalismo de proximidade precisa de si.
  // Assine a Gazeta ..."; or an offer to join as a member: "fes-te'n soci per
  // 5 euros al mes", "hazte socio", "torne-se sócio".)
  constexpr std::size_t kOfferBytes = 300;
  if (text.size() <= kOfferBytes) {
    for (std::string_view w : {". assine ", "fes-te soci", "fes-te'n soci", "fes-te\xE2\x80\x99n soci", "hazte socio",
                               "torne-se s\303\263cio"})
      if (t.find(w) != std::string::npos) return !reports(t);
  }
  constexpr std::size_t kFollowBytes = 240;
  if (text.size() <= kFollowBytes && foreign_follow(t)) return !reports(t);
  // "For more news about the weather, visit example.ph/weather."
  for (std::string_view w : {"for more news", "for more stories", "for the latest news", "for more updates"})
    if (t.starts_with(w)) return true;
  constexpr std::size_t kTipBytes = 240;
  // The Nordic and Dutch newsroom's call for tips, opening the line:
  // "Tips oss! Har du et tips til sportsredaksjonen? Send SMS til ...",
  // "Har du ett tips? Mejla ...", "Tip ons via ...".
  for (std::string_view w :
       {"tips oss", "tipsa oss", "tip os ", "tip os!", "tip os:", "har du tips", "har du et tips", "har du ett tips",
        "har du ett nyhetstips", "tip ons", "heb je een tip", "heeft u een tip"})
    if (text.size() <= kTipBytes && t.starts_with(w)) return !reports(t);
  // (Or the Swedish and Norwegian "Vet du mer? Mejla tips@...", "Vet du
  // mer om saken? Send e-post til ...": the question and an address.)
  if (text.size() <= kTipBytes && t.starts_with("vet du mer") && mail_address(t)) return !reports(t);
  // A newsroom's tip line: its address and a promise of anonymity ("Vet du
  // mer? Kontakta granskar@... Du har rätt att vara anonym", "Email
  // tips@... Anonymity guaranteed").
  if (text.size() <= kTipBytes && mail_address(t) &&
      (t.find("anonym") != std::string::npos || t.find("anonim") != std::string::npos ||
       t.find("an\xC3\xB3nim") != std::string::npos || t.find("anoniem") != std::string::npos))
    return !reports(t);
  // An appeal is said to the reader, by the site, or is a bare line ("Follow
  // @jdoe on X"); the story's last paragraph may name subscribers or a
  // newsletter in the third person ("Readers who signed up ...").
  return appeal_words(t) && !reports(t) && notice_voice(t);
}

}  // namespace lede::html
