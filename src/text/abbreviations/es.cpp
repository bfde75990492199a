#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_es() {
  AbbreviationLists l;
  return l;
}

}  // namespace lede::text
