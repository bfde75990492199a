// A web server on the loopback interface for the CLI's URL tests: a story
// page (windows-1252, the charset only in the header), JSONL, text, gzip
// files, redirects, empty and endless bodies.
#pragma once

#include <gtest/gtest.h>
#include <httplib.h>

#include <cstdlib>
#include <string>
#include <thread>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {

// windows-1252 bytes, no <meta charset>: only the header says how to read them.
inline const std::string kStory =
    "<html lang=\"en\"><head><title>Harbour bridge reopens | Coastal Herald</title></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav>"
    "<article><h1>Harbour bridge reopens</h1>"
    "<p>The old harbour bridge reopened to traffic on Tuesday, eleven months after engineers found cracks in its "
    "supports, the caf\xE9 owners at its northern end said with relief.</p>"
    "<p>Workers replaced both supports and repainted the span, the city's transport office said on Monday.</p>"
    "<p>The mayor said the bridge would now be inspected every six months by the city's engineers.</p>"
    "</article><footer>Copyright Coastal Herald</footer></body></html>";

inline const std::string kRecords =
    "{\"id\": \"a\", \"text\": \"The council met on Monday. It approved the budget.\"}\n"
    "{\"id\": \"b\", \"text\": \"Ferries ran late on Friday. Fog closed the port.\"}\n";

inline std::string gzipped(const std::string& data) {
  const std::string plain = temp_file(data), packed = temp_file("", ".gz");
  EXPECT_EQ(std::system(("gzip -c " + shell_quote(plain) + " > " + shell_quote(packed)).c_str()), 0);
  return read_file(packed);
}

class PageServer {
 public:
  PageServer() {
    server_.Get("/story", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kStory, "text/html; charset=ISO-8859-1");
    });
    server_.Get("/moved", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/story", 301); });
    server_.Get("/loop", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/loop", 301); });
    server_.Get("/away", [](const httplib::Request&, httplib::Response& res) {
      res.set_redirect("http://story.example.invalid/story", 302);
    });
    server_.Get("/news/story", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kStory, "text/html; charset=ISO-8859-1");
    });
    // Relative to the page that answers: /news/story.
    server_.Get("/news/old", [](const httplib::Request&, httplib::Response& res) {
      res.status = 302;
      res.set_header("Location", "story");
    });
    server_.Get("/utf16", [](const httplib::Request&, httplib::Response& res) {
      std::string utf16;  // kStory's ASCII bytes as UTF-16LE, no byte order mark
      for (const char c : kStory.substr(0, kStory.find("<p>"))) utf16 += std::string{c, '\0'};
      res.set_content(utf16, "text/html; charset=UTF-16LE");
    });
    server_.Get("/blank", [](const httplib::Request&, httplib::Response& res) { res.set_content("", "text/plain"); });
    server_.Get("/nothing", [](const httplib::Request&, httplib::Response& res) { res.status = 204; });
    server_.Get("/plain", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("The council met on Monday. It approved the budget. The mayor was pleased.", "text/plain");
    });
    server_.Get("/missing", [](const httplib::Request&, httplib::Response& res) {
      res.status = 404;
      res.set_content("<html><body>Not here</body></html>", "text/html");
    });
    // JSONL as servers label it: many send application/octet-stream.
    server_.Get("/records.jsonl", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kRecords, "application/octet-stream");
    });
    server_.Get("/records", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(kRecords, "application/x-ndjson");
    });
    server_.Get("/story.html.gz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(gzipped(kStory), "application/gzip");
    });
    server_.Get("/plain.txt.gz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(gzipped("The council met on Monday. It approved the budget."), "application/x-gzip");
    });
    server_.Get("/broken.txt.gz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(gzipped("The council met on Monday.").substr(0, 20), "application/gzip");
    });
    server_.Get("/records.jsonl.gz", [](const httplib::Request&, httplib::Response& res) {
      res.set_content(gzipped(kRecords), "application/gzip");
    });
    server_.Get("/report.pdf", [](const httplib::Request&, httplib::Response& res) {
      res.set_content("%PDF-1.4 ...", "application/pdf");
    });
    server_.Get(R"(/endless(\.jsonl)?)", [](const httplib::Request&, httplib::Response& res) {
      // Streams past the 64 MiB limit without holding it.
      res.set_chunked_content_provider("text/html", [](std::size_t offset, httplib::DataSink& sink) {
        if (offset > (std::size_t{80} << 20)) {
          sink.done();
          return true;
        }
        const std::string chunk(1 << 20, 'x');
        return sink.write(chunk.data(), chunk.size());
      });
    });
    // Bound and listening: connections wait in the backlog until the loop runs.
    port_ = server_.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server_.listen_after_bind(); });
  }
  ~PageServer() {
    server_.stop();
    thread_.join();
  }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  httplib::Server server_;
  int port_ = 0;
  std::thread thread_;
};

}  // namespace lede::testing
