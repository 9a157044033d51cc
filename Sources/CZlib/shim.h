#ifndef CHIFFRES_CZLIB_SHIM_H
#define CHIFFRES_CZLIB_SHIM_H
// zlib: raw inflate and CRC-32 for the ECB's eurofxref-hist.zip.
// Debian: apt-get install zlib1g-dev
#include <zlib.h>
#endif
