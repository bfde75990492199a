# serve_fuzz drives the service's endpoints (server/api.h), which live in the
# lede_server library that tools/CMakeLists.txt adds for the CLI; the fuzz
# build has no CLI, so add the library here.
if(NOT TARGET lede_server)
  add_subdirectory(${PROJECT_SOURCE_DIR}/server ${PROJECT_BINARY_DIR}/server)
endif()
target_include_directories(serve_fuzz PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(serve_fuzz PRIVATE lede_server)
