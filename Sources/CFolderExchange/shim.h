// Linux's renameat2(RENAME_EXCHANGE): swaps two paths in one step, so a folder replaced by
// AtomicFolder is never missing, not even for an instant. Swift's Glibc module does not
// declare renameat2 (it needs _GNU_SOURCE), so the system call is made here.
// Only LotraceRender's Files/AtomicFolder uses this module.
#include <errno.h>
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>

/// Exchanges the paths `first` and `second` (both must exist); 0, or -1 with errno set (EINVAL
/// or ENOSYS where the file system or kernel cannot exchange).
static inline int lotrace_exchange_paths(const char *first, const char *second) {
#ifdef SYS_renameat2
    return (int)syscall(SYS_renameat2, AT_FDCWD, first, AT_FDCWD, second, 2 /* RENAME_EXCHANGE */);
#else
    errno = ENOSYS;
    return -1;
#endif
}
