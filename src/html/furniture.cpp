// Widget furniture and section breaks told by their words (see furniture.h).
#include "html/furniture.h"

#include <string>

#include "html/notices.h"
#include "html/space.h"
#include "html/voice.h"
#include "text/chars.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace lede::html {

namespace {

bool player_furniture(std::string_view text) {
  // (A counter opens on a digit, a label ends on a colon: no copy for the rest.)
  constexpr std::size_t kVideoLabelBytes = 40;
  if (text.empty() || text.size() > 100) return false;
  // A player's label alone ("Video" over the clip's title), and the states
  // a player's script shows or hides ("Video Loading", "Click to play",
  // "The video will start in 8").
  if (is_video_label(text)) return true;
  constexpr std::size_t kStateBytes = 40;
  if (text.size() <= kStateBytes &&
      (lower(text.front()) == 'v' || lower(text.front()) == 'c' || lower(text.front()) == 't')) {
    const std::string t = lower_ascii(text);
    for (std::string_view w : {"video loading", "video unavailable", "click to play", "tap to play"})
      if (t == w || (t.starts_with(w) && t.ends_with("to play"))) return true;
    if (t.starts_with("the video will start in")) return true;
  }
  // An Indonesian portal's clip promo: "Simak Video "...":".
  if ((lower(text.front()) == 's') &&
      (lower_ascii(text.substr(0, 12)) == "simak video " || lower_ascii(text.substr(0, 15)) == "saksikan video "))
    return true;
  // (A video promo's label before a dash opens on "v": "VIDÉO - ...";
  // or before a full stop, in capitals: "VIDÉO. Gratuité des transports".)
  const bool capital_label = text.starts_with("VID\xC3\x89O. ") || text.starts_with("VIDEO. ");
  const bool dashed =
      capital_label || (lower(text.front()) == 'v' && (text.find(" - ") != std::string_view::npos ||
                                                       text.find(" \xE2\x80\x93 ") != std::string_view::npos ||
                                                       text.find(" | ") != std::string_view::npos));
  // (Or a Japanese or Chinese site's bracketed label: "【動画】", "【视频】".)
  const bool bracketed = text.starts_with("\xE3\x80\x90");  // 【
  if (!is_digit(text.front()) && text.find(':') == std::string_view::npos && !dashed && !bracketed) return false;
  const std::string t = lower_ascii(text);
  // A counter: "1,204 votes", "35 comments", "2.1k shares". (Not a bare
  // time, "1:42": a video's length, but also a live blog's update time,
  // which is the story's.)
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || ((t[i] == ',' || t[i] == '.') && i > 0))) ++i;
  if (i > 0 && i < t.size() && (t[i] == 'k' || t[i] == 'm')) ++i;
  if (i > 0 && i < t.size() && t[i] == ' ') {
    const std::string_view unit = std::string_view(t).substr(i + 1);
    for (std::string_view w :
         {"votes", "vote", "comments", "comment", "shares", "share", "views", "likes", "replies", "videos", "photos"})
      if (unit == w) return true;
  }
  // A clip's length and credit in one line: "00:48 · Video: Eirik Sande".
  for (std::string_view sep : {" \xC2\xB7 ", " | "})
    if (const std::size_t at = t.find(sep); at != std::string::npos && is_clock_time(std::string_view(t).substr(0, at)))
      return true;
  // A media item's title under its label: "Watch: drone footage shows the
  // flooded line" (a sentence of the story ends like one).
  if (ends_sentence(t)) return false;
  // (And a Japanese or Chinese site's "【動画】", "【视频】" over the clip's title.)
  for (std::string_view w :
       {"watch:", "video:", "listen:", "watch now:", "watch live:", "audio:", "up next:",
        "\xE3\x80\x90\xE5\x8B\x95\xE7\x94\xBB\xE3\x80\x91", "\xE3\x80\x90\xE8\xA7\x86\xE9\xA2\x91\xE3\x80\x91"})
    if (t.starts_with(w)) return true;
  // A French site's video promo, its label before a dash or a bar: "VIDÉO -
  // Le beurre atteint un prix record", "VIDÉO | La piscine de Ciney, un
  // bâtiment à bout de souffle" (only ASCII is lower-cased: "vidÉo").
  if (capital_label) return true;
  // (And Spanish "VÍDEO |", "Vídeo |".)
  static constexpr std::string_view kVideoAccented =
      "v\xC3\xAD"
      "deo";  // vídeo
  static constexpr std::string_view kVideoEsCapital =
      "v\xC3\x8D"
      "deo";
  for (std::string_view label : {std::string_view("video"), std::string_view("vid\xC3\xA9o"),
                                 std::string_view("vid\xC3\x89o"), kVideoEsCapital, kVideoAccented})
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " | "})
      if (t.starts_with(label) && std::string_view(t).substr(label.size()).starts_with(dash)) return true;
  // The same label in other words or languages: "Tonton juga video:",
  // "Assista ao vídeo:", "Mira el video:", "Watch the video:".
  const std::size_t colon = t.find(':');
  if (colon == std::string::npos || colon > kVideoLabelBytes) return false;
  // (Case-folded with Unicode's rules: "ВИДЕО:", "WIDEO:".)
  // (French sets a space before the colon: "Vidéo : ...".)
  std::string_view head = std::string_view(t).substr(0, colon);
  while (head.ends_with(' ')) head.remove_suffix(1);
  const std::string label = text::fold_word(head);
  for (std::string_view w :
       {std::string_view("video"), kVideoAccented, std::string_view("vid\xC3\xA9o"), std::string_view("wideo"),
        std::string_view("\xD0\xB2\xD0\xB8\xD0\xB4\xD0\xB5\xD0\xBE"),                                  // видео
        std::string_view("\xD0\xB2\xD1\x96\xD0\xB4\xD0\xB5\xD0\xBE"),                                  // відео
        std::string_view("\xE0\xA4\xB5\xE0\xA5\x80\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA5\x8B"),  // वीडियो
        std::string_view("vaizdo \xC4\xAFra\xC5\xA1"
                         "as")})  // vaizdo įrašas (Lithuanian)
    if (label.ends_with(w)) return true;
  return false;
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

