#ifndef CHIFFRES_COPENBLAS_SHIM_H
#define CHIFFRES_COPENBLAS_SHIM_H
// CBLAS from OpenBLAS and the C interface to LAPACK (LAPACKE).
// Debian: apt-get install libopenblas-dev liblapacke-dev
#include <cblas.h>
#include <lapacke.h>
#endif
