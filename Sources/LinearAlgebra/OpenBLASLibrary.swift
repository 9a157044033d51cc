import COpenBLAS

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// OpenBLAS and LAPACKE, opened the first time a routine is called rather than when the program starts.
///
/// Linked at start, the two libraries (with the reference LAPACK, gfortran and quadmath they bring) cost every
/// command a few milliseconds of symbol binding, about a third of the start of `chiffres`, and most commands never
/// solve a system. Each routine this module uses is declared below under its C name, so the code that calls it
/// reads as before; the first call opens the libraries and looks the routines up.
///
/// Once opened, OpenBLAS runs on the calling thread only: Chiffres' matrices are a few dozen rows (annual series),
/// far below the sizes where OpenBLAS splits work, and its pthreads build's workers would spin (`sched_yield`) for
/// about a tenth of a second on a processor the command needs.
enum OpenBLASLibrary {
    /// The opened libraries.
    struct Handles: @unchecked Sendable {
        let blas: UnsafeMutableRawPointer?
        let lapacke: UnsafeMutableRawPointer?
    }

    /// Opened once, on first use.
    static let handles: Handles = {
        let blas = open(["libopenblas.so.0", "libopenblas.so", "libopenblas.dylib"])
        let lapacke = open(["liblapacke.so.3", "liblapacke.so", "liblapacke.dylib"])
        let handles = Handles(blas: blas, lapacke: lapacke)
        if let setThreads = function("openblas_set_num_threads", in: blas, as: (@convention(c) (Int32) -> Void).self) {
            setThreads(1)
            // Stops the workers the pthreads build started when it was loaded (absent from other builds).
            function("blas_thread_shutdown_", in: blas, as: (@convention(c) () -> Int32).self).map { _ = $0() }
        }
        return handles
    }()

    /// The first of `names` that opens.
    private static func open(_ names: [String]) -> UnsafeMutableRawPointer? {
        for name in names { if let handle = dlopen(name, RTLD_NOW | RTLD_GLOBAL) { return handle } }
        return nil
    }

