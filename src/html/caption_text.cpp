// Photo captions told by their words (see caption_text.h).
#include "html/caption_text.h"

#include <algorithm>
#include <array>
#include <string>

#include "html/space.h"
#include "html/voice.h"

namespace lede::html {

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
  // "(foto archivio Reggio Oggi)", "(foto di Anna Neri)".
  if (in.starts_with("foto archivio") || in.starts_with("foto di ")) return true;
  // An Indian daily's note on an archive or stock picture: "(File photo)",
  // "(Representative image)"; a Russian agency's ". Архивное фото".
  for (std::string_view w : {"file photo)", "file image)", "file pic)", "representative image)",
                             "representational image)", "representative photo)"})
    if (in == w) return true;
  // (Swahili "(Picha na Maktaba)", Maltese "(Stampa: Kunsill Reġjonali)",
  // Turkish "(Fotoğraf: MHA / ...)", Korean "(사진=...)", "(사진 제공=...)".)
  static constexpr std::string_view kFotograf =
      "foto\xC4\x9F"
      "raf:";
  for (std::string_view w : {std::string_view("image:"),
                             std::string_view("images:"),
                             std::string_view("image credit:"),
                             std::string_view("image source:"),
                             std::string_view("photo:"),
                             std::string_view("photos:"),
                             std::string_view("photo credit:"),
                             std::string_view("photo by "),
                             std::string_view("photograph:"),
                             std::string_view("picture:"),
                             std::string_view("pictures:"),
                             std::string_view("pic:"),
                             std::string_view("credit:"),
                             std::string_view("credits:"),
                             std::string_view("foto:"),
                             std::string_view("fotos:"),
                             std::string_view("bild:"),
                             std::string_view("photos by "),
                             std::string_view("picha:"),
                             std::string_view("picha na "),
                             std::string_view("stampa:"),
                             std::string_view("ritratt:"),
                             kFotograf,
                             std::string_view("\xEC\x82\xAC\xEC\xA7\x84")})
    if (in.starts_with(w)) return true;
  // A wire photo's credit, its parts parted by slashes: "(AP Photo/Evan
  // Vucci)", "(Mark Von Holden/Invision/AP)", "(NASA/JPL-Caltech/ASU)"; a
  // newspaper's own: "(Herald photo/Amy Loftus)", "(Staff photo/Jo Hale)";
  // a slash alone ("(km/h)", "(and/or)") is no credit.
  if (in.find('/') == std::string_view::npos) return false;
  for (std::size_t from = 0; from < in.size();) {
    std::size_t to = in.find_first_of("/)", from);
    if (to == std::string_view::npos) to = in.size();
    const std::string_view part = in.substr(from, to - from);
    if (picture_source(part) || (to < in.size() && in[to] == '/' && (part == "photo" || part.ends_with(" photo"))))
      return true;
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
  // A Korean caption's credit in square brackets after its words: "...
  // 진료하고 있다. [사진=한빛경제DB]". (A credit line alone, "[사진=MBC]",
  // the development pages' annotators keep.)
  // Or an archive picture's, closing the brackets: "... [연합뉴스 자료사진]".
  if (t.ends_with("]")) {
    const std::size_t open = t.rfind('[');
    constexpr std::string_view kArchive = "\xEC\x9E\x90\xEB\xA3\x8C\xEC\x82\xAC\xEC\xA7\x84]";  // 자료사진]
    return open != std::string_view::npos && open > 0 &&
           (t.substr(open + 1).starts_with("\xEC\x82\xAC\xEC\xA7\x84") || t.ends_with(kArchive));  // 사진
  }
  // A clip's or a picture's source in full-width brackets on its own:
  // "（视频来源：金陵晚报）", "（图片来源：...）".
  constexpr std::size_t kSourceBytes = 90;
  if (t.size() <= kSourceBytes &&
      (t.starts_with("\xEF\xBC\x88\xE8\xA7\x86\xE9\xA2\x91\xE6\x9D\xA5\xE6\xBA\x90") ||  // （视频来源
       t.starts_with("\xEF\xBC\x88\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90")))   // （图片来源
    return true;
  // A Chinese caption opens on "图为" / "圖為" (pictured is).
  constexpr std::size_t kCaptionBytes = 300;
  if (t.size() <= kCaptionBytes &&
      (t.starts_with("\xE5\x9B\xBE\xE4\xB8\xBA") || t.starts_with("\xE5\x9C\x96\xE7\x82\xBA")))
    return true;
  // (The rest close on a CJK character or an agency's name: no search in
  // the many texts that close otherwise.)
  if (t.empty() || (static_cast<unsigned char>(t.back()) < 0x80 && !t.ends_with("AP") && !t.ends_with("EPA")))
    return false;
  constexpr std::string_view kOpen = "\xEF\xBC\x88", kClose = "\xEF\xBC\x89";  // （ ）
  constexpr std::string_view kTaken = "\xE6\x91\x84";                          // 摄
  constexpr std::string_view kTakenTraditional = "\xE6\x94\x9D";               // 攝
  if (t.ends_with(kClose)) {
    const std::size_t open = t.rfind(kOpen);
    if (open == std::string_view::npos) return false;
    const std::string_view in = t.substr(open + kOpen.size(), t.size() - kClose.size() - open - kOpen.size());
    for (std::string_view w : {"\xE8\xB5\x84\xE6\x96\x99\xE5\x9B\xBE",              // 资料图
                               "\xE5\x9B\xBE\xE7\x89\x87\xE6\x9D\xA5\xE6\xBA\x90",  // 图片来源
                               "\xE5\x9B\xBE\xE6\xBA\x90",                          // 图源
                               "\xE6\x91\x84\xE5\xBD\xB1",                          // 摄影
                               "\xE6\x92\xAE\xE5\xBD\xB1",                          // 撮影
                               "\xE5\x86\x99\xE7\x9C\x9F",                          // 写真
                               "\xE8\xB3\x87\xE6\x96\x99\xE7\x85\xA7",              // 資料照
                               "\xE5\x87\xBA\xE5\x85\xB8"})                         // 出典
      if (in.starts_with(w)) return true;
    // "...摄（人民视觉）": the photographer's "taken by" before the agency.
    const std::string_view before = t.substr(0, open);
    return in.ends_with(kTaken) || in.ends_with(kTakenTraditional) || before.ends_with(kTaken) ||
           before.ends_with(kTakenTraditional);
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
  // (A gallery's caption may run into its "Image Credit:" with no stop.)
  // (And a clip's: "... de las nuevas ayudas. Vídeo: Ayuntamiento".)
  static constexpr std::string_view kVideoPt =
      ". v\xC3\xAD"
      "deo";
  static constexpr std::array<std::string_view, 15> kLabels = {". kuva",  // Finnish
                                                               ". foto",
                                                               ". photo",
                                                               ". photograph",
                                                               ". bild",
                                                               ". image",
                                                               ". credit",
                                                               ". \xE1\xBA\xA2nh",  // Vietnamese Ảnh
                                                               ". \xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE",  // Russian Фото
                                                               ". picture",
                                                               ". pic",
                                                               " image credit",
                                                               " photo credit",
                                                               ". video",
                                                               kVideoPt};
  const std::size_t colon = t.rfind(": ");
  if (colon == std::string::npos || t.size() - colon - 2 > kCreditBytes || ends_sentence(t)) return false;
  const std::string_view before = std::string_view(t).substr(0, colon);
  return std::ranges::any_of(kLabels, [&](std::string_view w) { return before.ends_with(w); });
}

// A Polish caption's credit under the abbreviation "Fot." (fotografia),
// closing the caption or alone: "... cieszyło się powodzeniem. Fot. Jan
// Nowak", "Fot. PAP/Leszek Kowal".
// In lower case too, and glued to the caption where the page sets the credit
// in a <span> of its own ("... Głównego Rynku<span>fot. Jan Nowak</span>").
bool fot_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 50;
  if (text.size() < 6) return false;
  const std::size_t tail = text.size() > kCreditBytes + 5 ? text.size() - kCreditBytes - 5 : 0;
  std::size_t at = std::string_view::npos;
  for (std::string_view w : {"Fot. ", "fot. "}) {
    const std::size_t k = text.rfind(w);
    if (k != std::string_view::npos && k >= tail && (at == std::string_view::npos || k > at)) at = k;
  }
  if (at == std::string_view::npos) return false;
  // (The caption before it closes on a full stop, or runs into it.)
  const auto letter = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80;
  };
  if (at > 0 && !(at >= 2 && text.substr(at - 2, 2) == ". ") && !letter(text[at - 1])) return false;
  const std::string_view credit = text.substr(at + 5);
  return !credit.empty() && credit.size() <= kCreditBytes && !ends_sentence(credit);
}

