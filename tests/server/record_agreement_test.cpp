// The service's request reader and the JSONL record reader (what `lede
// summarize -f jsonl` and `lede eval` use) on the same records: each is
// accepted by both, or refused by both with the same message. They used to
// disagree on {"documents": []} (the CLI summarized it to nothing) and on
// null titles (the service refused them).
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <cstdint>
#include <set>

#include "lede/io.h"
#include "server/summarize_request.h"

namespace lede::testing {
namespace {

struct Both {
  Status record;
  bool request_ok = false;
  std::string request_message;
  std::string request_code;
  Record rec;
  server::SummarizeRequest req;
};

Both read_both(const std::string& body) {
  Both b;
  b.record = parse_record(body, b.rec);
  server::Reply error;
  b.request_ok = server::parse_summarize_request(body, {"lead"}, b.req, error);
  if (!b.request_ok) {
    const nlohmann::json j = nlohmann::json::parse(error.body);
    b.request_message = j["error"]["message"];
    b.request_code = j["error"]["code"];
  }
  return b;
}

TEST(RecordAgreement, RefusedByBothWithTheSameMessage) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {R"({"id": "e", "documents": []})", "field 'documents' must not be empty"},
      {R"({"text": "A.", "title": 5})", "field 'title' must be a string, not number"},
      {R"({"documents": ["A."], "title": {"x": 1}})", "field 'title' must be a string, not object"},
      {R"({"documents": ["A.", 3]})", "field 'documents[1]' must be a string, not number"},
      {R"({"documents": "A."})", "field 'documents' must be an array of strings, not string"},
      {R"({"text": 5})", "field 'text' must be a string, not number"},
      {R"({"text": null})", "field 'text' must be a string, not null"},
      {R"({"text": "A.", "id": 1.5})", "field 'id' must be a string or an integer, not number"},
      {R"({"text": "A.", "id": true})", "field 'id' must be a string or an integer, not boolean"},
      {R"({"documents": ["A.", "B."], "titles": ["One"]})",
       "field 'titles' must hold one string per document: 2 documents, 1 titles"},
      {R"({"text": "A.", "titles": "One"})",
       "field 'titles' must be an array of strings, one per document, not string"},
      {R"({"documents": ["A."], "titles": [7]})", "field 'titles[0]' must be a string, not number"},
  };
  for (const auto& [body, message] : cases) {
    SCOPED_TRACE(body);
    const Both b = read_both(body);
    EXPECT_FALSE(b.record.ok());
    EXPECT_EQ(b.record.message(), message);
    EXPECT_FALSE(b.request_ok);
    EXPECT_EQ(b.request_code, "invalid_field");
    EXPECT_EQ(b.request_message, message);
  }
}

TEST(RecordAgreement, AcceptedByBothAsTheSameCluster) {
  const std::vector<std::string> cases = {
      R"({"id": "n", "text": "Beta one.", "title": null})",
      R"({"id": null, "text": "Beta one.", "titles": null})",
      R"({"id": 7, "documents": ["A.", "B."], "titles": [null, "Two"]})",
      R"({"id": -3, "documents": ["A.", "B."], "titles": ["One", "Two"], "title": "First"})",
      R"({"text": "A.", "titles": ["Only"]})",
      R"({"id": "t", "text": ""})",
      R"({"documents": ["", "Delta one."]})",
      R"({"id": "caf\u00e9 \"q\"", "text": "A."})",
  };
  for (const std::string& body : cases) {
    SCOPED_TRACE(body);
    const Both b = read_both(body);
    ASSERT_TRUE(b.record.ok()) << b.record.message();
    ASSERT_TRUE(b.request_ok) << b.request_message;
    // The service leaves the id out of its answer when there was none.
    EXPECT_EQ(b.req.id_json.empty() ? "null" : b.req.id_json, b.rec.id_json);
    EXPECT_EQ(b.req.cluster.id, b.rec.cluster.id);
    ASSERT_EQ(b.req.cluster.documents.size(), b.rec.cluster.documents.size());
    for (std::size_t k = 0; k < b.rec.cluster.documents.size(); ++k) {
      EXPECT_EQ(b.req.cluster.documents[k].text, b.rec.cluster.documents[k].text) << k;
      EXPECT_EQ(b.req.cluster.documents[k].title, b.rec.cluster.documents[k].title) << k;
    }
  }
  const Both first = read_both(R"({"documents": ["A.", "B."], "titles": ["One", "Two"], "title": "First"})");
  EXPECT_EQ(first.req.cluster.documents[0].title, "First");
}

