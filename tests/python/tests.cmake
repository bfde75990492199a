# Registers each tests/python/test_*.py as a CTest test that runs pytest with
# the freshly built package first on PYTHONPATH and the built CLI in LEDE_CLI.
include(${PROJECT_SOURCE_DIR}/python/cmake/LedePython.cmake)
set(LEDE_PYTEST_CLI "")
if(TARGET lede_cli)
  set(LEDE_PYTEST_CLI "LEDE_CLI=$<TARGET_FILE:lede_cli>")
endif()
file(GLOB LEDE_PYTEST_FILES CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/test_*.py)
foreach(test_file ${LEDE_PYTEST_FILES})
  get_filename_component(name ${test_file} NAME_WE)
  add_test(NAME python.${name}
    COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider --rootdir=${CMAKE_CURRENT_LIST_DIR} ${test_file}
    WORKING_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
  set_tests_properties(python.${name} PROPERTIES
    LABELS python
    TIMEOUT 600
    ENVIRONMENT "PYTHONPATH=${LEDE_PYTHON_PACKAGE_DIR};PYTHONDONTWRITEBYTECODE=1;${LEDE_PYTEST_CLI};LEDE_DEFAULT_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endforeach()
