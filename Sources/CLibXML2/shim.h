#ifndef KOPRU_CLIBXML2_SHIM_H
#define KOPRU_CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its headers would then pull in the system's ICU headers, which
   clash with the ICU copy inside Foundation. Köprü never touches libxml2's encoding-handler structs
   (only pointers to them), so the ICU part of the headers is switched off here. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/xmlerror.h>
#include <libxml/entities.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlsave.h>
#include <libxml/tree.h>
#include <stdarg.h>

/* libxml2 prints some messages (an encoder failure in xmlParseChunk, for one) through its generic
   error function, straight to stderr. A library must never print, and Swift cannot define a C
   variadic function, so the discarding function lives here; the parser's structured errors, which
   carry the same facts, are collected as diagnostics. Both settings are per thread in libxml2. */
static void kopru_discard_generic_error(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

/* Sends libxml2's generic messages of the calling thread nowhere (true) or back to stderr (false). */
static inline void kopru_discard_generic_errors(int discard) {
    xmlSetGenericErrorFunc(NULL, discard ? kopru_discard_generic_error : NULL);
}
#endif
