// The method list as JSON (lede/io.h methods_to_json): the one text that
// `lede methods --json` and GET /v1/methods print.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "lede/io.h"
#include "lede/summarize.h"

namespace lede {
namespace {

TEST(MethodsToJson, KeysInFixedOrderWithTheDefaultsAndEveryMethod) {
  const std::string compact = methods_to_json(-1);
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_EQ(compact.rfind("{\"default_single\":\"learned\",\"default_cluster\":\"ilp\",\"methods\":[{\"name\":", 0), 0u)
      << compact.substr(0, 120);
  const auto j = nlohmann::json::parse(compact);
  EXPECT_EQ(j, nlohmann::json::parse(methods_to_json(2)));
  const std::vector<MethodInfo> registered = methods();
  ASSERT_EQ(j["methods"].size(), registered.size());
  std::vector<std::string> model_readers;
  for (std::size_t k = 0; k < registered.size(); ++k) {
    const auto& m = j["methods"][k];
    EXPECT_EQ(m.size(), 4u) << m.dump();
    EXPECT_EQ(m["name"], registered[k].name);
    EXPECT_EQ(m["description"], registered[k].description);
    EXPECT_EQ(m["multi_document"], registered[k].multi_document);
    if (m["reads_model"].get<bool>()) model_readers.push_back(m["name"]);
  }
  EXPECT_EQ(model_readers, std::vector<std::string>{"learned"});
}

}  // namespace
}  // namespace lede
