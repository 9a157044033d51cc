#ifndef CHIFFRES_COPENBLAS_SHIM_H
#define CHIFFRES_COPENBLAS_SHIM_H
// CBLAS from OpenBLAS and the C interface to LAPACK (LAPACKE): their types and constants. The libraries are not
// linked; LinearAlgebra opens them on first use (OpenBLASLibrary.swift).
// Debian: apt-get install libopenblas-dev liblapacke-dev
#include <cblas.h>
#include <lapacke.h>
#endif
