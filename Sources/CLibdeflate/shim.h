#ifndef CHIFFRES_CLIBDEFLATE_SHIM_H
#define CHIFFRES_CLIBDEFLATE_SHIM_H
// libdeflate: whole-buffer DEFLATE decompression and CRC-32, for the ECB's eurofxref-hist.zip.
// Debian: apt-get install libdeflate-dev
#include <libdeflate.h>
#endif
