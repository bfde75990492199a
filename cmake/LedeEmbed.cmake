# Text files compiled into the library (the news model, ROUGE's tables).
#
# lede_embed_text(OUT TEXT) sets OUT to a C++ initializer list body: raw
# string literals of at most 60,000 bytes each, one a line, each followed by a
# comma. Compilers need only accept literals of 65,536 bytes (clang's
# -Wpedantic warns past it), so the generated code joins the parts at run
# time. TEXT must not contain the delimiter ")lede_embed\"".
function(lede_embed_text OUT TEXT)
  string(FIND "${TEXT}" ")lede_embed\"" found)
  if(NOT found EQUAL -1)
    message(FATAL_ERROR "lede_embed_text: the text contains the raw-string delimiter")
  endif()
  string(LENGTH "${TEXT}" size)
  set(parts "")
  set(pos 0)
  while(pos LESS size)
    string(SUBSTRING "${TEXT}" ${pos} 60000 chunk)
    string(APPEND parts "    R\"lede_embed(${chunk})lede_embed\",\n")
    math(EXPR pos "${pos} + 60000")
  endwhile()
  if(parts STREQUAL "")
    set(parts "    \"\",\n")
  endif()
  set(${OUT} "${parts}" PARENT_SCOPE)
endfunction()
