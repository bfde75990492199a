// ROUGE for Python: bound once include/lede/rouge.h is on main.
#include "bindings.h"

namespace lede::python {

void bind_rouge(pybind11::module_&) {}

}  // namespace lede::python
