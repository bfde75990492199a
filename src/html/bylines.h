// Bylines, date lines and authors' bios told by their text alone (internal).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace lede::html {

// The name a byline gives ("By Sam Okafor published 4 December" -> "Sam
// Okafor"): two to four capitalized words after "By"; empty when none.
std::string byline_name(std::string_view text);

// An author's bio: a short paragraph opening on the author's name and what
// they are or do ("Sam Okafor is the kitchen editor at ..."); never when
// no byline gave a name (`author` empty).
bool is_author_bio(std::string_view text, std::string_view author);

// A byline or date line: "By Jane Doe", "Updated 20 Nov 2019", "2016.12.01".
bool is_dateline(std::string_view text);

// The numeric dates in a line ("20/03/2024", "2024-03-20", "20.03.2024"):
// runs of three digit groups parted by "/", "-" or ".".
std::size_t count_numeric_dates(std::string_view text);

// A Chinese story's original headline, repeated in its body: "（原标题：...）"
// (its closing bracket reads as a sentence's end).
bool is_original_headline(std::string_view text);

// A bar of the story's facts parted by "·" or "|", one of them its date or
// time: "Redacción · 14/03/2024 · 09:15 · Leída 2.318 veces · 10 comentarios
// · Imprimir". Four parts or more, each a few words and none a sentence.
bool is_meta_bar(std::string_view text);

// A dateline's place on a line of its own, in capitals, over the story's
// first paragraph: "BAAR, SWITZERLAND", "NAIROBI, Kenya —" is not (it is
// mixed case), "LAGOS —" is.
bool is_place_line(std::string_view text);

}  // namespace lede::html
