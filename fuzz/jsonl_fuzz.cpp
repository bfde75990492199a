// The JSONL record readers (lede::parse_record, its "html" pages included, and
// parse_jsonl_record, strict and lenient) and the JSON writers on
// arbitrary bytes. Invariants: never throws or crashes; a failure has a
// message; id_json is always valid JSON; error_to_json and json_quote always
// produce valid JSON, and json_quote round-trips valid UTF-8 exactly.
#include <nlohmann/json.hpp>

#include <string>

#include "fuzz_check.h"
#include "lede/io.h"
#include "lede/text.h"

namespace {

bool valid_json(const std::string& s) { return nlohmann::json::accept(s); }

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in = lede::fuzz::as_view(data, size);
  lede::Record rec;
  const lede::Status st = lede::parse_record(in, rec);
  FUZZ_CHECK(valid_json(rec.id_json));
  if (st.ok()) {
    for (const lede::Document& d : rec.cluster.documents) FUZZ_CHECK(d.sentences.empty());
  } else {
    FUZZ_CHECK(!st.message().empty());
    // A page ("html") the extractor refuses keeps its status.
    FUZZ_CHECK(st.code() == lede::StatusCode::kInvalidInput || st.code() == lede::StatusCode::kResourceExhausted);
    const std::string err = lede::error_to_json(rec.id_json, 7, st);
    FUZZ_CHECK(valid_json(err));
    FUZZ_CHECK(err.find('\n') == std::string::npos);
  }
  // A batch line, as every command reads one: the same id rules; under
  // --lenient the repaired documents are valid UTF-8.
  for (const bool lenient : {false, true}) {
    lede::Record line_rec;
    std::vector<std::string> warnings;
    const lede::Status ls = lede::parse_jsonl_record(in, lenient, line_rec, warnings);
    FUZZ_CHECK(valid_json(line_rec.id_json));
    if (ls.ok()) {
      FUZZ_CHECK(!line_rec.cluster.documents.empty());
      if (lenient)
        for (const lede::Document& d : line_rec.cluster.documents)
          FUZZ_CHECK(lede::find_invalid_utf8(d.text) == std::string_view::npos);
    } else {
      FUZZ_CHECK(!ls.message().empty());
    }
  }

  const std::string quoted = lede::json_quote(in);
  FUZZ_CHECK(valid_json(quoted));
  if (lede::find_invalid_utf8(in) == std::string_view::npos)
    FUZZ_CHECK(nlohmann::json::parse(quoted).get<std::string>() == in);

  // A record parsed from our own quoting of the bytes as its text.
  lede::Record wrapped;
  const lede::Status ws = lede::parse_record("{\"id\":1,\"text\":" + quoted + "}", wrapped);
  FUZZ_CHECK(ws.ok());
  FUZZ_CHECK(wrapped.id_json == "1");
  FUZZ_CHECK(wrapped.cluster.documents.size() == 1);

  // The same bytes as a web page: always one document, its article, whose
  // text and title are valid UTF-8 (a JSON string is Unicode; bad bytes were
  // replaced by json_quote).
  lede::Record page;
  const lede::Status ps = lede::parse_record("{\"id\":1,\"html\":" + quoted + "}", page);
  FUZZ_CHECK(ps.ok());
  FUZZ_CHECK(page.from_html);
  FUZZ_CHECK(page.cluster.documents.size() == 1);
  FUZZ_CHECK(lede::find_invalid_utf8(page.cluster.documents[0].text) == std::string_view::npos);
  FUZZ_CHECK(lede::find_invalid_utf8(page.cluster.documents[0].title) == std::string_view::npos);
  return 0;
}