// A caption's closing copyright credit after its sentence: "... lost 40% of
// its mussels in 2023. Â© Jane Roe for Rivages" (not a year: "... Â© 2025
// The Courier" closes a story's last paragraph).
bool copyright_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 60;
  const std::size_t at = text.rfind("\xC2\xA9");
  if (at == std::string_view::npos || at < 2 || text.size() - at > kCreditBytes) return false;
  std::string_view before = text.substr(0, at), credit = text.substr(at + 2);
  while (!before.empty() && is_space(before.back())) before.remove_suffix(1);
  while (!credit.empty() && is_space(credit.front())) credit.remove_prefix(1);
  return ends_sentence(before) && !credit.empty() && !is_digit(credit.front()) && !ends_sentence(credit);
}

// A caption's closing credit after a slash, as Spanish papers set it:
// "Vista del puerto desde el castillo. / EFE / Jane Roe".
bool slash_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 60;
  const std::size_t at = text.rfind(". / ");
  if (at == std::string_view::npos || text.size() - at - 4 > kCreditBytes) return false;
  const std::string_view credit = text.substr(at + 4);
  return !credit.empty() && !ends_sentence(credit);
}

// Whether the credit label `w` ("photo by", "photo /") closes `t` under the
// paper's name: "... in the sale ring. Gazette photo by Ron Pieper", "...
// since last April. RECORD PHOTO / Linda Sousa", or on a line of its own
// under the caption ("Ledger photo by Mike Danner"; the credit's line may
// follow the caption's after a <br>).
bool paper_credit(const std::string& t, std::string_view w) {
  constexpr std::size_t kCreditBytes = 50, kNameWords = 3;
  const std::size_t at = t.rfind(w);
  if (at == std::string::npos || t.size() - at - w.size() > kCreditBytes || at + w.size() == t.size()) return false;
  const std::size_t stop = t.rfind(". ", at), line = t.rfind('\n', at);
  std::size_t from = stop == std::string::npos ? 0 : stop + 2;
  if (line != std::string::npos && line + 1 > from) from = line + 1;
  const std::string_view paper = std::string_view(t).substr(from, at - from);
  return !paper.empty() && space_words(paper) <= kNameWords && !ends_sentence(paper);
}

