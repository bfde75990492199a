# Every dependency is a Debian 12 package; scripts/install-deps.sh installs them.
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3.10 REQUIRED)
find_package(Eigen3 3.3 REQUIRED NO_MODULE)
find_package(ZLIB REQUIRED)
find_package(simdjson REQUIRED)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
pkg_check_modules(ICU REQUIRED IMPORTED_TARGET icu-uc icu-i18n)
# ROUGE-1.5.5's XML settings file (read/rouge_settings.cpp).
pkg_check_modules(LIBXML2 REQUIRED IMPORTED_TARGET libxml-2.0)

find_path(LEDE_STEMMER_INCLUDE libstemmer.h REQUIRED)
find_library(LEDE_STEMMER_LIBRARY stemmer REQUIRED)

# Compact Language Detector 2, for --language auto (text/detect_language.cpp).
find_path(LEDE_CLD2_INCLUDE cld2/public/compact_lang_det.h REQUIRED)
find_library(LEDE_CLD2_LIBRARY cld2 REQUIRED)

find_path(LEDE_GLPK_INCLUDE glpk.h REQUIRED)
find_library(LEDE_GLPK_LIBRARY glpk REQUIRED)

if(LEDE_BUILD_CLI)
  find_package(CLI11 2.1 REQUIRED)
  find_path(LEDE_HTTPLIB_INCLUDE httplib.h REQUIRED)
endif()
