// The text pipeline for Python: sentence segmentation as `lede segment`
// does it (analyze, then each sentence's span and display text).
#include <pybind11/stl.h>

#include <optional>
#include <string>
#include <vector>

#include "bindings.h"
#include "lede/text.h"

namespace py = pybind11;

namespace lede::python {
namespace {

// -> ([(char_start, char_end, byte_start, byte_end, text)], warnings): the
// warnings (bytes --lenient replaced) as `lede segment` says them.
py::tuple segment(const std::string& text, const std::string& language, bool lenient) {
  Document doc;
  doc.text = text;
  Status st;
  std::vector<std::string> warnings;
  {
    py::gil_scoped_release release;
    AnalyzeOptions opts;
    opts.language = language;
    opts.lenient = lenient;
    opts.tokenize = false;
    st = analyze(doc, opts, &warnings);
  }
  if (!st.ok()) raise_status(st);
  py::list out;
  std::size_t byte = 0;
  std::size_t chars = 0;
  // Spans are in order, so code points are counted once over the text.
  auto to_char = [&](std::size_t target) {
    for (; byte < target && byte < text.size(); ++byte)
      if ((static_cast<unsigned char>(text[byte]) & 0xC0) != 0x80) ++chars;
    return chars;
  };
  for (const Sentence& s : doc.sentences) {
    const std::size_t cs = to_char(s.span.start);
    const std::size_t ce = to_char(s.span.end);
    out.append(py::make_tuple(cs, ce, s.span.start, s.span.end, s.text));
  }
  return py::make_tuple(out, warnings);
}

}  // namespace

void bind_text(py::module_& m) {
  m.def("segment", &segment, py::arg("text"), py::arg("language"), py::arg("lenient"));
  m.def("languages", &supported_languages);
  m.def(
      "language_name", [](const std::string& code) { return language_name(code); }, py::arg("code"));
}

}  // namespace lede::python
