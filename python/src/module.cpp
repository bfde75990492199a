// `lede._lede`: the C++ library under the `lede` Python package. The
// Pythonic API (dataclasses, keyword options, type hints) is in
// python/lede/__init__.py; this layer stays thin and typed in plain values.
#include <Python.h>

#include <string>

#include "bindings.h"
#include "lede/summarize.h"
#include "lede/version.h"

namespace py = pybind11;

namespace lede::python {

[[noreturn]] void raise_status(const Status& status) {
  PyObject* type = PyExc_RuntimeError;
  switch (status.code()) {
    case StatusCode::kInvalidArgument:
    case StatusCode::kInvalidInput:
    case StatusCode::kNotFound:
    case StatusCode::kResourceExhausted: type = PyExc_ValueError; break;
    case StatusCode::kIoError: type = PyExc_OSError; break;
    case StatusCode::kUnsupported: type = PyExc_NotImplementedError; break;
    default: break;
  }
  // Not PyErr_SetString: it stops at a NUL, and a message quoting an option
  // that holds one ("unknown method 'a\0b'") lost all that followed.
  const std::string& message = status.message();
  PyObject* text = PyUnicode_DecodeUTF8(message.data(), static_cast<Py_ssize_t>(message.size()), "replace");
  if (text != nullptr) {
    PyErr_SetObject(type, text);
    Py_DECREF(text);
  }
  throw py::error_already_set();
}

std::size_t char_offset(std::string_view text, std::size_t byte_offset) {
  if (byte_offset > text.size()) byte_offset = text.size();
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte_offset; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++n;
  return n;
}

}  // namespace lede::python

PYBIND11_MODULE(_lede, m) {
  m.doc() = "lede's C++ library (internal; use the `lede` package)";
  m.attr("__version__") = std::string(lede::version());
  m.attr("MAX_BUDGET_COUNT") = lede::kMaxBudgetCount;
  lede::python::bind_summarize(m);
  lede::python::bind_text(m);
  lede::python::bind_rouge(m);
  lede::python::bind_extract(m);
}
