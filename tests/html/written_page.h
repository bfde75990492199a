// The pages written for the extraction tests under tests/html/pages (the
// project's own text), read by name.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "lede/extract.h"
#include "support/shared_data.h"

namespace lede::testing {

inline std::string written_page(const std::string& name) {
  return read_file(std::string(LEDE_SOURCE_DIR) + "/tests/html/pages/" + name);
}

// The article of a written page ("" with a test failure when the page is
// missing or extraction fails).
inline std::string extracted_text(const std::string& name) {
  const std::string page = written_page(name);
  EXPECT_FALSE(page.empty()) << "missing tests/html/pages/" << name;
  lede::Result<lede::Article> a = lede::extract_article(page);
  EXPECT_TRUE(a.ok()) << name;
  return a.ok() ? a->text : std::string();
}

}  // namespace lede::testing
