// The notice and appeal rules (src/html/notices.cpp) on sentences written
// for these tests: a site's chrome speaks to the reader or as the site, or
// is a bare label; a story's sentence that shares its words reports in the
// third person and stays.
#include <gtest/gtest.h>

#include <string>

#include "html/bylines.h"
#include "html/caption_text.h"
#include "html/furniture.h"
#include "html/notices.h"
#include "lede/extract.h"

namespace {

using lede::html::byline_name;
using lede::html::is_author_bio;
using lede::html::is_boilerplate_phrase;
using lede::html::is_call_to_action;
using lede::html::is_photo_caption;
using lede::html::is_rail_title;
using lede::html::is_rating_badge;
using lede::html::is_site_notice;
using lede::html::is_source_line;
using lede::html::is_widget_furniture;

TEST(SiteNotices, ChromeIsANotice) {
  for (const char* text :
       {"We use cookies to improve your experience on our website.",
        "Notice: this website uses cookies to give you the best browsing experience.",
        "Comments are closed.",
        "All comments are moderated before they appear.",
        "Your comment is awaiting moderation.",
        "It looks like you are using an ad blocker. Please turn it off to support our reporting.",
        "Ad blocker detected",
        "We may earn a commission when you buy through affiliate links on this page.",
        "Please enable JavaScript to view this page.",
        "Story continues below",
        "This advertisement has not loaded yet, but your article continues below.",
        "Continua após a publicidade",
        "Weiterlesen nach der Anzeige",
        "Download the KXRV app for iPhone and Android.",
        "This article has been reviewed according to the Wire's editorial process and policies. Editors have "
        "highlighted the following attributes while ensuring the content's credibility:",
        "This investigation took eight months. Donate today and your gift will be matched.",
        "You have reached your limit of free articles. Subscribe to continue reading.",
        "Media playback is unsupported on your device",
        "Your browser does not support the video tag.",
        "Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy",
        "Community Rules apply to all content you upload or otherwise submit to this site.",
        "Circuitry may earn a commission when you buy through links on our site.",
        "SCROLL TO CONTINUE WITH CONTENT",
        "WKRH is listener-supported. Your gift keeps reporters covering the stories that matter in the valley.",
        "Subscribe for $1 to get unlimited access to local news, sports and more from The Valley Sentinel.",
        "Tens of thousands of readers now support us financially. Your support keeps our journalism open to "
        "everyone.",
        "The Ledger is a nonprofit newsroom. We don't have a paywall, because we believe everyone deserves "
        "reporting like this. Readers like you make that possible.",
        "Odds via Harbor Sportsbook and subject to change. 21+. If you or someone you know has a gambling problem, "
        "help is available through the state helpline.",
        "Disclaimer: Comments do not represent the views of the Herald. We reserve the right to exclude comments "
        "which are inconsistent with our editorial standards.",
        "You will find more infographics at Statista",
        "Odds correct at time of publication. 18+ Please gamble responsibly. BeGambleAware.org",
        "If you like projects like this one, consider chipping in a few dollars a month on Patreon so we can keep "
        "the lights on."})
    EXPECT_TRUE(is_site_notice(text)) << text;
}

TEST(SiteNotices, ReportingSentencesAreNotNotices) {
  for (const char* text :
       {"The company declined to comment on its moderation policy.",
        "Facebook said it would ask users to accept cookies from next year, starting with its website.",
        "\"If you refuse cookies, the site still works,\" the regulator's spokeswoman said.",
        "Publishers lost a tenth of their revenue to ad blockers last year, an industry survey found.",
        "The retailer pays bloggers a commission on sales made through affiliate links.",
        "The browser dropped support for JavaScript modules written before 2015.",
        "The trail continues below the ridge for two miles.",
        "The company's app for iPhone and Android was downloaded a million times in a week.",
        "Residents donated 300 coats to the shelter's winter drive.",
        "Comment sections were closed on most of the paper's stories in 2019.",
        "The paper lets young readers see five free articles a month before they must subscribe.",
        "The bank updated its privacy policy on Tuesday after the regulator's ruling.",
        "What the new privacy policy means for customers",
        "Video playback is not supported on the oldest handsets, which the firm stopped selling in 2015.",
        "The inquiry reviewed the paper's editorial process after the libel case.",
        "The agent earned a commission of 5% on the sale, the court heard.",
        "Calls to the state's problem gambling helpline doubled after sports betting became legal, officials said.",
        "Readers like you wrote in to say the odds on the new stadium looked too good to be true.",
        "If you choose to gift your jam to friends, there are many ways you can present your gift.",
        "Farmers said the new rules would support us all, the union's leader said of the reporting.",
        "The artist funds her albums through Patreon, where 2,000 fans pay her each month, the label said.",
        "Gambling charities urged bookmakers to remind punters to gamble responsibly, the report said.",
        // An app a story is about, its name holding "Your": no offer.
        "Improved the reliability of the Your Phone app when mirroring notifications from Android devices."})
    EXPECT_FALSE(is_site_notice(text)) << text;
}

TEST(CallsToAction, AppealsAndCreditLinesAreDropped) {
  for (const char* text :
       {"Sign up for our newsletter.", "Click here to subscribe.",
        "Follow me on Twitter and Instagram for more pictures from the plot.",
        "Want more stories like this? Sign up for the Morning Brief.",
        "Jane Roe covers science for the Herald. Follow her on Twitter @janeroe.", "Follow @janeroe on X",
        "Copyright 2026 Example Media Ltd.", "\xC2\xA9 2026 Example Media. All rights reserved.",
        "This document is protected by copyright and may not be reproduced without permission.",
        "(Reporting by Ana Diaz; Editing by Tom Ray)",
        "Walter Pruitt can be reached at 555-0142 or wpruitt@courier.example.", "(With inputs from PTI)",
        "Published in the print edition of the December 7, 2026, issue, with the headline “The Ice Is Talking.”",
        "Citation: Soil fungi help alpine grasses (2026, December 6) retrieved 6 December 2026 from "
        "https://example.org/news/fungi.html",
        "For more news about the latest weather disturbances, visit example.ph/weather.",
        "Reporting contributed by Samuel Achterberg and Wren Okonkwo-Lee.", "Jane Roe contributed reporting.",
        "URL: https://www.example.com/news/local/story.html",
        "Northgate Press is a nonprofit newsroom. Become a member today.",
        "Republish this story for free under a Creative Commons license.",
        "Like working on problems like this? We're hiring. See open roles",
        "Hosting something this weekend? Send us the details and we will add it.",
        // The site's channel on a messenger, in any language.
        "Ikuti saluran WhatsApp Kabar Nusantara dan jangan lewatkan kabar terbaru.",
        "Join our Telegram channel for breaking news.", "Sigue nuestro canal de WhatsApp.",
        "Add our LINE Official Account @newsdesk for breaking news alerts.",
        // A subscription offer in the site's language.
        "Suscr\xC3\xAD"
        "bete a Diario de la Sierra y lee todas las noticias sin l\xC3\xADmites: 3 meses por 1 \xE2\x82\xAC.",
        "Abonnez-vous pour lire la suite.",
        "The post Orchard growers brace for frost appeared first on Valley Farm Journal.",
        // A portal's note under a user's post, in Chinese and English.
        "\xE7\x89\xB9\xE5\x88\xAB\xE5\xA3\xB0\xE6\x98\x8E\xEF\xBC\x9A\xE4\xBB\xA5\xE4\xB8\x8A\xE5\x86\x85\xE5\xAE\xB9",
        "Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user.",
        // A copyright line says little before its mark.
        "Text and photos \xC2\xA9 Northgate Press 2026", "(\xC2\xA9NTB)",
        // A science site's credit of the release it rewrote, and the page's
        // citation closing on its address in angle brackets.
        "Materials provided by Northgate Marine Institute. Note: Content may be edited for style and length.",
        "Northgate Marine Institute. \"Copepods carry more carbon.\" Science Wire, 14 November 2022. "
        "<www.example.com/releases/2022/11/221114.htm>.",
        "Have a news tip or correction? Contact the newsroom.",
        "Contact Deb Lundquist at dlundquist@sentinel.example or 555-0199, ext. 214.",
        "Have an opinion? Send a letter to the editor. Letters must be signed.",
        // A print page's address under a label in any language.
        "URL dell'articolo: https://www.example.it/bologna/2024/10/09/news/necropoli-14298771/",
        "Article URL: https://example.com/a/1",
        "Bu haberin t\xC3\xBCm haklar\xC4\xB1 Marmara Haber Ajans\xC4\xB1'na aittir. Abonelik s\xC3\xB6zle\xC5\x9F"
        "mesi bulunmayan ki\xC5\x9Fi ve kurumlarca kullan\xC4\xB1lamaz.",
        // A print page's list of its links' addresses and its own address
        // with the printing time, as lines of one block.
        "Liens cit\xC3\xA9s dans cet article :\n[1] https://www.example.fr/rapport.pdf\n[2] "
        "https://www.example.fr/enquete",
        "Adresse de l'article : https://www.example.fr/littoral/digue_58213.html\nImprim\xC3\xA9 le 22/03/2024 "
        "\xC3\xA0 10:14",
        "Links:\n[1] https://example.com/council/agenda\n[2] https://example.com/bridge-report"})
    EXPECT_TRUE(is_call_to_action(text)) << text;
  // A story's lines that name addresses among other words stay.
  for (const char* text : {"The report is online:\nhttps://example.com/report\nThe council will vote on it in May.",
                           "Sources:\nThe town's archive, interviews with 12 residents"})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(CallsToAction, ClosingSentencesOfTheStoryStay) {
  for (const char* text :
       {"The newspaper's subscribers fell by 8% last year.",
        "Readers who signed up for the newsletter received a discount code in March.",
        "The company said it would sign up 500 new drivers before the summer.",
        "The band sued the label for copyright infringement in 2021.",
        "The pair met on Facebook, where both followed a hiking group.",
        "Google News said it would stop showing the paper's stories.",
        "Residents can report flooding to the council by WhatsApp or by phone.",
        "The minister said the Telegram channel had spread false reports.",
        "The citation: she was praised for her work.", "Readers wanted more news from the council, the editor said.",
        "If you want to volunteer, ring the parish clerk on the number in the newsletter.",
        "Contact tracing at the school found 12 cases, the district said in an email to parents@example.org.",
        "The mayor's letter to the editor, published on Sunday, drew hundreds of replies.",
        // Where the story first ran (the benchmark's annotators keep it).
        "This article was originally published by The Prairie Ledger and is republished here under a Creative "
        "Commons licence.",
        "The materials provided by the county were incomplete, the auditor said.",
        "Police followed up a news tip from a neighbour, the sheriff said.",
        "The full report, the council said in its statement: https://example.com/report is the place to read it.",
        // A paragraph closing on its agency's mark.
        "Passengers can claim half the fare back when a train is an hour late, the company said. (\xC2\xA9NTB)"})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(BoilerplatePhrases, LabelsAreBoilerplate) {
  for (const char* text :
       {"Sign up for our newsletter", "Sign up for our newsletter.", "Share this article", "Click here to subscribe.",
        "Advertisement", "Sponsored by Acme Bank.", "Copyright 2026 Example Media Ltd.", "Recommended for you",
        "Cookie settings", "We use cookies.", "Photo: Herald staff.", "Subscribers only", "Article content",
        "Quảng cáo", "विज्ञापन", "İlgili Haberler", "Key points", "Explore further", "โฆษณา", "تبلیغات", "Διαφήμιση",
        "Support our journalism", "延伸閱讀", "関連記事", "관련 기사", "廣告", "Contents [hide]", "Table of contents",
        "Video",
        // Ad labels in any case, between dashes or before a colon.
        "Continued on next page", "On the next page: opening hours and the new community room", "Tangazo", "Publicitat",
        "Iklan", "Talla", "Advertensie", "HYSBYSEB",
        "- \xD0\xA0\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0 -",  // - Реклама -
        "\xD0\x9E\xD0\xB3\xD0\xBB\xD0\xB0\xD1\x81",                      // Оглас
        "HIRDET\xC3\x89S", "Mainos:",
        "\xCE\x94\xCE\x99\xCE\x91\xCE\xA6\xCE\x97\xCE\x9C\xCE\x99\xCE\xA3\xCE\x97",  // ΔΙΑΦΗΜΙΣΗ
        "বিজ্ঞাপন", "— Publicité —", "Article réservé à nos abonnés", "Keep reading", "Story continues",
        "Reklaam:", "REKL\xC4\x80MA", "რეკლამა", "ពាណិជ្ជកម្ម", "දැන්වීම", "Գովազդ", "Сурталчилгаа",
        // A video player's button.
        "Play video", "Guarda il video", "Přehrát video", "Смотреть видео", "Assista ao vídeo",
        // A player's label, "Video" in other languages; an Instagram embed's
        // signature line.
        "Wideo", "Vídeo", "VÍDEO", "Видео", "Vidéo", "A post shared by Jane Roe (@janeroe)",
        "A post shared by City Transit (@citytransit) on Feb 16, 2020 at 1:12am PST", "Support our newsroom today",
        // The same in other languages, and the embed's button.
        "Uma publica\xC3\xA7\xC3\xA3o compartilhada por Henrique Bastos (@hbastos) em 22 de Set, 2019",
        "Ein Beitrag geteilt von Jane Roe (@janeroe)", "Ver essa foto no Instagram", "Report abuse",
        // A story's "Continued" marker after an ad; a sponsor's label alone.
        "Continued", "Partner content",
        // Japanese and Chinese ad labels; a release's end mark in words.
        "PR", "スポンサーリンク", "推广", "ENDS", "-ends-",
        // A table of contents' title in other languages.
        "Inhaltsverzeichnis", "Table des matières", "Содержание", "目次", "목차"})
    EXPECT_TRUE(is_boilerplate_phrase(text)) << text;
}

TEST(BoilerplatePhrases, ShortStorySentencesAreNot) {
  for (const char* text :
       {"The panel recommended a ban.", "Users must accept cookies.", "The newsletter closed in 2019.",
        "The bill was sponsored by Smith.", "He wants more from the team.", "Few voters sign up early.",
        "Subscribers fell by 8%.", "Iklan baru", "Reklama nie działa", "Video footage", "Videos",
        "A post shared by the mayor drew 4,000 replies.", "Uma publica\xC3\xA7\xC3\xA3o compartilhada por todos"})
    EXPECT_FALSE(is_boilerplate_phrase(text)) << text;
}

TEST(PhotoCaptions, CreditsAndCountersMarkCaptions) {
  // What a page without class names still shows of its photos: a credit
  // closing the caption in brackets, a photographer's credit opening it, a
  // photo viewer's counter.
  for (const char* text :
       {"The harbour wall after the storm on Sunday (Image: GETTY)",
        "Soldiers set up camp beds at a relief centre in Pasir Mas. - Foto BERNAMA",
        "Volunteers sort donations at the food bank (Credit: Jane Roe/Harbour Trust)",
        "The mayor at the ribbon cutting on Friday. (Photo by John Doe/Getty Images for the City)",
        "(Image credit: Harbour Trust)", "\xC2\xA9 Jane Roe Volunteers sort donations at the food bank.",
        "Image 1 of 5", "Image 1 of / 13", "3 / 12", "Slide 2 of 9", "4 of 10"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
}

TEST(PhotoCaptions, WireCreditsPartedBySlashesMarkCaptions) {
  for (const char* text : {"Teachers rally outside the statehouse on Tuesday. (AP Photo/Jane Roe)",
                           "The first map of the moon's surface. (NASA/JPL-Caltech/ASU)",
                           "The singer at the awards in 2014 (Photos by John Doe, left, and Jane Roe/Invision/AP)",
                           "Rescuers at the quay (John Doe/AFP)"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Or a line of its own: a name and its source.
  for (const char* text : {"Jane Roe, AP", "Jane Roe/Harbour Times/Getty Images", "John Doe / Reuters"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Or closing the caption under its label, or in brackets after a source.
  for (const char* text :
       {"Das Hallenbad am Lindenplatz wurde 1974 eröffnet und 2019 zuletzt saniert. Foto: Katrin Obermaier/dpa",
        "The old mill on River Street has been empty since 1994. (Courier-Gazette photo by Ann Devereaux)",
        "A regional jet taxis to the terminal on Friday afternoon. (Herald photo/Amy Loftus)",
        "Crews clear the last of the snow from Main Street. (Staff photo/Jo Hale)",
        "Volunteers at the food bank on Saturday. (Photo courtesy of the Harbour Trust)"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Or under its label: "Photo: ...", "Фото: пресс-служба администрации".
  for (const char* text : {"Photo: Jane Roe", "Фото: пресс-служба администрации района", "ФОТО: Иван Петров"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Traditional Chinese "taken by" and "file photo", Japanese "source",
  // Korean in square brackets, Vietnamese under its label.
  for (const char* text : {"台中市政府宣布今年將在5區新增公共托嬰中心。（記者林佳慧攝）",
                           "台中市現有公托中心一位難求。（資料照）", "生成AIを使った検索の画面。（出典：ミナトAI）",
                           "서울의 한 동물병원에서 수의사가 반려견을 진료하고 있다. [사진=한빛경제DB]",
                           "Đoạn đường ven sông Hàn được mở rộng. Ảnh: Nguyễn Đông",
                           // Simplified Chinese "pictured is" opening a caption,
                           // "taken by" before the agency in brackets.
                           "图为在湿地越冬的白鹤群。", "王小明摄（人民视觉）",
                           // Polish "Fot." closing a caption or alone.
                           "Stoisko cieszyło się ogromnym powodzeniem. Fot. Jan Nowak", "Fot. PAP/Leszek Kowal",
                           // A credit "by" the photographer after the caption's sentence.
                           "Tea pluckers at work on an estate in Ratnapura. Pic by Jane Roe",
                           // The paper's photo and a slash; "Picture:" after the
                           // sentence; "Image Credit:" run into the caption.
                           "The covered bridge has been closed to cars since April. RECORD PHOTO / Linda Sousa",
                           "Crews clear the last of the snow from Main Street. Herald photo/Amy Loftus",
                           "The winner clears the last fence at Chepstow. Picture: Racing Images Wales",
                           "1/5 Workers rest in the shade at a site in Kuwait City Image Credit: Supplied"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Nor a sentence mentioning pictures, nor an agency in brackets alone.
  for (const char* text : {"记者从江西省林业局获悉，调查日前结束。（人民视觉）",
                           "Fot. to skrót, którego redakcja używa w podpisach zdjęć od wielu lat, jak mówi redaktor.",
                           "The exhibition opened on Friday. Photo by photo, the town's history is retold.",
                           "The club sold its archive. Its photo / film collection went to the museum.",
                           "The mayor asked for a photo/video ban at the meeting on Tuesday night"})
    EXPECT_FALSE(is_photo_caption(text)) << text;
  // Not a label alone (a list item's credit follows it) nor a sentence.
  for (const char* text : {"Фото:", "Photo: the council released the picture of the new bridge on Monday."})
    EXPECT_FALSE(is_photo_caption(text)) << text;
  for (const char* text : {"Jane Roe, mayor", "The report by Jane Roe of Reuters", "Ports, ships and the AP"})
    EXPECT_FALSE(is_photo_caption(text)) << text;
  // A slash inside brackets is not a credit without a picture source.
  for (const char* text : {"The limit on the new road is 80 (km/h)", "Members may vote for one (and/or both)",
                           "The report was written by two groups (Harbour Trust/City Council)",
                           "She chose the second option (the photo/the video) for the exhibition"})
    EXPECT_FALSE(is_photo_caption(text)) << text;
}

TEST(PhotoCaptions, CreditsClosingASentenceWithoutBrackets) {
  // A copyright credit after the caption's sentence, a Spanish paper's
  // credits after a slash, a Polish credit in lower case or glued to the
  // caption where the page sets it in a <span> of its own.
  for (const char* text :
       {"Mathieu Roucairol on his barge at M\xC3\xA8ze. \xC2\xA9 Julien Aza\xC3\xAFs pour Rivages",
        "Vista del centro hist\xC3\xB3rico desde el monte. / EFE / Jorge Zapata",
        "Fundamenty \xC5\x82"
        "a\xC5\xBAni we wschodniej cz\xC4\x99\xC5\x9B"
        "ci Rynku. fot. Urz\xC4\x85"
        "d Miasta",
        "1/18Fundamenty \xC5\x82"
        "a\xC5\xBAni we wschodniej cz\xC4\x99\xC5\x9B"
        "ci Rynkufot. Urz\xC4\x85"
        "d Miasta",
        "Kaylee Ostrowski and her grand champion steer in the sale ring. Gazette photo by Ron Pieper",
        // The paper's credit on a line of its own, or after the caption's <br>.
        "Ledger photo by Mike Danner", "Fairgoers watch the concert in the rain.\nLedger photo by Mike Danner",
        "Vacina\xC3\xA7\xC3\xA3o contra a dengue em Campinas \xE2\x80\x94 Foto: Reprodu\xC3\xA7\xC3\xA3o/EPTV"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // A story's last paragraph closing on the site's copyright year, a
  // sentence after the credit, a slash inside a sentence.
  for (const char* text : {"The council will meet again in May to vote on the plan. \xC2\xA9 2025 The Courier",
                           "The mill closed in 1994. \xC2\xA9 Jane Roe took the picture that made it famous.",
                           "Trains run every 20 minutes / hour on weekdays, the operator said.",
                           "Prices rose 3% in the year to March, the office said (fot. 2 in the report).",
                           "The mayor praised the work. The prize-winning photo by Jane Roe hangs in the hall now.",
                           "Her photo by the lake won the county prize."})
    EXPECT_FALSE(is_photo_caption(text)) << text;
}

TEST(PhotoCaptions, ChineseJapaneseAndKoreanMarks) {
  // "The dam. (file photo)", "(picture source: the county)", "Xinhua
  // reporter Wang Peng, taken by", "The mayor announces the plan = the 5th,
  // city hall", "... = Kyodo".
  for (const char* text :
       {"石门水库大坝全景。（资料图）", "工人检查闸门。（图片来源：青川县水利局）",
        "6日，工作人员检查闸门设备。新华社记者 王鹏 摄", "工作人员检查闸门设备（新华社记者 王鹏 摄）",
        "記者会見で計画を発表する山本市長＝5日、北浜市役所", "開通式でテープカットする関係者＝６日午前",
        "被災地を視察する首相＝共同", "港に入る船（撮影・中村亮）",
        // Korean: "▲ The old school, to be the library." and "(photo = the city)".
        "▲ 도서관으로 바뀔 옛 한빛초등학교 전경.", "도서관으로 바뀔 옛 한빛초등학교 전경. (사진=한빛시 제공)",
        // A closing picture source: Chinese "图片来源：", "圖／...攝影", Korean "... 제공".
        "柳荫里小区3号楼新加装的电梯已投入使用。图片来源：青溪市住建局", "渡輪靠岸。圖／記者王小明攝影",
        "5일 청림시 중앙동 은천교 일대에서 열린 착공식 모습. 청림시 제공"})
    EXPECT_TRUE(is_photo_caption(text)) << text;
  // Sentences of the story: a reporter's name closing the last paragraph, a
  // sentence with "＝" that ends on "。", a headline-like line.
  for (const char* text :
       {"县里表示，已在库区周边设置了40多个监测点。（记者 李晓东）", "料金は大人＝200円、子ども＝100円とした。",
        "北浜市、来春から路線バスを無料化", "他说：“以后再也不用看天吃饭了。”",
        // A Korean sentence listing its items after "▲".
        "▲열람실 확충 ▲주차장 신설 등이 포함됐다."})
    EXPECT_FALSE(is_photo_caption(text)) << text;
}

TEST(PhotoCaptions, StorySentencesAreNotCaptions) {
  for (const char* text :
       {"The council approved the budget (a rise of 3%) on Monday.",
        "The agency published the report on its website (in English and Welsh)",
        "The plan (image: a bridge across the bay) was shown at the meeting.", "The clinic is now open 24/7", "24/7",
        "9/11", "Photo booths returned to the fair this year, and the queues ran past the gates.",
        "Three of the five judges agreed."})
    EXPECT_FALSE(is_photo_caption(text)) << text;
}

TEST(RailTitles, TitlesOfBoxesOfOtherStories) {
  for (const char* text :
       {"Most read", "MOST POPULAR", "Related stories:", "You may also like", "More from Sport",
        "Most read in world news", "Trending now",
        // In other languages.
        "Leia também", "Lee también:", "Mehr zum Thema", "Das könnte Sie auch interessieren", "Lire aussi :",
        "Leggi anche", "Baca juga:", "Czytaj także", "Читайте также:", "More on this story", "Related coverage",
        "Kapcsolódó", "Notícies relacionades", "Читайте також", "V skratke", "Διαβάστε επίσης", "اقرأ أيضا", "यह भी पढ़ें",
        // In capitals beyond ASCII.
        "LEIA TAMBÉM", "À LIRE AUSSI", "VEJA TAMBÉM:", "İLGİLİ HABER", "Related internet links",
        // Trailing off.
        "Lee también...", "Read also\xE2\x80\xA6", "More in Business", "More in World news",
        // A newsroom's appeal; a fact-checker's list of what it consulted.
        "Since you're here\xE2\x80\xA6", "Since you\xE2\x80\x99re here...", "Our Sources",
        // Summary boxes over the story.
        "Key takeaways", "Puntos clave", "Points cl\xC3\xA9s"})
    EXPECT_TRUE(is_rail_title(text)) << text;
  EXPECT_TRUE(is_boilerplate_phrase("Lee tambi\xC3\xA9n..."));
  EXPECT_FALSE(is_boilerplate_phrase("And then the rain came..."));
  // Ad labels, buttons and headings of the story title no box of stories.
  for (const char* text :
       {"Advertisement", "Share", "Comments", "Photos", "Related charges were dropped", "The sources",
        "More in store for shoppers as prices fall", "Trending topics in the council race"})
    EXPECT_FALSE(is_rail_title(text)) << text;
}

TEST(WidgetFurniture, CountersAndLabelledMediaTitles) {
  for (const char* text :
       {"1,204 votes", "35 comments", "2.1K shares", "12 Replies", "5 videos", "24 photos",
        "Watch: drone footage of the flood", "VIDEO: Council debate in full", "Listen: the mayor on the budget",
        "Tonton juga video: Detik-detik Tanggul Jebol", "Assista ao vídeo: a ponte reaberta",
        "Watch the video: the flooded line", "Up Next: How to tell heat exhaustion from heat stroke",
        "VID\xC3\x89O - Le beurre atteint un prix record : les boulangers inquiets",
        "\xD0\x92\xD0\x98\xD0\x94\xD0\x95\xD0\x9E: \xD0\x9C\xD0\xB8\xD0\xBB\xD0\xB8\xD1\x86\xD0\xB0 "
        "\xD0\xBE \xD1\x81\xD0\xB5\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x86\xD0\xB8\xD1\x98\xD0\xB8",  // ВИДЕО: Милица о
                                                                                              // селекцији
        "Wideo: nowy most w Gda\xC5\x84sku",
        // 【動画】船内の様子
        "\xE3\x80\x90\xE5\x8B\x95\xE7\x94\xBB\xE3\x80\x91"
        "\xE8\x88\xB9\xE5\x86\x85\xE3\x81\xAE\xE6\xA7\x98\xE5\xAD\x90",
        "Vaizdo \xC4\xAFra\xC5\xA1"
        "as: kaip atrodys aplinkkelis (1:12)",
        // A booking card's price, a bare count.
        "From $180 a night", "1.2K",
        // A chart embed's credit line.
        "Source: Met Service • Get the data • Created with Datawrapper",
        // A product card's price; a quote widget's source line.
        "$64.99 at Amazon",
        "\xE2\x82\xAC"
        "219 at Norrvik",
        "Market data provided by QuoteStream. Delayed 15 minutes.",
        "Prices delayed by at least 15 minutes. Data provided by MarketSource. Full quote",
        // A product card's brand, name and price run together.
        "Greenway 3-in-1 Soil Moisture Meter $14 at Amazon",
        // A player's label over its clip's title, and the states its script
        // shows.
        "Video",
        "V\xC3\xAD"
        "deo",
        "\xE0\xA4\xB5\xE0\xA5\x80\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA5\x8B",  // वीडियो
        "\xE8\xA7\x86\xE9\xA2\x91",                                                  // 视频
        "Video Loading", "Video Unavailable", "Click to playTap to play", "The video will start in 8",
        // A clip's length and credit; a promo under its label and a bar.
        "00:48 \xC2\xB7 Video: Eirik Sande", "WATCH",
        // देखें वीडियो: दिल्ली
        "\xE0\xA4\xA6\xE0\xA5\x87\xE0\xA4\x96\xE0\xA5\x87\xE0\xA4\x82 "
        "\xE0\xA4\xB5\xE0\xA5\x80\xE0\xA4\xA1\xE0\xA4\xBF"
        "\xE0\xA4\xAF\xE0\xA5\x8B: \xE0\xA4\xA6\xE0\xA4\xBF\xE0\xA4\xB2\xE0\xA5\x8D\xE0\xA4\xB2\xE0\xA5\x80",
        "1:24 | Watch", "VID\xC3\x89O | La piscine de Ciney, un b\xC3\xA2timent"})
    EXPECT_TRUE(is_widget_furniture(text)) << text;
  // A time alone may be a live blog's update; sentences and numbers in a
  // story stay.
  for (const char* text : {"18:20",
                           "1:42",
                           "Watch: the council voted on Monday to close the bridge.",
                           "35 comments were sent to the council",
                           "1,204 voters",
                           "Votes",
                           "Video games: a market the city wants",
                           "Video - the format that won the festival, the jury said.",
                           "Videos - Vimeo and more",
                           "The council's video: it shows the bridge.",
                           "From $180 a night, the hotel was the town's most expensive.",
                           "1.2",
                           "12",
                           "$4 million at stake in the vote.",
                           "Flights were delayed by fog, the airport said.",
                           "Market data show prices rose.",
                           "The council sold the old depot for $4 million at auction.",
                           "Tickets cost $14 at the door",
                           "Video footage",
                           "Click to play the council's recording of the vote.",
                           "The video will start a debate, the mayor said."})
    EXPECT_FALSE(is_widget_furniture(text)) << text;
}

TEST(RailTitles, ABoxUnderAScienceSitesReleaseIsNoPartOfIt) {
  // Its source, the paper, how to cite the page: as titles of their boxes
  // and as labels of their own.
  for (const char* text :
       {"Story Source:", "Journal Reference:", "Journal References", "Cite This Page:", "Article Sources"}) {
    EXPECT_TRUE(is_rail_title(text)) << text;
    EXPECT_TRUE(is_boilerplate_phrase(text)) << text;
  }
  EXPECT_FALSE(is_rail_title("The story's source was a court filing"));
}

TEST(SponsorLabels, ASponsorsOrAnAdsLabel) {
  for (const char* text : {"SPONSORED", "From our sponsor:", "Advertisement", "Paid content", "Anzeige", "Publicidad"})
    EXPECT_TRUE(lede::html::is_sponsor_label(text)) << text;
  for (const char* text : {"Sponsored by the council, the fair returned", "Calendar", "What's new"})
    EXPECT_FALSE(lede::html::is_sponsor_label(text)) << text;
}

TEST(BoilerplatePhrases, PhotoViewerButtonsAndRailTitlesAreLabels) {
  for (const char* text : {"Caption", "Close", "Back to Gallery", "Related Links", "Disclaimer",
                           "Dalsza cz\xC4\x99\xC5\x9B\xC4\x87 artyku\xC5\x82u pod materia\xC5\x82"
                           "em wideo",
                           "Most read in world news", "Most viewed", "Trending now"})
    EXPECT_TRUE(is_boilerplate_phrase(text)) << text;
}

TEST(BoilerplatePhrases, AFeedbackWidgetsQuestion) {
  for (const char* text : {"Was this article helpful?", "Did you find this guide helpful?",
                           "War dieser Ratgeber hilfreich?", "Cet article vous a-t-il \xC3\xA9t\xC3\xA9 utile ?",
                           "\xC2\xBFTe ha resultado \xC3\xBAtil?", "Was dit artikel nuttig?"})
    EXPECT_TRUE(is_boilerplate_phrase(text)) << text;
  // A story's question or heading on the same words.
  for (const char* text : {"Was this helpful to the council?", "Is this helpful", "Warum war der Test hilfreich"})
    EXPECT_FALSE(is_boilerplate_phrase(text)) << text;
}

TEST(SiteNotices, AnAffiliateDisclosureInOtherLanguages) {
  EXPECT_TRUE(
      is_site_notice("Dieser Artikel enth\xC3\xA4lt Affiliate-Links, gekennzeichnet mit *. Kaufen Sie \xC3\xBC"
                     "ber einen solchen Link, erhalten wir eine Provision."));
  EXPECT_FALSE(is_site_notice("Die Influencerin verdient mit Affiliate-Links eine Provision von bis zu zehn Prozent."));
}

TEST(BoilerplatePhrases, ARegistrationWallsTitle) {
  EXPECT_TRUE(is_boilerplate_phrase("Register to read the full article"));
  EXPECT_TRUE(is_boilerplate_phrase("Jetzt kostenlos registrieren"));
  // A sentence of a story that says it runs long.
  EXPECT_FALSE(is_boilerplate_phrase("Voters who register to read their ballots in Welsh can ask for them now."));
}

TEST(SiteNotices, ASpoilerWarningToTheReader) {
  EXPECT_TRUE(
      is_site_notice("Spoiler warning: this recap discusses everything that happens in episode 5. If you "
                     "haven't watched yet, bookmark this and come back."));
  EXPECT_TRUE(
      is_site_notice("Achtung: Der folgende Text ist bis zur markierten Stelle spoilerfrei. Die Aufl\xC3\xB6"
                     "sung des Falls verraten wir erst ganz unten."));
  // A recap's own sentence.
  EXPECT_FALSE(is_site_notice("Spoiler alert: the butler did it, and the detective knew from the first scene."));
}

TEST(SiteNotices, AKoreanAffiliateDisclosure) {
  // "이 포스팅은 쿠팡 파트너스 활동의 일환으로, 이에 따른 일정액의 수수료를 제공받습니다."
  EXPECT_TRUE(
      is_site_notice("\xEC\x9D\xB4 \xED\x8F\xAC\xEC\x8A\xA4\xED\x8C\x85\xEC\x9D\x80 \xEC\xBF\xA0\xED\x8C\xA1 "
                     "\xED\x8C\x8C\xED\x8A\xB8\xEB\x84\x88\xEC\x8A\xA4 \xED\x99\x9C\xEB\x8F\x99\xEC\x9D\x98 "
                     "\xEC\x9D\xBC\xED\x99\x98\xEC\x9C\xBC\xEB\xA1\x9C, \xEC\x9D\xB4\xEC\x97\x90 "
                     "\xEB\x94\xB0\xEB\xA5\xB8 \xEC\x9D\xBC\xEC\xA0\x95\xEC\x95\xA1\xEC\x9D\x98 "
                     "\xEC\x88\x98\xEC\x88\x98\xEB\xA3\x8C\xEB\xA5\xBC \xEC\xA0\x9C\xEA\xB3\xB5\xEB\xB0\x9B\xEC\x8A\xB5"
                     "\xEB\x8B\x88\xEB\x8B\xA4."));
}

TEST(WidgetFurniture, APagerAndAHitCounter) {
  for (const char* text : {"Page 1 of 2", "P\xC3\xA1gina 1 de 2", "Seite 2 von 3", "Acessos: 3412", "Hits: 1,204"})
    EXPECT_TRUE(is_widget_furniture(text)) << text;
  for (const char* text : {"Page 1 of the report", "Hits: the songs of the summer", "Seite 2 von 3 zeigt das"})
    EXPECT_FALSE(is_widget_furniture(text)) << text;
}

TEST(RailTitles, AThreadsTitleWithItsCount) {
  for (const char* text :
       {"Discussion (14)", "Comments (3)", "Leserforum (31 Beitr\xC3\xA4ge)", "Comentarios (3)", "Commenti (12)"})
    EXPECT_TRUE(is_rail_title(text)) << text;
  // Alone, a link to the thread or a paper's section; a count of something
  // else.
  for (const char* text : {"Discussion", "Comments", "Discussion (part 2)", "Results (2019)x"})
    EXPECT_FALSE(is_rail_title(text)) << text;
}

TEST(Notices, ANoteThatAiMadeTheSummaryOrTheVoice) {
  using lede::html::is_ai_note;
  EXPECT_TRUE(is_ai_note("This summary was generated by AI and checked by our editors."));
  EXPECT_TRUE(
      is_ai_note("R\xC3\xA9sum\xC3\xA9 produit par une IA et v\xC3\xA9rifi\xC3\xA9 par la r\xC3\xA9"
                 "daction."));
  EXPECT_TRUE(is_ai_note("Sammanfattningen \xC3\xA4r skapad med hj\xC3\xA4lp av AI och granskad av redaktionen."));
  EXPECT_TRUE(is_ai_note("Deze samenvatting is gemaakt met behulp van AI en gecontroleerd door de redactie."));
  EXPECT_TRUE(
      is_ai_note("Voix g\xC3\xA9n\xC3\xA9r\xC3\xA9"
                 "e par intelligence artificielle."));
  // A story's sentence about AI says what it made, not that it made the
  // page's summary; a summary written by people names no AI.
  EXPECT_FALSE(is_ai_note("The company said the images in the campaign were generated by AI."));
  EXPECT_FALSE(is_ai_note("This summary was written by our night editor."));
  EXPECT_FALSE(is_ai_note("Key points"));
}

TEST(Notices, AnAiSummaryBoxOverTheStoryStaysOut) {
  // Key points a model wrote, with the note saying so and a feedback
  // question, over the story in its own box: the box is left out, the
  // story kept.
  const std::string page =
      "<html><head><title>Ferry terminal opening delayed</title></head><body><article><h1>Ferry terminal "
      "opening delayed</h1><div class=\"article-body\"><section class=\"mdv-box\"><h3>The story in three "
      "points (AI)</h3><ul><li>The terminal opens two months late.</li><li>The contractor blames the "
      "glass.</li><li>Old quay stays open.</li></ul><p>This summary was generated by AI and checked by our "
      "editors. Was it useful? Yes / No</p></section>"
      "<p>The harbour authority said on Monday that the new ferry terminal would open two months later than "
      "planned, blaming late deliveries of glass for the main hall.</p><p>Work on the terminal began in the "
      "spring of last year, and the contractor had promised that the building would be finished before the "
      "summer season.</p><p>Local business owners said the delay would cost them a large share of the visitors "
      "they expect every year, and asked the council for help.</p></div></article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("asked the council for help."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("contractor blames the glass"), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("generated by AI"), std::string::npos) << a->text;
}

TEST(CallsToAction, HealthDisclaimersCloseTheStory) {
  for (const char* text :
       {"This article is for general information only and is not medical advice. If you are worried, speak to "
        "your GP.",
        "The content on this page is not a substitute for professional medical advice, diagnosis or treatment.",
        "Dieser Artikel enth\303\244lt nur allgemeine Informationen. Er kann einen Arztbesuch nicht ersetzen.",
        "Cet article ne remplace pas une consultation m\303\251"
        "dicale.",
        "\xE2\x80\xBB\xE6\x9C\xAC\xE8\xA8\x98\xE4\xBA\x8B\xE3\x81\xAF\xE5\x8C\xBB\xE5\xAD\xA6\xE7\x9A\x84\xE3\x81\xAA"
        "\xE5\x8A\xA9\xE8\xA8\x80\xE3\x81\xA7\xE3\x81\xAF\xE3\x81\x82\xE3\x82\x8A\xE3\x81\xBE\xE3\x81\x9B\xE3\x82\x93"
        "\xE3\x80\x82",  // ※本記事は医学的な助言ではありません。
        "\xE2\x80\xBB \xEC\x9D\xB4 \xEA\xB8\xB0\xEC\x82\xAC\xEB\x8A\x94 \xEC\x9D\x98\xED\x95\x99\xEC\xA0\x81 "
        "\xEC\xA7\x84\xEB\x8B\xA8\xEC\x9D\x84 \xEB\x8C\x80\xEC\x8B\xA0\xED\x95\xA0 \xEC\x88\x98 \xEC\x97\x86"
        "\xEC\x8A\xB5\xEB\x8B\x88\xEB\x8B\xA4."})  // ※ 이 기사는 의학적 진단을 대신할 수 없습니다.
    EXPECT_TRUE(is_call_to_action(text)) << text;
  // A story's own last line about advice stays.
  for (const char* text : {"The regulator said the app's chatbot gave answers that were not medical advice.",
                           "Die Kasse will die Beratung nicht ersetzen, sondern erg\303\244nzen, sagte die Sprecherin.",
                           "Die App soll den Arztbesuch nicht ersetzen, betont M\303\274ller."})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(CallsToAction, SupportAndTipAppealsInOtherLanguages) {
  for (const char* text :
       {"O Jornal da Serra Azul \303\251 mantido por leitores. Se este trabalho \303\251 \303\272til para voc\303\252, "
        "apoie com um Pix a partir de R$ 10.",
        "Je\305\233li chcesz, \305\274eby\305\233my dalej pisali o tramwajach, postaw nam kaw\304\231.",
        "Liputan ini dikerjakan tanpa sponsor. Jika Anda ingin mendukung, kunjungi halaman Dukung Liputan.",
        // Остались без воды? Пишите в наш Telegram-бот @vesti_bot.
        "\xD0\x9E\xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xB8\xD1\x81\xD1\x8C \xD0\xB1\xD0\xB5\xD0\xB7 "
        "\xD0\xB2\xD0\xBE\xD0\xB4\xD1\x8B? \xD0\x9F\xD0\xB8\xD1\x88\xD0\xB8\xD1\x82\xD0\xB5 \xD0\xB2 "
        "\xD0\xBD\xD0\xB0\xD1\x88 Telegram-\xD0\xB1\xD0\xBE\xD1\x82 @vesti_bot."})
    EXPECT_TRUE(is_call_to_action(text)) << text;
  for (const char* text :
       {"A prefeitura pediu que a popula\303\247\303\243o apoie a campanha de vacina\303\247\303\243o.",
        "O prefeito pediu que a popula\303\247\303\243o apoie e contribua com doa\303\247\303\265"
        "es para as "
        "fam\303\255lias.",
        // Жители пишут жалобы в администрацию. (They write complaints.)
        "\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xBF\xD0\xB8\xD1\x88\xD1\x83\xD1\x82 "
        "\xD0\xB6\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xB1\xD1\x8B \xD0\xB2 "
        "\xD0\xB0\xD0\xB4\xD0\xBC\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x81\xD1\x82\xD1\x80\xD0\xB0\xD1\x86\xD0\xB8\xD1\x8E."})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(CallsToAction, AShortMessengerLineInAnyLanguage) {
  for (const char* text :
       {"Usipitwe na habari! Jiunge na chaneli yetu ya WhatsApp upate habari papo hapo.",
        "Ingabe imali entsha yetekisi izokuthinta? Sithumelele umlayezo ku-WhatsApp ku-081 555 0192.",
        "Ku kasance na farko da za ku samu labarai. Ku shiga tasharmu ta Telegram.",
        "Receba as not\303\255"
        "cias de Vila Aurora no seu celular! Clique aqui e entre no grupo da Tribuna no "
        "WhatsApp.",
        // Pashto: "join our Telegram channel: t.me/..."
        "\xD8\xB2\xD9\x85\xD9\x88\xDA\x96 \xDA\x86\xDB\x8C\xD9\x86\xD9\x84 \xD8\xAA\xD9\x87 "
        "\xDB\x8C\xD9\x88\xDA\x81\xD8\xA7\xDB\x8C \xD8\xB4\xD8\xA6: t.me/example"})
    EXPECT_TRUE(is_call_to_action(text)) << text;
  // An English line is the English tests' to judge.
  for (const char* text : {"WhatsApp no respondi\303\263 a la solicitud de comentarios.",
                           "Telegram hat sich dazu nicht ge\303\244u\303\237ert, sagte ein Sprecher.",
                           "WhatsApp did not respond to a request for comment.",
                           "Telegram has not commented on the ban.", "Residents can report flooding by WhatsApp."})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(MessengerAppeals, ACommunityOrChannelLineAnywhere) {
  EXPECT_TRUE(lede::html::is_messenger_appeal(
      "Join the Kelderby Gazette WhatsApp community for the latest headlines sent straight to your phone here"));
  EXPECT_TRUE(lede::html::is_messenger_appeal("Ikuti saluran WhatsApp Warta Pesisir untuk berita terbaru"));
  EXPECT_FALSE(lede::html::is_messenger_appeal(
      "Police said the two men had met in a WhatsApp community for parents of the school."));
  EXPECT_FALSE(lede::html::is_messenger_appeal("The parents set up a WhatsApp group to share lifts."));
}

TEST(PhotoCaptions, RussianAuthorsPhotoAndCredit) {
  // "Обрушившийся пролёт моста, 3 марта. Фото автора" / "... Фото: Мария Ветрова"
  EXPECT_TRUE(
      is_photo_caption("\xD0\x9F\xD1\x80\xD0\xBE\xD0\xBB\xD1\x91\xD1\x82 \xD0\xBC\xD0\xBE\xD1\x81\xD1\x82"
                       "\xD0\xB0, 3 \xD0\xBC\xD0\xB0\xD1\x80\xD1\x82\xD0\xB0. \xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE "
                       "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80\xD0\xB0"));
  EXPECT_TRUE(
      is_photo_caption("\xD0\xA1\xD0\xB2\xD0\xB0\xD0\xBB\xD0\xBA\xD0\xB0 \xD1\x83 \xD0\xB4\xD0\xB5\xD1\x80"
                       "\xD0\xB5\xD0\xB2\xD0\xBD\xD0\xB8, 12 \xD1\x84\xD0\xB5\xD0\xB2\xD1\x80\xD0\xB0\xD0\xBB"
                       "\xD1\x8F. \xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: \xD0\x9C\xD0\xB0\xD1\x80\xD0\xB8\xD1\x8F "
                       "\xD0\x92\xD0\xB5\xD1\x82\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB0"));
}

TEST(SiteNotices, AffiliateLinksDisclosedWithoutTheWord) {
  EXPECT_TRUE(
      is_site_notice("En achetant via ces liens, vous soutenez Lectures du mardi, qui touche une petite "
                     "commission."));
  EXPECT_TRUE(
      is_site_notice("Si compras a trav\303\251s de estos enlaces, recibimos una peque\303\261"
                     "a "
                     "comisi\303\263n."));
  EXPECT_FALSE(is_site_notice("La commission a publi\303\251 les liens entre les deux soci\303\251t\303\251s."));
}

TEST(CallsToAction, APointerToHelpUnderAHardSubject) {
  EXPECT_TRUE(
      is_call_to_action("If you are affected by any of the issues raised in this column, the FamilyTalk "
                        "helpline is open every day on 0800 047 2210."));
  EXPECT_TRUE(
      is_call_to_action("If you have been affected by the issues raised in this article, support is "
                        "available."));
}

TEST(PhotoCaptions, FinnishCredits) {
  EXPECT_TRUE(is_photo_caption("Eila ja Reino Rantanen kotinsa pihalla. Kuva: Pirjo Kallioinen"));
  EXPECT_TRUE(is_photo_caption("Kuva: Rantasen perhealbumi"));
  EXPECT_FALSE(is_photo_caption("Kuva: kaupunki julkaisi kuvan maanantaina, ja se levisi nopeasti."));
}

TEST(CallsToAction, InvestmentNotesCloseAFinanceStory) {
  for (const char* text :
       {"Disclosure: The author holds BTC and ETH. CoinFathom is owned by Quayside Digital Media.",
        "Disclosure: The author does not hold positions in any of the securities mentioned.",
        "Hinweis: Die Autorin h\303\244lt keine Positionen in den genannten Wertpapieren. Dieser Artikel stellt keine "
        "Anlageberatung dar.",
        "Cet article ne constitue pas un conseil en investissement.",
        // 风险提示：本文仅代表作者观点，不构成任何投资建议。
        "\xE9\xA3\x8E\xE9\x99\xA9\xE6\x8F\x90\xE7\xA4\xBA\xEF\xBC\x9A\xE6\x9C\xAC\xE6\x96\x87\xE4\xB8\x8D\xE6\x9E\x84"
        "\xE6\x88\x90\xE4\xBB\xBB\xE4\xBD\x95\xE6\x8A\x95\xE8\xB5\x84\xE5\xBB\xBA\xE8\xAE\xAE\xE3\x80\x82"})
    EXPECT_TRUE(is_call_to_action(text)) << text;
  for (const char* text :
       {"The regulator said the influencers had given investment advice without a licence.",
        // 分析师给出的投资建议是继续持有。(The analysts' advice is to hold.)
        "\xE5\x88\x86\xE6\x9E\x90\xE5\xB8\x88\xE7\xBB\x99\xE5\x87\xBA\xE7\x9A\x84\xE6\x8A\x95\xE8\xB5\x84\xE5\xBB\xBA"
        "\xE8\xAE\xAE\xE6\x98\xAF\xE7\xBB\xA7\xE7\xBB\xAD\xE6\x8C\x81\xE6\x9C\x89\xE3\x80\x82"})
    EXPECT_FALSE(is_call_to_action(text)) << text;
}

TEST(CallsToAction, MoreClosingAppealsInIberianAndNordicLanguages) {
  for (const char* text :
       {"Siga a Folha do Tapaj\303\263s no Google Not\303\255"
        "cias e receba nossas reportagens em primeira m\303\243o.",
        "O jornalismo de proximidade precisa de si. Assine a Gazeta do Alto Minho a partir de 2,50 \xE2\x82\xAC por "
        "m\303\252s.",
        "El Ress\303\262 \303\251s un mitj\303\240 independent. Si t\342\200\231agrada el que fem, "
        "fes-te\342\200\231n soci per 5 euros al mes.",
        "Vet du mer om skolskjutsfr\303\245gan? Mejla tips@malarbladet.example eller sms:a till 072-000 14 14."})
    EXPECT_TRUE(is_call_to_action(text)) << text;
  for (const char* text :
       {"O prefeito disse que assinou o contrato com a empresa em mar\303\247o.",
        "Vet du mer om det, sa hun, s\303\245 forst\303\245r du hvorfor.", "Google noted the change in a blog post."})
    EXPECT_FALSE(is_call_to_action(text)) << text;
  EXPECT_TRUE(is_site_notice("Artikkelen fortsetter under annonsen"));
}

TEST(PhotoCaptions, ALongCreditUnderItsOpeningLabel) {
  // "Фото: пресс-служба ООО «Верхнеборские тепловые сети»"
  EXPECT_TRUE(
      is_photo_caption("\xD0\xA4\xD0\xBE\xD1\x82\xD0\xBE: \xD0\xBF\xD1\x80\xD0\xB5\xD1\x81\xD1\x81-"
                       "\xD1\x81\xD0\xBB\xD1\x83\xD0\xB6\xD0\xB1\xD0\xB0 \xD0\x9E\xD0\x9E\xD0\x9E "
                       "\xC2\xAB\xD0\x92\xD0\xB5\xD1\x80\xD1\x85\xD0\xBD\xD0\xB5\xD0\xB1\xD0\xBE\xD1\x80\xD1"
                       "\x81\xD0\xBA\xD0\xB8\xD0\xB5 \xD1\x82\xD0\xB5\xD0\xBF\xD0\xBB\xD0\xBE\xD0\xB2\xD1\x8B"
                       "\xD0\xB5 \xD1\x81\xD0\xB5\xD1\x82\xD0\xB8\xC2\xBB"));
  EXPECT_FALSE(
      is_photo_caption("Update: the council met again on Tuesday and voted to keep the library open until "
                       "the end of the year, its chair said."));
}

}  // namespace
