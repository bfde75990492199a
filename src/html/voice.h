// Who a short text speaks to, and as whom (internal). A site's notices and
// appeals address the reader ("Sign up for our newsletter", "your browser")
// or are the site speaking of itself ("We use cookies", "this article"); a
// story reports what others did or said in the third person ("Subscribers
// fell by 8%", "the regulator said"), however many words it shares with
// them. Every function takes text already folded by lower_ascii.
#pragma once

#include <string_view>

namespace lede::html {

// `w` stands in `t` as whole words: "you" is not in "young".
bool has_word(std::string_view t, std::string_view w);

// Said to the reader: "you", "your", "please", or a sentence that opens
// with an imperative ("Sign up ...", "Click here ...", "Follow us ...").
bool speaks_to_reader(std::string_view t);

// The site (or its author) speaking of itself: "we", "our", "this article".
bool site_speaks(std::string_view t);

// Someone's words reported: "said", "says", "told".
bool reports(std::string_view t);

// Ends like a sentence, closing quotation marks and brackets aside.
bool ends_sentence(std::string_view t);

}  // namespace lede::html
