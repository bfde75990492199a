// JSONL records and pair files into Clusters. Records are parsed with
// simdjson (the reader sits on the hot path of every batch run); only a line
// that fails is parsed again with nlohmann::json, whose message says where.
#include <simdjson.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lede/extract.h"
#include "lede/io.h"
#include "read/json_error.h"
#include "read/json_fields.h"
#include "read/record.h"
#include "read/record_messages.h"

namespace lede {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;

// Deeper nesting than kMaxJsonDepth is refused outright: no news record
// needs it, and it bounds the parser's stack.
static_assert(kMaxJsonDepth == simdjson::DEFAULT_MAX_DEPTH, "the parser is created with simdjson's default depth");

// One reference as `lede rouge` takes it: a string, or its sentences as a
// list of strings (or of {"text": ...} objects), joined one a line. "" when
// read, else the rest of the message after the field's name.
std::string reference_text(const element& e, std::string& out) {
  if (json_string(e, out)) return "";
  simdjson::dom::array sentences;
  if (e.get_array().get(sentences) != simdjson::SUCCESS)
    return "' must be a string or a list of sentence strings, not " + json_type_name(e);
  out.clear();
  std::size_t j = 0;
  for (element sentence : sentences) {
    std::string text;
    element inner;
    const bool ok = json_string(sentence, text) ||
                    (sentence.type() == element_type::OBJECT &&
                     sentence.get_object()["text"].get(inner) == simdjson::SUCCESS && json_string(inner, text));
    if (!ok) return "[" + std::to_string(j) + "]' must be a sentence string, not " + json_type_name(sentence);
    out += text;
    out += '\n';
    ++j;
  }
  return "";
}

}  // namespace

Result<Article> extract_json_page(std::string_view html, bool keep_captions) {
  ExtractOptions options;
  options.encoding = "utf-8";
  options.keep_captions = keep_captions;
  Result<Article> article = extract_article(html, options);
  if (!article.ok()) return article.status().with_context("field 'html'");
  return article;
}

namespace {

// "html": a web page as a JSON string, whose article is the record's one
// document, with its headline as the title.
Status read_page(const element& html, Record& out) {
  std::string_view page;
  if (html.get_string().get(page) != simdjson::SUCCESS)
    return Status::InvalidInput("field 'html' must be a string, not " + json_type_name(html));
  Result<Article> article = extract_json_page(page, false);
  if (!article.ok()) return article.status();
  Document d;
  d.id = "0";
  out.page_title = article->title;
  d.title = std::move(article->title);
  d.text = std::move(article->text);
  out.cluster.documents.push_back(std::move(d));
  out.from_html = true;
  out.page_language = std::move(article->language);
  return Status::Ok();
}

// "text": the record's one document.
Status read_text(const element& text, Record& out) {
  Document d;
  d.id = "0";
  if (!json_string(text, d.text))
    return Status::InvalidInput("field 'text' must be a string, not " + json_type_name(text));
  out.cluster.documents.push_back(std::move(d));
  return Status::Ok();
}

// "text", "documents" or "html" (exactly one) into out.cluster.documents.
Status read_documents(const simdjson::dom::object& obj, Record& out) {
  element text, docs, html;
  bool has_text = json_field(obj, "text", text) == simdjson::SUCCESS;
  bool has_docs = json_field(obj, "documents", docs) == simdjson::SUCCESS;
  bool has_html = json_field(obj, "html", html) == simdjson::SUCCESS;
  // A null beside the content given is absent ({"html": null, "text": ...}
  // was "not several"); alone, a null is still no text, and says so below.
  if ((has_text && !text.is_null()) || (has_docs && !docs.is_null()) || (has_html && !html.is_null())) {
    has_text = has_text && !text.is_null();
    has_docs = has_docs && !docs.is_null();
    has_html = has_html && !html.is_null();
  }
  if (has_html && (has_text || has_docs))
    return Status::InvalidInput("give one of 'text', 'documents' and 'html', not several");
  if (has_html) return read_page(html, out);
  if (has_text && has_docs) return Status::InvalidInput("give either 'text' or 'documents', not both");
  if (has_text) return read_text(text, out);
  if (!has_docs)
    return Status::InvalidInput("a record needs a 'text' string, a 'documents' array or an 'html' page" +
                                unknown_fields(obj, {"text", "documents", "html"}));
  simdjson::dom::array arr;
  if (docs.get_array().get(arr) != simdjson::SUCCESS)
    return Status::InvalidInput("field 'documents' must be an array of strings, not " + json_type_name(docs));
  // A cluster of nothing has nothing to summarize: it is a broken record
  // (an empty "text" is not: that document merely has no sentences).
  if (arr.size() == 0) return Status::InvalidInput("field 'documents' must not be empty");
  if (arr.size() > kMaxRecordDocuments)
    return Status::ResourceExhausted("field 'documents' holds " + std::to_string(arr.size()) +
                                     " documents, over the limit of " + std::to_string(kMaxRecordDocuments) +
                                     " a record may hold");
  out.from_documents = true;
  std::size_t k = 0;
  for (element e : arr) {
    Document d;
    d.id = std::to_string(k);
    if (!json_string(e, d.text))
      return Status::InvalidInput("field 'documents[" + std::to_string(k) + "]' must be a string, not " +
                                  json_type_name(e));
    out.cluster.documents.push_back(std::move(d));
    ++k;
  }
  return Status::Ok();
}

// "titles" (one string or null per document), then "title" (the first
// document's; it wins over titles[0] when both are given). A title of the
// wrong type or a titles list of the wrong length is a mistake to report,
// not to drop without a word.
Status read_titles(const simdjson::dom::object& obj, std::vector<Document>& documents) {
  element value;
  if (json_present(obj, "titles", value)) {
    simdjson::dom::array titles;
    if (value.get_array().get(titles) != simdjson::SUCCESS)
      return Status::InvalidInput("field 'titles' must be an array of strings, one per document, not " +
                                  json_type_name(value));
    if (titles.size() != documents.size())
      return Status::InvalidInput(
          "field 'titles' must hold one string per document: " + std::to_string(documents.size()) + " documents, " +
          std::to_string(titles.size()) + " titles");
    std::size_t t = 0;
    for (element e : titles) {
      if (!e.is_null() && !json_string(e, documents[t].title))
        return Status::InvalidInput("field 'titles[" + std::to_string(t) + "]' must be a string, not " +
                                    json_type_name(e));
      ++t;
    }
  }
  if (json_present(obj, "title", value) && !json_string(value, documents[0].title))
    return Status::InvalidInput("field 'title' must be a string, not " + json_type_name(value));
  return Status::Ok();
}

}  // namespace

