include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS lede EXPORT ledeTargets
  ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
  INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/lede DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT ledeTargets NAMESPACE lede:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lede)
configure_package_config_file(cmake/ledeConfig.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/ledeConfig.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lede)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/ledeConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/ledeConfig.cmake
  ${CMAKE_CURRENT_BINARY_DIR}/ledeConfigVersion.cmake
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/lede)
if(TARGET lede_cli)
  install(TARGETS lede_cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
