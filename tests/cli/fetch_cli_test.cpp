// `lede summarize URL` and `lede extract URL`: pages fetched from a server on
// the loopback interface, as a news app would give lede a link.
#include <gtest/gtest.h>
#include <httplib.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <string>
#include <thread>

#include "support/run.h"
#include "support/shared_data.h"

namespace lede::testing {
namespace {

// windows-1252 bytes, no <meta charset>: only the header says how to read them.
const std::string kStory =
    "<html lang=\"en\"><head><title>Harbour bridge reopens | Coastal Herald</title></head><body>"
    "<nav><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a> <a href=\"/weather\">Weather</a></nav>"
    "<article><h1>Harbour bridge reopens</h1>"
    "<p>The old harbour bridge reopened to traffic on Tuesday, eleven months after engineers found cracks in its "
    "supports, the caf\xE9 owners at its northern end said with relief.</p>"
    "<p>Workers replaced both supports and repainted the span, the city's transport office said on Monday.</p>"
    "<p>The mayor said the bridge would now be inspected every six months by the city's engineers.</p>"
    "</article><footer>Copyright Coastal Herald</footer></body></html>";

const std::string kRecords =
    "{\"id\": \"a\", \"text\": \"The council met on Monday. It approved the budget.\"}\n"
    "{\"id\": \"b\", \"text\": \"Ferries ran late on Friday. Fog closed the port.\"}\n";

std::string gzipped(const std::string& data) {
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

TEST(FetchCli, SummarizesAPageByItsUrlAsTheSavedPage) {
  PageServer s;
  const std::string saved = temp_file(kStory, ".html");
  const RunResult want = run_lede("summarize -n 2 --encoding iso-8859-1 " + shell_quote(saved));
  ASSERT_EQ(want.exit_code, 0) << want.err;
  ASSERT_NE(want.out.find("caf\xC3\xA9 owners"), std::string::npos) << want.out;
  // The header's charset is used: the bytes hold no declaration.
  const RunResult got = run_lede("summarize -n 2 " + shell_quote(s.url("/story")));
  ASSERT_EQ(got.exit_code, 0) << got.err;
  EXPECT_EQ(got.out, want.out);
  // Redirects are followed; the fragment is not sent.
  EXPECT_EQ(run_lede("summarize -n 2 " + shell_quote(s.url("/moved#top"))).out, want.out);
}

// A link to JSONL was read as a file path ("cannot open"), or fetched and
// refused for its Content-Type; segment and tokenize took no URL at all and
// segment called a link to text "a web page by its name".
TEST(FetchCli, JsonlAndTextByUrlForEveryCommandThatReadsThem) {
  PageServer s;
  const std::string want =
      "{\"id\":\"a\",\"method\":\"lead\",\"sentences\":[{\"text\":\"The council met on Monday.\",\"document\":0,"
      "\"index\":0,\"start\":0,\"end\":26,\"score\":1.0}]}\n"
      "{\"id\":\"b\",\"method\":\"lead\",\"sentences\":[{\"text\":\"Ferries ran late on Friday.\",\"document\":0,"
      "\"index\":0,\"start\":0,\"end\":27,\"score\":1.0}]}\n";
  for (const std::string& cmd : {"summarize -m lead -n 1 " + shell_quote(s.url("/records.jsonl")),
                                 "summarize -m lead -n 1 " + shell_quote(s.url("/records.jsonl.gz?v=2")),
                                 "summarize -m lead -n 1 -f jsonl " + shell_quote(s.url("/records"))}) {
    const RunResult r = run_lede(cmd);
    EXPECT_EQ(r.exit_code, 0) << cmd << "\n" << r.err;
    EXPECT_EQ(r.out, want) << cmd;
  }
  RunResult r = run_lede("segment " + shell_quote(s.url("/records.jsonl")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "{\"id\":\"a\",\"sentences\":[\"The council met on Monday.\",\"It approved the budget.\"]}\n"
            "{\"id\":\"b\",\"sentences\":[\"Ferries ran late on Friday.\",\"Fog closed the port.\"]}\n");
  r = run_lede("summarize -m lead -n 1 " + shell_quote(s.url("/gone.jsonl")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "lede: " + s.url("/gone.jsonl") + ": HTTP 404 Not Found\n");

  r = run_lede("segment " + shell_quote(s.url("/plain")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "The council met on Monday.\nIt approved the budget.\nThe mayor was pleased.\n");
  r = run_lede("tokenize " + shell_quote(s.url("/plain")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "the council met on monday\nit approved the budget\nthe mayor was pleased\n");
  // A page is read as `lede summarize` reads it: its article, not its markup
  // (it was refused, with a pointer to `lede extract URL | lede segment -`).
  r = run_lede("segment " + shell_quote(s.url("/story")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  ASSERT_EQ(output_lines(r.out).size(), 3u) << r.out;
  EXPECT_EQ(output_lines(r.out)[1],
            "Workers replaced both supports and repainted the span, the city's transport office said on Monday.");
  EXPECT_EQ(r.out.find('<'), std::string::npos) << r.out;
  r = run_lede("tokenize " + shell_quote(s.url("/story")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\nworkers replaced both supports and repainted the span the city's transport office said on "
                       "monday\n"),
            std::string::npos)
      << r.out;
  // A text link and a JSONL link disagree, as two such files do.
  r = run_lede("segment " + shell_quote(s.url("/plain")) + " " + shell_quote(s.url("/records.jsonl")));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("the inputs have different formats by their names"), std::string::npos) << r.err;
}

// A link to x.html.gz or x.txt.gz was refused for its type ("the server sent
// application/gzip, not a web page or text") where the same file on disk is read.
TEST(FetchCli, GzipFilesByUrlAreReadAsOnDisk) {
  PageServer s;
  RunResult r = run_lede("summarize -m lead -n 1 " + shell_quote(s.url("/story.html.gz")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out,
            "The old harbour bridge reopened to traffic on Tuesday, eleven months after engineers found cracks in its "
            "supports, the caf\xC3\xA9 owners at its northern end said with relief.\n");
  r = run_lede("segment " + shell_quote(s.url("/plain.txt.gz?v=1")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "The council met on Monday.\nIt approved the budget.\n");
  r = run_lede("extract " + shell_quote(s.url("/story.html.gz")));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  r = run_lede("segment " + shell_quote(s.url("/broken.txt.gz")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/broken.txt.gz") + ": bad gzip data"), std::string::npos) << r.err;
}

TEST(FetchCli, TextPlainIsReadAsText) {
  PageServer s;
  const RunResult r = run_lede("summarize -m lead -n 1 -o json " + shell_quote(s.url("/plain")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"text\":\"The council met on Monday.\""), std::string::npos) << r.out;
}

TEST(FetchCli, AnEmptyTextPageInAClusterIsNotCalledAWebPage) {
  PageServer s;
  const RunResult r =
      run_lede("summarize --cluster -n 1 " + shell_quote(s.url("/story")) + " " + shell_quote(s.url("/blank")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  // It was read as text (text/plain), so no article was looked for.
  EXPECT_NE(r.err.find(s.url("/blank") + ": warning: the page holds no text (document 1 of the cluster)"),
            std::string::npos)
      << r.err;
}

TEST(FetchCli, ExtractTakesUrlsToo) {
  PageServer s;
  const RunResult r = run_lede("extract -o json " + shell_quote(s.url("/story")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("\"title\":\"Harbour bridge reopens\""), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("caf\xC3\xA9 owners"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\"encoding\":\"windows-1252\""), std::string::npos) << r.out;
}

TEST(FetchCli, ExtractTakesTheServersCharsetWhenItWarnsOfBinaryData) {
  PageServer s;
  // The charset says why the page holds NUL bytes, as it does for summarize.
  const RunResult r = run_lede("extract " + shell_quote(s.url("/utf16")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  EXPECT_EQ(r.err.find("binary data"), std::string::npos) << r.err;
}

TEST(FetchCli, FailuresNameTheUrlAndTheReasonAndTheOthersGoOn) {
  PageServer s;
  const std::string missing = s.url("/missing"), pdf = s.url("/report.pdf"), story = s.url("/story");
  const RunResult r =
      run_lede("summarize -n 1 " + shell_quote(missing) + " " + shell_quote(pdf) + " " + shell_quote(story));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(missing + ": HTTP 404 Not Found"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find(pdf + ": the server sent application/pdf, not a web page or text"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("harbour bridge reopened"), std::string::npos) << r.out;  // the good one still summarized
}

TEST(FetchCli, BodiesOverTheLimitAreRefused) {
  PageServer s;
  const RunResult r = run_lede("extract " + shell_quote(s.url("/endless")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("/endless: the page is over the limit of 67108864 bytes"), std::string::npos) << r.err;
  // JSONL streams from standard input without a limit: the message says how.
  const RunResult j = run_lede("summarize " + shell_quote(s.url("/endless.jsonl")));
  EXPECT_EQ(j.exit_code, 1);
  EXPECT_NE(j.err.find("/endless.jsonl: the file is over the limit of 67108864 bytes a URL may hold; stream it "
                       "instead: curl -sL URL | lede COMMAND -f jsonl -"),
            std::string::npos)
      << j.err;
}

// An HTTP/1.1 server that closes each connection after its response without
// "Connection: close" (as Python's http.server with protocol_version
// HTTP/1.1 does): /hopN redirects to /hop(N-1), /hop0 to the story.
class ClosingServer {
 public:
  ClosingServer() {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd_ < 0 || ::bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || ::listen(fd_, 16) != 0 ||
        ::getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
      return;
    port_ = ntohs(addr.sin_port);
    thread_ = std::thread([this] {
      for (;;) {
        const int c = ::accept(fd_, nullptr, nullptr);
        if (c < 0) return;
        std::string request;
        char buf[4096];
        while (request.find("\r\n\r\n") == std::string::npos) {
          const ssize_t n = ::read(c, buf, sizeof buf);
          if (n <= 0) break;
          request.append(buf, static_cast<std::size_t>(n));
        }
        const std::size_t sp = request.find(' ');
        const std::string path =
            sp == std::string::npos ? "" : request.substr(sp + 1, request.find(' ', sp + 1) - sp - 1);
        std::string response;
        if (path.rfind("/hop", 0) == 0 && path != "/hop0") {
          const std::string next = "/hop" + std::to_string(std::stoi(path.substr(4)) - 1);
          response = "HTTP/1.1 301 Moved Permanently\r\nLocation: " + next + "\r\nContent-Length: 0\r\n\r\n";
        } else {
          response = "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=ISO-8859-1\r\nContent-Length: " +
                     std::to_string(kStory.size()) + "\r\n\r\n" + kStory;
        }
        for (std::size_t at = 0; at < response.size();) {
          const ssize_t n = ::write(c, response.data() + at, response.size() - at);
          if (n <= 0) break;
          at += static_cast<std::size_t>(n);
        }
        // Closed a moment later, as a server finishing its request does.
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ::close(c);
      }
    });
  }
  ~ClosingServer() {
    ::shutdown(fd_, SHUT_RDWR);
    ::close(fd_);
    if (thread_.joinable()) thread_.join();
  }
  std::string url(const std::string& path) const { return "http://127.0.0.1:" + std::to_string(port_) + path; }

 private:
  int fd_ = -1;
  int port_ = 0;
  std::thread thread_;
};

TEST(FetchCli, RedirectsFromAServerThatClosesEachConnection) {
  ClosingServer s;
  // cpp-httplib's own redirect following sent the next request on the
  // connection being closed: a read or write error, most runs.
  for (int run = 0; run < 3; ++run) {
    const RunResult r = run_lede("extract " + shell_quote(s.url("/hop12")));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  }
}

TEST(FetchCli, RedirectLoopsRelativeLocationsAndNoContent) {
  PageServer s;
  RunResult r = run_lede("extract " + shell_quote(s.url("/loop")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/loop") + ": too many redirects (over 20)"), std::string::npos) << r.err;
  r = run_lede("extract " + shell_quote(s.url("/news/old")));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Harbour bridge reopens\n", 0), 0u) << r.out;
  // Not an empty page: "a status other than 200" is an error.
  r = run_lede("summarize " + shell_quote(s.url("/nothing")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(s.url("/nothing") + ": HTTP 204 No Content"), std::string::npos) << r.err;
}

TEST(FetchCli, HelpSaysWhatTheTimeoutsAre) {
  // "at most 64 MiB within 30 s" promised a total that no timeout enforces:
  // a server sending a byte every 29 s is never cut off.
  for (const std::string command : {"summarize", "extract"}) {
    const RunResult r = run_lede(command + " --help");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.out.find("30 s to connect and 30 s without data"), std::string::npos) << command;
    EXPECT_NE(r.out.find("at most 20 redirects"), std::string::npos) << command;
  }
}

TEST(FetchCli, UnreachableServerAndBadUrls) {
  // A port the kernel gave out and nobody listens on once it is closed.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  ASSERT_GE(fd, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ASSERT_EQ(::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  ::close(fd);
  const int port = ntohs(addr.sin_port);
  const std::string url = "http://127.0.0.1:" + std::to_string(port) + "/story";
  RunResult r = run_lede("summarize " + shell_quote(url));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(url + ": cannot connect to the server"), std::string::npos) << r.err;
  r = run_lede("extract http://user@example.invalid/");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("a URL needs a host (and no user name"), std::string::npos) << r.err;
  // A mistyped port or IPv6 address is said as such, not as "cannot
  // connect to the server" (cpp-httplib took it all for a host name).
  r = run_lede("extract http://127.0.0.1:99999/story http://127.0.0.1:8o8o/ 'http://[::1/story'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("http://127.0.0.1:99999/story: the port must be a number from 1 to 65535, not '99999'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("http://127.0.0.1:8o8o/: the port must be a number from 1 to 65535, not '8o8o'"),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("http://[::1/story: an IPv6 address needs its brackets: [::1]"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("cannot connect"), std::string::npos) << r.err;
}

// A misspelt host name read "cannot connect to the server", as a server that
// is down does. (.invalid names never resolve: RFC 6761.)
TEST(FetchCli, AHostNameThatDoesNotResolveIsSaid) {
  RunResult r = run_lede("summarize https://news.example.invalid/story");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("https://news.example.invalid/story: cannot look up the host name 'news.example.invalid' ("),
            std::string::npos)
      << r.err;
  EXPECT_EQ(r.err.find("cannot connect"), std::string::npos) << r.err;
  // After a redirect the name looked up is the redirect's, so it is said.
  PageServer s;
  r = run_lede("extract " + shell_quote(s.url("/away")));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(
      r.err.find(s.url("/away") + ": redirected to http://story.example.invalid/story: cannot look up the host name "
                                  "'story.example.invalid' ("),
      std::string::npos)
      << r.err;
}

}  // namespace
}  // namespace lede::testing
