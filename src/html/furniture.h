// Widget furniture and section breaks told by their text alone (internal).
#pragma once

#include <string_view>

namespace lede::html {

// A block without a letter, digit or ideograph: a section break ("* * *",
// "◆"), a bullet or a rule of dashes (not of underscores, nor a "%").
bool is_ornament(std::string_view text);

// A media player's, poll's or shop's furniture: a counter ("1,204 votes",
// "35 comments"), a media item's title under its label ("Watch: drone
// footage of the flood"), a deal's closing button ("... View Deal").
bool is_widget_furniture(std::string_view text);

// A review's score badge alone: "4/5", "8.5/10", "4 out of 5". No text,
// but its box (a verdict's heading and paragraph) may be the review's.
bool is_rating_badge(std::string_view text);

// A bare clock time, "1:48" or "01:02:15": under a picture, a video's length
// (alone elsewhere, it may be a live blog's update time, which stays).
bool is_clock_time(std::string_view text);

}  // namespace lede::html
