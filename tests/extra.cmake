# Test suites that are not GoogleTest binaries; each block belongs to the
# feature that adds it. Included at the end of tests/CMakeLists.txt.

# Python package (pytest), when the module is built.
if(LEDE_BUILD_PYTHON)
  include(${CMAKE_CURRENT_LIST_DIR}/python/tests.cmake)
endif()

# tests/server: the in-process HTTP tests link the service library.
if(TARGET lede_server_tests AND TARGET lede_server)
  target_link_libraries(lede_server_tests PRIVATE lede_server)
endif()

# tests/server/hostile_clients.py: slow, idle, pipelined, split and malformed
# requests over raw sockets against the built `lede serve` (standard library
# Python only).
find_package(Python3 COMPONENTS Interpreter QUIET)
if(TARGET lede_cli AND TARGET lede_server AND Python3_Interpreter_FOUND)
  add_test(NAME server.hostile_clients
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/server/hostile_clients.py $<TARGET_FILE:lede_cli>)
  set_tests_properties(server.hostile_clients PROPERTIES TIMEOUT 120 LABELS server)
endif()

# tests/cli: the fetch tests serve pages with cpp-httplib (through the
# service library, which links it).
if(TARGET lede_cli_tests AND TARGET lede_server)
  target_link_libraries(lede_cli_tests PRIVATE lede_server)
endif()

# tests/browser: the web page in headless Chromium (skipped, exit 77, with a
# message when no browser can be had). Screenshots go to the build directory.
if(TARGET lede_cli AND TARGET lede_server)
  add_test(NAME browser.page
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/browser/run.sh $<TARGET_FILE:lede_cli>
                   ${PROJECT_BINARY_DIR}/browser-page)
  set_tests_properties(browser.page PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 600 LABELS browser)
endif()
