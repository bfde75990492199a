// ROUGE-1.5.5's command line (Getopt::Std, spec "ahHb:c:de:f:l:mMn:p:st:
// r:2:3:w:uUvxz:") mapped onto RougeOptions.
#include <cerrno>
#include <cstdlib>
#include <string>

#include "core/shown_value.h"
#include "lede/rouge.h"

namespace lede {
namespace {

bool takes_value(char c) {
  switch (c) {
    case 'b':
    case 'c':
    case 'e':
    case 'f':
    case 'l':
    case 'n':
    case 'p':
    case 't':
    case 'r':
    case '2':
    case '3':
    case 'w':
    case 'z': return true;
    default: return false;
  }
}

Status bad(char flag, const std::string& value, const std::string& why) {
  return Status::InvalidArgument("ROUGE flag -" + std::string(1, flag) + " '" + value + "': " + why);
}

bool to_double(const std::string& s, double& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtod(s.c_str(), &end);
  return errno == 0 && end == s.c_str() + s.size();
}

bool to_long(const std::string& s, long long& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  out = std::strtoll(s.c_str(), &end, 10);
  return errno == 0 && end == s.c_str() + s.size();
}

Status apply(char flag, const std::string& value, RougeCommandLine& cl, bool& skip_given, bool& word_given,
             bool& byte_given) {
  RougeOptions& o = cl.options;
  double d = 0;
  long long n = 0;
  switch (flag) {
    case 'a': cl.all_systems = true; return Status::Ok();
    case 'e':
    case 'v':  // all systems (implied); data dir (embedded); verbose
      return Status::Ok();
    case 'd': o.print_per_pair = true; return Status::Ok();
    case 'm': o.stem = true; return Status::Ok();
    case 's': o.remove_stopwords = true; return Status::Ok();
    case 'x': o.lcs = false; return Status::Ok();
    case 'u': o.skip_unigrams = true; return Status::Ok();
    case 'U': o.skip_both = true; return Status::Ok();
    case 'n':
      if (!to_long(value, n) || n < 0 || n > 64) return bad(flag, value, "expected an n-gram size 0..64");
      o.max_ngram = static_cast<int>(n);
      return Status::Ok();
    case 'c':
      if (!to_double(value, d) || d < 0 || d > 100) return bad(flag, value, "expected a confidence 0..100");
      o.confidence = d;
      return Status::Ok();
    case 'w':
      if (!to_double(value, d) || !(d > 0)) return bad(flag, value, "the ROUGE-W weight must be > 0");
      o.wlcs_weight = d;
      return Status::Ok();
    case 'r':
      if (!to_long(value, n) || n < 1 || n > 1000000) return bad(flag, value, "expected a resample count 1..1000000");
      o.resamples = static_cast<std::size_t>(n);
      return Status::Ok();
    case '2':
      if (!to_long(value, n) || n > 1000000 || n < -1000000) return bad(flag, value, "expected a skip distance");
      o.skip_bigrams = true;
      o.skip_distance = static_cast<int>(n < 0 ? -1 : n);
      skip_given = true;
      return Status::Ok();
    case 'f':
      if (value == "A") o.multi_ref = RougeMultiRef::kAverage;
      else if (value == "B") o.multi_ref = RougeMultiRef::kBest;
      else return bad(flag, value, "expected A (average over references) or B (best reference)");
      return Status::Ok();
    case 'p':
      if (!to_double(value, d) || d < 0 || d > 1) return bad(flag, value, "alpha must be within 0 and 1");
      o.alpha = d;
      return Status::Ok();
    case 'l':
      if (!to_long(value, n) || n < 0) return bad(flag, value, "expected a word count");
      o.word_limit = static_cast<std::size_t>(n);
      word_given = true;
      return Status::Ok();
    case 'b':
      if (!to_long(value, n) || n < 0) return bad(flag, value, "expected a byte count");
      o.byte_limit = static_cast<std::size_t>(n);
      byte_given = true;
      return Status::Ok();
    case 't':
      // -t 0 is ROUGE-1.5.5's default (each summary's R/P/F averaged), and
      // pasted command lines often spell it out.
      if (to_double(value, d) && (d == 0 || d == 1 || d == 2)) {
        o.counting_unit = static_cast<int>(d);
        return Status::Ok();
      }
      return bad(flag, value, "expected 0 (per-summary averages), 1 (by token over the corpus) or 2 (its counts)");
    case '3':
      return Status::Unsupported("ROUGE flag -3 " + value +
                                 " (Basic Elements scoring) is not supported by lede: it needs parsed BE "
                                 "files; drop -3");
    case 'z':
      if (value.empty()) return bad(flag, value, "expected SEE, SPL or ISI");
      cl.file_list_format = value;
      return Status::Ok();
    case 'M':
      return Status::Unsupported(
          "ROUGE flag -M (stemming the references only) is not supported by lede; -m stems both sides");
    case 'h':
    case 'H': return Status::InvalidArgument("-h: see `lede rouge --help`");
    default: return Status::InvalidArgument("unknown ROUGE flag -" + std::string(1, flag));
  }
}

}  // namespace

Result<RougeOptions> parse_rouge_flags(const std::vector<std::string>& args) {
  Result<RougeCommandLine> cl = parse_rouge_command_line(args);
  if (!cl.ok()) return cl.status();
  // A file list only means something to `lede rouge`, which reads it.
  if (!cl->file_list_format.empty())
    return Status::Unsupported("ROUGE flag -z " + cl->file_list_format +
                               " (a file listing peer and model files) is not supported here: `lede rouge -z " +
                               cl->file_list_format + " FILELIST` reads one (docs/rouge.md)");
  return cl->options;
}

Result<RougeCommandLine> parse_rouge_command_line(const std::vector<std::string>& args) {
  RougeCommandLine cl;
  RougeOptions& o = cl.options;
  bool skip_given = false, word_given = false, byte_given = false;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a.size() < 2 || a[0] != '-' || a[1] == '-')
      return Status::InvalidArgument("unexpected ROUGE argument '" + shown_value(a) + "' (flags only)");
    for (std::size_t k = 1; k < a.size(); ++k) {
      const char flag = a[k];
      std::string value;
      if (takes_value(flag)) {
        if (k + 1 < a.size()) {
          value = a.substr(k + 1);
        } else if (i + 1 < args.size()) {
          value = args[++i];
        } else {
          return Status::InvalidArgument("ROUGE flag -" + std::string(1, flag) + " needs a value");
        }
        k = a.size();
      }
      if (Status st = apply(flag, value, cl, skip_given, word_given, byte_given); !st.ok()) return st;
    }
  }
  if (word_given && byte_given) return Status::InvalidArgument("specify -l (words) or -b (bytes), not both");
  if ((o.skip_unigrams || o.skip_both) && !skip_given)
    return Status::InvalidArgument("-u and -U need -2 (the skip-bigram distance)");
  return cl;
}

std::string rouge_mode_name(const RougeOptions& options) {
  if (options.mode == RougeMode::kRougeScore) return "rouge-score";
  return options.tokenization == RougeTokenization::kUnicode ? "ROUGE-1.5.5+unicode" : "ROUGE-1.5.5";
}

}  // namespace lede