    /// The routine `name` of `library`, as a C function of type `type`.
    static func function<F>(_ name: String, in library: UnsafeMutableRawPointer?, as type: F.Type) -> F? {
        guard let library, let symbol = dlsym(library, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }

    /// A BLAS routine (from OpenBLAS).
    static func blas<F>(_ name: String, as type: F.Type) -> F {
        guard let f = function(name, in: handles.blas, as: type) else { missing(name) }
        return f
    }

    /// A LAPACKE routine.
    static func lapacke<F>(_ name: String, as type: F.Type) -> F {
        guard let f = function(name, in: handles.lapacke, as: type) else { missing(name) }
        return f
    }

    /// Ends the program as the dynamic linker did when a library was missing at start (status 127), saying what to install.
    private static func missing(_ name: String) -> Never {
        let message = "chiffres: \(name) cannot be loaded: OpenBLAS and LAPACKE are needed for fits "
            + "(Debian: apt-get install libopenblas0 liblapacke, or make setup)\n"
        _ = message.utf8CString.withUnsafeBufferPointer { write(2, $0.baseAddress, $0.count - 1) }
        exit(127)
    }
}

// The routines, under their C names (the declarations of the headers are kept for their types and constants).

typealias LapackeInt = Int32

nonisolated(unsafe) private let dgels = OpenBLASLibrary.lapacke("LAPACKE_dgels", as: (@convention(c) (
    Int32, CChar, LapackeInt, LapackeInt, LapackeInt, UnsafeMutablePointer<Double>?, LapackeInt,
    UnsafeMutablePointer<Double>?, LapackeInt) -> LapackeInt).self)
func LAPACKE_dgels(_ layout: Int32, _ trans: CChar, _ m: LapackeInt, _ n: LapackeInt, _ nrhs: LapackeInt,
                   _ a: UnsafeMutablePointer<Double>?, _ lda: LapackeInt, _ b: UnsafeMutablePointer<Double>?,
                   _ ldb: LapackeInt) -> LapackeInt {
    dgels(layout, trans, m, n, nrhs, a, lda, b, ldb)
}

nonisolated(unsafe) private let dgelsd = OpenBLASLibrary.lapacke("LAPACKE_dgelsd", as: (@convention(c) (
    Int32, LapackeInt, LapackeInt, LapackeInt, UnsafeMutablePointer<Double>?, LapackeInt, UnsafeMutablePointer<Double>?,
    LapackeInt, UnsafeMutablePointer<Double>?, Double, UnsafeMutablePointer<LapackeInt>?) -> LapackeInt).self)
func LAPACKE_dgelsd(_ layout: Int32, _ m: LapackeInt, _ n: LapackeInt, _ nrhs: LapackeInt, _ a: UnsafeMutablePointer<Double>?,
                    _ lda: LapackeInt, _ b: UnsafeMutablePointer<Double>?, _ ldb: LapackeInt, _ s: UnsafeMutablePointer<Double>?,
                    _ rcond: Double, _ rank: UnsafeMutablePointer<LapackeInt>?) -> LapackeInt {
    dgelsd(layout, m, n, nrhs, a, lda, b, ldb, s, rcond, rank)
}

nonisolated(unsafe) private let dgeqrf = OpenBLASLibrary.lapacke("LAPACKE_dgeqrf", as: (@convention(c) (
    Int32, LapackeInt, LapackeInt, UnsafeMutablePointer<Double>?, LapackeInt, UnsafeMutablePointer<Double>?) -> LapackeInt).self)
func LAPACKE_dgeqrf(_ layout: Int32, _ m: LapackeInt, _ n: LapackeInt, _ a: UnsafeMutablePointer<Double>?, _ lda: LapackeInt,
                    _ tau: UnsafeMutablePointer<Double>?) -> LapackeInt {
    dgeqrf(layout, m, n, a, lda, tau)
}

nonisolated(unsafe) private let dormqr = OpenBLASLibrary.lapacke("LAPACKE_dormqr", as: (@convention(c) (
    Int32, CChar, CChar, LapackeInt, LapackeInt, LapackeInt, UnsafePointer<Double>?, LapackeInt, UnsafePointer<Double>?,
    UnsafeMutablePointer<Double>?, LapackeInt) -> LapackeInt).self)
func LAPACKE_dormqr(_ layout: Int32, _ side: CChar, _ trans: CChar, _ m: LapackeInt, _ n: LapackeInt, _ k: LapackeInt,
                    _ a: UnsafePointer<Double>?, _ lda: LapackeInt, _ tau: UnsafePointer<Double>?,
                    _ c: UnsafeMutablePointer<Double>?, _ ldc: LapackeInt) -> LapackeInt {
    dormqr(layout, side, trans, m, n, k, a, lda, tau, c, ldc)
}

nonisolated(unsafe) private let dpotrf = OpenBLASLibrary.lapacke("LAPACKE_dpotrf", as: (@convention(c) (
    Int32, CChar, LapackeInt, UnsafeMutablePointer<Double>?, LapackeInt) -> LapackeInt).self)
func LAPACKE_dpotrf(_ layout: Int32, _ uplo: CChar, _ n: LapackeInt, _ a: UnsafeMutablePointer<Double>?,
                    _ lda: LapackeInt) -> LapackeInt {
    dpotrf(layout, uplo, n, a, lda)
}

nonisolated(unsafe) private let dpotrs = OpenBLASLibrary.lapacke("LAPACKE_dpotrs", as: (@convention(c) (
    Int32, CChar, LapackeInt, LapackeInt, UnsafePointer<Double>?, LapackeInt, UnsafeMutablePointer<Double>?,
    LapackeInt) -> LapackeInt).self)
func LAPACKE_dpotrs(_ layout: Int32, _ uplo: CChar, _ n: LapackeInt, _ nrhs: LapackeInt, _ a: UnsafePointer<Double>?,
                    _ lda: LapackeInt, _ b: UnsafeMutablePointer<Double>?, _ ldb: LapackeInt) -> LapackeInt {
    dpotrs(layout, uplo, n, nrhs, a, lda, b, ldb)
}

nonisolated(unsafe) private let dtrtrs = OpenBLASLibrary.lapacke("LAPACKE_dtrtrs", as: (@convention(c) (
    Int32, CChar, CChar, CChar, LapackeInt, LapackeInt, UnsafePointer<Double>?, LapackeInt, UnsafeMutablePointer<Double>?,
    LapackeInt) -> LapackeInt).self)
func LAPACKE_dtrtrs(_ layout: Int32, _ uplo: CChar, _ trans: CChar, _ diag: CChar, _ n: LapackeInt, _ nrhs: LapackeInt,
                    _ a: UnsafePointer<Double>?, _ lda: LapackeInt, _ b: UnsafeMutablePointer<Double>?,
                    _ ldb: LapackeInt) -> LapackeInt {
    dtrtrs(layout, uplo, trans, diag, n, nrhs, a, lda, b, ldb)
}

nonisolated(unsafe) private let ddot = OpenBLASLibrary.blas("cblas_ddot", as: (@convention(c) (
    Int32, UnsafePointer<Double>?, Int32, UnsafePointer<Double>?, Int32) -> Double).self)
func cblas_ddot(_ n: Int32, _ x: UnsafePointer<Double>?, _ incx: Int32, _ y: UnsafePointer<Double>?, _ incy: Int32) -> Double {
    ddot(n, x, incx, y, incy)
}

nonisolated(unsafe) private let dgemv = OpenBLASLibrary.blas("cblas_dgemv", as: (@convention(c) (
    CBLAS_ORDER, CBLAS_TRANSPOSE, Int32, Int32, Double, UnsafePointer<Double>?, Int32, UnsafePointer<Double>?, Int32,
    Double, UnsafeMutablePointer<Double>?, Int32) -> Void).self)
func cblas_dgemv(_ order: CBLAS_ORDER, _ trans: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32, _ alpha: Double,
                 _ a: UnsafePointer<Double>?, _ lda: Int32, _ x: UnsafePointer<Double>?, _ incx: Int32, _ beta: Double,
                 _ y: UnsafeMutablePointer<Double>?, _ incy: Int32) {
    dgemv(order, trans, m, n, alpha, a, lda, x, incx, beta, y, incy)
}

nonisolated(unsafe) private let dgemm = OpenBLASLibrary.blas("cblas_dgemm", as: (@convention(c) (
    CBLAS_ORDER, CBLAS_TRANSPOSE, CBLAS_TRANSPOSE, Int32, Int32, Int32, Double, UnsafePointer<Double>?, Int32,
    UnsafePointer<Double>?, Int32, Double, UnsafeMutablePointer<Double>?, Int32) -> Void).self)
func cblas_dgemm(_ order: CBLAS_ORDER, _ transA: CBLAS_TRANSPOSE, _ transB: CBLAS_TRANSPOSE, _ m: Int32, _ n: Int32,
                 _ k: Int32, _ alpha: Double, _ a: UnsafePointer<Double>?, _ lda: Int32, _ b: UnsafePointer<Double>?,
                 _ ldb: Int32, _ beta: Double, _ c: UnsafeMutablePointer<Double>?, _ ldc: Int32) {
    dgemm(order, transA, transB, m, n, k, alpha, a, lda, b, ldb, beta, c, ldc)
}

nonisolated(unsafe) private let getThreads = OpenBLASLibrary.blas("openblas_get_num_threads", as: (@convention(c) () -> Int32).self)
func openblas_get_num_threads() -> Int32 { getThreads() }

nonisolated(unsafe) private let setThreads = OpenBLASLibrary.blas("openblas_set_num_threads", as: (@convention(c) (Int32) -> Void).self)
func openblas_set_num_threads(_ n: Int32) { setThreads(n) }