// A caption's closing credit after its sentence, "by" the photographer:
// "Tea pluckers at work on an estate. Pic by Jane Roe", or under the
// paper's name.
bool by_credit(const std::string& t) {
  constexpr std::size_t kCreditBytes = 50;
  if (ends_sentence(t)) return false;
  for (std::string_view w : {". pic by ", ". pics by ", ". picture by ", ". photo by ", ". photos by "}) {
    const std::size_t at = t.rfind(w);
    if (at != std::string::npos && t.size() - at - w.size() <= kCreditBytes) return true;
  }
  return paper_credit(t, " photo by ") || paper_credit(t, " photos by ");
}

// The same credit after a slash: "... Herald photo/Amy Loftus".
bool paper_photo_credit(const std::string& t) {
  return !ends_sentence(t) && (paper_credit(t, " photo / ") || paper_credit(t, " photo/"));
}

// A caption's closing credit after a dash: "... di Pasir Mas. - Foto
// BERNAMA", "... – Photo: AFP", "... de Campinas — Foto: Reprodução/EPTV"
// (its label in any case; the text as it stands, no copy).
bool dash_credit(std::string_view text) {
  constexpr std::size_t kCreditBytes = 60;
  if (ends_sentence(text)) return false;
  const std::size_t tail = text.size() > kCreditBytes + 10 ? text.size() - kCreditBytes - 10 : 0;
  for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "}) {
    const std::size_t at = text.find(dash, tail);
    if (at == std::string_view::npos) continue;
    const std::string_view after = text.substr(at + dash.size());
    for (std::string_view label : {"foto ", "photo ", "foto:", "photo:"})
      if (after.size() > label.size() && lower_ascii(after.substr(0, label.size())) == label) return true;
  }
  return false;
}

