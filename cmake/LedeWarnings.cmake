# Strict warnings live on an internal interface target that only project
# targets link; consumers of lede::lede never inherit them.
add_library(lede_warnings INTERFACE)
target_compile_options(lede_warnings INTERFACE
  -Wall -Wextra -Wshadow -Wconversion -Wpedantic
  $<$<BOOL:${LEDE_WERROR}>:-Werror>)

add_library(lede_sanitize INTERFACE)
if(LEDE_SANITIZE)
  # GCC's sanitizer instrumentation makes -Wmaybe-uninitialized report false
  # positives inside the standard library (std::regex's std::function at -O3).
  target_compile_options(lede_sanitize INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
    $<$<CXX_COMPILER_ID:GNU>:-Wno-maybe-uninitialized>)
  target_link_options(lede_sanitize INTERFACE -fsanitize=address,undefined)
endif()
