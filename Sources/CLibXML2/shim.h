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
#endif
