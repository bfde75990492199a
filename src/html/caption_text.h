// Photo captions and credits told by their text alone (internal), in the
// conventions of many languages' news sites.
#pragma once

#include <cstddef>
#include <string_view>

namespace lede::html {

// A photo's caption or a photo viewer's label, by what its text alone
// shows: a closing credit in brackets ("(Image: Getty)", "(Photo by ...)"),
// a photographer's credit first ("© Jane Roe ..."), or a counter ("Image 1
// of 5", "3 / 12").
bool is_photo_caption(std::string_view text);

// A photo viewer's counter alone ("Image 1 of 5", "3 / 12"): furniture even
// among captions kept on purpose (a photo essay told in its captions).
bool is_gallery_counter(std::string_view text);

// Where the closing credit of a caption that tells something starts: a
// sentence or more, then the photo's credit in brackets or under its label
// ("Crowds packed the towpath. (Photo: Jane Roe/Courier)" gives the offset
// of "(Photo"). npos for any other text.
std::size_t story_caption_credit(std::string_view text);

}  // namespace lede::html
