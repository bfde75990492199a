#include "read/big_integer.h"

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/shown_value.h"

namespace lede {
namespace {

using json = nlohmann::json;

// Follows the path to each value and keeps the first number nlohmann had to
// read as a float although it has neither a fraction nor an exponent.
class BigIntegerFinder : public nlohmann::json_sax<json> {
 public:
  std::optional<BigInteger> found;

  bool null() override { return value(); }
  bool boolean(bool) override { return value(); }
  bool number_integer(number_integer_t) override { return value(); }
  bool number_unsigned(number_unsigned_t) override { return value(); }
  bool number_float(number_float_t, const string_t& text) override {
    if (!found && text.find_first_of(".eE") == string_t::npos) found = BigInteger{path(), text};
    return value();
  }
  bool string(string_t&) override { return value(); }
  bool binary(binary_t&) override { return value(); }
  bool start_object(std::size_t) override {
    frames_.push_back({false, 0, {}});
    return true;
  }
  bool key(string_t& name) override {
    frames_.back().key = name;
    return true;
  }
  bool end_object() override { return close(); }
  bool start_array(std::size_t) override {
    frames_.push_back({true, 0, {}});
    return true;
  }
  bool end_array() override { return close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override { return false; }

 private:
  struct Frame {
    bool array;
    std::size_t index;  // of the next element, in an array
    std::string key;    // of the current member, in an object
  };
  std::vector<Frame> frames_;

  // A value (scalar or container) ends: an array moves to its next element.
  bool value() {
    if (!frames_.empty() && frames_.back().array) ++frames_.back().index;
    return true;
  }
  bool close() {
    frames_.pop_back();
    return value();
  }
  std::string path() const {
    std::string out;
    for (const Frame& f : frames_) {
      if (f.array) {
        out += '[';
        out += std::to_string(f.index);
        out += ']';
      } else {
        if (!out.empty()) out += '.';
        out += f.key;
      }
    }
    return out;
  }
};

}  // namespace

std::optional<BigInteger> find_big_integer(std::string_view text) {
  BigIntegerFinder finder;
  // Read to the end: only valid JSON is said to hold a big integer.
  if (!json::sax_parse(text.begin(), text.end(), &finder)) return std::nullopt;
  return finder.found;
}

std::string big_integer_message(const BigInteger& big) {
  const std::string where = big.field.empty() ? "the JSON value" : "field '" + shown_value(big.field) + "'";
  return where + " holds " + shown_value(big.digits) + ", an integer past 64 bits (lede reads integers from " +
         std::to_string(INT64_MIN) + " to " + std::to_string(UINT64_MAX) + ")";
}

}  // namespace lede
