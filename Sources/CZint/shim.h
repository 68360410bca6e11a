// libzint (Debian libzint-dev; it ships no pkg-config file, so the module map links "zint").
// Only the LotraceBarcode target imports this module.
#include <zint.h>