constexpr std::string_view kCurrencies[] = {"$", "\xC2\xA3", "\xE2\x82\xAC"};  // $ £ €

// A booking card's price ("From $180 a night"), a product card's ("$64.99
// at Amazon", "€219 at Norrvik") or a bare count ("1.2K" claps).
bool price_or_count(std::string_view text) {
  constexpr std::size_t kPriceBytes = 40;
  // (All open on "From", a currency's sign or a digit: no copy of the other
  // short blocks.)
  const auto c = static_cast<unsigned char>(text.empty() ? 0 : text.front());
  if (text.empty() || text.size() > kPriceBytes ||
      (lower(text.front()) != 'f' && !is_digit(text.front()) && c != '$' && c != 0xC2 && c != 0xE2))
    return false;
  const std::string t = lower_ascii(text);
  for (std::string_view sign : kCurrencies) {
    if (t.starts_with("from " + std::string(sign)) && t.size() > sign.size() + 5 && is_digit(t[sign.size() + 5]))
      return true;
    if (!t.starts_with(sign)) continue;
    std::size_t i = sign.size();
    const std::size_t digits = i;
    while (i < t.size() && (is_digit(t[i]) || ((t[i] == '.' || t[i] == ',') && i > digits))) ++i;
    if (i > digits && t.compare(i, 4, " at ") == 0 && !ends_sentence(t)) return true;
  }
  std::size_t i = 0;
  while (i < t.size() && (is_digit(t[i]) || (t[i] == '.' && i > 0))) ++i;
  return i > 0 && i + 1 == t.size() && (t[i] == 'k' || t[i] == 'm');
}

// A story's pager, "Page 1 of 2" ("Página 1 de 2", "Seite 1 von 2"), and a
// CMS's counter of its readers, "Hits: 3412" ("Acessos: 3412", "Zugriffe:
// 3412"): a word, a number, and for a pager a word and a number again.
bool pager_or_hits(std::string_view text) {
  constexpr std::size_t kPagerBytes = 40;
  if (text.size() > kPagerBytes || text.empty() || is_digit(text.front())) return false;
  const std::string t = lower_ascii(text);
  const auto number_at = [&](std::size_t i) {
    std::size_t j = i;
    while (j < t.size() && (is_digit(t[j]) || (j > i && (t[j] == '.' || t[j] == ',')))) ++j;
    return j > i ? j : std::string::npos;
  };
  for (std::string_view w : {"page ", "p\xC3\xA1gina ", "pagina ", "seite ", "strona ", "str\xC3\xA1nka "}) {
    if (!t.starts_with(w)) continue;
    const std::size_t a = number_at(w.size());
    if (a == std::string::npos) return false;
    for (std::string_view of : {" of ", " de ", " di ", " von ", " z ", " sur ", " van ", " ze "})
      if (t.compare(a, of.size(), of) == 0) return number_at(a + of.size()) == t.size();
    return false;
  }
  for (std::string_view w : {"hits: ", "acessos: ", "visitas: ", "zugriffe: ", "aufrufe: ", "lecturas: ", "visite: ",
                             "views: ", "leituras: "})
    if (t.starts_with(w)) return number_at(w.size()) == t.size();
  return false;
}

