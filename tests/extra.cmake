# Test suites that are not GoogleTest binaries; each block belongs to the
# feature that adds it. Included at the end of tests/CMakeLists.txt.

# Python package (pytest), when the module is built.
if(LEDE_BUILD_PYTHON)
  include(${CMAKE_CURRENT_LIST_DIR}/python/tests.cmake)
endif()
