import Dispatch
import Foundation
import LinearAlgebra
import Trends

/// Linear fits with standard errors and R² for 1,000,000 synthetic series × 30 and × 12 years: time, fits per second,
/// the machine's read bandwidth measured in the same run (1 and 2 threads), the ratio to the bandwidth bound (reading
/// the values once), instruction counts (callgrind, independent of the machine's load), OpenBLAS `dgemm` on the same
/// product for comparison, and, when numpy is importable, `numpy.linalg.lstsq` on the same data and the ratio.
func runTrendsBench() {
    print("trends: batch linear fits (one sweep: the product [1, u]T x Y and the sums of squares, each value read once)")
    let seriesCount = 1_000_000
    for years in [30, 12] {
        benchBatch(years: years, seriesCount: seriesCount)
    }
    trendsInstructions(seriesCount: 100_000)
}

/// The synthetic value of series `j` at year index `i`; numpy computes the same expression (see `numpyLstsq`).
@inline(__always)
private func syntheticValue(series j: Int, yearIndex i: Int) -> Double {
    100.0 + Double(j % 97) + 0.5 * Double(j % 13) * Double(i) + Double((j * 31 + i * 17) % 101) / 10.0
}

/// The synthetic batch: `years` rows (1995, 1996, ...), one column per series.
private func syntheticBatch(years n: Int, seriesCount: Int) -> Matrix? {
    var elements = [Double](repeating: 0, count: n * seriesCount)
    elements.withUnsafeMutableBufferPointer { e in
        for j in 0..<seriesCount {
            for i in 0..<n { e[j * n + i] = syntheticValue(series: j, yearIndex: i) }
        }
    }
    return try? Matrix(rows: n, columns: seriesCount, columnMajor: elements)
}

private func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

/// Best-of-`runs` wall time of `body`.
private func bestTime(runs: Int, _ body: () -> Void) -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let t0 = now()
        body()
        best = min(best, now() - t0)
    }
    return best
}

/// A read-only view of the values that threads may share.
private struct SharedValues: @unchecked Sendable {
    let base: UnsafePointer<Double>
    let count: Int
}

/// Sums `count` doubles with eight independent SIMD accumulator lanes: one read of each value, no other work.
private func sumOnce(_ base: UnsafePointer<Double>, count: Int) -> Double {
    let raw = UnsafeRawPointer(base)
    var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
    let blocks = count / 16
    for b in 0..<blocks {
        let p = raw + b * 128
        a0 += p.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self)
        a1 += p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
        a2 += p.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
        a3 += p.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
    }
    var s = (a0 + a1 + a2 + a3).sum()
    for i in (blocks * 16)..<count { s += base[i] }
    return s
}

/// Read bandwidth in bytes per second over `values`, with `threads` threads each summing a contiguous share (best of 7).
private func readBandwidth(_ values: Matrix, threads: Int) -> Double {
    values.elements.withUnsafeBufferPointer { buffer -> Double in
        guard let base = buffer.baseAddress else { return 0 }
        let shared = SharedValues(base: base, count: buffer.count)
        let seconds = bestTime(runs: 7) {
            if threads == 1 {
                _ = sumOnce(shared.base, count: shared.count)
            } else {
                let share = (shared.count + threads - 1) / threads
                DispatchQueue.concurrentPerform(iterations: threads) { t in
                    let lower = t * share
                    _ = sumOnce(shared.base + lower, count: max(0, min(shared.count, lower + share) - lower))
                }
            }
        }
        return Double(buffer.count * 8) / seconds
    }
}