// Generated records: every mix of the shared fields with values of every
// JSON type. The two readers must agree on each, field by field; only the
// "which content field" messages differ, as the service also takes "html".
TEST(RecordAgreement, GeneratedRecordsAgree) {
  // Any JSON type, and per field the values a well-formed record would hold,
  // so both accepted and refused records come up often.
  const std::vector<std::string> any = {
      "\"Alpha one. Alpha two.\"", "\"\"",     "null",           "7",           "-2", "1.5",       "true", "[]",
      "[\"A.\", \"B.\"]",          "[\"A.\"]", "[null, \"B.\"]", "[\"A.\", 3]", "{}", "{\"x\": 1}"};
  const std::vector<std::pair<std::string, std::vector<std::string>>> fields = {
      {"id", {"\"r\"", "7", "-2", "null", "\"\""}},
      {"text", {"\"Alpha one. Alpha two.\"", "\"\""}},
      {"documents", {"[\"A.\", \"B.\"]", "[\"A.\"]", "[\"\", \"B.\"]"}},
      {"title", {"\"Flood\"", "null", "\"\""}},
      {"titles", {"null", "[\"One\"]", "[null, \"Two\"]", "[\"One\", \"Two\"]"}}};
  const std::set<std::string> content_messages = {
      "give either 'text' or 'documents', not both",
      "a record needs a 'text' string, a 'documents' array or an 'html' page"};
  std::uint64_t state = 12345;
  auto next = [&state](std::size_t n) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::size_t>((state >> 33) % n);
  };
  std::size_t accepted = 0, refused = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string body = "{";
    const std::size_t content = next(10);  // 0-4 text, 5-8 documents, 9 any mix
    for (const auto& [f, good] : fields) {
      if (content < 5 && f == "documents") continue;
      if (content >= 5 && content < 9 && f == "text") continue;
      if ((f != "text" && f != "documents") || content == 9)
        if (next(3) == 0) continue;  // absent
      if (body.size() > 1) body += ", ";
      body += "\"" + f + "\": " + (next(4) == 0 ? any[next(any.size())] : good[next(good.size())]);
    }
    body += "}";
    SCOPED_TRACE(body);
    const Both b = read_both(body);
    ASSERT_EQ(b.record.ok(), b.request_ok) << b.record.message() << " | " << b.request_message;
    if (b.request_ok) {
      ++accepted;
      EXPECT_EQ(b.req.id_json.empty() ? "null" : b.req.id_json, b.rec.id_json);
      ASSERT_EQ(b.req.cluster.documents.size(), b.rec.cluster.documents.size());
      for (std::size_t k = 0; k < b.rec.cluster.documents.size(); ++k) {
        EXPECT_EQ(b.req.cluster.documents[k].text, b.rec.cluster.documents[k].text);
        EXPECT_EQ(b.req.cluster.documents[k].title, b.rec.cluster.documents[k].title);
      }
    } else {
      ++refused;
      EXPECT_EQ(b.request_code, "invalid_field");
      if (content_messages.count(b.record.message()) == 0) { EXPECT_EQ(b.request_message, b.record.message()); }
    }
  }
  // Both outcomes were exercised, not only one.
  EXPECT_GT(accepted, 100u);
  EXPECT_GT(refused, 100u);
}

// Raw invalid UTF-8: `lede summarize -f jsonl --lenient` replaced it, the
// service refused the body as malformed JSON whatever "lenient" said.
TEST(RecordAgreement, LenientRepairsInvalidUtf8InBoth) {
  const std::string body = "{\"id\": \"u\", \"text\": \"Caf\xE9 opens. It sells tea.\", \"lenient\": true}";
  Record rec;
  std::vector<std::string> warnings;
  ASSERT_TRUE(parse_jsonl_record(body, true, rec, warnings).ok());
  server::SummarizeRequest req;
  server::Reply error;
  ASSERT_TRUE(server::parse_summarize_request(body, {"lead"}, req, error)) << error.body;
  EXPECT_TRUE(req.options.lenient);
  ASSERT_EQ(req.cluster.documents.size(), 1u);
  EXPECT_EQ(req.cluster.documents[0].text, rec.cluster.documents[0].text);
  EXPECT_EQ(req.cluster.documents[0].text, "Caf\xEF\xBF\xBD opens. It sells tea.");
  ASSERT_EQ(warnings.size(), 1u);
  EXPECT_EQ(warnings[0], "replaced 1 invalid UTF-8 sequence(s) with U+FFFD, the first at byte 24 of the line");
  EXPECT_EQ(req.warnings, std::vector<std::string>{
                              "replaced 1 invalid UTF-8 sequence(s) with U+FFFD, the first at byte 24 of the body"});
  // Without lenient both refuse it, naming the byte.
  const std::string strict = "{\"id\": \"u\", \"text\": \"Caf\xE9 opens.\"}";
  EXPECT_EQ(parse_jsonl_record(strict, false, rec, warnings).message(),
            "invalid UTF-8 at byte 24 of the line (lenient mode replaces it with U+FFFD)");
  EXPECT_FALSE(server::parse_summarize_request(strict, {"lead"}, req, error));
  EXPECT_EQ(nlohmann::json::parse(error.body)["error"]["message"],
            "invalid UTF-8 at byte 24 of the body (\"lenient\": true replaces it with U+FFFD)");
  EXPECT_EQ(nlohmann::json::parse(error.body)["error"]["code"], "malformed_json");
  EXPECT_FALSE(server::parse_summarize_request(strict.substr(0, strict.size() - 1) + ", \"lenient\": false}", {"lead"},
                                               req, error));
}

// Null for the service's own optional fields means absent too (a null
// "method" or "order" was refused, a null budget was not).
TEST(RecordAgreement, NullOptionFieldsAreAbsentInTheService) {
  const Both b = read_both(
      R"({"text": "A.", "method": null, "language": null, "sentences": null, "order": null, "truncate": null,
          "lenient": null, "title": null, "titles": null, "id": null})");
  ASSERT_TRUE(b.request_ok) << b.request_message;
  EXPECT_EQ(b.req.options.method, "");
  EXPECT_EQ(b.req.options.language, "en");
  EXPECT_EQ(b.req.options.budget.kind, BudgetKind::kDefault);
  EXPECT_EQ(b.req.options.order, Order::kDocument);
  EXPECT_FALSE(b.req.options.truncate);
  EXPECT_FALSE(b.req.options.lenient);
  EXPECT_EQ(b.req.id_json, "");
  // Wrong types stay errors naming the field.
  const Both wrong = read_both(R"({"text": "A.", "order": 1})");
  EXPECT_FALSE(wrong.request_ok);
  EXPECT_NE(wrong.request_message.find("'order'"), std::string::npos) << wrong.request_message;
}

}  // namespace
}  // namespace lede::testing
