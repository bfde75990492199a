# http_fuzz runs a whole lede::server::Server (server/server.h) in-process,
# so it needs the lede_server library, as serve_fuzz does.
if(NOT TARGET lede_server)
  add_subdirectory(${PROJECT_SOURCE_DIR}/server ${PROJECT_BINARY_DIR}/server)
endif()
target_include_directories(http_fuzz PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(http_fuzz PRIVATE lede_server)
