// Why `lede serve` cannot listen: it said "(address in use or not local?)"
// whatever the cause.
#include <gtest/gtest.h>

#include <string>

#include "test_server.h"

namespace lede::testing {
namespace {

std::string bind_message(const std::string& host, int port) {
  server::ServerOptions o;
  o.host = host;
  o.port = port;
  server::Server s(o, nullptr);
  return s.bind().message();
}

TEST(BindErrors, SayWhyTheAddressCannotBeUsed) {
  TestServer holder;  // occupies a port
  const std::string port = std::to_string(holder.port());
  EXPECT_EQ(bind_message("127.0.0.1", holder.port()),
            "cannot listen on 127.0.0.1:" + port + ": Address already in use");
  EXPECT_EQ(bind_message("nonsense.invalid", 0), "cannot listen on nonsense.invalid:0: the host name does not resolve");
  // 192.0.2.0/24 is TEST-NET-1: never an address of this machine.
  EXPECT_EQ(bind_message("192.0.2.7", 0), "cannot listen on 192.0.2.7:0: Cannot assign requested address");
}

}  // namespace
}  // namespace lede::testing