private func benchBatch(years n: Int, seriesCount: Int) {
    let yearList = (0..<n).map { 1995 + $0 }
    guard let values = syntheticBatch(years: n, seriesCount: seriesCount) else {
        print("  could not build the value matrix")
        return
    }
    let bytes = Double(n * seriesCount * 8)
    // The bandwidth is measured before and after the fits and the better value kept: the bound is then the lowest
    // seen in this run, so that the load of a shared machine does not flatter the ratio.
    var bandwidth1 = readBandwidth(values, threads: 1), bandwidth2 = readBandwidth(values, threads: 2)

    // Cold: a new batch, whose result memory (24 MB) is fresh: its page faults are included (one run).
    var made: LinearBatchFit? = nil
    let coldTime = bestTime(runs: 1) { made = try? LinearBatchFit(years: yearList, values: values) }
    guard var batch = made else { print("    batch fit failed"); return }
    made = nil
    // Warm: the same batch refitted in place (the steady state when fitting batches of one shape), best of 7.
    let warm1 = bestTime(runs: 7) { try? batch.update(values: values) }
    guard var twoThreads = try? LinearBatchFit(years: yearList, values: values, threads: 2) else { return }
    let warm2 = bestTime(runs: 7) { try? twoThreads.update(values: values) }
    bandwidth1 = max(bandwidth1, readBandwidth(values, threads: 1))
    bandwidth2 = max(bandwidth2, readBandwidth(values, threads: 2))
    let bound1 = bytes / bandwidth1, bound2 = bytes / bandwidth2
    print(String(format: "  %d series x %d years (%.0f MB): read bandwidth %.1f GB/s with 1 thread (bound %.1f ms), %.1f GB/s with 2 (bound %.1f ms)",
                 seriesCount, n, bytes / 1e6, bandwidth1 / 1e9, bound1 * 1e3, bandwidth2 / 1e9, bound2 * 1e3))
    // Standard errors and R² of every series, read through `LinearFit`.
    let fitted = batch
    var statistics = 0.0
    let statisticsTime = bestTime(runs: 3) {
        var s = 0.0
        for k in 0..<fitted.count {
            let fit = fitted[k]
            s += (fit.slopeStandardError ?? 0) + (fit.interceptStandardError ?? 0) + (fit.r2 ?? 0)
        }
        statistics = s
    }
    let rate = { (seconds: Double) in Double(seriesCount) / seconds / 1e6 }
    print(String(format: "    fit, 1 thread:  warm %.1f ms, %.1f M fits/s, %.2fx the 1-thread bound (cold, fresh result memory: %.1f ms)",
                 warm1 * 1e3, rate(warm1), warm1 / bound1, coldTime * 1e3))
    print(String(format: "    fit, 2 threads: warm %.1f ms, %.1f M fits/s, %.2fx the 2-thread bound",
                 warm2 * 1e3, rate(warm2), warm2 / bound2))
    print("    series refitted around their chord: \(batch.chordPassCount), recomputed by the two-pass method: \(batch.twoPassCount)")
    print(String(format: "    + se(slope), se(intercept), R2 of every fit (LinearFit, 1 thread): %.1f ms -> %.1f ms, %.2fx the 1-thread bound",
                 statisticsTime * 1e3, (warm1 + statisticsTime) * 1e3, (warm1 + statisticsTime) / bound1))
    _ = statistics
    let blas = blasProductTime(values, years: n, seriesCount: seriesCount)
    print(String(format: "    for comparison, OpenBLAS dgemm of [1/n, u/Sxx]T x Y alone (panels of 1024, 1 thread): %.1f ms (%.2fx the bound)",
                 blas * 1e3, blas / bound1))
    if let numpy = numpyLstsq(years: n, seriesCount: seriesCount) {
        print(String(format: "    numpy.linalg.lstsq (same data, same run): %.1f ms -> Chiffres fit is %.1fx faster on 1 thread, %.1fx on 2",
                     numpy.seconds * 1e3, numpy.seconds / warm1, numpy.seconds / warm2))
        let mine = batch.slope.reduce(0, +)
        print(String(format: "    check: sum of slopes Chiffres %.6f, numpy %.6f", mine, numpy.slopeSum))
    } else {
        print("    numpy not available (python3 -m pip install numpy): lstsq comparison skipped")
    }
}

