// The pieces of the `lede._lede` extension, one binder per public header
// (summarize.h, text.h, rouge.h, extract.h), and the one place a lede::Status becomes
// a Python exception.
//
// Every binder converts Python arguments to plain C++ values first, releases
// the GIL for the library call (the library is reentrant and its resources
// are immutable), and builds Python objects only after taking the GIL back.
#pragma once

#include <pybind11/pybind11.h>

#include <cstddef>
#include <string_view>

#include "lede/status.h"

namespace lede::python {

// Raises the Python exception for a failed Status, with the library's
// message: invalid argument/input, not found (unknown method, language,
// model), over a limit -> ValueError; I/O -> OSError; unsupported ->
// NotImplementedError; anything else -> RuntimeError. The GIL must be held.
[[noreturn]] void raise_status(const Status& status);

// Number of code points in the first `byte_offset` bytes of UTF-8 `text`:
// turns the library's byte offsets into Python string indices.
std::size_t char_offset(std::string_view text, std::size_t byte_offset);

void bind_summarize(pybind11::module_& m);
void bind_text(pybind11::module_& m);
void bind_rouge(pybind11::module_& m);
void bind_extract(pybind11::module_& m);

}  // namespace lede::python
