// Text in another character set: the charset code of the HTML reader, without
// the page sniffing (a text file has no <meta charset>).
#include "html/charset.h"
#include "lede/text.h"

namespace lede {

Result<std::string> decode_text(std::string_view bytes, std::string_view encoding, std::size_t* undecodable) {
  // ICU's converters take int32 lengths.
  if (undecodable) *undecodable = 0;
  if (bytes.size() > (std::size_t{1} << 30)) return Status::ResourceExhausted("text is over 1 GiB");
  std::string label = html::canonical_label(encoding);
  if (const html::Bom bom = html::detect_text_bom(bytes); bom.length > 0) {
    label = html::canonical_label(bom.encoding);
    bytes.remove_prefix(bom.length);
  }
  return html::decode_to_utf8(bytes, label, undecodable);
}

}  // namespace lede
