#ifndef CZLIBINFLATE_SHIM_H
#define CZLIBINFLATE_SHIM_H

/* zlib's raw inflate and CRC-32, for reading ZIP entries (workbooks) in pulled chunks. */
#include <zlib.h>

/* inflateInit2 is a macro, which Swift does not import. */
static inline int czlib_inflate_init_raw(z_stream *stream) {
    return inflateInit2(stream, -MAX_WBITS);
}

#endif
