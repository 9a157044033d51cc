import COpenBLAS

#if canImport(Glibc)
import Glibc
#endif

/// OpenBLAS's own thread pool, which Chiffres does not need: its matrices are a few dozen rows (annual series), far
/// below the sizes where OpenBLAS splits work, and the commands that do much work spread it over the processors
/// themselves (one series or one part of a text per thread).
///
/// The pthreads build of OpenBLAS (Debian's default) starts one worker per processor when it is loaded, and each
/// worker spins (`sched_yield`) for about 2²⁸ cycles, a tenth of a second, before it sleeps: a whole processor taken
/// from a command that lasts a few hundredths of a second.
public enum BLASThreads {
    /// Makes OpenBLAS run on the calling thread only and stops its workers; later BLAS and LAPACK calls work as
    /// before, single-threaded. Safe with a serial or OpenMP OpenBLAS (the stop is looked up, not linked).
    public static func useCallingThreadOnly() {
        openblas_set_num_threads(1)
        #if os(Linux)
        typealias Shutdown = @convention(c) () -> Int32
        if let symbol = dlsym(nil, "blas_thread_shutdown_") {
            _ = unsafeBitCast(symbol, to: Shutdown.self)()
        }
        #endif
    }
}
