// The executable's global operator new and delete, over mimalloc (linked
// only with LEDE_MIMALLOC; see tools/CMakeLists.txt). libmimalloc's own
// operator new, as Debian builds it (in C), aborts the process when memory
// runs out, where C++ requires std::bad_alloc: lede turns bad_alloc into an
// error for the one record or summary that needed the memory and goes on
// with the rest, so these replacements keep the standard's behaviour (try
// the new-handler, then throw, or return null for the nothrow forms).
#include <mimalloc.h>

#include <cstddef>
#include <new>

namespace {

// The standard's loop: try, else call the new-handler (which frees memory,
// throws or ends the program) and try again; throw when there is none.
template <class AllocateOnce>
void* allocate_or_throw(AllocateOnce allocate_once) {
  for (;;) {
    if (void* p = allocate_once()) return p;
    const std::new_handler handler = std::get_new_handler();
    if (handler == nullptr) throw std::bad_alloc();
    handler();
  }
}

void* allocate(std::size_t size) {
  return allocate_or_throw([size] { return mi_malloc(size); });
}

void* allocate(std::size_t size, std::align_val_t align) {
  return allocate_or_throw([size, align] { return mi_malloc_aligned(size, static_cast<std::size_t>(align)); });
}

template <class... Align>
void* allocate_or_null(std::size_t size, Align... align) noexcept {
  try {
    return allocate(size, align...);
  } catch (const std::bad_alloc&) { return nullptr; }
}

}  // namespace

void* operator new(std::size_t size) { return allocate(size); }
void* operator new[](std::size_t size) { return allocate(size); }
void* operator new(std::size_t size, std::align_val_t align) { return allocate(size, align); }
void* operator new[](std::size_t size, std::align_val_t align) { return allocate(size, align); }
void* operator new(std::size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void* operator new[](std::size_t size, const std::nothrow_t&) noexcept { return allocate_or_null(size); }
void* operator new(std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return allocate_or_null(size, align);
}
void* operator new[](std::size_t size, std::align_val_t align, const std::nothrow_t&) noexcept {
  return allocate_or_null(size, align);
}

// mi_free takes every block mimalloc handed out, aligned or not.
void operator delete(void* p) noexcept { mi_free(p); }
void operator delete[](void* p) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete[](void* p, std::size_t, std::align_val_t) noexcept { mi_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete(void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }
void operator delete[](void* p, std::align_val_t, const std::nothrow_t&) noexcept { mi_free(p); }