// A product card's line run together: its brand, its name and its price
// at a shop ("Greenway 3-in-1 Soil Moisture Meter $14 at Amazon").
bool product_card(std::string_view text) {
  constexpr std::size_t kCardBytes = 120, kShopBytes = 30, kShopWords = 3;
  if (text.size() > kCardBytes || ends_sentence(text)) return false;
  const std::size_t at = text.rfind(" at ");
  if (at == std::string_view::npos || at == 0 || text.size() - at > kShopBytes) return false;
  // (The shop is a name: "at Amazon", not "at the door".)
  const std::string_view shop = text.substr(at + 4);
  if (shop.empty() || space_words(shop) > kShopWords || (shop.front() >= 'a' && shop.front() <= 'z')) return false;
  const std::size_t start = text.rfind(' ', at - 1);
  const std::string_view price = text.substr(start == std::string_view::npos ? 0 : start + 1,
                                             at - (start == std::string_view::npos ? 0 : start + 1));
  for (std::string_view sign : kCurrencies)
    if (price.size() > sign.size() && price.starts_with(sign) && is_digit(price[sign.size()])) return true;
  return false;
}

// A chart embed's credit line: "Source: Met Service • Get the data •
// Created with Datawrapper", "A Flourish chart".
bool chart_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 160;
  // (The words after their first letter, whatever its case, are looked for
  // first, as the embeds write them: no copy of the many short blocks
  // without them.)
  const auto has = [&](std::string_view w) { return text.find(w) != std::string_view::npos; };
  // (And in the embeds' other languages: "Obtener los datos · Creado con
  // Datawrapper", "Daten herunterladen", "Télécharger les données".)
  if (text.size() > kCreditBytes || !(has("et the data") || has("atawrapper") || has("lourish") || has("os datos") ||
                                      has("aten herunterladen") || has("es donn") || has("i dati") || has("os dados")))
    return false;
  const std::string t = lower_ascii(text);
  const auto in = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  return in("get the data") || in("datawrapper") || t.starts_with("a flourish chart") ||
         t.starts_with("a flourish map") || in("made with flourish") || in("obtener los datos") ||
         in("daten herunterladen") || in("charger les donn") || in("scarica i dati") || in("baixe os dados") ||
         in("baixar os dados");
}

// A quote widget's source line: "Market data provided by QuoteStream.
// Delayed 15 minutes.", "Prices delayed by at least 15 minutes. Data
// provided by MarketSource." (Its box, the quote's figures, goes with it.)
bool quote_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 200;
  if (text.size() > kCreditBytes || text.find("elayed") == std::string_view::npos) return false;
  const std::string t = lower_ascii(text);
  const auto has = [&](std::string_view w) { return t.find(w) != std::string::npos; };
  return has("market data") || has("data provided by") || has("prices delayed") || has("quotes delayed");
}

}  // namespace

bool is_rating_badge(std::string_view text) {
  constexpr std::size_t kBadgeBytes = 12;
  // Or its stars, with a label and the score in words: "My rating: ★★★★½
  // (4.5 out of 5)".
  constexpr std::size_t kStarLineBytes = 60, kMinStars = 3;
  if (text.size() <= kStarLineBytes) {
    std::size_t stars = 0;
    for (std::string_view star : {"\xE2\x98\x85", "\xE2\x98\x86"})  // ★ ☆
      for (std::size_t at = text.find(star); at != std::string_view::npos; at = text.find(star, at + star.size()))
        ++stars;
    if (stars >= kMinStars) return true;
  }
  if (text.empty() || text.size() > kBadgeBytes || !is_digit(text.front())) return false;
  std::size_t i = 0;
  while (i < text.size() && (is_digit(text[i]) || (text[i] == '.' && i > 0))) ++i;
  std::string_view rest = text.substr(i);
  if (rest.starts_with("/")) rest.remove_prefix(1);
  else if (rest.starts_with(" out of ")) rest.remove_prefix(8);
  else return false;
  return rest == "5" || rest == "10" || rest == "100";
}

bool is_clock_time(std::string_view text) {
  constexpr std::size_t kClockBytes = 8;  // "01:02:15"
  if (text.size() > kClockBytes) return false;
  // One or two digits, then one or two groups of a colon and two digits.
  std::size_t i = 0;
  while (i < text.size() && i < 2 && is_digit(text[i])) ++i;
  if (i == 0) return false;
  int groups = 0;
  while (i + 2 < text.size() && text[i] == ':' && is_digit(text[i + 1]) && is_digit(text[i + 2])) {
    i += 3;
    ++groups;
  }
  return i == text.size() && groups >= 1 && groups <= 2;
}

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

bool is_widget_furniture(std::string_view text) {
  return player_furniture(text) || deal_button(text) || price_or_count(text) || product_card(text) ||
         chart_credit(text) || quote_credit(text) || pager_or_hits(text);
}

}  // namespace lede::html
