// What a block's text alone says about it (internal): template labels,
// appeals to follow or subscribe, the notices a site shows on every page,
// photo captions, and bylines or date lines. Words of many languages' sites, not any one
// site's; html/hints.h reads the class and id instead.
#pragma once

#include <string>
#include <string_view>

namespace lede::html {

// Short texts that are template labels wherever they appear ("Advertisement",
// "Share this", "Read more", "All rights reserved", ...), but not a short
// sentence of a story holding their words ("The panel recommended a ban.").
bool is_boilerplate_phrase(std::string_view text);

// The title of a box of links to other stories, as a line of its own:
// "Most read", "Related stories", "You may also like", "More from Sport".
bool is_rail_title(std::string_view text);

// A closing appeal rather than article text: follow us on social media,
// subscribe, sign up for the newsletter, said to the reader or by the site
// (html/voice.h); credit and copyright lines.
bool is_call_to_action(std::string_view text);

// A notice the site shows on every page: cookies, ad blockers, affiliate
// disclosures, comment moderation rules, "enable JavaScript", in a notice's
// voice rather than a story's report of them.
bool is_site_notice(std::string_view text);

// A photo's caption or a photo viewer's label, by what its text alone
// shows: a closing credit in brackets ("(Image: Getty)", "(Photo by ...)"),
// a photographer's credit first ("© Jane Roe ..."), or a counter ("Image 1
// of 5", "3 / 12").
bool is_photo_caption(std::string_view text);

// A block without a letter, digit or ideograph: a section break ("* * *",
// "◆"), a bullet or a rule of dashes (not of underscores, nor a "%").
bool is_ornament(std::string_view text);

// A media player's, poll's or shop's furniture: a counter ("1,204 votes",
// "35 comments"), a media item's title under its label ("Watch: drone
// footage of the flood"), a deal's closing button ("... View Deal").
bool is_widget_furniture(std::string_view text);

// The name a byline gives ("By Sam Okafor published 4 December" -> "Sam
// Okafor"): two to four capitalized words after "By"; empty when none.
std::string byline_name(std::string_view text);

// An author's bio: a short paragraph opening on the author's name and what
// they are or do ("Sam Okafor is the kitchen editor at ...").
bool is_author_bio(std::string_view text, std::string_view author);

// A byline or date line: "By Jane Doe", "Updated 20 Nov 2019", "2016.12.01".
bool is_dateline(std::string_view text);

}  // namespace lede::html
