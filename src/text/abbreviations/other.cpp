#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_other(std::string_view /*code*/) {
  AbbreviationLists l;
  return l;
}

}  // namespace lede::text
