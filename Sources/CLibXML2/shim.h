#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU, whose headers then clash with Foundation's own copy of ICU
   (_FoundationICU: "UErrorCode has different definitions in different modules"). Lotrace
   never touches the ICU members of libxml2's encoding handlers, so their declarations stay out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/uri.h>

/* xmlFree is a C global function pointer, which Swift 6 refuses as shared mutable state. */
static inline void clibxml2_free(void *p) { xmlFree(p); }

/* The generic error handler is variadic, which Swift cannot implement: a no-op one lives here. */
static inline void clibxml2_ignore_generic_error(void *ctx, const char *msg, ...) { (void)ctx; (void)msg; }
static inline void clibxml2_silence_generic_errors(void) { xmlSetGenericErrorFunc(NULL, clibxml2_ignore_generic_error); }

#endif
