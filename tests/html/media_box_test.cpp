// A media player's or poll's box between paragraphs (boilerplate_marks.cpp),
// on pages written for these tests: told by its furniture ("Watch: ...",
// "312 votes"), the box and its short text go, the story stays.
#include <gtest/gtest.h>

#include <string>

#include "html/furniture.h"
#include "lede/extract.h"

namespace {

const std::string kFirst =
    "<p>The main rail line between Ashby and Croft will stay closed for a second week after floodwater covered "
    "the tracks near the river crossing, the operator said on Tuesday.</p>";
const std::string kLast =
    "<p>Replacement buses are running every twenty minutes, but passengers say the journey now takes up to an "
    "hour longer, and the buses are full at peak times.</p>"
    "<p>The operator said it would refund season ticket holders for the days the line is shut, and that it "
    "would publish a new timetable on Friday.</p>";

std::string text_of(const std::string& body) {
  const std::string page =
      "<html><head><title>Rail line closed</title></head><body><div><a href=\"/\">Home</a> <a href=\"/news\">"
      "News</a></div><div><h1>Rail line closed</h1><div>" +
      body + "</div></div></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  EXPECT_TRUE(a.ok());
  return a.ok() ? a->text : std::string();
}

TEST(MediaBoxes, APlayersBoxGoesWithItsLengthAndBlurb) {
  const std::string text =
      text_of(kFirst +
              "<div><div><img src=\"/t.jpg\" alt=\"\"><span>2:05</span></div><div>Watch: drone footage of the "
              "flooded line</div><div>Aerial pictures taken on Monday show water over the tracks.</div>"
              "<div><a href=\"/video\">More videos</a></div></div>" +
              kLast);
  EXPECT_NE(text.find("stay closed for a second week"), std::string::npos) << text;
  EXPECT_NE(text.find("new timetable on Friday."), std::string::npos) << text;
  for (const char* junk : {"2:05", "Watch:", "Aerial pictures", "More videos"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in:\n" << text;
}

TEST(MediaBoxes, APollsBoxGoesWithItsQuestion) {
  const std::string text = text_of(kFirst +
                                   "<div><div>Have you been affected by the closure?</div><ul><li><button>Yes"
                                   "</button></li><li><button>No</button></li></ul><div>312 votes</div></div>" +
                                   kLast);
  EXPECT_EQ(text.find("Have you been affected"), std::string::npos) << text;
  EXPECT_EQ(text.find("312 votes"), std::string::npos) << text;
  EXPECT_NE(text.find("refund season ticket holders"), std::string::npos) << text;
}

TEST(MediaBoxes, ABriefStoryBesideALabelledClipStays) {
  // The story's own box holds fewer characters than a player's box may, but
  // it is the page's content: only the label's line goes.
  const std::string text = text_of(
      "<p>The rail line reopened on Friday after two weeks.</p><p>Trains run to the old timetable.</p>"
      "<p>Watch: the first train crosses the bridge</p>");
  EXPECT_NE(text.find("The rail line reopened on Friday"), std::string::npos) << text;
  EXPECT_NE(text.find("Trains run to the old timetable."), std::string::npos) << text;
  EXPECT_EQ(text.find("Watch:"), std::string::npos) << text;
}

}  // namespace

namespace {

// An embedded Instagram post as Instagram's embed code writes it: its
// caption is a link to the post, yet it is the post's text the story quotes
// (as an embedded tweet's is); the embed's button is no text.
TEST(MediaBoxes, AnInstagramPostsCaptionIsItsText) {
  const std::string page =
      "<html><body><article><h1>Rail line stays shut</h1>" + kFirst +
      "<blockquote class=\"instagram-media\" data-instgrm-captioned><div><a href=\"https://instagram.example/p/1/\">"
      "<div>View this post on Instagram</div></a><p><a href=\"https://instagram.example/p/1/\">Water over the "
      "tracks at the river crossing this morning. Stay safe, everyone.</a></p><p>A post shared by Ashby Rail "
      "(<a href=\"https://instagram.example/ashbyrail/\">@ashbyrail</a>)</p></div></blockquote>" +
      kLast + "</article></body></html>";
  lede::Result<lede::Article> a = lede::extract_article(page);
  ASSERT_TRUE(a.ok());
  EXPECT_NE(a->text.find("Water over the tracks at the river crossing this morning."), std::string::npos) << a->text;
  EXPECT_EQ(a->text.find("View this post"), std::string::npos) << a->text;
}

}  // namespace

namespace {

// A video's poster, its play button and its length, then its title: the
// length is the first text after the picture, so the player's box goes.
TEST(MediaBoxes, AVideosLengthUnderItsPosterGoesWithItsBox) {
  const std::string text = text_of(kFirst +
                                   "<div><div><img src=\"poster.jpg\"><button>Play</button><span>1:48</span></div>"
                                   "<p>Passengers describe the flooded line</p></div>" +
                                   kLast);
  EXPECT_NE(text.find("publish a new timetable on Friday."), std::string::npos) << text;
  EXPECT_EQ(text.find("1:48"), std::string::npos) << text;
  EXPECT_EQ(text.find("Passengers describe"), std::string::npos) << text;
}

TEST(MediaBoxes, APlayersLabelGoesWithTheClipsTitle) {
  // "Video" over the clip's title, in English and in Hindi, with or without
  // class names.
  for (const char* label : {"Video", "\xE0\xA4\xB5\xE0\xA5\x80\xE0\xA4\xA1\xE0\xA4\xBF\xE0\xA4\xAF\xE0\xA5\x8B"}) {
    const std::string text = text_of(kFirst + "<div class=\"embed-box\"><div><span>" + label +
                                     "</span><h4>Passengers describe the flooded line</h4></div><iframe "
                                     "src=\"https://www.youtube.com/embed/x\"></iframe></div>" +
                                     kLast);
    EXPECT_NE(text.find("publish a new timetable on Friday."), std::string::npos) << text;
    EXPECT_EQ(text.find("Passengers describe"), std::string::npos) << text;
    EXPECT_EQ(text.find(label), std::string::npos) << text;
  }
}

TEST(MediaBoxes, APlayersStatesGoWithItsBox) {
  const std::string text =
      text_of(kFirst +
              "<div><div><div><span>Video Loading</span></div><div><span>Video Unavailable</span></div><div>"
              "<span>Click to play</span><span>Tap to play</span></div><div><span>The video will start in "
              "<span>8</span></span><button>Cancel</button><button>Play now</button></div></div><div><span>"
              "Passengers stranded after the line flooded</span></div></div>" +
              kLast);
  EXPECT_NE(text.find("stay closed for a second week"), std::string::npos) << text;
  EXPECT_NE(text.find("publish a new timetable on Friday."), std::string::npos) << text;
  for (const char* junk : {"Video Loading", "Unavailable", "to play", "will start", "Cancel", "Play now"})
    EXPECT_EQ(text.find(junk), std::string::npos) << junk << " in:\n" << text;
}

TEST(MediaBoxes, ALiveBlogEntryWithAClipKeepsItsText) {
  // The entry's heading and paragraph sit beside the clip's box: the
  // player's furniture takes its own box, not the entry.
  std::string entries;
  for (const char* title : {"Bridge closed", "Boats tied up in the harbour", "Schools to close"})
    entries += std::string("<div><div><time>18:35</time></div><div><h3>") + title +
               "</h3><p>Our reporter is at the harbour, where the fishing fleet has been tied up since this morning "
               "and skippers say they have never seen it so full, with boats from three ports sheltering.</p>" +
               (std::string(title) == "Boats tied up in the harbour"
                    ? "<div><div><img src=\"v.jpg\"><button>Play</button><span>1:24</span></div><p>Video: the "
                      "fleet sheltering in the harbour</p></div>"
                    : "") +
               "</div></div>";
  const std::string text = text_of(kFirst + entries + kLast);
  EXPECT_NE(text.find("Boats tied up in the harbour"), std::string::npos) << text;
  EXPECT_EQ(text.find("1:24"), std::string::npos) << text;
  EXPECT_EQ(text.find("Video: the fleet"), std::string::npos) << text;
}

// More of the story, so that a block after the first paragraphs is not
// among the body's last few (where any appeal goes).
const std::string kMore =
    "<p>Engineers will inspect the bridge over the river once the water has gone down, which could take several "
    "more days if the rain continues.</p><p>The line carries about 9,000 passengers a day, most of them "
    "commuters travelling to Croft.</p><p>Local businesses near the stations say trade has fallen since the "
    "closure began.</p><p>The council has asked the operator to publish a plan for future floods.</p>";

TEST(MediaBoxes, AnAppealWhoseActionIsItsLinkGoesMidBody) {
  // A newsletter appeal between paragraphs, its sign-up a link: an appeal
  // at the body's end goes anyway; this one stands before more text.
  const std::string text = text_of(kFirst +
                                   "<p><strong>Get the latest rail news sent straight to your inbox. <a "
                                   "href=\"/newsletters\">Sign up for our free daily newsletter here</a></strong></p>" +
                                   kLast + kMore);
  EXPECT_EQ(text.find("Sign up"), std::string::npos) << text;
  EXPECT_NE(text.find("Replacement buses"), std::string::npos) << text;
  // A sentence of the story linking a word stays.
  const std::string story = text_of(kFirst +
                                    "<p>The operator said passengers could <a href=\"/refunds\">claim refunds</a> "
                                    "online for every day the line is shut, and that it would write to season ticket "
                                    "holders.</p>" +
                                    kLast);
  EXPECT_NE(story.find("claim refunds online"), std::string::npos) << story;
}

TEST(MediaBoxes, ClockTimes) {
  for (const char* text : {"1:48", "01:12", "1:02:15"}) EXPECT_TRUE(lede::html::is_clock_time(text)) << text;
  for (const char* text : {"1:4855", "1.48", "10:4", ":48", "124:00", "1:48 pm", "2024"})
    EXPECT_FALSE(lede::html::is_clock_time(text)) << text;
}

TEST(MediaBoxes, AProductCardAroundPaidLinksGoes) {
  // A shop's buttons, marked rel="sponsored", and the card around them
  // without a sentence: the product's rank, name, price and specs.
  const std::string card =
      "<div class=\"box\"><div><span>No. 1</span><p>Lightcell PowerSlim 10000</p></div><p>Price: 4,280 yen</p>"
      "<table><tr><th>Capacity</th><td>10,000 mAh</td></tr><tr><th>Weight</th><td>180 g</td></tr></table><div>"
      "<a href=\"/r/1\" rel=\"nofollow Sponsored\">See at Amazon</a> <a href=\"/r/2\" rel=\"sponsored\">See at "
      "Rakuten</a></div></div>";
  const std::string text = text_of(kFirst + card + kLast);
  EXPECT_NE(text.find("stay closed for a second week"), std::string::npos) << text;
  EXPECT_NE(text.find("new timetable on Friday."), std::string::npos) << text;
  for (const char* gone : {"No. 1", "PowerSlim", "4,280 yen", "10,000 mAh"})
    EXPECT_EQ(text.find(gone), std::string::npos) << gone << ":\n" << text;
  // A deal's card that tells of the product in a sentence is the story's;
  // and without the mark, the same card is judged as before.
  const std::string deal =
      "<div class=\"box\"><p>Lightcell PowerSlim 10000</p><p>The thin battery charged a phone twice in our "
      "tests and stayed cool in a pocket.</p><p>Price: 4,280 yen</p><div><a href=\"/r/1\" rel=\"sponsored\">See "
      "at Amazon</a></div></div>";
  EXPECT_NE(text_of(kFirst + deal + kLast).find("charged a phone twice"), std::string::npos);
  std::string unmarked = card;
  for (std::size_t at = unmarked.find(" rel="); at != std::string::npos; at = unmarked.find(" rel=", at)) {
    const std::size_t close = unmarked.find('"', unmarked.find('"', at) + 1);
    unmarked.erase(at, close + 1 - at);
  }
  EXPECT_NE(text_of(kFirst + unmarked + kLast).find("PowerSlim"), std::string::npos);
  // An offer's row holds its price and shop beside the button; a paid link
  // in a sentence, or in a bold run of one, leaves the sentence.
  const std::string offers =
      "<div><p>Corvell Quickpour 1.7</p><dl><dt>Capacity</dt><dd>1.7 litres</dd></dl><ul><li><span>Kitchenly</span>"
      "<span>49.99</span><a href=\"/r/k\" rel=\"sponsored nofollow\">Buy at Kitchenly</a></li></ul></div>";
  const std::string inline_link =
      "<p>Replacement tickets can be bought at <strong><a href=\"/r/t\" rel=\"sponsored\">the operator's "
      "shop</a></strong> or at <a href=\"/r/s\" rel=\"sponsored\">any station</a>, the operator said.</p>";
  const std::string both = text_of(kFirst + offers + inline_link + kLast);
  EXPECT_EQ(both.find("Quickpour"), std::string::npos) << both;
  EXPECT_NE(both.find("Replacement tickets can be bought at the operator's shop or at any station"), std::string::npos)
      << both;
}

TEST(MediaBoxes, AChartsBoxGoesWithItsTitleAndSource) {
  // A chart service's drawing area in a box of its own between paragraphs,
  // not a <figure>: the chart's title, notes and source go with it.
  const std::string chart =
      "<div class=\"diagram\"><div>Passengers per week on the line</div><div>Counted at the ticket gates; the "
      "latest week may still change.</div><div id=\"chart-1\" class=\"highcharts-container\" role=\"img\"></div>"
      "<div><span>Source: the operator</span> <a href=\"/data.csv\">Download the data</a></div></div>";
  const std::string text = text_of(kFirst + chart + kLast);
  EXPECT_NE(text.find("stay closed for a second week"), std::string::npos) << text;
  EXPECT_NE(text.find("new timetable on Friday."), std::string::npos) << text;
  for (const char* gone : {"Passengers per week", "ticket gates", "Source: the operator"})
    EXPECT_EQ(text.find(gone), std::string::npos) << gone << ":\n" << text;
}

}  // namespace
