import Foundation
import LinearAlgebra
import Trends

/// Linear fits with standard errors and R² for 1,000,000 synthetic series × 30 and × 12 years: time, fits per second,
/// the machine's read bandwidth measured in the same run, the ratio to the bandwidth bound (reading the values once),
/// and, when numpy is importable, `numpy.linalg.lstsq` on the same data and the ratio.
func runTrendsBench() {
    print("trends: batch linear fits (OpenBLAS dgemm panels + residual sweep)")
    let seriesCount = 1_000_000
    for years in [30, 12] {
        benchBatch(years: years, seriesCount: seriesCount)
    }
}

/// The synthetic value of series `j` at year index `i`; numpy computes the same expression (see `numpyScript`).
@inline(__always)
private func syntheticValue(series j: Int, yearIndex i: Int) -> Double {
    100.0 + Double(j % 97) + 0.5 * Double(j % 13) * Double(i) + Double((j * 31 + i * 17) % 101) / 10.0
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

/// Read bandwidth: summing the buffer with eight independent SIMD accumulators (one pass, best of 5).
private func readBandwidth(_ data: [Double]) -> (bytesPerSecond: Double, sum: Double) {
    var total = 0.0
    let seconds = bestTime(runs: 5) {
        total = data.withUnsafeBufferPointer { buffer -> Double in
            guard let base = buffer.baseAddress else { return 0 }
            let raw = UnsafeRawPointer(base)
            var a0 = SIMD4<Double>(), a1 = SIMD4<Double>(), a2 = SIMD4<Double>(), a3 = SIMD4<Double>()
            let blocks = buffer.count / 16
            for b in 0..<blocks {
                let p = raw + b * 128
                a0 += p.loadUnaligned(fromByteOffset: 0, as: SIMD4<Double>.self)
                a1 += p.loadUnaligned(fromByteOffset: 32, as: SIMD4<Double>.self)
                a2 += p.loadUnaligned(fromByteOffset: 64, as: SIMD4<Double>.self)
                a3 += p.loadUnaligned(fromByteOffset: 96, as: SIMD4<Double>.self)
            }
            var s = (a0 + a1 + a2 + a3).sum()
            for i in (blocks * 16)..<buffer.count { s += buffer[i] }
            return s
        }
    }
    return (Double(data.count * 8) / seconds, total)
}

private func benchBatch(years n: Int, seriesCount: Int) {
    let yearList = (0..<n).map { 1995 + $0 }
    var elements = [Double](repeating: 0, count: n * seriesCount)
    elements.withUnsafeMutableBufferPointer { e in
        for j in 0..<seriesCount {
            for i in 0..<n { e[j * n + i] = syntheticValue(series: j, yearIndex: i) }
        }
    }
    let bandwidth = readBandwidth(elements)
    guard let values = try? Matrix(rows: n, columns: seriesCount, columnMajor: elements) else {
        print("  could not build the value matrix")
        return
    }
    elements = []
    let bytes = Double(n * seriesCount * 8)
    let bound = bytes / bandwidth.bytesPerSecond

    // Cold: a new batch (its 32 MB of results are fresh memory, so page faults are included).
    var cold: LinearBatchFit? = nil
    let coldTime = bestTime(runs: 1) { cold = try? LinearBatchFit(years: yearList, values: values) }
    guard var batch = cold else { print("  batch fit failed"); return }
    // Warm: the same batch refitted in place (steady state when fitting batches of one shape), best of 5.
    let warmTime = bestTime(runs: 5) { try? batch.update(values: values) }
    // Standard errors and R² of every series from the batch's sufficient statistics.
    var statistics = 0.0
    let statisticsTime = bestTime(runs: 3) {
        var s = 0.0
        for k in 0..<batch.count {
            let fit = batch[k]
            s += (fit.slopeStandardError ?? 0) + (fit.interceptStandardError ?? 0) + (fit.r2 ?? 0)
        }
        statistics = s
    }
    // One product over the whole batch (no panels), then the residual sweep: reads the values twice.
    let onePanelTime = bestTime(runs: 1) { _ = try? LinearBatchFit(years: yearList, values: values, panelSize: seriesCount) }
    let total = warmTime + statisticsTime

    print(String(format: "  %d series x %d years (%.0f MB): read bandwidth %.1f GB/s -> bound %.1f ms", seriesCount, n,
                 bytes / 1e6, bandwidth.bytesPerSecond / 1e9, bound * 1e3))
    print(String(format: "    fit (mean, slope, SST, SSE; panels of 4096, 2 workers): warm %.1f ms (%.2fx bound), cold %.1f ms",
                 warmTime * 1e3, warmTime / bound, coldTime * 1e3))
    print(String(format: "    + se(slope), se(intercept), R2 for all: %.1f ms -> total %.1f ms, %.1f M fits/s, %.2fx the bandwidth bound",
                 statisticsTime * 1e3, total * 1e3, Double(seriesCount) / total / 1e6, total / bound))
    print(String(format: "    one dgemm over the whole batch + second sweep: %.1f ms (%.2fx bound)", onePanelTime * 1e3, onePanelTime / bound))
    _ = statistics
    if let numpy = numpyLstsq(years: n, seriesCount: seriesCount) {
        print(String(format: "    numpy.linalg.lstsq (same data, same run): %.1f ms -> Chiffres is %.1fx faster",
                     numpy.seconds * 1e3, numpy.seconds / total))
        let mine = batch.slope.reduce(0, +)
        print(String(format: "    check: sum of slopes Chiffres %.6f, numpy %.6f", mine, numpy.slopeSum))
    } else {
        print("    numpy not available (python3 -m pip install numpy): lstsq comparison skipped")
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
