# Picks the Python that builds and tests the `lede` package. Debian's
# /usr/bin/python3 is preferred over whatever `python3` is first on PATH
# (pyenv shims, conda): Debian's pybind11, pytest and dask live there.
# Pass -DPython_EXECUTABLE=... to choose another (setup.py passes its own).
include_guard(GLOBAL)
if(NOT DEFINED Python_EXECUTABLE AND EXISTS /usr/bin/python3)
  set(Python_EXECUTABLE /usr/bin/python3 CACHE FILEPATH "Python interpreter for the lede package")
endif()
find_package(Python 3.9 REQUIRED COMPONENTS Interpreter Development.Module)

# Where the assembled, importable lede/ package goes (tests put it on PYTHONPATH).
set(LEDE_PYTHON_PACKAGE_DIR ${PROJECT_BINARY_DIR}/python CACHE PATH
    "Directory that receives the assembled lede/ package")