// A credit on a line of its own under its label: "Photo: Jane Roe",
// "Фото: пресс-служба администрации" (not a sentence: a story's "Photo:
// the mayor's office released the picture on Monday." ends like one).
bool labelled_credit(const std::string& t) {
  static constexpr std::array<std::string_view, 12> kLabels = {"kuva:",  // Finnish
                                                               "photo:",
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

std::size_t story_caption_credit(std::string_view text) {
  constexpr std::size_t kStoryWords = 10;
  if (!is_photo_caption(text)) return std::string_view::npos;
  const std::string t = lower_ascii(text);
  std::size_t at = std::string_view::npos;
  if (closing_credit(t)) at = t.rfind('(');
  else if (trailing_credit(t)) at = t.rfind(". ", t.rfind(": ")) + 2;  // after the sentence's full stop
  else if (dash_credit(text)) {
    at = std::string::npos;
    for (std::string_view dash : {" - ", " \xE2\x80\x93 ", " \xE2\x80\x94 "})
      if (const std::size_t d = t.rfind(dash); d != std::string::npos && (at == std::string::npos || d > at)) at = d;
    if (at != std::string::npos) ++at;  // at the dash
  }
  if (at == std::string_view::npos || at == 0) return std::string_view::npos;
  const std::string_view story = text.substr(0, at);
  return space_words(story) >= kStoryWords && ends_sentence(story) ? at : std::string_view::npos;
}

bool is_photo_caption(std::string_view text) {
  // (Most blocks are none of these: no copy for them.)
  constexpr std::size_t kShortBytes = 80;
  if (text.size() > 400) return false;
  if (cjk_credit(text)) return true;
  constexpr std::string_view kArchivePhoto =
      ". \xD0\x90\xD1\x80\xD1\x85\xD0\xB8\xD0\xB2\xD0\xBD\xD0\xBE\xD0\xB5 "
      "\xD1\x84\xD0\xBE\xD1\x82\xD0\xBE";  // ". Архивное фото"
  // (And ". Фото автора", the author's photograph.)
  constexpr std::string_view kAuthorsPhoto =
      ". \xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE "
      "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB0";
  if (text.ends_with(kArchivePhoto) || text.ends_with(kAuthorsPhoto)) return true;
  // (A longer caption closes on its credit, in brackets or under a label.)
  constexpr std::size_t kLabelledTail = 80;  // a credit's label and the credit close the text
  if (dash_credit(text) || fot_credit(text) || copyright_credit(text) || slash_credit(text)) return true;
  constexpr std::size_t kPhotoTail = 60;  // " photo / " and the photographer's name close the text
  if (text.find('/', text.size() > kPhotoTail ? text.size() - kPhotoTail : 0) != std::string_view::npos &&
      paper_photo_credit(lower_ascii(text)))
    return true;
  constexpr std::size_t kByTail = 70;  // " by " and the photographer's name close the text
  if (text.find(" by ", text.size() > kByTail ? text.size() - kByTail : 0) != std::string_view::npos &&
      by_credit(lower_ascii(text)))
    return true;
  // (Or a label opens it: "Фото: пресс-служба ООО ...", long in Cyrillic.)
  constexpr std::size_t kLabelBytes = 16;
  const bool labelled =
      text.find(": ", text.size() > kLabelledTail ? text.size() - kLabelledTail : 0) != std::string_view::npos ||
      text.substr(0, kLabelBytes).find(": ") != std::string_view::npos;
  if (text.size() > kShortBytes && !text.ends_with(")") && !text.starts_with("\xC2\xA9") && !labelled) return false;
  const std::string t = lower_ascii(text);
  // A photographer's credit before the caption: "© Jane Roe Detainees at ...".
  return gallery_counter(t) || closing_credit(t) || t.starts_with("\xC2\xA9") || credit_alone(t) ||
         labelled_credit(t) || trailing_credit(t);
}

bool is_gallery_counter(std::string_view text) {
  constexpr std::size_t kCounterBytes = 24;
  return text.size() <= kCounterBytes && gallery_counter(lower_ascii(text));
}

}  // namespace lede::html
