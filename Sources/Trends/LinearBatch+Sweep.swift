extension LinearBatchFit {
    /// The one-pass sweep of a batch: for each series, the matrix product `[Σd, Σu·d]` and the sum of squares `Σd²`
    /// of its deviations d from the chord through its first and last points, read from memory once.
    ///
    /// With `y = c + g·u + d` (the chord c + g·u, then the deviations):
    /// ȳ = c + Σd/n, b = g + Σu·d/Sxx and SSE = Σd² − (Σd)²/n − (Σu·d)²/Sxx (and SST = SSE + b²·Sxx).
    /// The deviations are of the size of the residuals, not of the trend: the chord passes through two data points,
    /// so it is nowhere farther from the fitted line than the larger end residual, and Σd² ≤ 2(n + 1)·SSE. The
    /// subtraction therefore loses almost nothing. The sweep accepts a result only when Σd² ≤ `cancellationLimit`·SSE
    /// (the error of SSE is then a few units in the last place, like the two-pass method; long series with an
    /// outlier at an end can exceed it) and when SSE is clearly above the exact-fit threshold n·(64·ε·max|y|)², with
    /// max|y|² bounded by 3(c² + (g·U)² + Σd²), U = max|u|.
    /// Every other series (exact or constant series, two points, a NaN or an infinity, overflow) is recomputed by the
    /// two-pass method of `LinearFit`, with the same rules, so that such series give exactly the one-by-one result.
    ///
    /// Two series are swept at a time, each with two-lane SIMD over its years; the final arithmetic runs with one
    /// series per lane, in a separate loop over a block of pairs.
    struct Sweep: @unchecked Sendable {
        /// Where the results go: one slot per series.
        struct Outputs: @unchecked Sendable {
            let mean: UnsafeMutablePointer<Double>, slope: UnsafeMutablePointer<Double>, sse: UnsafeMutablePointer<Double>
        }

        /// Accept the one-pass result only when Σd² ≤ this × SSE.
        static let cancellationLimit = 16.0

        let values: UnsafePointer<Double>, u: UnsafePointer<Double>
        let n: Int, sxx: Double
        let out: Outputs
        let inverseN: Double, inverseSxx: Double, inverseSpan: Double, uMiddle: Double, uReach: Double
        /// 4 (margin) · 3 · n · (64ε)²: times 3(c² + (g·U)² + Σd²) ≥ max|y|², the exact-fit threshold with a margin.
        let exactFactor: Double

        /// A sweep over the series of `values` (n values per series, contiguous) with centred years `u`.
        init(values: UnsafePointer<Double>, centredYears u: UnsafePointer<Double>, n: Int, sxx: Double, out: Outputs) {
            self.values = values
            self.u = u
            self.n = n
            self.sxx = sxx
            self.out = out
            inverseN = 1 / Double(n)
            inverseSxx = 1 / sxx
            inverseSpan = 1 / (u[n - 1] - u[0])
            uMiddle = 0.5 * (u[0] + u[n - 1])
            uReach = Swift.max(-u[0], u[n - 1])
            let noise = 64 * Double.ulpOfOne
            exactFactor = 4 * 3 * Double(n) * noise * noise
        }

        /// What a sweep over a range of series found.
        struct Report {
            /// The first series with a NaN or an infinity, if any.
            var firstBad: Int? = nil
            /// How many series were recomputed by the two-pass method.
            var twoPass = 0

            /// Records series `j`, recomputed by the two-pass method, whose values are finite or not.
            mutating func recomputed(_ j: Int, finite: Bool) {
                twoPass += 1
                if !finite && firstBad == nil { firstBad = j }
            }
        }

        /// How many pairs of series stage 1 sums before stage 2 finishes them (their sums stay in L1).
        static let blockPairs = 32

        /// The sums of two series, one per lane, and their chords (c + g·u).
        struct PairSums {
            var s1: SIMD2<Double>, s2: SIMD2<Double>, s3: SIMD2<Double>, c: SIMD2<Double>, g: SIMD2<Double>
        }

        /// Sweeps the series in `range`, a block of pairs at a time: stage 1 reads the values and accumulates the
        /// sums of each pair, stage 2 turns a block of sums into results with one series per lane. Splitting them
        /// keeps the long dependency chain of the final arithmetic out of the loop that reads memory.
        func run(_ range: Range<Int>) -> Report {
            var report = Report()
            withUnsafeTemporaryAllocation(of: PairSums.self, capacity: Self.blockPairs) { block in
                guard let sums = block.baseAddress else { return }
                var j = range.lowerBound
                while j < range.upperBound {
                    let pairs = Swift.min(Self.blockPairs, (range.upperBound - j + 1) / 2)
                    for p in 0..<pairs {
                        let a = j &+ 2 &* p
                        sums[p] = pairSums(a, a &+ 1 < range.upperBound ? a &+ 1 : a)
                    }
                    let whole = j &+ 2 &* pairs <= range.upperBound ? pairs : pairs &- 1
                    for p in 0..<whole { finish(sums[p], j &+ 2 &* p, into: &report) }
                    if whole < pairs { finishLast(sums[whole], j &+ 2 &* whole, into: &report) }
                    j &+= 2 &* pairs
                }
            }
            return report
        }

        /// Loads two consecutive doubles.
        @inline(__always)
        private func load(_ base: UnsafePointer<Double>, _ index: Int) -> SIMD2<Double> {
            UnsafeRawPointer(base + index).loadUnaligned(as: SIMD2<Double>.self)
        }

        /// Stage 1: the sums of series `j` and `k` (k == j for a last, unpaired series), with two-lane SIMD over the
        /// years of each, then one series per lane.
        @inline(__always)
        private func pairSums(_ j: Int, _ k: Int) -> PairSums {
            let a = values + j &* n, b = values + k &* n
            let first = SIMD2(a[0], b[0]), last = SIMD2(a[n &- 1], b[n &- 1])
            let g = (last - first) * inverseSpan
            let c = 0.5 * (first + last) - g * uMiddle
            let gA = SIMD2(repeating: g[0]), cA = SIMD2(repeating: c[0])
            let gB = SIMD2(repeating: g[1]), cB = SIMD2(repeating: c[1])
            var a1 = SIMD2<Double>(), a2 = SIMD2<Double>(), a3 = SIMD2<Double>()
            var b1 = SIMD2<Double>(), b2 = SIMD2<Double>(), b3 = SIMD2<Double>()
            var i = 0
            while i &+ 2 <= n {
                let ui = load(u, i)
                let dA = load(a, i) - (cA + gA * ui)
                let dB = load(b, i) - (cB + gB * ui)
                a1 += dA; a2 += ui * dA; a3 += dA * dA
                b1 += dB; b2 += ui * dB; b3 += dB * dB
                i &+= 2
            }
            if i < n {
                let ui = SIMD2(u[i], 0)
                let dA = SIMD2(a[i], 0) - (cA + gA * ui) * SIMD2(1, 0)
                let dB = SIMD2(b[i], 0) - (cB + gB * ui) * SIMD2(1, 0)
                a1 += dA; a2 += ui * dA; a3 += dA * dA
                b1 += dB; b2 += ui * dB; b3 += dB * dB
            }
            return PairSums(s1: SIMD2(a1[0], b1[0]) + SIMD2(a1[1], b1[1]), s2: SIMD2(a2[0], b2[0]) + SIMD2(a2[1], b2[1]),
                            s3: SIMD2(a3[0], b3[0]) + SIMD2(a3[1], b3[1]), c: c, g: g)
        }

        /// Stage 2: the results of series `j` and `j + 1`; a series whose one-pass result is refused is recomputed
        /// by the two-pass method.
        @inline(__always)
        private func finish(_ sums: PairSums, _ j: Int, into report: inout Report) {
            let (mean, slope, sse, accepted) = results(sums)
            UnsafeMutableRawPointer(out.mean + j).storeBytes(of: mean, as: SIMD2<Double>.self)
            UnsafeMutableRawPointer(out.slope + j).storeBytes(of: slope, as: SIMD2<Double>.self)
            UnsafeMutableRawPointer(out.sse + j).storeBytes(of: sse, as: SIMD2<Double>.self)
            if !all(accepted) {
                if !accepted[0] { report.recomputed(j, finite: exact(j)) }
                if !accepted[1] { report.recomputed(j &+ 1, finite: exact(j &+ 1)) }
            }
        }

        /// Stage 2 for a last, unpaired series `j` (both lanes hold it).
        private func finishLast(_ sums: PairSums, _ j: Int, into report: inout Report) {
            let (mean, slope, sse, accepted) = results(sums)
            out.mean[j] = mean[0]; out.slope[j] = slope[0]; out.sse[j] = sse[0]
            if !accepted[0] { report.recomputed(j, finite: exact(j)) }
        }

        /// ȳ, b and SSE of two series, and whether each one-pass result is accepted.
        @inline(__always)
        private func results(_ sums: PairSums)
            -> (mean: SIMD2<Double>, slope: SIMD2<Double>, sse: SIMD2<Double>, accepted: SIMDMask<SIMD2<Int64>>) {
            let (s1, s2, s3, c, g) = (sums.s1, sums.s2, sums.s3, sums.c, sums.g)
            let sse = s3 - s1 * s1 * inverseN - s2 * s2 * inverseSxx
            let reach = g * uReach
            let exactLimit = exactFactor * (c * c + reach * reach + s3) + 0x1p-900
            let accepted = (s3 .<= Self.cancellationLimit * sse) .& (sse .> exactLimit)
                .& (sse .<= .greatestFiniteMagnitude)
            return (c + s1 * inverseN, g + s2 * inverseSxx, sse, accepted)
        }

        /// Recomputes series `j` by the two-pass method of `LinearFit` and stores it.
        /// - Returns: Whether every value of the series is finite.
        private func exact(_ j: Int) -> Bool {
            let column = UnsafeBufferPointer(start: values + j &* n, count: n)
            let sums = LinearFit.twoPassSums(values: column, centredYears: UnsafeBufferPointer(start: u, count: n), sxx: sxx)
            let fixed = LinearFit.exactness(n: n, slope: sums.slope, sst: sums.sst, sse: sums.sse, maxAbs: sums.maxAbs,
                                            allEqual: sums.allEqual)
            out.mean[j] = sums.yMean
            out.slope[j] = fixed.slope
            out.sse[j] = fixed.sse
            return column.allSatisfy { $0.isFinite }
        }
    }
}
