#include "text/segment_language.h"

namespace lede::text {

AbbreviationLists abbreviations_ru() {
  AbbreviationLists l;
  return l;
}

}  // namespace lede::text
