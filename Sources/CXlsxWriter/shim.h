#ifndef CHIFFRES_CXLSXWRITER_SHIM_H
#define CHIFFRES_CXLSXWRITER_SHIM_H
// libxlsxwriter: Office Open XML workbooks (.xlsx) with typed cells, formats and native charts.
// Debian: apt-get install libxlsxwriter-dev
#include <xlsxwriter.h>
#endif
