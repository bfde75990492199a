// Pages written for these tests with their article bodies written by hand
// (tests/html/pages/NAME.html and NAME.txt): layouts the development pages
// do not have, scored with the benchmark's F1 as shown and in the rewritten
// copies bench/html_perturb.py makes (no class or id; sectioning tags as
// <div>), since an unseen site may lack the markup a rule leans on.
#include <gtest/gtest.h>

#include <regex>
#include <string>

#include "html/bylines.h"
#include "html/choir_pages.h"
#include "html/notices.h"
#include "html/written_page.h"
#include "lede/extract.h"
#include "support/shingle_f1.h"

using lede::testing::kChoirSecondRun;
using lede::testing::kChoirStory;
using lede::testing::page_f1;
using lede::testing::page_with;
using lede::testing::written_page;

namespace {

std::string without_classes(const std::string& page) {
  static const std::regex attr(R"re(\s(class|id)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+))re", std::regex::icase);
  return std::regex_replace(page, attr, " ");
}

std::string without_sections(const std::string& page) {
  static const std::regex tag(R"(<(/?)(article|main|aside|nav|header|footer|section)\b)", std::regex::icase);
  return std::regex_replace(page, tag, "<$1div");
}

std::string text_of(const std::string& page) {
  lede::Result<lede::Article> a = lede::extract_article(page);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->text : std::string();
}

struct BodyPage {
  const char* name;
  double floor;  // F1 the page and each copy must reach
};

class WrittenBodies : public ::testing::TestWithParam<BodyPage> {};

TEST_P(WrittenBodies, ScoreAboveFloorAsShownAndRewritten) {
  const BodyPage& p = GetParam();
  const std::string page = written_page(std::string(p.name) + ".html");
  const std::string truth = written_page(std::string(p.name) + ".txt");
  ASSERT_FALSE(page.empty() || truth.empty()) << p.name;
  const std::string shown = text_of(page);
  EXPECT_GE(page_f1(truth, shown), p.floor) << p.name << ":\n" << shown;
  const std::string plain = text_of(without_classes(page));
  EXPECT_GE(page_f1(truth, plain), p.floor) << p.name << " without classes:\n" << plain;
  const std::string divs = text_of(without_sections(page));
  EXPECT_GE(page_f1(truth, divs), p.floor) << p.name << " without sectioning tags:\n" << divs;
}

INSTANTIATE_TEST_SUITE_P(
    Pages, WrittenBodies,
    ::testing::Values(
        BodyPage{"amp_en", 0.99}, BodyPage{"liveblog_es_articles", 0.99}, BodyPage{"newsletter_en", 0.99},
        BodyPage{"readalso_de", 0.99}, BodyPage{"adsplit_fr", 0.99}, BodyPage{"photoessay_en", 0.99},
        BodyPage{"interview_pt", 0.99}, BodyPage{"datatable_en", 0.94}, BodyPage{"bylineafter_it", 0.99},
        BodyPage{"paywall_nl", 0.99}, BodyPage{"bigfooter_en", 0.99}, BodyPage{"rtl_he", 0.99},
        // Hover cards in sentences, a teaser rail, wire photo credits.
        BodyPage{"hovercard_en", 0.99},
        // A video player and a poll between paragraphs.
        BodyPage{"video_en", 0.99},
        // Japanese, Chinese and Korean news: share buttons, a ranking rail,
        // a related link in the body, paragraphs parted by <br>, captions
        // marked "（资料图）" or "▲", the editor's credit, the previous and
        // next stories, reaction buttons, a reporter's box.
        BodyPage{"bus_ja", 0.99}, BodyPage{"reservoir_zh", 0.99}, BodyPage{"library_ko", 0.99},
        // Russian: a standfirst, "Фото: ..." under the photo, "Читайте
        // также:" in the body, a typo notice, partner teasers. Without
        // classes the body's box no longer takes in the standfirst above
        // the photo (F1 0.939): left out, as the benchmark's annotators
        // leave out a standfirst outside the body (taking such standfirsts
        // in cost two development pages 0.997 -> 0.946 and 0.961).
        BodyPage{"ferry_ru", 0.93},
        // Indonesian: "Baca juga:" links in the body, "Tonton juga video:",
        // the closing appeal to the site's WhatsApp channel, pagination.
        BodyPage{"flood_id", 0.99},
        // A product review: a verdict box, a price widget, a deal box in the
        // body, a caption, a spec list, "How we test", the author's bio.
        // Without classes the body's box takes in "How we test" and the
        // price widget's line (F1 0.929; the bio goes by the byline's name).
        BodyPage{"review_en", 0.92},
        // A publisher's template between paragraphs: numbered ad slots, "Story
        // continues below", "Article content", an inline newsletter form.
        BodyPage{"adlabels_en", 0.99},
        // Written by helper sessions: Spanish ("Lee también:", "Te puede
        // interesar"), Brazilian ("Continua após a publicidade", a titled
        // "Leia também" box), German dpa ("Mehr zum Thema", a caption
        // closing "Foto: .../dpa", the dpa-infocom line), French ("Lire
        // aussi :", a hidden paywall box), a TV station (a video block, "Download
        // our app"), a WordPress blog (comments, widgets), an old table layout
        // (headline, section label and deck in one block, "(... photo by
        // ...)", "... can be reached at ..."), a numbered explainer.
        BodyPage{"mercado_es", 0.99}, BodyPage{"obras_pt", 0.99}, BodyPage{"stadt_de", 0.99},
        BodyPage{"mairie_fr", 0.99}, BodyPage{"station_en", 0.99}, BodyPage{"wpblog_en", 0.99},
        BodyPage{"oldtable_en", 0.99}, BodyPage{"listicle_en", 0.99},
        // A match report under a scoreboard, with line-ups, stats and a table.
        BodyPage{"matchreport_en", 0.99},
        // Second batch from helper sessions: Indian, Philippine, business and
        // science news (a key-points box, disclaimers, "(With inputs from
        // PTI)", "For more news ..., visit", a quote widget, "Explore
        // further", a citation line), a long read (a drop cap, "◆" breaks,
        // pull quotes, an author note, the print edition's line), a wire
        // story, a press release, a story under a long comment thread, and
        // Arabic, Turkish, Vietnamese, Hindi and Polish news. Without
        // classes the science page's root takes in the editors' note and its
        // attributes list above the story (F1 0.95).
        BodyPage{"metro_in", 0.95}, BodyPage{"monsoon_ph", 0.99}, BodyPage{"finance_en", 0.99},
        BodyPage{"science_en", 0.94}, BodyPage{"longform_en", 0.99}, BodyPage{"wire_en", 0.99},
        BodyPage{"release_en", 0.99}, BodyPage{"forum_en", 0.99}, BodyPage{"port_ar", 0.99}, BodyPage{"kopru_tr", 0.99},
        BodyPage{"cau_vi", 0.99}, BodyPage{"mela_hi", 0.99}, BodyPage{"most_pl", 0.99},
        // Third batch from helper sessions: an opinion column (its pull quote
        // in an <aside> stays once the <aside> is a <div>: 0.98), an obituary, a
        // podcast transcript, Thai, Persian, Ukrainian, Greek and Swedish news
        // (without classes a closing "Джерело: ..." source line stays: 0.993),
        // a story's first page under a pager, a story in <section>s with a
        // donation box, a printer-friendly page, three stories appended as
        // the reader scrolls (faq_en has a test of its own, below).
        BodyPage{"opinion_en", 0.97}, BodyPage{"obituary_en", 0.99}, BodyPage{"podcast_en", 0.99},
        BodyPage{"rain_th", 0.99}, BodyPage{"metro_fa", 0.99}, BodyPage{"school_uk", 0.99}, BodyPage{"harbor_el", 0.99},
        BodyPage{"bibliotek_sv", 0.99}, BodyPage{"paged_en", 0.99}, BodyPage{"chapters_en", 0.99},
        BodyPage{"print_en", 0.99}, BodyPage{"infinite_en", 0.99},
        // Fourth batch from helper sessions: a Medium post, a Blogger post, an
        // engineering blog (code, a table, a hiring box), celebrity news with
        // embedded posts (without classes the Instagram post's signature line,
        // a link, goes: 0.987), GOV.UK, a university, an NGO, a council page, a
        // travel guide with hotel cards, a recipe (its card's title, summary,
        // servings and calories kept, which the hand-written body leaves out:
        // 0.969; 0.954 without classes), a listings page (gallery_en has a test
        // of its own, below).
        BodyPage{"medium_en", 0.99}, BodyPage{"blogger_en", 0.99}, BodyPage{"techblog_en", 0.99},
        BodyPage{"entertain_en", 0.98}, BodyPage{"govuk_en", 0.99}, BodyPage{"university_en", 0.99},
        BodyPage{"ngo_en", 0.99}, BodyPage{"council_en", 0.99}, BodyPage{"travel_en", 0.99},
        BodyPage{"recipe_en", 0.95}, BodyPage{"events_en", 0.99},
        // Fifth batch from helper sessions: Japanese, Korean (a subtitle
        // inside the body kept: 0.961), Simplified and Traditional Chinese
        // (Hong Kong: a video's title kept, 0.906), Italian, European
        // Portuguese (without classes a subscription box in the body stays:
        // 0.955), Dutch, Danish, Czech, Romanian; an election story (an
        // embed's title kept: 0.986), a weather story with a chart, an
        // explainer with notes and a glossary (a membership box kept: 0.987;
        // readmore_en has a test of its own, below).
        BodyPage{"yahoo_ja", 0.99}, BodyPage{"naver_ko", 0.95}, BodyPage{"tencent_zh", 0.99}, BodyPage{"udn_tw", 0.99},
        BodyPage{"hk01_zh", 0.90}, BodyPage{"ponte_it", 0.99}, BodyPage{"ferrovia_pt", 0.95},
        BodyPage{"gemeente_nl", 0.99}, BodyPage{"kommune_da", 0.99}, BodyPage{"most_cs", 0.99},
        BodyPage{"pod_ro", 0.99}, BodyPage{"election_en", 0.98}, BodyPage{"weather_en", 0.99},
        BodyPage{"explainer_en", 0.98},
        // The <h2> subtitle above the release is kept, as a subtitle right
        // above a body is; the hand-written body leaves it out (F1 0.968).
        BodyPage{"pressrelease_en", 0.96},
        // Sixth batch from helper sessions (2026-12-06), English news kinds: a
        // fact check's verdict box, a court ruling, a correction, a match
        // preview (without classes a betting-odds widget stays: 0.984), a
        // product launch (an affiliate notice, a product card), celebrity news
        // (an Instagram post: its caption, linked to the post, stays but for
        // the copy without classes, 0.967), a three-paragraph brief beside a
        // long "Most read", earnings with a quote widget, a health story, an
        // advice column (its "Dear ...," and sign-off lines go: 0.996; it has a
        // test of its own with headings as <div>s, below), a republished story
        // (without classes its standfirst, caption, author box and comments
        // note stay: 0.91), an op-ed.
        BodyPage{"factcheck_en", 0.99}, BodyPage{"court_en", 0.99}, BodyPage{"correction_en", 0.99},
        BodyPage{"preview_en", 0.97}, BodyPage{"launch_en", 0.99}, BodyPage{"celebrity_en", 0.95},
        BodyPage{"brief_en", 0.99}, BodyPage{"earnings_en", 0.99}, BodyPage{"health_en", 0.99},
        BodyPage{"advice_en", 0.99}, BodyPage{"republished_en", 0.90}, BodyPage{"oped_en", 0.99},
        // Twelve languages: Ukrainian, Hungarian, Finnish (a video's length
        // in its <figure> stays: 0.982), Swahili, Malay, Bengali, Tamil,
        // Serbian (a video box in the body; without classes a caption closing
        // on "Фото:": 0.972), Norwegian (a video and a poll in the body, the
        // closing "(©NTB)" line dropped: 0.909), Slovak, Catalan, Urdu.
        BodyPage{"news_uk", 0.99}, BodyPage{"news_hu", 0.99}, BodyPage{"news_fi", 0.97}, BodyPage{"news_sw", 0.99},
        BodyPage{"news_ms", 0.99}, BodyPage{"news_bn", 0.99}, BodyPage{"news_ta", 0.99}, BodyPage{"news_sr", 0.96},
        BodyPage{"news_no", 0.90}, BodyPage{"news_sk", 0.99}, BodyPage{"news_ca", 0.99}, BodyPage{"news_ur", 0.99},
        // Publishing platforms' markup: Drupal, Ghost, Squarespace (a pull quote
        // paraphrasing the body stays: 0.977), Wix, Next.js, Tailwind, Arc XP,
        // WordPress blocks (an embedded tweet's signature line, which the
        // hand-written body leaves out: 0.984), Bootstrap, a 1990s table
        // layout, React with test ids, Substack (its footnotes' numbers go:
        // 0.988).
        BodyPage{"cms_drupal_en", 0.99}, BodyPage{"cms_ghost_en", 0.99}, BodyPage{"cms_squarespace_en", 0.97},
        BodyPage{"cms_wix_en", 0.99}, BodyPage{"cms_nextjs_en", 0.99}, BodyPage{"cms_tailwind_en", 0.99},
        BodyPage{"cms_arc_en", 0.99}, BodyPage{"cms_gutenberg_en", 0.97}, BodyPage{"cms_bootstrap_en", 0.99},
        BodyPage{"cms_table_en", 0.99}, BodyPage{"cms_react_testid_en", 0.99}, BodyPage{"cms_substack_en", 0.98},
        // Hard structures: a two-paragraph item beside long rails, numbered
        // steps, a speech in block quotations, related-story cards in the
        // body, a transcript, a press conference's live text (without classes
        // its introduction is left out: 0.952), a developing story (without
        // classes its banner stays: 0.978), footnotes, comments inside the
        // <article>, a German story in two columns, a paged story, and fact
        // boxes in <aside>s that the hand-written body keeps and extraction
        // leaves out, as it does any <aside> (0.880).
        BodyPage{"short_en", 0.99}, BodyPage{"steps_en", 0.99}, BodyPage{"quotes_en", 0.99}, BodyPage{"cards_en", 0.99},
        BodyPage{"transcript_en", 0.99}, BodyPage{"presser_en", 0.94}, BodyPage{"developing_en", 0.97},
        BodyPage{"footnotes_en", 0.99}, BodyPage{"comments_inside_en", 0.99}, BodyPage{"twocolumn_de", 0.99},
        BodyPage{"pagination_en", 0.99}, BodyPage{"sidebar_box_en", 0.87},
        // Seventh batch from helper sessions (2026-12-06): big outlets in twelve
        // languages (German gated text under "paywall-content", a Japanese and
        // an Italian closing copyright line the hand-written bodies keep and
        // extraction drops: 0.986, 0.997; without classes a German paywall box
        // stays: 0.952), English outlets (a cable news page's playlist and
        // dateline, 0.975; an international page's live link and map text,
        // 0.960; a business page opening its body with "In this article"; a
        // science page's "Journal information" and "Provided by" lines, 0.988;
        // a magazine's drop cap in aria-hidden, 0.992; a regional page's
        // contact line, 0.984; a broadcaster's credit span, 0.989), small
        // publishers (a press release's contact block and "SOURCE" line, 0.955;
        // a hospital's media contact, 0.982; a Blogger caption in a table,
        // 0.981; a hyperlocal deck, 0.963 and 0.875 without classes), and
        // tricky content (a recipe's "Serves 6" line under a "meta" class,
        // 0.977; without classes a tabloid's captions, 0.913, related teasers,
        // 0.903, a lead caption, 0.977, a ticket promo, 0.970).
        BodyPage{"big_es_ar", 0.99}, BodyPage{"big_es_mx", 0.99}, BodyPage{"big_pt_br", 0.99}, BodyPage{"big_fr", 0.99},
        BodyPage{"big_de", 0.94}, BodyPage{"big_it", 0.99}, BodyPage{"big_pl", 0.99}, BodyPage{"big_nl", 0.99},
        BodyPage{"big_tr", 0.99}, BodyPage{"big_id", 0.99}, BodyPage{"big_vi", 0.99}, BodyPage{"big_ja", 0.98},
        BodyPage{"wire_service_en", 0.99}, BodyPage{"broadcaster_uk_en", 0.98}, BodyPage{"cable_news_en", 0.96},
        // (national_paper_uk_en's annotator kept the author's closing bio,
        // left out since 2026-12-08 as the JSON-LD names its author: 0.986.)
        BodyPage{"paper_of_record_en", 0.99}, BodyPage{"national_paper_uk_en", 0.98}, BodyPage{"business_en", 0.99},
        BodyPage{"politics_en", 0.99}, BodyPage{"magazine_en", 0.98}, BodyPage{"tabloid_en", 0.99},
        BodyPage{"regional_us_en", 0.97}, BodyPage{"international_en", 0.95}, BodyPage{"science_en2", 0.98},
        BodyPage{"local_blox_en", 0.99}, BodyPage{"local_patch_en", 0.87}, BodyPage{"local_tagdiv_en", 0.99},
        // (school_news_en's hand-written body keeps its contact block, which
        // lede leaves out as a press release's furniture since 2026-12-06: 0.979.)
        BodyPage{"local_jannah_en", 0.98}, BodyPage{"local_jnews_en", 0.99}, BodyPage{"school_news_en", 0.97},
        BodyPage{"hospital_news_en", 0.97}, BodyPage{"sports_club_en", 0.96}, BodyPage{"pr_wire_en", 0.94},
        BodyPage{"blogspot_local_en", 0.97}, BodyPage{"radio_station_en", 0.99}, BodyPage{"council_news_en", 0.99},
        BodyPage{"oneliners_en", 0.90}, BodyPage{"bullets_en", 0.99}, BodyPage{"results_en", 0.99},
        BodyPage{"schedule_en", 0.99}, BodyPage{"qa_en", 0.99}, BodyPage{"recipe_news_en", 0.97},
        BodyPage{"spans_en", 0.97}, BodyPage{"hidden_rest_en", 0.99}, BodyPage{"inline_related_en", 0.89},
        BodyPage{"ticker_en", 0.96}, BodyPage{"multi_author_en", 0.99}, BodyPage{"lang_switch_es", 0.99},
        // Eighth batch from helper sessions (2026-12-06): twelve scripts (a
        // Russian and a Hindi caption named "media__title" and "img_cap", 0.963
        // and 0.973; a Korean closing copyright line the hand-written body keeps,
        // 0.986; without classes Greek, Persian and Hebrew captions), the forms
        // news reaches readers in (AMP, syndication portals, a mobile site, a
        // print page, a lite site, a reader view, a web archive, a feed reader,
        // an app's web view; an email newsletter's web page whose other stories
        // are taken in: 0.794), specialized desks (a weather page's forecast
        // box, 0.945; a game review's "How we review" box, 0.947; an earnings
        // call's disclaimer outside the body, 0.963) and structures at the
        // edges (a 2000s page of bare text in <body>, 0.930; embeds' titles and
        // source lines, 0.943; a listicle's deck, 0.982; without classes a
        // one-paragraph brief's tip-line box, 0.877).
        BodyPage{"amp_story_en", 0.99}, BodyPage{"app_webview_en", 0.99}, BodyPage{"archive_en", 0.99},
        BodyPage{"bare_body_en", 0.92}, BodyPage{"car_review_en", 0.99}, BodyPage{"comments_first_en", 0.99},
        BodyPage{"court_report_en", 0.99}, BodyPage{"earnings_call_en", 0.93}, BodyPage{"election_live_en", 0.99},
        BodyPage{"entities_en", 0.99}, BodyPage{"feed_item_en", 0.99}, BodyPage{"film_review_en", 0.99},
        BodyPage{"game_review_en", 0.94}, BodyPage{"google_cache_like_en", 0.99}, BodyPage{"iframe_embeds_en", 0.93},
        BodyPage{"lazy_text_en", 0.99}, BodyPage{"listicle_li_en", 0.97}, BodyPage{"lite_text_en", 0.99},
        BodyPage{"long_read_en", 0.99}, BodyPage{"mobile_site_en", 0.97}, BodyPage{"nested_card_en", 0.99},
        BodyPage{"newsletter_web_en", 0.78}, BodyPage{"obit_paid_en", 0.99}, BodyPage{"one_para_en", 0.87},
        BodyPage{"print_version_en", 0.98}, BodyPage{"property_en", 0.95}, BodyPage{"reader_view_en", 0.99},
        BodyPage{"rtl_mixed_en", 0.99}, BodyPage{"script_ar", 0.99}, BodyPage{"script_bn", 0.99},
        BodyPage{"script_el", 0.95}, BodyPage{"script_fa", 0.96}, BodyPage{"script_he", 0.96},
        BodyPage{"script_hi", 0.96}, BodyPage{"script_ja_paper", 0.99}, BodyPage{"script_ko_daily", 0.98},
        BodyPage{"script_ru", 0.95}, BodyPage{"script_th", 0.99}, BodyPage{"script_zh_portal", 0.99},
        BodyPage{"script_zh_tw", 0.99}, BodyPage{"section_per_para_en", 0.99}, BodyPage{"sport_live_report_en", 0.99},
        BodyPage{"sport_transfer_en", 0.99}, BodyPage{"syndicated_portal_en", 0.99},
        BodyPage{"syndicated_yahoo_en", 0.99}, BodyPage{"traffic_en", 0.99}, BodyPage{"two_h1_en", 0.99},
        BodyPage{"weather_alert_en", 0.93},
        // Ninth batch from helper sessions (2026-12-06): markup noise (tag
        // soup, <font> and layout tables, scripts between paragraphs, web
        // components, a declarative shadow root, CDATA, two <body>s; a
        // subheading "What the auditors recommended" read as a label, 0.989),
        // twelve more languages and their CMSs (a Joomla K2 intro in an element
        // of its own left out, 0.917), story kinds (a "Key points" box the
        // hand-written body keeps and the development pages' annotators leave
        // out, 0.933; a partnership line, 0.979) and platforms (an AEM
        // standfirst as a plain text component, 0.975, and without classes its
        // related teasers; Notion's captions as plain <div>s, 0.967).
        BodyPage{"aem_en", 0.92}, BodyPage{"angular_en", 0.99}, BodyPage{"bitrix_ka", 0.99},
        BodyPage{"bitrix_ru", 0.99}, BodyPage{"blotter_en", 0.99}, BodyPage{"cdata_en", 0.99},
        BodyPage{"closures_en", 0.99}, BodyPage{"column_en", 0.99}, BodyPage{"comments_en", 0.97},
        BodyPage{"deals_en", 0.99}, BodyPage{"dle_hy", 0.99}, BodyPage{"dle_ru", 0.99}, BodyPage{"drupal_et", 0.99},
        BodyPage{"editorsnote_en", 0.99}, BodyPage{"elementor_km", 0.99}, BodyPage{"fonttable_en", 0.97},
        BodyPage{"gutenberg_sl", 0.99}, BodyPage{"hubspot_en", 0.99}, BodyPage{"hugo_en", 0.99},
        BodyPage{"joomla_en", 0.99}, BodyPage{"k2_si", 0.90}, BodyPage{"keypoints_en", 0.92},
        BodyPage{"layouttable_en", 0.99}, BodyPage{"linkedin_en", 0.99}, BodyPage{"liveqa_en", 0.99},
        BodyPage{"nbsp_en", 0.99}, BodyPage{"noscript_en", 0.99}, BodyPage{"notion_en", 0.95},
        BodyPage{"nuxt_en", 0.99}, BodyPage{"nuxt_lv", 0.99}, BodyPage{"odds_preview_en", 0.99},
        BodyPage{"partner_en", 0.96}, BodyPage{"phpportal_hr", 0.97}, BodyPage{"recall_en", 0.96},
        BodyPage{"scriptstyle_en", 0.99}, BodyPage{"shadow_en", 0.99}, BodyPage{"shopify_en", 0.99},
        BodyPage{"soup_en", 0.99}, BodyPage{"spanbr_en", 0.99}, BodyPage{"tables_mn", 0.99},
        BodyPage{"timeline_en", 0.99}, BodyPage{"twobody_en", 0.99}, BodyPage{"typo3_de", 0.97},
        BodyPage{"warning_en", 0.99}, BodyPage{"webcomp_en", 0.99}, BodyPage{"wpnepali_ne", 0.99},
        BodyPage{"wpnews_lt", 0.99}, BodyPage{"yii_az", 0.99},
        // Tenth batch from helper sessions (2026-12-06): English news from
        // twelve regions, small stories under big furniture, pages captured or
        // converted (a Word export, Google Docs, pdf2htmlEX with its hyphens
        // and running heads, 0.929; a paged print layout cut after its first
        // page box, 0.531), and big European outlets. Low floors mark where the
        // hand-written body follows another convention than the development
        // pages' annotators: a paywall's hidden rest taken from JSON-LD
        // (0.554, 0.578), a photo story's captions left out (0.295: a gallery
        // keeps them), a fact box in <aside> kept (0.910), a live ticker's
        // entries; and without <article>, three infinite-scroll stories read as
        // one (0.461), a video's description beside its transcript (0.892).
        BodyPage{"aftenposten_like_no", 0.96}, BodyPage{"australia_en", 0.99}, BodyPage{"authorbio_en", 0.99},
        BodyPage{"bangladesh_en", 0.99}, BodyPage{"brief_portal_en", 0.99}, BodyPage{"canada_en", 0.95},
        BodyPage{"comments_heavy_en", 0.99}, BodyPage{"corriere_like_it", 0.92}, BodyPage{"cp1251_ru", 0.99},
        BodyPage{"derstandard_like_de", 0.96}, BodyPage{"dn_like_sv", 0.88}, BodyPage{"elpais_like_es", 0.96},
        BodyPage{"email_press_en", 0.99}, BodyPage{"epub_xhtml_en", 0.99}, BodyPage{"gdocs_en", 0.95},
        BodyPage{"hotnews_like_ro", 0.95}, BodyPage{"hs_like_fi", 0.51}, BodyPage{"idnes_like_cs", 0.95},
        BodyPage{"india_en", 0.99}, BodyPage{"infinite_scroll_en", 0.45}, BodyPage{"ireland_en", 0.99},
        BodyPage{"kenya_en", 0.99}, BodyPage{"letemps_like_fr", 0.96}, BodyPage{"nigeria_en", 0.99},
        BodyPage{"nz_en", 0.99}, BodyPage{"obituary_notices_en", 0.99}, BodyPage{"opinion_card_en", 0.99},
        BodyPage{"pakistan_en", 0.97}, BodyPage{"pdf2html_en", 0.91}, BodyPage{"philippines_en", 0.99},
        BodyPage{"photostory_en", 0.25}, BodyPage{"politiken_like_da", 0.90}, BodyPage{"print_paged_en", 0.52},
        BodyPage{"publico_like_pt", 0.54}, BodyPage{"reader_bom_en", 0.99}, BodyPage{"related_en", 0.99},
        BodyPage{"rss_fragment_en", 0.99}, BodyPage{"saveas_inline_en", 0.99}, BodyPage{"singapore_en", 0.97},
        BodyPage{"sitemap_en", 0.99}, BodyPage{"sjis_ja", 0.99}, BodyPage{"southafrica_en", 0.99},
        BodyPage{"sports_brief_en", 0.99}, BodyPage{"standaard_like_nl", 0.99}, BodyPage{"stub_en", 0.99},
        BodyPage{"video_transcript_en", 0.88}, BodyPage{"wayback_en", 0.99}, BodyPage{"word_export_en", 0.97},
        // Eleventh batch from helper sessions (2026-12-06): US news templates
        // (video embeds' titles and captions, which the development pages'
        // annotators keep and the hand-written bodies leave out, 0.955-0.968;
        // a wire story's lead in a wrapper of its own, 0.958), press releases
        // (contact blocks, "About" sections, disclaimers), blogs and magazines
        // (a fan wiki's linked opening beside its contents, 0.930) and Asian
        // portals (a Hong Kong paper's lead in an element of its own, 0.925; a
        // Hindi page's summary box, 0.869).
        BodyPage{"advance_local2_en", 0.94}, BodyPage{"asahi_like_ja", 0.99}, BodyPage{"bizwire_en", 0.99},
        BodyPage{"blogspot_es", 0.98}, BodyPage{"cable_news2_en", 0.94}, BodyPage{"chosun_like_ko", 0.99},
        BodyPage{"cityhall_de", 0.99}, BodyPage{"cnn_wire2_en", 0.91}, BodyPage{"euinst_en", 0.99},
        BodyPage{"fanwiki_en", 0.87}, BodyPage{"foodblog_en", 0.95}, BodyPage{"forbes_contrib2_en", 0.99},
        BodyPage{"gannett_local2_en", 0.95}, BodyPage{"globenews_en", 0.99}, BodyPage{"hatena_ja", 0.99},
        BodyPage{"hearst_mag2_en", 0.99}, BodyPage{"hospital_nl", 0.99}, BodyPage{"ir_release_en", 0.99},
        BodyPage{"itmedia_like_ja", 0.99}, BodyPage{"kompas_like_id", 0.99}, BodyPage{"livejournal_ru", 0.99},
        BodyPage{"local_tv2_en", 0.94}, BodyPage{"ltn_like_zhtw", 0.99}, BodyPage{"mcclatchy_paywall2_en", 0.94},
        BodyPage{"medium2019_en", 0.99}, BodyPage{"mingpao_like_zhhk", 0.91}, BodyPage{"ministry_fr", 0.99},
        BodyPage{"naver_blog_ko", 0.93}, BodyPage{"naver_like_ko", 0.91}, BodyPage{"newsroom_en", 0.99},
        BodyPage{"ngo_release_en", 0.95}, BodyPage{"prothomalo_like_bn", 0.99}, BodyPage{"prwire_en", 0.99},
        BodyPage{"sina_like_zh", 0.96}, BodyPage{"sinclair_station2_en", 0.99}, BodyPage{"sportsclub_es", 0.97},
        BodyPage{"squarespace_en", 0.96}, BodyPage{"techblog_code_en", 0.99}, BodyPage{"thairath_like_th", 0.99},
        BodyPage{"tistory_ko", 0.99}, BodyPage{"travelblog_de", 0.97}, BodyPage{"tribune_metro2_en", 0.97},
        BodyPage{"ujala_like_hi", 0.85}, BodyPage{"university_release_en", 0.99},
        BodyPage{"usatoday_national2_en", 0.96}, BodyPage{"vnexpress_like_vi", 0.97}, BodyPage{"vox_sports2_en", 0.99},
        BodyPage{"wordpresscom_fr", 0.99},
        // Twelfth batch from helper sessions (2026-12-06): English news as
        // served in 2018-2021 (a tabloid's full headline over a shortened
        // title, a public radio transcript's notice, 0.955; a TV station's
        // embedded tweet, kept as the development pages' annotators keep
        // tweets, 0.955), big non-English portals (a broadcaster's summary
        // and its "summary-more" rest; "LEIA TAMBÉM" in capitals; "Wideo";
        // a people.cn caption "图为..." and its "...摄（人民视觉）" credit) and
        // article pages beside the news (code under a syntax highlighter's
        // "token keyword" spans; a "Fot." credit; a call to action's box;
        // a podcast's timestamps in buttons, 0.820; price chips and a price
        // card in a crypto story, 0.881). Without classes, comment threads
        // whose user names run into their times ("jmr_1979Hace 3 horas")
        // joined two portals' bodies (0.613, 0.731) until a comment's
        // <button> actions marked it (2026-12-06: 0.98, 1.000).
        BodyPage{"agency_ria_ru", 0.96}, BodyPage{"agenzia_ansa_it", 0.99}, BodyPage{"akhbar_alaraby_ar", 0.97},
        BodyPage{"celeb_cable_foxnews_en", 0.99}, BodyPage{"charity_campaign_en", 0.87},
        BodyPage{"club_compte_rendu_fr", 0.94}, BodyPage{"crypto_markets_en", 0.87}, BodyPage{"diario_20m_es", 0.99},
        BodyPage{"engineering_blog_en", 0.95}, BodyPage{"fan_blog_sbnation_en", 0.99},
        BodyPage{"financial_marketwatch_en", 0.98}, BodyPage{"gazete_hurriyet_tr", 0.96},
        BodyPage{"hatena_bilingual_ja", 0.97}, BodyPage{"local_newspaper_wp_en", 0.99},
        BodyPage{"magazin_spiegel_de", 0.99}, BodyPage{"motorsport_calendar_en", 0.95}, BodyPage{"nhk_news_ja", 0.99},
        BodyPage{"nostalgia_offerte_it", 0.94}, BodyPage{"parafia_gazetka_pl", 0.99},
        BodyPage{"podcast_episodio_pt", 0.81}, BodyPage{"portal_g1_pt", 0.95}, BodyPage{"portal_wp_pl", 0.97},
        BodyPage{"product_review_techradar_en", 0.96}, BodyPage{"public_radio_npr_en", 0.94},
        BodyPage{"regional_ouestfrance_fr", 0.96}, BodyPage{"renmin_zh", 0.99}, BodyPage{"science_physorg_en", 0.96},
        BodyPage{"stadt_pressemitteilung_de", 0.93}, BodyPage{"tabloid_dailymail_en", 0.90},
        BodyPage{"tech_news_hashed_en", 0.97}, BodyPage{"trade_magazine_gated_en", 0.96},
        BodyPage{"tv_station_nbc_en", 0.90}, BodyPage{"universidad_investigacion_es", 0.94},
        BodyPage{"wire_reuters_en", 0.99}, BodyPage{"woningmarkt_prijzen_nl", 0.97}, BodyPage{"yonhap_ko", 0.99},
        // Thirteenth batch (2026-12-06): English news from a dozen more
        // countries (a donation box titled "Support our Nation today", "Pic
        // by ..." credits, an Instagram embed's dated signature line) and
        // hard structures: a story split across two <article>s around an ad
        // (the second "Continued": 0.722 before untitled <article>s counted
        // as parts of the story), footnotes (their calls stay in the text and
        // the notes go: 0.922), a brief under a big rail, an editor's pick
        // holding another story's teaser, a comment thread three times the
        // story. Without classes a regional daily's comments joined its body
        // (0.835) until their <button> actions marked them (0.99).
        BodyPage{"audit_quotes_list_en", 0.95}, BodyPage{"bridge_brief_mostread_en", 0.99},
        BodyPage{"canadian_bilingual_en", 0.99}, BodyPage{"election_results_table_en", 0.95},
        BodyPage{"er_waits_editors_pick_en", 0.90}, BodyPage{"fourday_week_comments_en", 0.99},
        BodyPage{"ghanaian_portal_en", 0.99}, BodyPage{"gulf_daily_en", 0.99}, BodyPage{"hongkong_english_en", 0.97},
        BodyPage{"interview_firechief_en", 0.99}, BodyPage{"israeli_news_en", 0.96},
        BodyPage{"jamaican_daily_en", 0.99}, BodyPage{"malaysian_daily_en", 0.97},
        BodyPage{"mill_closure_split_article_en", 0.98}, BodyPage{"nepali_daily_en", 0.95},
        BodyPage{"scottish_regional_en", 0.97}, BodyPage{"secheresse_notes_fr", 0.91},
        BodyPage{"smalltown_divbr_en", 0.96}, BodyPage{"srilankan_daily_en", 0.99},
        BodyPage{"strassenbahn_mehr_zum_thema_de", 0.99}, BodyPage{"tabloid_scratchcard_en", 0.99},
        BodyPage{"transit_strike_related_en", 0.93}, BodyPage{"us_spanish_network_en", 0.96},
        BodyPage{"welsh_news_en", 0.94},
        // Fourteenth batch (2026-12-06): hard cases in 36 pages, in nine
        // languages, written blind to the rules: an obituary's guestbook, a
        // review's closing specification table, captions as italic <p>s
        // closing on a copyright credit or " / EFE / Name", a Polish
        // gallery's "1/18...fot. Name" captions, a chart's legend, a comment
        // thread whose actions are <button>s, a video's fallback text, a
        // German release's "Pressekontakt:" block. 0.954 -> 0.976 F1 on the
        // pages as written (0.942 -> 0.966 without classes). Low floors mark
        // judgement calls the development pages' annotators make the other
        // way (a lone lead paragraph beside the body, notes lists, live blog
        // tweets, timestamps) and class-less fact and paywall boxes.
        BodyPage{"amp_regional_es", 0.94}, BodyPage{"analysis_footnotes_pt", 0.99},
        BodyPage{"business_stocks_en", 0.99}, BodyPage{"court_sentencing_en", 0.95}, BodyPage{"eco_valli_it", 0.95},
        BodyPage{"explainer_footnotes_en", 0.89}, BodyPage{"gundem_haber_tr", 0.94}, BodyPage{"hanbit_ilbo_ko", 0.99},
        BodyPage{"interview_qa_fr", 0.99}, BodyPage{"kansai_ja", 0.91}, BodyPage{"listicle_nl", 0.99},
        BodyPage{"liveblog_omroep_nl", 0.89}, BodyPage{"local_correction_pl", 0.92},
        BodyPage{"local_news_comments_en", 0.99}, BodyPage{"lokaltidning_sv", 0.88},
        BodyPage{"longread_dropcap_en", 0.96}, BodyPage{"magazine_feature_fr", 0.99}, BodyPage{"mercado_pt", 0.94},
        BodyPage{"newsletter_archive_en", 0.88}, BodyPage{"obituary_guestbook_en", 0.99},
        BodyPage{"podcast_episode_de", 0.99}, BodyPage{"portal_es", 0.99}, BodyPage{"portal_galeria_pl", 0.99},
        BodyPage{"portal_sections_de", 0.91}, BodyPage{"portalnusa_id", 0.97}, BodyPage{"pressrelease_de", 0.89},
        BodyPage{"quotidien_fr", 0.93}, BodyPage{"radio_transcript_en", 0.83}, BodyPage{"regionalzeitung_de", 0.93},
        BodyPage{"science_chart_pl", 0.92}, BodyPage{"sports_live_it", 0.99}, BodyPage{"tech_review_nl", 0.99},
        BodyPage{"techsite_hashed_en", 0.97}, BodyPage{"timeline_it", 0.99}, BodyPage{"weather_alert_pt", 0.97},
        BodyPage{"wire_regional_es", 0.94},
        // Fifteenth batch (2026-12-06): English news in the templates of
        // national outlets, tech, science and business publications and
        // local sites, written blind to the rules: a reader's note "opens
        // new tab" inside a link, an accordion of <div role=button>
        // titles, an image's "Copyright" credit, "Related internet links",
        // "Gazette photo by ..." captions, comment actions glued together
        // ("ReplyUp 42DownFlag"). 0.973 -> 0.977 F1 (0.956 -> 0.963
        // without classes). Low floors mark the same judgement calls as the
        // fourteenth batch's, and a film review's cast box and reader
        // reviews in an old table layout (0.833).
        BodyPage{"broadband_subsidy_thinktank_en", 0.85}, BodyPage{"broadcaster_au_en", 0.94},
        BodyPage{"bumblebee_heat_science_en", 0.96}, BodyPage{"business_mag_contributor_en", 0.99},
        BodyPage{"cable_news_us_en", 0.97}, BodyPage{"chip_fab_delay_takeaways_en", 0.99},
        BodyPage{"college_newspaper_en", 0.94}, BodyPage{"community_paper_tables_en", 0.99},
        BodyPage{"cron_migration_medium_en", 0.99}, BodyPage{"digital_outlet_embeds_us_en", 0.88},
        BodyPage{"earbuds_review_scorebox_en", 0.99}, BodyPage{"financial_news_en", 0.96},
        BodyPage{"game_delay_carousel_en", 0.93}, BodyPage{"grid_queue_newsletter_en", 0.98},
        BodyPage{"hyperlocal_patch_en", 0.99}, BodyPage{"indian_daily_en", 0.92}, BodyPage{"irish_daily_en", 0.99},
        BodyPage{"lantern_keeper_film_review_en", 0.82}, BodyPage{"local_sports_boxscore_en", 0.96},
        BodyPage{"local_tv_station_en", 0.99}, BodyPage{"newspaper_continues_us_en", 0.97},
        BodyPage{"newspaper_record_paywall_us_en", 0.99}, BodyPage{"nz_news_site_en", 0.95},
        BodyPage{"organ_builders_longform_en", 0.97}, BodyPage{"photo_transfer_howto_faq_en", 0.87},
        BodyPage{"public_broadcaster_ca_en", 0.99}, BodyPage{"public_broadcaster_uk_en", 0.97},
        BodyPage{"public_radio_station_en", 0.96}, BodyPage{"quality_daily_live_uk_en", 0.87},
        BodyPage{"regional_newspaper_chain_en", 0.96}, BodyPage{"savings_rates_finance_en", 0.87},
        BodyPage{"scottish_local_weekly_en", 0.93}, BodyPage{"tabloid_uk_en", 0.92},
        BodyPage{"uk_regional_daily_en", 0.90}, BodyPage{"well_sensor_university_news_en", 0.95},
        BodyPage{"wire_agency_en", 0.95},
        // Sixteenth batch (2026-12-06): pages whose markup names almost
        // nothing (an old society's FrontPage page, a radio station's
        // tables, a ministry's release), major outlets in eleven languages
        // and special article types (a fact check, a match report, a recipe,
        // a gallery told in captions), written blind to the rules: a bar of
        // facts parted by middle dots, a gallery's caption-classed paragraphs
        // in a slide's "meta" box (0 -> 0.908), "Referee:" and "Attendance:"
        // lines closing a match report, a Chinese portal's "original headline"
        // line and user-post notice, G1's em-dash "Foto:" credits. 0.942 ->
        // 0.975 F1. Low floors: sidebars of sentences beside a table
        // layout's body, a correction in a box after the body, a fact
        // check's claim box, judgement calls as in the batches before.
        BodyPage{"ayuntamiento_pleno_es", 0.98}, BodyPage{"correction_appended_en", 0.96},
        BodyPage{"court_victim_statement_en", 0.99}, BodyPage{"dainik_akhbar_hi", 0.96},
        BodyPage{"diario_nacional_es", 0.94}, BodyPage{"election_results_en", 0.92}, BodyPage{"explainer_wwk_en", 0.93},
        BodyPage{"fact_check_en", 0.89}, BodyPage{"gunluk_gazete_tr", 0.95},
        BodyPage{"historical_society_capsule_en", 0.79}, BodyPage{"informagentstvo_ru", 0.96},
        BodyPage{"interview_qa_en", 0.99}, BodyPage{"match_report_en", 0.97}, BodyPage{"mawqi_iqlimi_ar", 0.96},
        BodyPage{"menhu_wangzhan_zh", 0.99}, BodyPage{"ong_eau_madagascar_fr", 0.95},
        BodyPage{"opinion_column_en", 0.99}, BodyPage{"parroquia_campanas_es", 0.96},
        BodyPage{"photo_gallery_en", 0.87}, BodyPage{"portal_noticias_br", 0.99},
        BodyPage{"portal_vegas_agua_es", 0.97}, BodyPage{"publieke_omroep_nl", 0.99},
        BodyPage{"quotidiano_nazionale_it", 0.95}, BodyPage{"quotidien_regional_fr", 0.99},
        BodyPage{"radio_vallee_fromagerie_fr", 0.86}, BodyPage{"recipe_prize_cake_en", 0.93},
        BodyPage{"school_district_bond_en", 0.96}, BodyPage{"smalltown_courier_en", 0.99},
        BodyPage{"syndicat_hopital_nuits_fr", 0.94}, BodyPage{"traffic_update_en", 0.92},
        BodyPage{"umweltministerium_pm_de", 0.99}, BodyPage{"uni_geographie_gletscher_de", 0.99},
        BodyPage{"verband_galabau_ausbildung_de", 0.96}, BodyPage{"weather_forecast_en", 0.95},
        BodyPage{"wochenzeitung_de", 0.96}, BodyPage{"zenkokushi_ja", 0.99},
        // Seventeenth batch (2026-12-06): English pages of specialised desks
        // (a match report, a celebrity story's Instagram embeds, crypto
        // tickers, a health story's review history, a science site's release
        // boxes), pages whose structure is the difficulty (page 1 of 3, a
        // body in chunks between ads, the next story loaded below, a hidden
        // "continue reading" rest, a listicle) and news-like posts on other
        // platforms (a podcast's show notes, a corporate newsroom, a
        // Mailchimp archive, a Google Docs page, Tumblr, Hugo, LinkedIn),
        // written blind to the rules: a pull quote its editor shortened, a
        // science site's "Story Source" / "Journal Reference" / "Cite This
        // Page" boxes, a sponsor's box under its label, "Up Next:" under a
        // player, "Have a news tip?", a table's row holding "published".
        // 0.966 -> 0.971 F1. Low floors: a podcast page whose show notes sit
        // in another block than its transcript, a release's "About" and
        // forward-looking statements (earlier annotators kept them), a
        // donation form's pitch, judgement calls as in the batches before;
        // continue_reading_en's 0.30 is its copy without ids, whose button
        // then names no panel.
        BodyPage{"ad_labels_en", 0.99}, BodyPage{"association_event_recap_de", 0.95}, BodyPage{"author_bio_en", 0.99},
        BodyPage{"auto_review_en", 0.99}, BodyPage{"celebrity_instagram_en", 0.91},
        BodyPage{"continue_reading_en", 0.30}, BodyPage{"crypto_tickers_en", 0.97},
        BodyPage{"engineering_blog_de", 0.96}, BodyPage{"game_news_en", 0.90}, BodyPage{"gdocs_published_nl", 0.89},
        BodyPage{"gov_press_release_en", 0.99}, BodyPage{"health_reviewed_en", 0.78},
        BodyPage{"hugo_blog_footnotes_fr", 0.97}, BodyPage{"legal_filing_en", 0.99},
        BodyPage{"linkedin_article_fr", 0.99}, BodyPage{"long_comments_en", 0.99},
        BodyPage{"mailchimp_archive_en", 0.92}, BodyPage{"match_report_timeline_en", 0.90},
        BodyPage{"most_popular_en", 0.97}, BodyPage{"newsroom_press_release_en", 0.83},
        BodyPage{"next_story_loaded_en", 0.97}, BodyPage{"nonprofit_news_es", 0.90},
        BodyPage{"one_sentence_paras_en", 0.90}, BodyPage{"paginated_feature_en", 0.96},
        BodyPage{"podcast_episode_en", 0.73}, BodyPage{"religion_donate_en", 0.99},
        BodyPage{"saas_product_blog_en", 0.96}, BodyPage{"science_figure_en", 0.89}, BodyPage{"sections_h2_en", 0.99},
        BodyPage{"split_chunks_en", 0.99}, BodyPage{"syndicated_en", 0.93}, BodyPage{"travel_feature_en", 0.97},
        BodyPage{"tumblr_post_en", 0.96}, BodyPage{"university_sensor_release_en", 0.99},
        BodyPage{"walks_listicle_en", 0.99}, BodyPage{"weather_story_en", 0.94},
        // Eighteenth batch (2026-12-06): English pages as a crawler fetched
        // them from sites of every size (a TV station, a trade magazine, a
        // pet site, a wire release on a local paper, a student paper, ...),
        // news and magazine pages in twelve languages (Russian, Ukrainian,
        // Chinese, Japanese, German, French, Spanish, Portuguese, Italian,
        // Polish, Czech) and English stories with one unusual element (an AMP
        // carousel, a poll, an editor's note, a correction after the body's
        // element, a timeline box, a fact box, reader photos), written blind
        // to the rules: a correction after the body's element, "Article
        // Sources", a rail's title and a headline in one line, "duration"
        // class words, Business Wire's index terms, a paper's photo credit
        // under its caption, Poland's "rest of the article below the video".
        // 0.978 -> 0.982 F1. Low floors: a fact box and a timeline in
        // <aside>s (the annotator kept them), standfirsts set as the body's
        // first paragraph, judgement calls as in the batches before.
        BodyPage{"amp_carousel_en", 0.99}, BodyPage{"br_inline_ads_en", 0.95}, BodyPage{"business_daily_ru", 0.96},
        BodyPage{"city_gov_leaf_collection_en", 0.99}, BodyPage{"county_fair_gallery_en", 0.96},
        BodyPage{"economy_pt", 0.98}, BodyPage{"editors_note_en", 0.98}, BodyPage{"fact_box_en", 0.82},
        BodyPage{"gadget_review_earbuds_en", 0.96}, BodyPage{"how_to_help_en", 0.97}, BodyPage{"it_news_ja", 0.91},
        BodyPage{"local_paper_business_wire_en", 0.99}, BodyPage{"need_to_know_en", 0.97}, BodyPage{"news_cz", 0.91},
        BodyPage{"news_portal_pl", 0.96}, BodyPage{"news_portal_zh", 0.99}, BodyPage{"news_site_uk", 0.97},
        BodyPage{"nyt_like_correction_en", 0.94}, BodyPage{"parenting_blog_sleep_schedule_en", 0.99},
        BodyPage{"personal_finance_emergency_fund_en", 0.94}, BodyPage{"pet_care_dog_heat_wave_en", 0.99},
        BodyPage{"podcast_transcript_en", 0.94}, BodyPage{"poll_embed_en", 0.99}, BodyPage{"reader_photos_en", 0.87},
        BodyPage{"regional_de", 0.99}, BodyPage{"regional_it", 0.96}, BodyPage{"regional_tv_boil_advisory_en", 0.99},
        BodyPage{"sports_blog_walkoff_recap_en", 0.97}, BodyPage{"sports_es", 0.96},
        BodyPage{"student_paper_dining_wage_en", 0.94}, BodyPage{"tech_blog_router_update_en", 0.93},
        BodyPage{"tech_fr", 0.96}, BodyPage{"timeline_box_en", 0.86}, BodyPage{"trade_mag_parcel_surcharges_en", 0.99},
        BodyPage{"tv_recap_harbor_episode_en", 0.97}, BodyPage{"womens_lifestyle_ru", 0.96},
        // Nineteenth batch (2026-12-06): blogs and magazine posts on the
        // platforms people used (Medium, Substack, Ghost, WordPress themes,
        // a recipe card, Wix, Blogger, Divi, Squarespace), news as
        // republished and aggregated (AP on a TV station's site, Reuters on a
        // portal, AFP, PA, an aggregator, an AMP cache page, a reader view, a
        // web archive snapshot, a print version, a paywall teaser) and news
        // sites from Africa and Latin America, written blind to the rules:
        // a formula's aria-hidden drawing (KaTeX) is text, star ratings,
        // "VIDÉO - ..." promos, a print page's labelled address, a rail title
        // trailing off ("Lee también..."). 0.978 -> 0.981 F1. Low floors: a
        // travel blog's hotel and tour cards, a Squarespace gallery's titles,
        // class-less copies of a table-layout portal whose comments and a
        // paywall teaser's offer box then read as text, standfirsts set in the
        // body, judgement calls as in the batches before.
        BodyPage{"accra_portal_en", 0.73}, BodyPage{"afp_portail_fr", 0.99}, BodyPage{"amp_cache_es", 0.93},
        BodyPage{"ap_localtv_en", 0.99}, BodyPage{"archive_snapshot_en", 0.99}, BodyPage{"baires_diario_es", 0.97},
        BodyPage{"biobio_portal_es", 0.96}, BodyPage{"bogota_sitio_es", 0.93}, BodyPage{"book_review_blog_en", 0.95},
        BodyPage{"casablanca_info_fr", 0.99}, BodyPage{"cdmx_diario_es", 0.96}, BodyPage{"dakar_actu_fr", 0.97},
        BodyPage{"diy_home_blog_en", 0.99}, BodyPage{"fashion_blog_shoppable_en", 0.98},
        BodyPage{"flipboard_reader_en", 0.94}, BodyPage{"food_blog_recipe_en", 0.94}, BodyPage{"ghost_blog_en", 0.97},
        BodyPage{"joburg_news_en", 0.95}, BodyPage{"lagos_daily_en", 0.97}, BodyPage{"lima_diario_es", 0.95},
        BodyPage{"maputo_noticias_pt", 0.90}, BodyPage{"medium_publication_en", 0.99},
        BodyPage{"msn_aggregator_en", 0.99}, BodyPage{"nairobi_daily_en", 0.99},
        BodyPage{"opinion_politics_blog_en", 0.93}, BodyPage{"pa_regional_en", 0.91},
        BodyPage{"paywall_teaser_de", 0.79}, BodyPage{"photography_blog_gallery_en", 0.92},
        BodyPage{"print_version_it", 0.96}, BodyPage{"reader_view_pt", 0.99}, BodyPage{"recirc_landing_en", 0.99},
        BodyPage{"reuters_portal_en", 0.99}, BodyPage{"science_blog_equations_en", 0.92},
        BodyPage{"substack_newsletter_en", 0.99}, BodyPage{"travel_blog_affiliate_en", 0.87},
        BodyPage{"wordpress_personal_en", 0.97},
        // Twentieth batch (2026-12-06): news-like articles on sites whose
        // markup is minimal or unusual (a Jekyll post, a hand-written 2004
        // page, a forum's first post, a pipermail message, Google Sites,
        // SharePoint, Word and Outlook "save as web page", a feed reader, a
        // text-only site), English pages in the templates of big outlets of
        // 2019-2020 and articles whose inline markup is the difficulty
        // (glossary tooltips, furigana, bidi marks, soft hyphens, drop caps,
        // a span per sentence, footnote markers, emoji images), written
        // blind to the rules: paragraphs marked class="paywall" (F1 0 ->
        // 1.0), "marketing" class words, a photo's <figure> without a
        // <figcaption>, role="tooltip", furigana, a glossary term set as a
        // button, invisible direction marks and zero-width spaces. 0.892 ->
        // 0.955 F1. Low floors: a mailing-list message in one <pre>, Word's
        // and Outlook's exports, a hand-written table page, comments under a
        // Hebrew story, emoji set as images, judgement calls as before.
        BodyPage{"bidi_cyber_funding_he", 0.86}, BodyPage{"cable_canyonrescue_en", 0.95},
        BodyPage{"chorus_smarthub_en", 0.93}, BodyPage{"contributor_manufacturing_en", 0.96},
        BodyPage{"daily_busdrivers_en", 0.96}, BodyPage{"dropcap_verope_pt", 0.98},
        BodyPage{"explainer_unemployment_en", 0.96}, BodyPage{"forum_phpbb_freibad_de", 0.97},
        BodyPage{"glossary_tooltips_en", 0.94}, BodyPage{"google_sites_pasarela_es", 0.87},
        BodyPage{"handwritten_2000s_gazette_en", 0.82}, BodyPage{"inline_ads_frana_it", 0.95},
        BodyPage{"jekyll_minima_post_en", 0.99}, BodyPage{"magazine_spacejunk_en", 0.98},
        BodyPage{"network_nursinghomes_en", 0.97}, BodyPage{"outlook_saveas_bibliotek_sv", 0.78},
        BodyPage{"pinyin_shengpizi_zh", 0.99}, BodyPage{"pipermail_passerelle_fr", 0.65},
        BodyPage{"popnews_teachers_en", 0.94}, BodyPage{"press_release_wire_en", 0.98},
        BodyPage{"review_earbuds_en", 0.97}, BodyPage{"rss_reader_item_it", 0.94}, BodyPage{"ruby_yukimuro_ja", 0.99},
        BodyPage{"school_newsletter_word_nl", 0.86}, BodyPage{"sharepoint_intranet_dc_en", 0.99},
        BodyPage{"shy_fernwaerme_de", 0.99}, BodyPage{"slideshow_deadmall_en", 0.92},
        BodyPage{"smallcaps_fietsproef_nl", 0.99}, BodyPage{"spip_footnotes_fr", 0.89},
        BodyPage{"startup_fintech_en", 0.91}, BodyPage{"text_only_lite_drought_en", 0.97},
        BodyPage{"tts_sentences_alg_sv", 0.99}, BodyPage{"viral_facebookgroup_en", 0.94},
        BodyPage{"wiki_ferry_fire_en", 0.86}, BodyPage{"wikinews_tarifa_zero_pt", 0.88},
        BodyPage{"wp_emoji_alerts_es", 0.76},
        // Twenty-first batch (2026-12-07): US local chains' and TV station groups'
        // templates, tech, science and trade sites, South and Southeast Asian
        // news, UK and US national pages with heavy furniture (embedded tweets
        // and a Facebook post kept by the development set's convention).
        BodyPage{"apple_blog_en", 0.97}, BodyPage{"bangladesh_daily_en", 0.96},
        BodyPage{"blox_weekly_fourday_en", 0.94}, BodyPage{"broadcaster_coast_en", 0.97},
        BodyPage{"broadsheet_care_en", 0.97}, BodyPage{"cbs_local_crossing_guard_en", 0.99},
        BodyPage{"ev_news_en", 0.95}, BodyPage{"factcheck_electricity_en", 0.95}, BodyPage{"finance_gossip_en", 0.99},
        BodyPage{"gannett_daily_dairy_en", 0.95}, BodyPage{"gulfportal_heat_en", 0.93},
        BodyPage{"hearst_metro_buyouts_en", 0.96}, BodyPage{"hindi_portal_hi", 0.99}, BodyPage{"hw_rumor_en", 0.99},
        BodyPage{"india_markets_portal_en", 0.90}, BodyPage{"indian_daily_drains_en", 0.96},
        BodyPage{"indonesia_portal_id", 0.99}, BodyPage{"intlbroadcaster_wine_en", 0.97},
        BodyPage{"malaysia_news_ms", 0.94}, BodyPage{"mcclatchy_daily_lightrail_en", 0.97},
        BodyPage{"metro_advance_sportsplex_en", 0.99}, BodyPage{"nbc_station_heat_wave_en", 0.95},
        BodyPage{"newsweekly_rents_en", 0.99}, BodyPage{"nexstar_tv_bridge_closure_en", 0.93},
        BodyPage{"nytabloid_packages_en", 0.99}, BodyPage{"opinion_spending_en", 0.99},
        BodyPage{"pakistan_daily_en", 0.98}, BodyPage{"philippine_daily_en", 0.99}, BodyPage{"phone_review_en", 0.96},
        BodyPage{"politics_broadband_en", 0.94}, BodyPage{"popsci_listicle_en", 0.99},
        BodyPage{"public_radio_obstetrics_en", 0.94}, BodyPage{"real_estate_trade_en", 0.99},
        BodyPage{"science_aggregator_en", 0.96}, BodyPage{"sinclair_tv_water_shutoff_en", 0.96},
        BodyPage{"singapore_news_en", 0.99}, BodyPage{"solar_trade_en", 0.98}, BodyPage{"space_news_en", 0.99},
        BodyPage{"space_policy_essay_en", 0.99}, BodyPage{"srilanka_news_en", 0.99},
        BodyPage{"statemedia_railway_en", 0.91}, BodyPage{"tabloid_airline_en", 0.94},
        BodyPage{"tabloid_storm_en", 0.97}, BodyPage{"tegna_tv_verify_move_over_en", 0.97},
        BodyPage{"thai_portal_th", 0.99}, BodyPage{"tribune_daily_covid_testing_en", 0.96},
        BodyPage{"vietnam_portal_vi", 0.95}, BodyPage{"windows_blog_en", 0.99},
        // Twenty-second batch (2026-12-07): European regional news in ten
        // languages (their annotator kept the standfirsts), pages where the
        // container is the difficulty, sports and entertainment, sites that
        // are not news outlets. (comet_json_rendered_en, whose text is only in
        // a script's JSON, has no floor: lede gives nothing there.)
        BodyPage{"airline_brief_teasers_en", 0.99}, BodyPage{"architecture_magazine_en", 0.98},
        BodyPage{"automobilismo_pt", 0.96}, BodyPage{"bankkontor_asele_sv", 0.94}, BodyPage{"celeb_gossip_en", 0.95},
        BodyPage{"cinema_split_article_en", 0.97}, BodyPage{"coastal_series_notes_en", 0.98},
        BodyPage{"corporate_newsroom_en", 0.99}, BodyPage{"covered_bridge_table_en", 0.99},
        BodyPage{"cricket_in_en", 0.95}, BodyPage{"diy_science_en", 0.95}, BodyPage{"engineering_postmortem_en", 0.98},
        BodyPage{"ferry_terminal_analysis_en", 0.99}, BodyPage{"film_industry_en", 0.98},
        BodyPage{"fire_chief_interview_en", 0.99}, BodyPage{"game_delay_en", 0.94},
        BodyPage{"gemeindefusion_simmental_ch_de", 0.92}, BodyPage{"gost_news_ru", 0.99},
        BodyPage{"hatena_blog_ja", 0.89}, BodyPage{"haziorvos_pecs_hu", 0.75}, BodyPage{"horse_racing_en", 0.94},
        BodyPage{"kylakoulut_jyvaskyla_fi", 0.92}, BodyPage{"laubblaeser_verbot_at_de", 0.95},
        BodyPage{"law_firm_news_en", 0.79}, BodyPage{"leipsydria_irakleio_el", 0.94},
        BodyPage{"marketing_agency_blog_en", 0.95}, BodyPage{"maternidade_blog_pt", 0.99},
        BodyPage{"mensagens_pt", 0.99}, BodyPage{"moliceiros_aveiro_pt", 0.93}, BodyPage{"music_news_en", 0.99},
        BodyPage{"naver_smarteditor_ko", 0.92}, BodyPage{"nfl_team_en", 0.95}, BodyPage{"night_bus_river_en", 0.96},
        BodyPage{"nostalgia_blog_it", 0.97}, BodyPage{"piscine_ciney_be_fr", 0.99},
        BodyPage{"plane_trees_comments_en", 0.99}, BodyPage{"steinras_fv57_no", 0.94},
        BodyPage{"storm_liveblog_en", 0.85}, BodyPage{"stormflod_vejle_da", 0.88}, BodyPage{"team_blog_en", 0.96},
        BodyPage{"termoficare_iasi_ro", 0.87}, BodyPage{"transfer_rumours_en", 0.89}, BodyPage{"tv_recap_en", 0.98},
        BodyPage{"veerpont_regionaal_nl", 0.94}, BodyPage{"water_breach_statement_en", 0.99},
        BodyPage{"wheat_trial_divs_en", 0.96}, BodyPage{"yeonye_news_ko", 0.97},
        // Twenty-third batch (2026-12-07): US national outlets' templates,
        // health, science and technology sites, non-English pages of twelve
        // kinds, the UK, Canada, Australia, New Zealand and Ireland.
        BodyPage{"akhbar_qitar_ar", 0.91}, BodyPage{"apple_forum_en", 0.96},
        BodyPage{"automobilismo_stockcar_pt", 0.93}, BodyPage{"broadcast_network_en", 0.92},
        BodyPage{"bullet_news_en", 0.99}, BodyPage{"business_tv_en", 0.89}, BodyPage{"california_daily_en", 0.96},
        BodyPage{"ce_review_en", 0.99}, BodyPage{"deportes_ligamx_es", 0.99},
        BodyPage{"diario_regional_sequia_es", 0.95}, BodyPage{"euro_tech_en", 0.92},
        BodyPage{"financial_copper_en", 0.94}, BodyPage{"gadget_news_en", 0.97}, BodyPage{"haber_meteoroloji_tr", 0.95},
        BodyPage{"health_info_en", 0.99}, BodyPage{"irish_broadsheet_ie_en", 0.97}, BodyPage{"keji_damoxing_zh", 0.99},
        BodyPage{"kpop_comeback_ko", 0.96}, BodyPage{"monthly_magazine_en", 0.99},
        BodyPage{"motorcycle_trade_uk_en", 0.96}, BodyPage{"ms_blog_en", 0.92}, BodyPage{"national_daily_arc_en", 0.99},
        BodyPage{"national_daily_ca_en", 0.97}, BodyPage{"news_portal_au_en", 0.91},
        BodyPage{"normativy_fizkultura_ru", 0.99}, BodyPage{"nostalgia_gameboy_it", 0.99},
        BodyPage{"note_iju_blog_ja", 0.99}, BodyPage{"nz_daily_en", 0.98}, BodyPage{"online_magazine_en", 0.95},
        BodyPage{"pc_hardware_en", 0.95}, BodyPage{"politics_site_en", 0.99}, BodyPage{"popsci_news_en", 0.94},
        BodyPage{"public_broadcaster_au_en", 0.97}, BodyPage{"regional_reach_en", 0.99},
        BodyPage{"retail_trade_mag_uk_en", 0.97}, BodyPage{"samachar_pradushan_hi", 0.97},
        BodyPage{"science_share_en", 0.95}, BodyPage{"scottish_daily_en", 0.99}, BodyPage{"space_lander_en", 0.94},
        BodyPage{"sports_network_ca_en", 0.95}, BodyPage{"symptom_portal_en", 0.94},
        BodyPage{"tabloid_express_en", 0.99}, BodyPage{"tabloid_news_en", 0.98}, BodyPage{"tech_business_en", 0.94},
        BodyPage{"tv_network_news_ca_en", 0.93}, BodyPage{"wire_grain_en", 0.99}, BodyPage{"youth_news_en", 0.95},
        BodyPage{"zhenskiy_zhurnal_ru", 0.99},
        // Twenty-fourth batch (2026-12-07): structure around the story (a
        // lead in the header, tabs, accordions, two copies for two screens,
        // comments first in the HTML) and heavy noise around a plain story.
        BodyPage{"about_footer_dispatch_en", 0.95}, BodyPage{"ad_fallback_chronicle_en", 0.99},
        BodyPage{"amp_accordion_en", 0.95}, BodyPage{"comments_before_story_en", 0.99},
        BodyPage{"cookie_policy_sentinel_en", 0.96}, BodyPage{"corrections_policy_gazette_en", 0.81},
        BodyPage{"dual_layout_en", 0.99}, BodyPage{"editors_picks_tribune_en", 0.99},
        BodyPage{"explainer_accordion_en", 0.90}, BodyPage{"header_lede_en", 0.95}, BodyPage{"jsonld_partial_en", 0.99},
        BodyPage{"live_ticker_kxrn_en", 0.99}, BodyPage{"megamenu_courier_en", 0.99},
        BodyPage{"newsletter_modal_post_en", 0.94}, BodyPage{"noscript_pixels_examiner_en", 0.99},
        BodyPage{"open_letter_en", 0.95}, BodyPage{"photo_essay_en", 0.99}, BodyPage{"print_hidden_standard_en", 0.99},
        BodyPage{"section_hashed_en", 0.93}, BodyPage{"share_counts_ledger_en", 0.99},
        BodyPage{"sidebar_second_article_en", 0.99}, BodyPage{"svg_icons_bytecircuit_en", 0.99},
        BodyPage{"table_layout_en", 0.99}, BodyPage{"tabs_story_en", 0.98},
        // Twenty-fifth batch (2026-12-07): pages as a browser saves them after
        // the scripts ran (English and European outlets), bodies in unusual
        // markup, and furniture that reads like prose.
        BodyPage{"airfares_digital_native_en", 0.96}, BodyPage{"capital_post_en", 0.96},
        BodyPage{"chain_paper_ai_note_en", 0.87}, BodyPage{"chip_deal_business_paper_en", 0.98},
        BodyPage{"cliff_erosion_tabloid_en", 0.88}, BodyPage{"copper_strike_wire_en", 0.99},
        BodyPage{"county_gazette_en", 0.99}, BodyPage{"diario_digital_es", 0.99}, BodyPage{"diario_economico_es", 0.93},
        BodyPage{"diario_es", 0.95}, BodyPage{"india_portal_en", 0.99}, BodyPage{"interview_en", 0.98},
        BodyPage{"journal_fr", 0.94}, BodyPage{"lead_pipes_national_en", 0.99},
        BodyPage{"legacy_table_business_en", 0.93}, BodyPage{"metro_daily_en", 0.99},
        BodyPage{"metro_delay_india_daily_en", 0.99}, BodyPage{"nadawca_pl", 0.94},
        BodyPage{"newsletter_post_en", 0.99}, BodyPage{"night_shift_magazine_en", 0.98},
        BodyPage{"nonprofit_newsroom_en", 0.99}, BodyPage{"noticias_pt", 0.99}, BodyPage{"portal_br_pt", 0.92},
        BodyPage{"portal_de", 0.97}, BodyPage{"portal_noticias_ar_es", 0.96}, BodyPage{"public_radio_en", 0.99},
        BodyPage{"quotidiano_it", 0.95}, BodyPage{"quotidien_national_fr", 0.94},
        BodyPage{"quotidien_regional2_fr", 0.84}, BodyPage{"regional_tv2_en", 0.93}, BodyPage{"regional_tv_en", 0.95},
        BodyPage{"regionalzeitung2_de", 0.96}, BodyPage{"regionalzeitung3_de", 0.99},
        BodyPage{"rental_reform_au_en", 0.98}, BodyPage{"republished_explainer_en", 0.96},
        BodyPage{"revista_negocios_pt", 0.92}, BodyPage{"school_week_regional_chain_en", 0.99},
        BodyPage{"science_magazine_en", 0.96}, BodyPage{"science_weekly_en", 0.98}, BodyPage{"sport_fr", 0.95},
        BodyPage{"tabloid_pl", 0.90}, BodyPage{"tabloid_uk2_en", 0.89}, BodyPage{"tech_news_affiliate_en", 0.99},
        BodyPage{"texas_grid_cable_news_en", 0.97}, BodyPage{"tg_emittente_it", 0.95},
        BodyPage{"village_floods_broadcaster_en", 0.95}, BodyPage{"wildfire_evacuation_ca_tv_network_en", 0.95},
        BodyPage{"wochenzeitung2_de", 0.96},
        // Twenty-sixth batch (2026-12-07): saved pages of English-language
        // outlets outside the US and UK and of Asian and Middle Eastern
        // ones, infinite scroll (further stories appended), interactive
        // embeds in the story.
        BodyPage{"agency_heating_ru", 0.99}, BodyPage{"ayudas_alquiler_faq_es", 0.99},
        BodyPage{"broadcaster_ie_en", 0.99}, BodyPage{"broadsheet_sg_en", 0.98}, BodyPage{"business_news_en", 0.99},
        BodyPage{"coastal_erosion_slider_en", 0.94}, BodyPage{"county_shelter_poll_en", 0.95},
        BodyPage{"crues_vigilance_carte_fr", 0.93}, BodyPage{"daily_heatwave_ko", 0.99},
        BodyPage{"detail_banjir_id", 0.99}, BodyPage{"diario2_es", 0.99}, BodyPage{"drupal_desal_ar", 0.96},
        BodyPage{"english_daily_bd_en", 0.97}, BodyPage{"er_waits_datawrapper_en", 0.99},
        BodyPage{"express_metro_vi", 0.91}, BodyPage{"giornale_it", 0.99}, BodyPage{"gulf_portal_ae_en", 0.98},
        BodyPage{"herald_nz_en", 0.95}, BodyPage{"infinite_baraj_tr", 0.92}, BodyPage{"inquirer_style_ph_en", 0.98},
        BodyPage{"jerusalem_daily_il_en", 0.99}, BodyPage{"jornal_pt", 0.92}, BodyPage{"lithium_longread_toc_en", 0.60},
        BodyPage{"local_weekly_en", 0.99}, BodyPage{"metro_daily2_en", 0.99}, BodyPage{"metro_tabloid_in_en", 0.96},
        BodyPage{"nation_media_ke_en", 0.99}, BodyPage{"national_daily_pk_en", 0.99},
        BodyPage{"news_portal_za_en", 0.99}, BodyPage{"newscloud_typhoon_zh_tw", 0.90},
        BodyPage{"nextjs_pm25_th", 0.99}, BodyPage{"ponte_cronologia_tabelle_it", 0.75}, BodyPage{"portal2_de", 0.99},
        BodyPage{"portal_elevator_zh", 0.87}, BodyPage{"prefnews_bus_ja", 0.99}, BodyPage{"quintype_heat_hi", 0.99},
        BodyPage{"quotidien2_fr", 0.99}, BodyPage{"regional_tv3_en", 0.99},
        BodyPage{"ridge_fire_map_timeline_en", 0.89}, BodyPage{"riverhawks_podcast_ghost_en", 0.96},
        BodyPage{"spans_lightrail_he", 0.53}, BodyPage{"sports_en", 0.96}, BodyPage{"tech_site_en", 0.95},
        BodyPage{"tempo30_umfrage_flourish_de", 0.96}, BodyPage{"transit_fare_faq_audio_en", 0.85},
        BodyPage{"urban_heat_quiz_en", 0.94}, BodyPage{"wiadomosci_pl", 0.96}, BodyPage{"wordpress_daily_ng_en", 0.99},
        // Twenty-seventh batch (2026-12-07): short briefs amid heavy
        // furniture, structure around the story, releases of governments,
        // companies and NGOs, saved pages of Central and Eastern Europe.
        BodyPage{"amp_transit_en", 0.94}, BodyPage{"br_text_nl", 0.99}, BodyPage{"breaking_en", 0.94},
        BodyPage{"breaking_pt", 0.89}, BodyPage{"central_bank_rate_decision_sv", 0.87},
        BodyPage{"city_council_budget_es", 0.93}, BodyPage{"comments_first_de", 0.99},
        BodyPage{"company_announcement_en", 0.99}, BodyPage{"company_investor_news_fr", 0.99},
        BodyPage{"court_press_release_de", 0.94}, BodyPage{"court_ruling_nl", 0.88},
        BodyPage{"fire_service_incident_nl", 0.86}, BodyPage{"handball_federation_callup_pt", 0.93},
        BodyPage{"kaunas_sildymas_lt", 0.89}, BodyPage{"list_items_en", 0.97}, BodyPage{"ljubljana_nasipi_sl", 0.90},
        BodyPage{"long_captions_en", 0.80}, BodyPage{"lviv_elektrobusy_uk", 0.99},
        BodyPage{"ministry_press_release_cs", 0.92}, BodyPage{"multi_section_sv", 0.53},
        BodyPage{"naxos_leipsydria_el", 0.96}, BodyPage{"ngo_report_launch_pl", 0.77}, BodyPage{"nis_stanica_sr", 0.99},
        BodyPage{"obituary_it", 0.99}, BodyPage{"ostrava_tramvaj_cs", 0.92}, BodyPage{"plovdiv_parking_bg", 0.71},
        BodyPage{"police_brief_en", 0.99}, BodyPage{"police_brief_pl", 0.99},
        BodyPage{"police_department_news_en", 0.96}, BodyPage{"related_first_pt", 0.95},
        BodyPage{"riga_etalons_lv", 0.99}, BodyPage{"road_closure_de", 0.99}, BodyPage{"road_closure_sv", 0.99},
        BodyPage{"sibiu_centru_ro", 0.99}, BodyPage{"sidebar_long_fr", 0.95}, BodyPage{"split_hero_en", 0.83},
        BodyPage{"sports_result_fr", 0.84}, BodyPage{"state_health_release_en", 0.99},
        BodyPage{"styled_nested_pl", 0.99}, BodyPage{"sucho_agro_sk", 0.99}, BodyPage{"table_layout_es", 0.99},
        BodyPage{"two_columns_it", 0.62}, BodyPage{"un_agency_press_en", 0.90},
        BodyPage{"university_research_news_it", 0.98}, BodyPage{"vasarcsarnok_pecs_hu", 0.94},
        BodyPage{"weather_warning_en", 0.99}, BodyPage{"weather_warning_es", 0.99}, BodyPage{"zadar_autobusi_hr", 0.99},
        // Twenty-eighth batch (2026-12-07): saved pages of Nordic and Baltic,
        // South and Southeast Asian outlets, syndicated wire stories and
        // long-form magazine features, trade and specialist press; the
        // lowest floors are judgement calls (company "About" sections,
        // references and event boxes the annotators left out).
        BodyPage{"agrarbote_duengerpreise_de", 0.99}, BodyPage{"balancefinanciero_pago_aplazado_es", 0.99},
        BodyPage{"bandilangpinoy_tigil_pasada_tl", 0.97}, BodyPage{"consultamedica_migrana_ensayo_es", 0.85},
        BodyPage{"dagfari_rafmagnsleysi_uppfaert_is", 0.88}, BodyPage{"dhakabarta_chandpur_ilish_bn", 0.94},
        BodyPage{"energiekurier_elektrolyseur_kaltenhafen_de", 0.85},
        BodyPage{"escalehebdo_trafic_conteneurs_fr", 0.93}, BodyPage{"fathom_review_nodule_fields_en", 0.90},
        BodyPage{"finanzkompass_gewerbeimmobilien_puffer_de", 0.99}, BodyPage{"fjordkanalen_video_fjellskred_nb", 0.99},
        BodyPage{"gleanr_news_foothill_insurance_en", 0.96}, BodyPage{"gridwire_storage_auction_en", 0.97},
        BodyPage{"harrowgate_chronicle_desal_wire_en", 0.99}, BodyPage{"helixline_sorghum_salt_gene_en", 0.81},
        BodyPage{"iltavahti_amp_karhu_saunassa_fi", 0.99}, BodyPage{"jarvekalda_leht_bussiliinid_faktid_et", 0.89},
        BodyPage{"kathirvaani_kovai_elephant_ta", 0.97}, BodyPage{"kestrel_monthly_orchard_frost_en", 0.97},
        BodyPage{"khabarlok_amp_heatwave_school_hi", 0.97}, BodyPage{"kveldsnytt_elg_tog_lesogsa_nb", 0.99},
        BodyPage{"lantern_quarterly_skerrow_keepers_en", 0.98}, BodyPage{"ljosvakinn_myndskeid_jokulhlaup_is", 0.99},
        BodyPage{"longitude_journal_salt_road_en", 0.99},
        BodyPage{"millbrook_beacon_prairie_current_obstetrics_en", 0.94},
        BodyPage{"nhippho24h_ben_tre_nuoc_man_vi", 0.99}, BodyPage{"norrskensposten_plus_hyreshojning_sv", 0.99},
        BodyPage{"paevakaja_tellijale_sadam_et", 0.99}, BodyPage{"prabhatsamvad_metro_fare_hi", 0.94},
        BodyPage{"praxissante_preeclampsie_salive_fr", 0.78}, BodyPage{"quaysideledger_reefer_rates_en", 0.82},
        BodyPage{"quire_weekly_night_bus_owl_en", 0.92}, BodyPage{"ridgeline_ledger_bus_seatbelt_wire_en", 0.91},
        BodyPage{"rigsavisen_brand_skovhavn_opdateret_da", 0.99}, BodyPage{"sadaeshehr_karachi_turtles_ur", 0.97},
        BodyPage{"sahyadrivarta_sangli_oos_andolan_mr", 0.94}, BodyPage{"semenanjungkini_banjir_kelantan_ms", 0.96},
        BodyPage{"sjobygdens_nyheter_kokvatten_fakta_sv", 0.91}, BodyPage{"surcodigital_agrovoltaica_olivar_es", 0.82},
        BodyPage{"teestaparbarta_dooars_tea_bn", 0.97}, BodyPage{"terreconnectee_robot_desherbage_fr", 0.81},
        BodyPage{"thaitankhao_durian_chanthaburi_th", 0.99}, BodyPage{"thybo_dagblad_abonnent_skolelukning_da", 0.94},
        BodyPage{"tickerhall_finance_corvane_earnings_en", 0.95}, BodyPage{"tinderbox_magazine_chess_prodigy_en", 0.94},
        BodyPage{"vuorilahden_viesti_silta_faktaa_fi", 0.99}, BodyPage{"wartacakrawala_rob_semarang_id", 0.98},
        BodyPage{"yonderstart_portal_rail_strike_en", 0.99},
        // Twenty-ninth batch (2026-12-07): saved pages of Latin American
        // outlets, public bodies' and local news pages of five countries,
        // sports and entertainment news, technology and consumer
        // journalism; kaiyuanqianshao_qingluan_db_release_zh's 0.66 is its
        // copy without classes (a code block's line numbers kept).
        BodyPage{"anpfiffnord_wendelstedt_ostermoor_de", 0.99}, BodyPage{"banksia_shire_bluff_track_en", 0.99},
        BodyPage{"brackenridge_city_water_main_en", 0.99}, BodyPage{"cascade_basin_pubmedia_fare_free_en", 0.99},
        BodyPage{"cedar_valley_usd_bell_times_en", 0.99}, BodyPage{"chipnboard_vantor_x5_ssd_benchmark_ko", 0.90},
        BodyPage{"circuitledger_aurora14_laptop_review_en", 0.95},
        BodyPage{"condornoticias_derrumbe_santander_es", 0.99}, BodyPage{"contraportada_irusta_concierto_es", 0.96},
        BodyPage{"correiolitoraneo_amp_pinguins_resgate_pt", 0.97}, BodyPage{"couchside_hollowmere_recap_en", 0.95},
        BodyPage{"cronicanacional_tandeo_agua_es", 0.99}, BodyPage{"diariorimac_amp_mototaxis_tarifas_es", 0.99},
        BodyPage{"downsvale_police_cyclist_appeal_en", 0.99}, BodyPage{"elfiordo_marea_roja_reloncavi_es", 0.86},
        BodyPage{"elmeridiano_envivo_paro_colectivos_es", 0.83}, BodyPage{"elombu_escuelas_rurales_pagina2_es", 0.99},
        BodyPage{"farrow_pd_weekly_blotter_en", 0.99}, BodyPage{"fernsehfieber_hafenwache_krimicheck_de", 0.92},
        BodyPage{"fieldhousegazette_ashbourne_derby_en", 0.96}, BodyPage{"fieldnotes_sodium_battery_cold_en", 0.93},
        BodyPage{"folhavelhochico_barqueiros_pagina1_pt", 0.92},
        BodyPage{"forschungsblick_exoplanet_wasserdampf_de", 0.88},
        BodyPage{"gadgetshinpo_aoto_earbuds_review_ja", 0.94}, BodyPage{"gazetasertao_barragem_cheia_pt", 0.95},
        BodyPage{"hollinsford_council_food_waste_en", 0.97}, BodyPage{"jikesubao_xinglan_pad5_launch_zh", 0.90},
        BodyPage{"jornalplanalto_aovivo_passe_livre_pt", 0.78},
        BodyPage{"kaiyuanqianshao_qingluan_db_release_zh", 0.66}, BodyPage{"kestrel_falls_fire_warehouse_en", 0.99},
        BodyPage{"leinwandblick_kranichzug_kritik_de", 0.99}, BodyPage{"marcadorsur_fichaje_salvatierra_es", 0.99},
        BodyPage{"netzpuls_mesh_wlan_vergleich_de", 0.93}, BodyPage{"portalvertice_preco_cafe_leiamais_pt", 0.95},
        BodyPage{"purongo_public_media_island_ferry_en", 0.99}, BodyPage{"reelmargin_saltwater_hymn_review_en", 0.99},
        BodyPage{"riflettori_solaroli_nozze_it", 0.96}, BodyPage{"schaltkreis_lumora_x7_test_de", 0.99},
        BodyPage{"sillonsmag_valmont_basse_saison_fr", 0.94}, BodyPage{"stacktraceweekly_quillon_release_en", 0.96},
        BodyPage{"tamarack_ridge_dsb_boundary_review_en", 0.99},
        BodyPage{"techlinkjournal_quantum_error_correction_ja", 0.92}, BodyPage{"technaru_flipfold_z3_launch_ko", 0.92},
        BodyPage{"tribunepeloton_causses_etape4_fr", 0.99}, BodyPage{"tuttocamposera_lagomarsino_pagelle_it", 0.99},
        BodyPage{"tvipe_galeria_cavalhadas_pirenopolis_pt", 0.97}, BodyPage{"waikiri_wire_library_reopens_en", 0.96},
        BodyPage{"yarrabend_gazette_pool_repairs_en", 0.96},
        // Thirtieth batch (2026-12-07): saved pages of African outlets in
        // eight languages, Central and Eastern European and Balkan outlets in
        // twelve, opinion and review pages in four, business and specialist
        // pages (a wire release, earnings, a fund report, odds, legal, trade
        // press); brightlinewire's 0.81 is a release whose "About" sections
        // and forward-looking statements its annotator left out (most keep
        // them), karookoerier's 0.79 its copy without classes.
        BodyPage{"balkanskivestnik_grozdober_bg", 0.99},
        BodyPage{"benchledger_cleaning_fee_tenant_fees_appeal_en", 0.96},
        BodyPage{"bosanskipuls_trznica_vrelovac_bs", 0.96},
        BodyPage{"brightlinewire_corvane_tidewell_acquisition_en", 0.81},
        BodyPage{"cielmatiere_exoplanete_nuages_silicates_fr", 0.92},
        BodyPage{"clairon_estuaire_questions_marees_fr", 0.99}, BodyPage{"correiokwanza_mercado_agua_pt", 0.99},
        BodyPage{"cronica_vega_tribuna_regadio_es", 0.99}, BodyPage{"diarioindico_chuvas_zambezia_pt", 0.99},
        BodyPage{"freightpulse_brisholm_reefer_monitoring_en", 0.95},
        BodyPage{"gadgetgrove_best_budget_earbuds_en", 0.97}, BodyPage{"gazetaagimi_peshkimi_zallishte_sq", 0.99},
        BodyPage{"gazette_du_quai_critique_bistrot_fr", 0.90}, BodyPage{"habarikilimanjaro_kahawa_moshi_sw", 0.96},
        BodyPage{"heraldo_sierra_alta_cartas_director_es", 0.96},
        BodyPage{"immokompass_wendelstadt_mietspiegel_de", 0.99}, BodyPage{"kampalaledger_boda_registration_en", 0.98},
        BodyPage{"karookoerier_droogte_voer_af", 0.79}, BodyPage{"kestrel_gazette_letters_library_en", 0.98},
        BodyPage{"laidudeleht_parvlaev_kaevasaar_et", 0.99},
        BodyPage{"ledgerpoint_halbrook_brewing_q3_earnings_en", 0.99},
        BodyPage{"leinwandkompass_filmkritik_nebelhafen_de", 0.86},
        BodyPage{"liseuse_dimanche_critique_roman_fr", 0.98},
        BodyPage{"lowhum_mag_album_review_pale_cartographers_en", 0.99},
        BodyPage{"meridale_em_debt_fund_october_review_en", 0.89}, BodyPage{"morskiportal_trajekt_kostrun_hr", 0.89},
        BodyPage{"muryararewa_takin_zamani_ha", 0.99}, BodyPage{"naijascope_fuel_queues_en", 0.99},
        BodyPage{"northmere_uni_bumblebee_pesticide_learning_en", 0.99},
        BodyPage{"oddsharbour_ravensmoor_dunmore_cup_final_odds_en", 0.99},
        BodyPage{"ogledalomrs_turisticka_taksa_mk", 0.95}, BodyPage{"ozolkalnazinas_biblioteka_lv", 0.99},
        BodyPage{"prairiefurrow_weekly_grain_market_report_en", 0.95},
        BodyPage{"ravnicarskenovine_voda_noveseliste_sr", 0.99}, BodyPage{"rtvobzorje_medvedka_podlesje_sl", 0.99},
        BodyPage{"sadaaldelta_tomato_prices_ar", 0.99}, BodyPage{"sanagaexpress_inondations_douala_fr", 0.99},
        BodyPage{"sautiyabonde_malipo_mahindi_sw", 0.96}, BodyPage{"suedhang_kurier_kolumne_ehrenamt_de", 0.93},
        BodyPage{"tanaeletawi_water_hyacinth_am", 0.93}, BodyPage{"tatranskydennik_mliekaren_lucna_sk", 0.97},
        BodyPage{"terangainfos_glace_mareyeuses_fr", 0.99}, BodyPage{"thornbury_ledger_oped_bus_routes_en", 0.95},
        BodyPage{"vitabrief_post_meal_walks_blood_sugar_en", 0.91},
        BodyPage{"voz_valle_orban_editorial_tranvia_es", 0.97}, BodyPage{"wesertaler_leitartikel_freibad_de", 0.99},
        BodyPage{"ziniuvartai_tiltas_rudupis_lt", 0.99}, BodyPage{"zpravyhorizont_nemocnice_parkovani_cs", 0.99},
        // Thirty-first batch (2026-12-07): English pages of the kinds large
        // sites serve (tech, science, business TV, a contributor network, a
        // state broadcaster's column, games, crypto, celebrity, sports, local
        // TV, a tabloid, an engineering blog), 2014-2020 markup (Genesis,
        // Bootstrap 3, BLOX, Drupal 7, K2, Blogger, Tumblr, AMP), unusual
        // body structures, big outlets in twelve languages;
        // kestrelpost_water_rates_en's 0.42 is its copy without classes and
        // ids, where the "Read more" button no longer names its panel.
        BodyPage{"ardenmoorherald_bridge_timeline_en", 0.96}, BodyPage{"baophuongnam_rung_ngap_man_vi", 0.99},
        BodyPage{"bayside_beacon_transit_levy_inline_ads_en", 0.99},
        BodyPage{"blockwire_husd_stablecoin_depeg_en", 0.97},
        BodyPage{"brickyard_bulletin_tumblr_mural_festival_en", 0.93},
        BodyPage{"brightwaterdaily_marathon_detour_en", 0.96},
        BodyPage{"carrow_sentinelpost_treasurer_verdict_en", 0.99}, BodyPage{"chaosiamnews_khlong_boat_th", 0.95},
        BodyPage{"circuitmill_aurelite_gpu_leak_en", 0.99}, BodyPage{"civiclens_tenancy_law_explainer_en", 0.95},
        BodyPage{"coastline_daily_noreaster_flooding_en", 0.96}, BodyPage{"dailyclang_seal_pup_car_park_en", 0.85},
        BodyPage{"dnipvisnyk_water_mill_museum_uk", 0.99}, BodyPage{"emberlight_salt_pans_photoessay_en", 0.83},
        BodyPage{"ferrocart_eng_postgres_upgrade_en", 0.99}, BodyPage{"gunaydinpostasi_zeytin_kooperatif_tr", 0.95},
        BodyPage{"hanbitilbo_bathhouse_library_ko", 0.99}, BodyPage{"harlow_valley_gazette_council_budget_en", 0.99},
        BodyPage{"hollinquarterly_canal_history_en", 0.94}, BodyPage{"jandeeptimes_drip_irrigation_hi", 0.97},
        BodyPage{"kestrelpost_water_rates_en", 0.42}, BodyPage{"lakeshore_arts_review_firehouse_gallery_en", 0.94},
        BodyPage{"lanjiangchenbao_elderly_canteen_zh", 0.99},
        BodyPage{"ledgerline_contributor_inventory_buffers_en", 0.97},
        BodyPage{"lintastimur_es_surya_nelayan_id", 0.99}, BodyPage{"marlowcourier_library_reopening_en", 0.99},
        BodyPage{"meridian_business_journal_brewery_expansion_en", 0.99},
        BodyPage{"nordvox_opinion_river_compact_en", 0.96}, BodyPage{"northfoldreview_conductor_interview_en", 0.98},
        BodyPage{"northfork_star_amp_heat_advisory_en", 0.98},
        BodyPage{"oakbend_dispatch_blogger_mill_redevelopment_en", 0.95},
        BodyPage{"ofoghno_qanat_restoration_fa", 0.95}, BodyPage{"pinecrest_herald_school_boundaries_en", 0.97},
        BodyPage{"pixelrift_lanternfall_review_en", 0.99}, BodyPage{"prairie_state_wire_rental_ban_ruling_en", 0.99},
        BodyPage{"pulsewire_drone_startup_layoffs_en", 0.99}, BodyPage{"shiomishimbun_electric_ferry_ja", 0.99},
        BodyPage{"skywarddigest_icy_moon_plumes_en", 0.99}, BodyPage{"southreach_ward_closures_en", 0.99},
        BodyPage{"starglow_quenneville_ardent_wedding_en", 0.95},
        BodyPage{"tidewaterledger_dredging_contract_en", 0.99}, BodyPage{"touchline365_ilunga_berg_transfer_en", 0.95},
        BodyPage{"tradecast_stocks_yields_rally_en", 0.96}, BodyPage{"vantage_quarterly_php_theatre_company_en", 0.90},
        BodyPage{"wayfarerweekly_coastal_walks_en", 0.97}, BodyPage{"wkvr13_keston_pharmacy_robbery_en", 0.97},
        BodyPage{"zarechye_vedomosti_night_trams_ru", 0.97}, BodyPage{"zmanhamifratz_sea_turtles_he", 0.96},
        // Thirty-second batch (2026-12-07): pages in the wrappers crawlers
        // meet (a web archive's snapshot, a browser's machine translation, print
        // views, "Save Page As", a read-later copy, an AMP cache, an e-paper, an
        // e-mail newsletter's web version, an old mobile site), aggregator,
        // syndication and release-wire pages, long-form features and
        // investigations, and regional and minority languages of Europe, the
        // Caucasus and Central Asia; the newsletter's 0.79 is its one feature
        // among the e-mail's other sections, its table cells all alike.
        BodyPage{"ampcache_coastlinecourier_gullhaven_ferry_en", 0.99},
        BodyPage{"archivetoday_diariolaribera_mercado_abastos_es", 0.99}, BodyPage{"asanagitv_video_tourou_ja", 0.99},
        BodyPage{"blickpunkt24_partner_talsperre_de", 0.99}, BodyPage{"coastalledger_paidpost_heatpumps_en", 0.92},
        BodyPage{"comunicapress_coopipe_safra_cafe_pt", 0.99},
        BodyPage{"cronachedeldelta_cuneo_salino_scrolly_it", 0.86}, BodyPage{"diarivallnord_granissa_vinyes_ca", 0.99},
        BodyPage{"epaper_rheintalbote_rueckhaltebecken_de", 0.99}, BodyPage{"ertistv_su_tasqyny_dayyndyq_kk", 0.97},
        BodyPage{"fjardbladet_helg_isvagen_storskar_sv", 0.97}, BodyPage{"glannau_bws_gwledig_cy", 0.95},
        BodyPage{"harrowgateherald_briefs_library_en", 0.99}, BodyPage{"herriahotsa_frontoi_auzolana_eu", 0.97},
        BodyPage{"hibikiapp_webview_tram_ja", 0.99}, BodyPage{"ilmolo_inchiesta_serre_caporalato_it", 0.97},
        BodyPage{"khuvsgulmedee_malchin_uvuljilt_mn", 0.95}, BodyPage{"kronakaghawdex_parkegg_rabat_mt", 0.93},
        BodyPage{"laboussole_enquete_eau_orvanne_fr", 0.98}, BodyPage{"ledgerlight_carehome_nightshift_en", 0.92},
        BodyPage{"lusabatsagency_tsirani_artahanum_hy", 0.96}, BodyPage{"meridianreview_saltmarsh_scrolly_en", 0.99},
        BodyPage{"millbrookcourier_wire_aquifer_en", 0.95}, BodyPage{"mobile_mvalleytribune_bus_routes_en", 0.94},
        BodyPage{"mt_northfieldledger_crimson_line_de", 0.99},
        BodyPage{"newsletter_harbourlightpost_tugboat_builder_en", 0.79},
        BodyPage{"nordesaxencia_marisqueo_peche_gl", 0.99}, BodyPage{"nordvag_granskar_skogen_kartan_sv", 0.91},
        BodyPage{"northcast_longread_drowned_village_en", 0.99}, BodyPage{"nuachtanchosta_bad_leictreach_ga", 0.94},
        BodyPage{"orbitly_portal_halvard_cranes_en", 0.99}, BodyPage{"polderpost_longread_paalrot_nl", 0.96},
        BodyPage{"prdispatch_halloway_photonics_q3_en", 0.98}, BodyPage{"print_echodesdunes_digue_pontmorin_fr", 0.93},
        BodyPage{"print_granitefallsobserver_mill_road_bridge_en", 0.98},
        BodyPage{"readlater_shelfmark_honey_testing_en", 0.99}, BodyPage{"revuelisiere_vignerons_grele_fr", 0.91},
        BodyPage{"rionitv_sakidi_khidi_ka", 0.99}, BodyPage{"savecomplete_metroherald_ashcombe_stadium_en", 0.99},
        BodyPage{"simalqezeti_ipek_fabriki_az", 0.99}, BodyPage{"stadsvizier_onderzoek_kamerverhuur_nl", 0.92},
        BodyPage{"stadtkurier_anzeige_lastenrad_de", 0.87}, BodyPage{"sundayalmanac_lighthouse_keepers_en", 0.93},
        BodyPage{"syndication_prairiesignal_wheat_abandonment_en", 0.99},
        BodyPage{"tidewaterstories_podcast_logbooks_en", 0.88},
        BodyPage{"tvvaletaquaracu_video_casas_elevadas_pt", 0.97}, BodyPage{"vestanpostur_hitaveita_borhola_is", 0.87},
        BodyPage{"wayback_quarrytowngazette_library_vote_en", 0.99},
        // Thirty-third batch (2026-12-07): interviews and transcripts (Q&A in
        // bold, dl, tables and question boxes, a press conference, a podcast
        // transcript, an advice column, a debate), data-heavy news (results,
        // markets, weather, sports, statistics with their widgets and charts),
        // service journalism (explainers, FAQs, how-tos, product roundups,
        // timelines, a glossary, a travel guide) and the story pages of news
        // agencies and of universities, institutes, companies and a central
        // bank; the two Japanese shopping guides' 0.66 and 0.71 are their
        // product widgets and comparison table.
        BodyPage{"agencianoticiosaaustral_estiba_huelga_es", 0.99}, BodyPage{"agp_peninsulare_frana_cernera_it", 0.98},
        BodyPage{"ain_nadwislanska_szpitale_kalinow_pl", 0.92},
        BodyPage{"ashcombe_herald_viaduct_closure_explainer_en", 0.97},
        BodyPage{"bergsvikavis_kvitberg_tunnel_ras_no", 0.91}, BodyPage{"brackenmoor_post_ask_expert_mould_en", 0.95},
        BodyPage{"correo_valdeluz_cinco_claves_tarifa_agua_es", 0.95},
        BodyPage{"corrierevalpiana_allerta_rossa_pioggia_it", 0.96},
        BodyPage{"diariomeseta_ipc_marzo_grafico_es", 0.91}, BodyPage{"echo_des_levees_entretien_cheffe_fr", 0.95},
        BodyPage{"elbtaler_rundschau_podium_wohnungsnot_de", 0.93},
        BodyPage{"fernhaveninstitute_news_glacier_iron_en", 0.87}, BodyPage{"finanskysten_baltica_line_boers_da", 0.93},
        BodyPage{"folha_atlantica_entrevista_mestre_traineira_pt", 0.99},
        BodyPage{"geldwerk_glossar_balkonkraftwerk_begriffe_de", 0.96},
        BodyPage{"hanbittongsin_simya_jayul_shuttle_ko", 0.94},
        BodyPage{"harrowfield_courier_luthier_interview_en", 0.99},
        BodyPage{"harrowgate_ledger_real_pay_chart_en", 0.94}, BodyPage{"hedeposten_oernebjerg_kommunalvalg_da", 0.94},
        BodyPage{"heraldovaldecruz_baloncesto_liderato_es", 0.90}, BodyPage{"hobhearth_best_cordless_kettles_en", 0.99},
        BodyPage{"kbnr_nusantara_banjir_rob_tanjunglumut_id", 0.99},
        BodyPage{"kirinoedenki_newsrelease_chikuden_kx98s_ja", 0.93},
        BodyPage{"kurashinote_bousai_ryukku_tsukurikata_ja", 0.66},
        BodyPage{"kustbode_interview_sluiswachter_nl", 0.91},
        BodyPage{"lavocedeimercati_piazza_affari_spread_it", 0.93},
        BodyPage{"lindenauer_tageblatt_stromausfall_was_wir_wissen_de", 0.97},
        BodyPage{"marmarahaberajansi_deprem_tatbikati_tr", 0.93}, BodyPage{"minatonippo_gomi_bunbetsu_qa_ja", 0.97},
        BodyPage{"mirador_norte_debate_peatonalizacion_es", 0.92},
        BodyPage{"monoerabi_mobile_battery_osusume_ja", 0.71}, BodyPage{"nordkustbladet_storm_gerda_sv", 0.96},
        BodyPage{"ondes_du_lac_podcast_apiculteur_transcription_fr", 0.94},
        BodyPage{"pannonnemzetibank_kamatdontes_oktober_hu", 0.84},
        BodyPage{"radio_meseta_transcripcion_medica_rural_es", 0.99},
        BodyPage{"senderosmaletas_guia_castrobel_escapada_es", 0.96},
        BodyPage{"sjostadskuriren_influensa_vecka2_sv", 0.93}, BodyPage{"solaraenergia_blog_usina_flutuante_pt", 0.99},
        BodyPage{"tidewater_herald_levee_briefing_transcript_en", 0.96},
        BodyPage{"tidewater_ledger_ferry_contract_timeline_en", 0.89},
        BodyPage{"uhp_pootavi_aktuality_varroacam_cs", 0.99}, BodyPage{"unitalbach_presse_moorvernaessung_de", 0.99},
        BodyPage{"veilleur_alpes_temoignage_bergere_fr", 0.99}, BodyPage{"vestfjordingen_brennvik_hallstad_no", 0.85},
        BodyPage{"vozalmedra_huelga_autobuses_preguntas_es", 0.97},
        BodyPage{"werkbankwohnen_heizkoerper_entlueften_anleitung_de", 0.91},
        BodyPage{"weserblick_interview_faehrkapitaenin_de", 0.99},
        BodyPage{"wexcombe_courier_council_election_en", 0.95},
        // The thirty-fourth check (2026-12-07): opinion pages (letters,
        // editorials, op-eds, columns, a readers' editor, corrections, a
        // debate, satire, a cartoon's text, a live chat), fact-checks and
        // explainers (verdict boxes, questions in accordions and <details>,
        // tabs, key facts, glossaries), student, community, religious, trade
        // and nonprofit news sites, and outlets writing in Chinese, Hebrew,
        // Persian, Urdu, Thai, Vietnamese, Malay and Tamil (one part of a
        // story in pages, right-to-left layouts, price and lottery widgets).
        BodyPage{"barlavento_bulletin_land_clearing_deadline_en", 0.95},
        BodyPage{"beritasemenanjung_durian_glut_ms", 0.99}, BodyPage{"borgo24_castelvarano_passerella_it", 0.97},
        BodyPage{"cartotecnica_oggi_ondulatrice_riciclato_it", 0.99},
        BodyPage{"claustro_almena_comedor_ciencias_es", 0.99}, BodyPage{"correo_arbeleda_tribuna_es", 0.85},
        BodyPage{"courrier_causses_mediatrice_fr", 0.86}, BodyPage{"diario_puertoalto_vineta_es", 0.99},
        BodyPage{"diariomeridiano_zbe_preguntas_respuestas_es", 0.99},
        BodyPage{"diarioria_incendio_corticeira_sabe_pt", 0.96}, BodyPage{"dongbin_daily_luyu_ferry_zh", 0.97},
        BodyPage{"donglanwang_bailuhu_fishery_zh", 0.99}, BodyPage{"eastmere_gazette_letters_en", 0.98},
        BodyPage{"echovallees_lexique_crue_sevrine_fr", 0.99}, BodyPage{"gaceta_valdeluna_cartas_es", 0.98},
        BodyPage{"gazetaribeirinha_rodizio_agua_abas_pt", 0.88}, BodyPage{"glos_wielogorski_organy_katedra_pl", 0.99},
        BodyPage{"harborledger_transit_ransomware_wwk_en", 0.98}, BodyPage{"harwick_lantern_robotics_budget_en", 0.99},
        BodyPage{"hessbacher_allgemeine_leitartikel_de", 0.99}, BodyPage{"kabarjernih_tarif_ojol_tanyajawab_id", 0.89},
        BodyPage{"kavirikathir_jasmine_price_ta", 0.97}, BodyPage{"kellwitzer_nachrichten_pro_contra_de", 0.65},
        BodyPage{"lankhaonuea_longan_cooperative_th", 0.71}, BodyPage{"linchengwanbao_metro_chunyun_zh", 0.96},
        BodyPage{"lindenauerlotse_fernwaerme_fragen_de", 0.28}, BodyPage{"lupaclara_audio_apagon_es", 0.99},
        BodyPage{"moorbacher_tagblatt_kolumne_de", 0.99}, BodyPage{"nhipsongphoco_banh_cuon_family_vi", 0.99},
        BodyPage{"olivarera_del_alcor_cierre_campana_es", 0.97}, BodyPage{"phusaonline_rice_price_drop_vi", 0.99},
        BodyPage{"relaiscausses_ligne_mirande_onglets_fr", 0.89}, BodyPage{"ridgeline_herald_livechat_en", 0.87},
        BodyPage{"sahilesindh_karachi_ebus_ur", 0.99}, BodyPage{"sasiedzi_zielone_wzgorze_skwer_jaworowa_pl", 0.95},
        BodyPage{"satyapath_pension_card_claim_hi", 0.86}, BodyPage{"sepidarnews_saffron_harvest_fa", 0.99},
        BodyPage{"shukmegamot_port_crane_strike_he", 0.99}, BodyPage{"tambour_vernelles_satire_fr", 0.99},
        BodyPage{"tidewater_ledger_eviction_docket_en", 0.96}, BodyPage{"verityline_desal_bill_claim_en", 0.97},
        BodyPage{"voce_di_montalbo_emporio_caritas_it", 0.99}, BodyPage{"voces_del_cerro_junta_agua_turnos_es", 0.95},
        BodyPage{"voix_ornay_tribune_fr", 0.99}, BodyPage{"wartasentosa_glosarium_psu_pilkada_id", 0.93},
        BodyPage{"wexmoor_post_corrections_en", 0.99}, BodyPage{"yomanshfela_kibbutz_irrigation_he", 0.99},
        BodyPage{"zz_puls_biuletyn_dyzury_nocne_pl", 0.97},
        // The thirty-fifth check (2026-12-07): news pages with the features of
        // 2024-2026 (AI summaries and their notes, articles read aloud, gift
        // links, machine-translation notes), outlets writing in twelve
        // languages of South and Southeast Asia, magazine long reads and
        // scrollytelling (chapters, pull quotes, maps and photo steps, photo
        // essays), and sports pages (reports, ratings, tickers, results
        // tables, scorecards, box scores).
        BodyPage{"balitangkanto_pumping_station_tl", 0.96},
        BodyPage{"bancadadoribeira_antevisao_vale_formoso_pt", 0.92},
        BodyPage{"cobalt_ledger_recipe_box_essay_en", 0.96}, BodyPage{"courrierkerlann_criee_peche_fr", 0.99},
        BodyPage{"diariogolazo_fichajes_directo_es", 0.23}, BodyPage{"diariotormal_embalses_sequia_es", 0.95},
        BodyPage{"dokchampa_fish_conservation_lo", 0.99}, BodyPage{"ecobenicalda_tranvia_obras_es", 0.97},
        BodyPage{"gaceta_meridiana_fotoensayo_lonja_es", 0.77}, BodyPage{"gazetteferrasse_telecabine_vote_fr", 0.99},
        BodyPage{"godavarivani_cyclone_shelters_te", 0.92}, BodyPage{"harzfelder_tagespost_warnstreik_de", 0.99},
        BodyPage{"herkenslootsecourant_dijkversterking_nl", 0.99},
        BodyPage{"hochland_magazin_gierseilfaehre_reportage_de", 0.94},
        BodyPage{"ilrovescio_bellandi_finale_castelvetro_it", 0.99}, BodyPage{"jarnviksbladet_centrum_flytt_sv", 0.99},
        BodyPage{"kathiyawadpatrika_table_groundnut_gu", 0.95},
        BodyPage{"lanterna_rivista_tratturo_transumanza_it", 0.99}, BodyPage{"lavisera_mapa_sequia_tamuri_es", 0.60},
        BodyPage{"lebraquet_haut_vivarais_etape5_fr", 0.99}, BodyPage{"malnadsiri_arecanut_rates_kn", 0.99},
        BodyPage{"marcadornorte_arlanza_bembibre_cronica_es", 0.93},
        BodyPage{"marrowsoundcourier_bridge_tolls_en", 0.97}, BodyPage{"motorblatt_gp_valmonte_reichert_de", 0.97},
        BodyPage{"nagarvarta_amp_water_cut_mr", 0.99}, BodyPage{"northfellgazette_library_closures_en", 0.99},
        BodyPage{"northgate_gazette_derby_ratings_en", 0.97}, BodyPage{"northmere_atlas_glacier_hut_scrolly_en", 0.91},
        BodyPage{"ostraskaren_islage_forbindelsebat_sv", 0.94}, BodyPage{"pahadpost_landslide_highway_ne", 0.99},
        BodyPage{"panjpaani_mandi_lifting_pa", 0.95}, BodyPage{"phkachhouk_rural_road_km", 0.95},
        BodyPage{"piavesport_pagelle_marenzana_valbrenta_it", 0.99},
        BodyPage{"portolano_scrolly_isola_marzana_it", 0.84},
        BodyPage{"potaspor_kiyikent_yesiltepe_basketbol_tr", 0.99},
        BodyPage{"revista_altiplano_cronica_salineros_es", 0.92},
        BodyPage{"rheinauer_tageblatt_scrolly_schiefergrube_de", 0.38},
        BodyPage{"rheinblick_wasserpreise_altenweil_de", 0.95},
        BodyPage{"rheinkurier_rheinau_eichenberg_liveticker_de", 0.91},
        BodyPage{"sahasaati_kuzeykent_akcaova_mac_raporu_tr", 0.99}, BodyPage{"sandunupura_tea_leaf_price_si", 0.98},
        BodyPage{"setaccio_rivista_copista_teatro_note_it", 0.94},
        BodyPage{"severnvale_courier_trophy_semifinal_cricket_en", 0.99},
        BodyPage{"shwemyay_blogspot_ferry_fares_my", 0.99}, BodyPage{"sobujbarta_char_erosion_bn", 0.99},
        BodyPage{"thornfield_quarterly_lighthouse_keepers_en", 0.95},
        BodyPage{"vlietmondsdagblad_fietskelder_nl", 0.99},
        BodyPage{"waldkante_fotostrecke_huettenwirtin_winter_de", 0.68},
        // The thirty-sixth check (2026-12-08): local and regional news (US
        // local TV stations, newspaper chains, UK, Irish, Canadian and
        // Australian regional papers), pages made with blogging and
        // site-building platforms (Ghost, a newsletter's web view, a
        // Medium-like platform, WordPress.com, Blogger, Squarespace, Wix,
        // Drupal, Joomla, Hugo, Tumblr, a notes app), outlets writing in
        // languages of Africa and the Middle East, and science, health and
        // technology news.
        BodyPage{"addiffapress_naql_hadari_ar", 0.96}, BodyPage{"addiszena_bunna_export_am", 0.91},
        BodyPage{"akukoututu_odo_mmiri_ig", 0.96}, BodyPage{"byteharbor_tidelog_cve_patch_en", 0.92},
        BodyPage{"callowhill_courierpress_water_rates_en", 0.99},
        BodyPage{"cartas_do_cais_newsletter_dragagem_pt", 0.99},
        BodyPage{"catatan_rawabening_hugo_tanggul_banjir_id", 0.94},
        BodyPage{"cheongramilbo_chomisemunji_chime_ko", 0.96}, BodyPage{"codenaru_haramsemi_npu_chip_ko", 0.83},
        BodyPage{"fasohorizon_paves_plastique_fr", 0.99}, BodyPage{"gazeta_lipnicka_drupal_porodowka_pl", 0.99},
        BodyPage{"gearloft_aurelo_pulse3_review_en", 0.93}, BodyPage{"gesundpost_migraene_ausdauersport_de", 0.97},
        BodyPage{"harbourlight_review_sqsp_ferry_contract_en", 0.96}, BodyPage{"hewalichiya_genim_ranya_ku", 0.97},
        BodyPage{"hoshizora_chonaisaikin_kettouchi_ja", 0.99}, BodyPage{"inkurunshya_amashuri_gasharu_rw", 0.97},
        BodyPage{"iroyinowuro_oja_ajisafe_yo", 0.98}, BodyPage{"izwilasethekwini_imali_yetekisi_zu", 0.97},
        BodyPage{"jornal_serra_azul_wix_incendio_taua_pt", 0.96},
        BodyPage{"kabar_pesisir_wpcom_tambang_pasir_id", 0.91}, BodyPage{"kaisokugadget_lumina_x5_review_ja", 0.96},
        BodyPage{"kelderby_gazette_seafront_parking_en", 0.99},
        BodyPage{"kestrel_ledger_ghost_reservoir_spillway_en", 0.99},
        BodyPage{"kilbarra_champion_court_straying_cattle_en", 0.99},
        BodyPage{"krasnobor_vesti_joomla_vodoprovod_ru", 0.99}, BodyPage{"kurier_szyn_medium_wiadukt_tramwaj_pl", 0.99},
        BodyPage{"kvrn9_tallgrass_flash_flood_en", 0.99}, BodyPage{"kvsl41_rioclaro_centros_enfriamiento_es", 0.98},
        BodyPage{"lavozbellmore_clases_ingles_padres_es", 0.91}, BodyPage{"lecurieux_acidification_brehaven_fr", 0.89},
        BodyPage{"lindholm_examiner_weekend_sports_roundup_en", 0.93},
        BodyPage{"marrowgate_dispatch_tumblr_bus_strike_en", 0.96},
        BodyPage{"merriton_tribune_sunnys_diner_closing_en", 0.97}, BodyPage{"muryartauraro_takin_gargajiya_ha", 0.94},
        BodyPage{"mwangazaleo_vyumba_baridi_sw", 0.96}, BodyPage{"northgateledger_teen_sleep_bp_en", 0.95},
        BodyPage{"noticias23_mesaalta_incendio_apartamentos_es", 0.99},
        BodyPage{"numeriquehebdo_faille_thermostats_calorys_fr", 0.92},
        BodyPage{"polevye_zametki_obsidian_svalka_ru", 0.94}, BodyPage{"rheinblick_feinstaub_asthma_studie_de", 0.95},
        BodyPage{"sabaghag_srabagh_sarak_ps", 0.97}, BodyPage{"tamarack_register_four_day_school_week_en", 0.99},
        BodyPage{"technikfalke_mesh7pro_router_test_de", 0.92},
        BodyPage{"verkhneluzhskie_zapiski_blogger_most_ru", 0.99},
        BodyPage{"wandilla_times_show_record_crowd_en", 0.95}, BodyPage{"warsanmedia_biyo_abaar_so", 0.99},
        BodyPage{"wdlr4_portadair_maternity_closure_en", 0.99},
        // The thirty-seventh check (2026-12-08): entertainment and culture
        // (recaps, reviews, awards, K-pop and K-drama), lifestyle sections
        // (recipes, restaurant and car reviews, travel, homes, an advice
        // column, horoscopes), news pages of governments, public
        // institutions and NGOs, and crime, courts and community notices
        // (blotters, verdicts, obituaries, anniversaries, what's on).
        BodyPage{"ayto_villaserena_piscinas_verano_es", 0.99},
        BodyPage{"brightwater_post_dear_ruth_adult_son_en", 0.96},
        BodyPage{"buehnenblitz_promi_hochzeit_chiemsee_de", 0.91}, BodyPage{"byeolbitnews_hazelmoon_comeback_ko", 0.99},
        BodyPage{"cinetertulia_critica_vencejos_es", 0.99},
        BodyPage{"correio_planaltino_avaliacao_tupa_arace_pt", 0.95},
        BodyPage{"correio_serraverde_falecimento_benedita_pt", 0.80},
        BodyPage{"dramaon_dalui_jeongwon_finale_recap_ko", 0.95},
        BodyPage{"eaiws_inland_waterways_safety_review_en", 0.99},
        BodyPage{"elbufer_rundschau_kranhaus_kritik_de", 0.92},
        BodyPage{"fernsehfieber_serienkritik_glasblaeser_de", 0.95},
        BodyPage{"gazeta_ribeira_tasca_ferrador_critica_pt", 0.89},
        BodyPage{"gemeente_zandwijkerveen_fietsbrug_nl", 0.94}, BodyPage{"glimmerwire_harbourlight_recap_en", 0.99},
        BodyPage{"grandconseil_montvallon_renovation_fr", 0.99},
        BodyPage{"hanse_abendpost_wochenhoroskop_juli_de", 0.95},
        BodyPage{"harbourline_herald_penmarrow_chapel_for_sale_en", 0.89},
        BodyPage{"hlas_podbrdska_soud_zpronevera_starosta_cs", 0.91},
        BodyPage{"jarvilaakson_sanomat_nokkakolari_hirvilahti_fi", 0.99},
        BodyPage{"kastronea_troxaio_motosikletistis_el", 0.99},
        BodyPage{"kreisblatt_oberland_autotest_sigurd_touring_de", 0.91},
        BodyPage{"kustlijn_reizen_eilean_corrach_nl", 0.89}, BodyPage{"landtag_westerau_schulbaufonds_de", 0.99},
        BodyPage{"lecturesdumardi_critique_roman_moulins_fr", 0.99}, BodyPage{"marsad_himaya_amaliya_harr_ar", 0.99},
        BodyPage{"mfun_rheinfranken_borkenkaefer_de", 0.99}, BodyPage{"millbrook_ledger_police_blotter_en", 0.97},
        BodyPage{"minatogawa_shimpo_kabu_sakekasu_nabe_ja", 0.87},
        BodyPage{"noorder_courant_wonen_watertoren_nl", 0.97},
        BodyPage{"nordvikaavis_dom_underslag_idrettslag_no", 0.99},
        BodyPage{"northmere_police_carrow_road_appeal_en", 0.87}, BodyPage{"oreiniixo_exafanisi_oreivati_el", 0.94},
        BodyPage{"plateadigital_premios_lumbre_ganadores_es", 0.96}, BodyPage{"pnuta_karame_demi_lunes_fr", 0.96},
        BodyPage{"polisen_norrvik_fritidshus_inbrott_sv", 0.79},
        BodyPage{"portcarrow_standard_obituary_fennimore_en", 0.75},
        BodyPage{"quintafila_festival_lerici_classifica_it", 0.99},
        BodyPage{"ruovesalon_viikkoviesti_kultahaat_rantanen_fi", 0.88},
        BodyPage{"saltmarsh_gazette_rhubarb_custard_tart_en", 0.96},
        BodyPage{"schermiaperti_recensione_api_novembre_it", 0.99},
        BodyPage{"sillonrouge_critique_album_lanvin_fr", 0.90}, BodyPage{"tindedalen_budstikke_savnet_kvinne_no", 0.99},
        BodyPage{"tribuna_vilaaurora_ocorrencias_policiais_pt", 0.99},
        BodyPage{"valassky_rozhled_vikendovy_program_cs", 0.95},
        BodyPage{"velvetstatic_concert_review_marrowlane_en", 0.99},
        BodyPage{"voedselnetwerk_noord_werkende_armoede_nl", 0.96}, BodyPage{"wizarat_zeraa_ray_tanqeet_ar", 0.99},
        BodyPage{"yamanami_tabi_kirinosawa_onsen_ja", 0.99},
        // The thirty-eighth check (2026-12-08): pages built on newsroom
        // content systems (Arc XP, WordPress VIP, Brightspot, Escenic,
        // Labrador, 1C-Bitrix, DataLife Engine, uCoz, a Polish regional
        // CMS), outlets in Latin America and Iberia, business and finance
        // news, and other renderings of stories (AMP, mobile, print, lite,
        // reader mode, a feed reader, a cached copy, an app's web view).
        BodyPage{"berezivkagromada_vodoprovid_ucoz_uk", 0.97}, BodyPage{"bijiezongshen_jiaoyisuo_beidao_zh", 0.85},
        BodyPage{"calderwickherald_ferry_fares_en", 0.98}, BodyPage{"chijinqixun_tongjia_zhoubao_zh", 0.94},
        BodyPage{"coinfathom_harborusd_depeg_en", 0.99}, BodyPage{"comptoireco_cacao_rechute_fr", 0.99},
        BodyPage{"corriere_collinare_mobile_frana_it", 0.98}, BodyPage{"cotesmarches_cac40_seance_fr", 0.99},
        BodyPage{"diario_meseta_modo_lectura_embalse_es", 0.99}, BodyPage{"diariodeocaranza_sequia_riego_es", 0.99},
        BodyPage{"diariolosaltos_mercado_incendio_es", 0.97},
        BodyPage{"echo_vallee_impression_grele_vignoble_fr", 0.99}, BodyPage{"ecodelvalle_tarifa_cooperativa_es", 0.99},
        BodyPage{"elpinarense_tranvia_retraso_es", 0.99}, BodyPage{"faro_costero_amp_veda_pulpo_es", 0.99},
        BodyPage{"folhatapajos_seca_barcos_pt", 0.99}, BodyPage{"gazetaaltominho_ponte_obras_pt", 0.99},
        BodyPage{"gazzetta_lagunare_feed_vaporetti_it", 0.99},
        BodyPage{"harbourline_gazette_a11y_bus_network_en", 0.99}, BodyPage{"hgcaixun_lpr_xiatiao_zh", 0.74},
        BodyPage{"kitahama_shinonome_kessan_ja", 0.97}, BodyPage{"kursdepesche_dax_marktbericht_de", 0.95},
        BodyPage{"lakeshoreledger_library_levy_en", 0.95}, BodyPage{"lapostanorte_escuela_rural_es", 0.92},
        BodyPage{"malarbladet_skolskjuts_hjortsjo_sv", 0.99}, BodyPage{"mebukijournal_nokishita_shikin_ja", 0.99},
        BodyPage{"miradorcafetero_recolectores_es", 0.96}, BodyPage{"nadsanie24_punkt_konsultacyjny_uk", 0.97},
        BodyPage{"nordkystposten_fiskemottak_nedlagt_no", 0.96},
        BodyPage{"northgate_herald_lite_council_budget_en", 0.99}, BodyPage{"northgatewire_boe_rate_hold_en", 0.99},
        BodyPage{"ostseebote_cache_seebruecke_de", 0.99}, BodyPage{"planaltocatarinense_geada_macas_pt", 0.99},
        BodyPage{"portalvertentes_maternidade_reabre_pt", 0.98},
        BodyPage{"quotidien_alpin_appli_telepherique_fr", 0.83}, BodyPage{"ressogarrotxa_fageda_bus_ca", 0.99},
        BodyPage{"rheinblick_mobil_fernwaerme_preise_de", 0.99}, BodyPage{"riavivaarousa_marisqueo_salinidad_es", 0.91},
        BodyPage{"seedkompass_waermewerk_finanzierung_de", 0.94},
        BodyPage{"sundsfjardenstidning_vindkraft_veto_sv", 0.99},
        BodyPage{"taunusblatt_druckversion_windpark_de", 0.99},
        BodyPage{"tidewater_courier_amp_bridge_closure_en", 0.99},
        BodyPage{"tidewaterledger_corvane_earnings_en", 0.99}, BodyPage{"vestlandsvarden_bompenger_tunnel_no", 0.99},
        BodyPage{"veudelcamp_rodalies_r15_ca", 0.99}, BodyPage{"voztotonacapan_vainilla_calor_es", 0.99},
        BodyPage{"zarechyenews_goryachaya_voda_grafik_ru", 0.99}, BodyPage{"zatonskayapravda_most_remont_ru", 0.99}),
    [](const ::testing::TestParamInfo<BodyPage>& page) { return std::string(page.param.name); });

TEST(WrittenBodies, AnAdviceColumnWithHeadingsAsDivsKeepsItsBody) {
  // With its headings set as <div>s, the column's letter and answer (each
  // opening on a short "Dear ...," line) read as two comments under the
  // share bar's "87 comments" link, and the page gave the donation appeal
  // beside it instead (F1 0).
  static const std::regex heading(R"(<(/?)h[1-6]\b)", std::regex::icase);
  const std::string page = std::regex_replace(written_page("advice_en.html"), heading, "<$1div");
  const std::string truth = written_page("advice_en.txt");
  ASSERT_FALSE(page.empty() || truth.empty());
  const std::string text = text_of(page);
  EXPECT_GE(page_f1(truth, text), 0.99) << text;
}

TEST(WrittenBodies, AnAccordionsQuestionsAndCollapsedAnswersAreTheArticles) {
  // An explainer in questions and answers: each question a button in a
  // heading (aria-expanded), each answer a panel the button opens
  // (aria-controls), all but the first hidden until clicked. (Its two
  // introductory paragraphs, above a table of contents, are left out as a
  // standfirst is: F1 0.93. Without ids no button names its panel, and the
  // collapsed answers stay hidden.)
  const std::string page = written_page("faq_en.html");
  const std::string truth = written_page("faq_en.txt");
  ASSERT_FALSE(page.empty() || truth.empty());
  const std::string text = text_of(page);
  EXPECT_GE(page_f1(truth, text), 0.92) << text;
  EXPECT_NE(text.find("How can I lower my bill?"), std::string::npos) << text;
  EXPECT_NE(text.find("Watering lawns before 9 a.m. to reduce evaporation."), std::string::npos) << text;
  // A hidden element no button opens stays hidden.
  const std::string hidden = text_of(
      "<html><body><article><h1>T</h1><p>The council approved the new budget for the harbour on Monday "
      "evening.</p><div hidden><p>This paragraph is hidden and no button opens it at any time.</p></div>"
      "<p>Work on the harbour wall will begin in the spring, the council said.</p></article></body></html>");
  EXPECT_EQ(hidden.find("no button opens it"), std::string::npos) << hidden;
  // The button may be any element that says so: a page builder's accordion
  // titles are <div role="button" aria-expanded aria-controls>.
  const std::string builder = text_of(
      "<html><body><article><h1>T</h1><p>The council approved the new budget for the harbour on Monday "
      "evening.</p><div role=\"button\" aria-expanded=\"false\" aria-controls=\"tab-1\">Will fares rise?</div>"
      "<div id=\"tab-1\" role=\"region\" hidden><p>No. Fares stay as they are until the end of next year, "
      "the council said.</p></div><p>Work on the harbour wall will begin in the spring, the council said.</p>"
      "</article></body></html>");
  EXPECT_NE(builder.find("Fares stay as they are"), std::string::npos) << builder;
}

TEST(WrittenBodies, ACollapsedSecondHalfIsTheStorys) {
  // The story's second half waits behind "Continue reading" (a button with
  // aria-expanded naming the hidden <div> in aria-controls). Without ids no
  // button names it, and it stays hidden (class-less copy F1 0.545).
  const std::string page = written_page("readmore_en.html");
  const std::string truth = written_page("readmore_en.txt");
  ASSERT_FALSE(page.empty() || truth.empty());
  const std::string text = text_of(page);
  EXPECT_GE(page_f1(truth, text), 0.99) << text;
}

TEST(WrittenBodies, AGalleryToldInCaptionsKeepsThem) {
  // Eight slides whose captions tell the story, each closing on "(Photo:
  // Name/Agency)". As published the captions are the article (its intro
  // paragraph, in a box of its own above the slides, is left out as a
  // standfirst, and the slide counters' numbers, each in a span of its own,
  // stay: F1 0.835). Without class names every caption reads as a photo's
  // and nothing is left (F1 0): a known weak spot (docs/html.md).
  const std::string page = written_page("gallery_en.html");
  const std::string truth = written_page("gallery_en.txt");
  ASSERT_FALSE(page.empty() || truth.empty());
  const std::string text = text_of(page);
  EXPECT_GE(page_f1(truth, text), 0.82) << text;
  EXPECT_NE(text.find("The boats gather above Harwick weir"), std::string::npos) << text;
}

TEST(WrittenBodies, PreformattedTextKeepsItsLinesAndIndentation) {
  const std::string text = text_of(
      "<html><body><article><h1>T</h1><p>The fix was small, and it cut the latency of the ingest path by half "
      "in our tests last week.</p><pre><code>fn main() {\n    let x = 1;\n\n    println!(\"{}\", x);\n}\n"
      "</code></pre><p>We shipped it on Monday after a week of careful testing on the staging cluster.</p>"
      "</article></body></html>");
  // A line break stays one, the indentation stays, a blank line parts blocks
  // (and a block, a paragraph of the output, opens on its text).
  EXPECT_NE(text.find("fn main() {\n    let x = 1;\n\nprintln!(\"{}\", x);\n}"), std::string::npos) << text;
}

TEST(WrittenBodies, TheStoryUnderTheHeadlineBeatsLongerTextBelowASitemap) {
  // A short story, then a footer of link columns and the site's "about us"
  // paragraphs (longer than the story), no class names saying footer.
  const std::string text = text_of(written_page("bigfooter_en.html"));
  EXPECT_EQ(text.find("Residents of Low Kettleby"), 0U) << text;
  EXPECT_EQ(text.find("Independent Press Standards"), std::string::npos) << text;
}

TEST(WrittenBodies, AHeaderBoxAboveTheBodyDoesNotTakeItsPlace) {
  // The headline's box holds three long sentences of summary, more than
  // half the body's text; the body follows outside it. The search starts
  // under the headline, and the climb takes the body in.
  const std::string text = text_of(page_with(
      "<div class=\"top\"><h1>Town choir wins regional contest</h1>"
      "<p>The town choir has won the regional contest for the first time in twenty years, beating eleven other "
      "groups from across the county.</p>"
      "<p>Its programme of folk songs, arranged by its own director, won praise from all three judges for its "
      "balance and for its soloists.</p>"
      "<p>The choir now goes on to the national final in the spring, and it is looking for new singers to join "
      "it before rehearsals begin.</p></div>"
      "<div class=\"body\">" +
      std::string(kChoirStory) + kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("for the first time in twenty years"), std::string::npos) << text;
  EXPECT_NE(text.find("two hundred miles away."), std::string::npos) << text;
}

TEST(WrittenBodies, ALabelOverALinkListIsDropped) {
  const std::string text =
      text_of(page_with("<div>" + std::string(kChoirStory) +
                        "<div><span>Lesen Sie auch:</span><ul><li><a href=\"/a\">Hallenbad schlie\xC3\x9F"
                        "t</a></li>"
                        "<li><a href=\"/b\">Musikschule sucht R\xC3\xA4ume</a></li></ul></div>" +
                        kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("two hundred miles away."), std::string::npos) << text;
  EXPECT_EQ(text.find("Lesen Sie auch"), std::string::npos) << text;
}

TEST(WrittenBodies, AColonBeforeAListWithoutLinksStays) {
  const std::string text = text_of(page_with("<div>" + std::string(kChoirStory) +
                                             "<p>The programme:</p><ul><li>Three folk songs</li>"
                                             "<li>A lullaby</li></ul>" +
                                             kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("The programme:"), std::string::npos) << text;
}

TEST(WrittenBodies, ASignUpBoxInTheBodyIsDropped) {
  // A newsletter pitch and its form between paragraphs, no class names.
  const std::string text =
      text_of(page_with("<div>" + std::string(kChoirStory) +
                        "<div><p>Every Friday, the week's choir news in your inbox.</p><form><input type=\"email\">"
                        "<button>Sign me up</button></form></div>" +
                        kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("two hundred miles away."), std::string::npos) << text;
  EXPECT_EQ(text.find("Every Friday"), std::string::npos) << text;
}

TEST(WrittenBodies, APageWrappedInOneFormKeepsItsBody) {
  // ASP.NET pages wrap everything in one <form>: that box holds the body.
  const std::string text = text_of(page_with("<form action=\"/\"><input type=\"hidden\"><div>" +
                                             std::string(kChoirStory) + kChoirSecondRun + "</div></form>"));
  EXPECT_EQ(text.find("The town choir won"), 0U) << text;
}

TEST(WrittenBodies, APageWrappedInOneFormKeepsItsClassHints) {
  // The form wraps the page, so it is no sign-up box: the class words inside
  // it still say which box is the story's and which is furniture.
  const std::string text = text_of(page_with(
      "<form action=\"/\"><input type=\"hidden\"><div class=\"story\">" + std::string(kChoirStory) + kChoirSecondRun +
      "<div class=\"disclaimer\">Results are provided by the festival's organisers and may change after "
      "appeals are heard by the adjudication panel.</div></div></form>"));
  EXPECT_EQ(text.find("The town choir won"), 0U) << text;
  EXPECT_EQ(text.find("Results are provided"), std::string::npos) << text;
}

TEST(WrittenBodies, APullQuoteRepeatingTheBodyIsDropped) {
  // The quote repeats a sentence set nearby, with its attribution line.
  const std::string text = text_of(
      page_with("<div>" + std::string(kChoirStory) +
                "<div><blockquote>\xE2\x80\x9CThe best performance they had heard in years.\xE2\x80\x9D</blockquote>"
                "<span>Head judge</span></div>" +
                kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("two hundred miles away."), std::string::npos) << text;
  EXPECT_EQ(text.find("\xE2\x80\x9CThe best performance"), std::string::npos) << text;
  EXPECT_EQ(text.find("Head judge"), std::string::npos) << text;
}

TEST(WrittenBodies, APullQuoteFarFromItsSentenceIsDropped) {
  // A long read sets its pull quote a dozen paragraphs below the sentence,
  // before a subheading.
  std::string filler;
  for (int k = 0; k < 14; ++k)
    filler += "<p>The choir's rehearsals moved to the school hall in week " + std::to_string(k + 1) +
              ", where the heating worked and the piano had been tuned for the spring concert.</p>";
  const std::string text =
      text_of(page_with("<div>" + std::string(kChoirStory) + filler +
                        "<blockquote>The best performance they had heard in years.</blockquote><h3>The final</h3>" +
                        kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("two hundred miles away."), std::string::npos) << text;
  EXPECT_EQ(text.find("\n\nThe best performance"), std::string::npos) << text;
  // The heading after it opens the next section: no attribution line.
  EXPECT_NE(text.find("The final\n"), std::string::npos) << text;
}

TEST(WrittenBodies, AQuotationSaidOnceStays) {
  const std::string text = text_of(page_with(
      "<div>" + std::string(kChoirStory) +
      "<blockquote>\xE2\x80\x9CWe have waited twenty years to sing in that hall again.\xE2\x80\x9D</blockquote>" +
      kChoirSecondRun + "</div>"));
  EXPECT_NE(text.find("We have waited twenty years"), std::string::npos) << text;
}

TEST(WrittenBodies, AdLabelsInOtherLanguagesAreBoilerplate) {
  EXPECT_TRUE(lede::html::is_boilerplate_phrase("Publicidade"));
  EXPECT_TRUE(lede::html::is_boilerplate_phrase("Publicit\xC3\xA9"));
  EXPECT_TRUE(lede::html::is_boilerplate_phrase("PUBLICIT\xC3\x89"));
  EXPECT_TRUE(lede::html::is_boilerplate_phrase("Anzeige"));
  EXPECT_TRUE(lede::html::is_boilerplate_phrase("\xD7\xA4\xD7\xA8\xD7\xA1\xD7\x95\xD7\x9E\xD7\xAA"));  // פרסומת
  EXPECT_TRUE(lede::html::is_boilerplate_phrase(
      "\xE0\xA4\x9C\xE0\xA4\xBE\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\xB0\xE0\xA4\xBE\xE0\xA4\xA4"));  // जाहिरात (Marathi)
  // A sentence naming an advertisement is text.
  EXPECT_FALSE(lede::html::is_boilerplate_phrase("Die Anzeige erschien am Montag in drei Zeitungen."));
}

TEST(WrittenBodies, FactBarsAndOriginalHeadlinesAreNotText) {
  using lede::html::is_meta_bar;
  using lede::html::is_original_headline;
  EXPECT_TRUE(
      is_meta_bar("Redacci\xC3\xB3n \xC2\xB7 14/03/2024 \xC2\xB7 09:15 \xC2\xB7 Le\xC3\xAD"
                  "da 2.318 veces \xC2\xB7 10 comentarios \xC2\xB7 Imprimir"));
  EXPECT_TRUE(is_meta_bar("Staff | 03.03.2026 | 4 min | Print"));
  // No date or time, fewer than four parts, or a sentence among them.
  for (const char* text : {"Arsenal \xC2\xB7 Chelsea \xC2\xB7 Spurs \xC2\xB7 Fulham", "News | 14/03/2024 | Print",
                           "The council met on 14/03/2024. | Minutes | Agenda | Video"})
    EXPECT_FALSE(is_meta_bar(text)) << text;
  EXPECT_TRUE(is_original_headline(
      "\xEF\xBC\x88\xE5\x8E\x9F\xE6\xA0\x87\xE9\xA2\x98\xEF\xBC\x9A\xE5\x8D\x97\xE4\xBA\xAC\xEF\xBC\x89"));
  EXPECT_FALSE(is_original_headline("\xE5\x8D\x97\xE4\xBA\xAC\xE5\xB8\x82"));
}

TEST(WrittenBodies, ShortFactsUnderTheirLabelCloseAMatchReport) {
  // After the line-ups, "Referee: ..." and "Attendance: ..." are too short
  // to be sentences, and the stats table under its heading follows them.
  const std::string text = text_of(
      "<html><body><article><h1>Harcourt 2-1 Millbrook</h1><p>Harcourt came from behind to beat Millbrook "
      "in front of a full house on Saturday, with two goals in the last ten minutes.</p><p>The visitors had "
      "led through Stokes after half an hour, but Mensah levelled and Adams won it late on.</p>"
      "<p>Harcourt: Lee; Ames, Cole, Kerr; Mensah, Adams, Ward.</p><p>Referee: Daniel Fenwick.</p>"
      "<p>Attendance: 18,406.</p><h2>Match stats</h2><table><tr><td>Possession</td><td>47%</td>"
      "<td>53%</td></tr><tr><td>Shots</td><td>14</td><td>9</td></tr></table></article>"
      "<div class=\"related\"><a href=\"/a\">More football</a></div></body></html>");
  for (const char* line : {"Referee: Daniel Fenwick.", "Attendance: 18,406.", "Match stats", "Shots 14 9"})
    EXPECT_NE(text.find(line), std::string::npos) << line << ":\n" << text;
}

TEST(WrittenBodies, AGalleryOfCaptionClassedParagraphsTellsTheStory) {
  // An old gallery page: each of eight photos' captions a <p class=
  // "...caption"> in the slide's "meta" box beside its counter, credit and
  // "Buy this photo" link, the weather beside it in the layout table.
  const char* const captions[] = {
      "Lanterns shaped like herons line the riverbank at dusk on Saturday, after four months of work.",
      "An eight-year-old carries the paper fox she made at a school workshop before the festival.",
      "A floating parade of rafts passes the old mill, led by the town's rowing club this year.",
      "A giant illuminated salmon, the festival's emblem, passes beneath the old railway bridge.",
      "Visitors walk the new lantern trail through the old orchard, which opened for the first time.",
      "A drummer from the community samba band leads the procession along the river path at night.",
      "Volunteers light the last of two thousand lanterns on the water shortly after nine o'clock.",
      "Families watch the fireworks from the footbridge as the festival closes on Sunday evening."};
  std::string slides;
  int n = 0;
  for (const char* c : captions)
    slides +=
        "<div class=\"gallery-slide\"><div class=\"gallery-slide__media\"><img src=\"p.jpg\"></div>"
        "<div class=\"gallery-slide__meta\"><span class=\"gallery-slide__counter\">" +
        std::to_string(++n) + " of 8</span><p class=\"gallery-slide__caption\">" + c +
        "</p><span class=\"gallery-slide__credit\">Photo: Ann Lee/Courier</span>"
        "<a class=\"gallery-slide__buy\" href=\"/buy\">Buy this photo</a></div></div>";
  const std::string text =
      text_of("<html><body><table><tr><td><h1>Photos: Lantern festival</h1><div class=\"gallery\">" + slides +
              "</div></td><td><div class=\"weather\">Riverside: 14C, light rain. Five-day forecast</div></td></tr>"
              "</table></body></html>");
  for (const char* c : captions) EXPECT_NE(text.find(c), std::string::npos) << c << ":\n" << text;
  EXPECT_EQ(text.find("Buy this photo"), std::string::npos) << text;
  EXPECT_EQ(text.find("Five-day forecast"), std::string::npos) << text;
}

TEST(WrittenBodies, ADateLineWithPublishingAndUpdateTimesIsLeftOut) {
  // Longer than a date line's usual fifteen words: a byline, the time of
  // publishing and the time of the last update.
  const std::string story =
      "<p>Les vagues qui ont franchi la digue lors de la temp\xC3\xAAte du 2 novembre ont laiss\xC3\xA9 des traces "
      "dans les m\xC3\xA9moires de tous les habitants du quartier bas.</p><p>Le projet pr\xC3\xA9voit de rehausser "
      "la digue d'un m\xC3\xA8tre sur plus d'un kilom\xC3\xA8tre, et de renforcer son pied par un "
      "enrochement.</p><p>L'enqu\xC3\xAAte publique se tiendra du 15 avril au 17 mai, et le dossier complet sera "
      "consultable en mairie.</p>";
  const std::string text = text_of(
      "<html><body><div class=\"article\"><h1>La digue sera rehauss\xC3\xA9"
      "e</h1><div>Par Jeanne Roux \xE2\x80\x93 Publi\xC3\xA9 le 20/03/2024 \xC3\xA0 18h05, mis \xC3\xA0 jour le "
      "21/03/2024 \xC3\xA0 08h47</div>" +
      story + "</div></body></html>");
  EXPECT_EQ(text.find("Jeanne Roux"), std::string::npos) << text;
  EXPECT_NE(text.find("Les vagues"), std::string::npos) << text;
  // A sentence of the story with two dates stays.
  EXPECT_NE(
      text_of("<html><body><div class=\"article\"><h1>Calendrier</h1><p>Les travaux, pr\xC3\xA9vus du 15/09/2024 au "
              "31/03/2025, ont \xC3\xA9t\xC3\xA9 publi\xC3\xA9s le 20/03/2024 par la communauté de communes.</p>" +
              story + "</div></body></html>")
          .find("Les travaux"),
      std::string::npos);
}

TEST(WrittenBodies, UpdateLinesInOtherLanguagesAreDatelines) {
  EXPECT_TRUE(lede::html::is_dateline("Actualizado el 12 de marzo de 2026, 18:20"));
  EXPECT_TRUE(lede::html::is_dateline("Aktualisiert am 3. M\xC3\xA4rz 2026"));
  EXPECT_TRUE(lede::html::is_dateline("Mis \xC3\xA0 jour le 4 mai 2026"));
  EXPECT_FALSE(lede::html::is_dateline("Le maire a parl\xC3\xA9 devant le conseil"));
  EXPECT_TRUE(lede::html::is_dateline("Oleh Bernama \xC2\xB7 21 Oktober 2024, 2:35 petang"));
  EXPECT_TRUE(lede::html::is_dateline("Oppdatert 12. mars 2026 kl. 18.20"));
  EXPECT_TRUE(lede::html::is_dateline("Updated 5:02 p.m. EDT"));
  EXPECT_TRUE(lede::html::is_dateline("Published March 3, 2026 | Updated March 4, 2026"));
  // An item of the story's list holding the word.
  EXPECT_FALSE(lede::html::is_dateline("Aug. 1: Updated bus routes posted in the parent portal"));
  // A subheading with the words and no date or time; a label whose date is
  // the next line's.
  for (const char* heading : {"Schedules posted online", "Updated schedules", "Published rules"})
    EXPECT_FALSE(lede::html::is_dateline(heading)) << heading;
  EXPECT_TRUE(lede::html::is_dateline("Published"));
  EXPECT_TRUE(lede::html::is_dateline("Posted on March 3, 2026"));
  // "Published" opens a date line or follows its separator; a table's row
  // holding the word is the story's. A "Date:" label with its date.
  for (const char* line :
       {"Published 9:14 a.m. ET March 3, 2026", "First published on 3 March 2026",
        "By Jane Doe \xC2\xB7 Published March 3, 2026", "Date: November 14, 2022 | Source: Marine Institute"})
    EXPECT_TRUE(lede::html::is_dateline(line)) << line;
  for (const char* row : {"July 1 First annual allowable increase published by the city",
                          "2024 Report published in 12 languages", "Date night ideas"})
    EXPECT_FALSE(lede::html::is_dateline(row)) << row;
  // A byline names its author; a sentence (or a converted PDF's line) opening
  // on "By" is the story's.
  for (const char* byline : {"By Jane Doe, Staff Writer", "By AP", "By JANE DOE | March 3, 2026", "By Jane Doe."})
    EXPECT_TRUE(lede::html::is_dateline(byline)) << byline;
  for (const char* line : {"By March the Friends of Pell Water had collected more than 1,100 signatures.",
                           "By 2010 the orchard had grown enough young trees to sell cuttings",
                           "By Hugh Grant's own account, the film was finished in a week."})
    EXPECT_FALSE(lede::html::is_dateline(line)) << line;
  // Numeric dates and a contact's phone number, not a table row's numbers
  // grouped by thousands.
  EXPECT_TRUE(lede::html::is_dateline("20.11.2019"));
  EXPECT_TRUE(lede::html::is_dateline("Objavljeno: 2019-11-20 14:05"));
  EXPECT_TRUE(lede::html::is_dateline("402-555-0176"));
  EXPECT_FALSE(lede::html::is_dateline("Krk 214.380 1.562.040 +2,1 %"));
  EXPECT_FALSE(lede::html::is_dateline("Opatija 52.118 214.905"));
  // Other numeric dates and phone numbers; a statute's section is neither.
  for (const char* line : {"11/20/19", "2016.12.01", "Call 1-402-555-0176", "$39,871.20-5.41%24h"})
    EXPECT_TRUE(lede::html::is_dateline(line)) << line;
  for (const char* line : {"South Carolina Code of Laws, Section 56-5-1538", "Rule 12-34-567"})
    EXPECT_FALSE(lede::html::is_dateline(line)) << line;
  // "By the" and a common noun heads a section; "By The Associated Press"
  // is a byline.
  EXPECT_FALSE(lede::html::is_dateline("By the numbers"));
  EXPECT_TRUE(lede::html::is_dateline("By The Associated Press"));
  EXPECT_TRUE(lede::html::is_dateline("P\xC3\xA4ivitetty 12.3. klo 18.20"));
  // What a byline leaves when its name is a card of its own.
  EXPECT_TRUE(lede::html::is_dateline("by"));
  // A Chinese story's original headline.
  EXPECT_TRUE(lede::html::is_dateline("（原标题：青溪今年为312栋老楼装上电梯）"));
  EXPECT_FALSE(lede::html::is_dateline("bypass"));
}

TEST(WrittenBodies, PaywallNoticesAreSiteNotices) {
  EXPECT_TRUE(
      lede::html::is_site_notice("You have reached your limit of free articles. Subscribe to continue reading."));
  EXPECT_TRUE(
      lede::html::is_site_notice("Je hebt het maximale aantal gratis artikelen bereikt. Word abonnee en lees "
                                 "onbeperkt al onze artikelen."));
  // A story about a paywall speaks of readers, not to the reader.
  EXPECT_FALSE(
      lede::html::is_site_notice("The paper will let readers see five free articles a month before asking "
                                 "them to subscribe."));
}

}  // namespace
