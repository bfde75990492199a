// What a block's text alone says about it (internal): template labels,
// appeals to follow or subscribe, the notices a site shows on every page.
// Words of many languages' sites, not any one site's; html/hints.h reads the
// class and id instead, html/caption_text.h, html/furniture.h and
// html/bylines.h the text of captions, widgets and bylines.
#pragma once

#include <string_view>

namespace lede::html {

// Short texts that are template labels wherever they appear ("Advertisement",
// "Share this", "Read more", "All rights reserved", ...), but not a short
// sentence of a story holding their words ("The panel recommended a ban.").
bool is_boilerplate_phrase(std::string_view text);

// The title of a box of links to other stories, as a line of its own:
// "Most read", "Related stories", "You may also like", "More from Sport".
bool is_rail_title(std::string_view text);

// Whether a line is a sponsor's or an ad's label ("SPONSORED", "From our
// sponsor", "Advertisement:", "Anzeige"), as the first line over its box's text.
bool is_sponsor_label(std::string_view text);

// A media player's label over its clip's title: "Video" in the site's
// language ("Vídeo", "Видео", "वीडियो", "视频"), "Watch".
bool is_video_label(std::string_view text);

// The title of a table of contents or of a box of the story's tickers
// ("Contents", "Table of contents", "In this article"): a label, but one
// that may open the body's own box, so it titles no section.
bool is_contents_title(std::string_view text);

// A correction or clarification of the story, as its newsroom appends it
// ("Correction: ...", "Correction, Nov. 8, 2024: ...", "An earlier version
// of this article misstated ..."): the story's, as the benchmark's
// annotators keep it, even in a box of its own after the body's element.
bool is_correction_note(std::string_view text);

// A closing appeal rather than article text: follow us on social media,
// subscribe, sign up for the newsletter, said to the reader or by the site
// (html/voice.h); credit and copyright lines.
bool is_call_to_action(std::string_view text);

// A line naming the story's sources, which closes it as its last words do:
// "Con información de EFE", "SOURCE: agencies", "Provided by the European
// Space Agency", "Quelle: dpa".
bool is_source_line(std::string_view text);

// A table's source line under it ("Kilde: Vesterhav Kommune", "Source :
// autorités portuaires", "Fuente: PRISMA-2. Elaboración: ..."): the table's
// caption, which annotators leave out as they leave captions out.
bool is_table_source(std::string_view text);

// An opinion piece's note on whose views it holds ("The views expressed in
// this article are the author's own"): annotators keep it with the piece as
// often as they leave it out, so a "disclaimer" box holding only this note
// is not boilerplate by its class.
bool is_opinion_note(std::string_view text);

// A notice the site shows on every page: cookies, ad blockers, affiliate
// disclosures, comment moderation rules, "enable JavaScript", in a notice's
// voice rather than a story's report of them.
bool is_site_notice(std::string_view text);

// A press release's contact block: its label ("Media Contact", "Investor
// Contacts:", "For further information, please contact:"), on a line of
// its own or over the block's other lines, and the short lines under it (a
// name, a title, a telephone number, an address).
bool is_contact_label(std::string_view text);
bool is_contact_line(std::string_view text);

// A contact block on one line: its label, a colon, and an e-mail address or
// a telephone number ("Media contact: Communications Team, 02 5550 1180,
// media@example.gov.au").
bool is_inline_contact(std::string_view text);
// A contact line, or a block of such lines one of which holds an address or
// a number (an e-mail address, a web address, seven digits or more).
bool is_contact_address(std::string_view text);

}  // namespace lede::html