Status read_record_id(const simdjson::dom::object& obj, Record& out) {
  element id;
  if (json_present(obj, "id", id)) {
    const element_type t = id.type();
    if (t != element_type::STRING && t != element_type::INT64 && t != element_type::UINT64)
      return Status::InvalidInput("field 'id' must be a string or an integer, not " + json_type_name(id));
    out.id_json = simdjson::minify(id);
    if (t == element_type::STRING) json_string(id, out.cluster.id);
    else out.cluster.id = out.id_json;
  }
  return Status::Ok();
}

namespace {

// Parses `line` into `obj` (a JSON object; `shape` names the fields a
// record holds, for the message when it is no object) and reads "id" as
// every record reader does. `obj` lives in this thread's parser until the
// next call.
Status open_record(std::string_view line, Record& out, simdjson::dom::object& obj) {
  out = Record{};
  element root;
  if (auto err = json_parser().parse(line.data(), line.size()).get(root); err != simdjson::SUCCESS)
    return malformed_record(line, err);
  if (root.get_object().get(obj) != simdjson::SUCCESS) {
    std::string message = std::string("a record must be a JSON object, not ") + json_type_name(root);
    // An array of objects is a JSON file of records, not JSONL.
    simdjson::dom::array arr;
    if (root.get_array().get(arr) == simdjson::SUCCESS)
      for (element first : arr) {
        if (first.type() == element_type::OBJECT) message += kNotJsonlHint;
        break;
      }
    return Status::InvalidInput(std::move(message));
  }
  return read_record_id(obj, out);
}

// parse_record's fields after "id".
Status read_record_fields(const simdjson::dom::object& obj, Record& out) {
  if (Status st = read_documents(obj, out); !st.ok()) return st;
  if (Status st = read_titles(obj, out.cluster.documents); !st.ok()) return st;

  element option;
  for (std::string_view name : kRequestOptionFields)
    if (json_present(obj, name, option)) out.ignored_options.emplace_back(name);

  element summaries_field;
  simdjson::dom::array summaries;
  if (json_present(obj, "summaries", summaries_field)) {
    if (summaries_field.get_array().get(summaries) != simdjson::SUCCESS) {
      out.references_error =
          "field 'summaries' must be an array of summaries (each a string or a list of sentence "
          "strings), not " +
          json_type_name(summaries_field);
    } else {
      std::size_t k = 0;
      for (element e : summaries) {
        std::string s;
        std::string why = reference_text(e, s);
        if (why.empty()) {
          out.references.push_back(std::move(s));
        } else if (out.references_error.empty()) {
          out.references_error = "field 'summaries[" + std::to_string(k) + "]" + why;
        }
        ++k;
      }
    }
  }
  return Status::Ok();
}

}  // namespace

Status parse_record(std::string_view line, Record& out) {
  simdjson::dom::object obj;
  if (Status st = open_record(line, out, obj); !st.ok()) return st;
  return read_record_fields(obj, out);
}

Status read_record_object(const simdjson::dom::object& obj, Record& out) {
  out = Record{};
  if (Status st = read_record_id(obj, out); !st.ok()) return st;
  return read_record_fields(obj, out);
}

Result<Pair> parse_pair(std::string_view bytes) {
  const std::size_t sep = bytes.find("|||");
  if (sep == std::string_view::npos) return Status::InvalidInput("no '|||' separator between source and reference");
  // A file of `SOURCE ||| REFERENCE` lines was read as one pair whose
  // reference held every later line: the first source alone was summarized.
  if (const std::size_t again = bytes.find("|||", sep + 3); again != std::string_view::npos)
    return Status::InvalidInput("a second '|||' separator at byte " + std::to_string(again) +
                                ": a pair file holds one SOURCE ||| REFERENCE (give one file a pair, or JSONL records "
                                "with \"summaries\" for many)");
  Pair p;
  p.source = std::string(bytes.substr(0, sep));
  p.reference = std::string(bytes.substr(sep + 3));
  return p;
}

}  // namespace lede