/// The time of the product alone, by OpenBLAS `dgemm` panel by panel (one thread), best of 5.
private func blasProductTime(_ values: Matrix, years n: Int, seriesCount: Int) -> Double {
    let panel = 1024
    let u = (0..<n).map { Double($0) - Double(n - 1) / 2 }
    let sxx = u.reduce(0) { $0 + $1 * $1 }
    let weights = [Double](repeating: 1 / Double(n), count: n) + u.map { $0 / sxx }
    var coefficients = [Double](repeating: 0, count: 2 * panel)
    let saved = blasThreadCount
    blasThreadCount = 1
    defer { blasThreadCount = saved }
    return values.elements.withUnsafeBufferPointer { y in
        weights.withUnsafeBufferPointer { w in
            coefficients.withUnsafeMutableBufferPointer { c in
                guard let yBase = y.baseAddress, let wBase = w.baseAddress, let cBase = c.baseAddress else { return 0 }
                return bestTime(runs: 5) {
                    var start = 0
                    while start < seriesCount {
                        let width = min(panel, seriesCount - start)
                        gemm(transposeA: .transposed, transposeB: .none, m: 2, n: width, k: n, alpha: 1, a: wBase, lda: n,
                             b: yBase + start * n, ldb: n, beta: 0, c: cBase, ldc: 2)
                        start += width
                    }
                }
            }
        }
    }
}

/// Instructions per fitted series (callgrind, 1 thread): the bench runs itself as a child that builds a batch of
/// `seriesCount` series, with and without fitting it, and takes the difference.
private func trendsInstructions(seriesCount: Int) {
    guard (try? runChild(["valgrind", "--version"], stdout: "/dev/null"))?.status == 0 else {
        print("  instructions skipped: valgrind is not installed")
        return
    }
    let me = CommandLine.arguments[0]
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("chiffres-trends-callgrind.log").path
    func count(_ arguments: [String]) -> Double? {
        guard (try? runChild(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", "--log-file=" + log, me,
                              "trends-child"] + arguments, stdout: "/dev/null"))?.status == 0 else { return nil }
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        let digits = text.split(separator: "\n").first { $0.contains("Collected") }?.split(separator: ":").last
        return digits.flatMap { Double($0.filter(\.isNumber)) }
    }
    for n in [30, 12] {
        guard let built = count(["\(n)", "\(seriesCount)", "build"]), let fitted = count(["\(n)", "\(seriesCount)", "fit"]) else {
            print("  instructions: callgrind run failed")
            return
        }
        let perSeries = (fitted - built) / Double(seriesCount)
        print(String(format: "  instructions (callgrind, %d series x %d years, 1 thread): %.1f per fit, %.2f per value",
                     seriesCount, n, perSeries, perSeries / Double(n)))
    }
}

/// The child of `trendsInstructions`: `trends-child YEARS SERIES build|fit`.
func runTrendsChild() {
    let arguments = Array(CommandLine.arguments.drop { $0 != "trends-child" }.dropFirst())
    guard arguments.count == 3, let n = Int(arguments[0]), let count = Int(arguments[1]),
          let values = syntheticBatch(years: n, seriesCount: count) else { exit(2) }
    if arguments[2] == "fit" {
        guard let batch = try? LinearBatchFit(years: (0..<n).map { 1995 + $0 }, values: values) else { exit(1) }
        print(batch.slope.reduce(0, +))
    } else {
        print(values.elements.count)
    }
}

/// Runs numpy.linalg.lstsq on the same synthetic batch in a child python3, returning its time and the sum of slopes.
private func numpyLstsq(years n: Int, seriesCount: Int) -> (seconds: Double, slopeSum: Double)? {
    let script = """
    import sys, time
    try:
        import numpy as np
    except ImportError:
        sys.exit(3)
    n, S = \(n), \(seriesCount)
    j = np.arange(S, dtype=np.int64)[None, :]
    i = np.arange(n, dtype=np.int64)[:, None]
    Y = 100.0 + (j % 97) + 0.5 * (j % 13) * i + ((j * 31 + i * 17) % 101) / 10.0
    X = np.column_stack([np.ones(n), 1995.0 + np.arange(n)])
    best = float("inf")
    for _ in range(2):
        t0 = time.perf_counter()
        coef, resid, rank, sv = np.linalg.lstsq(X, Y, rcond=None)
        best = min(best, time.perf_counter() - t0)
    print(best, coef[1].sum())
    """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", script]
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return nil }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return nil }
    let parts = text.split(separator: " ").compactMap { Double($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    guard parts.count == 2 else { return nil }
    return (parts[0], parts[1])
}
