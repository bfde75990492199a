// Sentences that cut a quotation: `"We will rebuild.` opens one it leaves
// open, and `It will take years," the mayor said.` begins inside it.
// Segmentation splits a quoted passage into its sentences, as gold
// conventions do, but read on its own the first shows an opening mark that
// never closes and the second a closing mark without its opening one and
// loses who is speaking.
#pragma once

#include <vector>

#include "lede/document.h"

namespace lede {

// Per sentence of `doc`: whether it starts inside a quotation opened earlier
// in the same paragraph and closed later in that paragraph. Quotations are
// the paired marks of the languages lede reads: " “” „“ „” «» »« ‘’ ‚‘ ‹› »«
// 「」 『』 〝〞 and tokenized `` ''. An apostrophe between letters (don't,
// l’homme, it’s) is no quote mark. A quotation still open at the paragraph's
// end is not trusted (a broken article, or a quote continued in the next
// paragraph, which opens it again): it marks nothing.
std::vector<bool> starts_inside_quotation(const Document& doc);

// Per sentence of `doc`, by the same rule: whether it starts inside a
// quotation (as above), and whether it ends inside one, opened in it or
// before it and closed later in the paragraph.
struct QuotationCuts {
  std::vector<bool> starts_inside, ends_inside;
};
QuotationCuts quotation_cuts(const Document& doc);

}  // namespace lede
