// parse_record for a face that supplies a record's one document itself.
#pragma once

#include <string_view>

#include "lede/document.h"
#include "lede/io.h"
#include "lede/status.h"

namespace lede {

// Reads a record's fields exactly as parse_record does, so every face
// (JSONL batches, the service, the Python package) accepts and refuses the
// same records with the same messages. With `document` non-null the record's
// content is that one document (the service's "html" field, extracted
// before): "text" and "documents" must then be absent, and "id", "title" and
// "titles" (one entry) are read as for any record. With `document` null this
// is parse_record.
Status parse_record_fields(std::string_view json, const Document* document, Record& out);

}  // namespace lede
