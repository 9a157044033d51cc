extension LinearBatchFit {
    /// The sweep of a batch: for each series, over its deviations d = y − (c + g·u) from a reference line, the matrix
    /// product `[Σd, Σu·d]` and the sum of squares `Σd²`, reading each value from memory once. Then
    /// ȳ = c + Σd/n, b = g + Σu·d/Sxx and SSE = Σd² − (Σd)²/n − (Σu·d)²/Sxx (and SST = SSE + b²·Sxx).
    ///
    /// The subtraction costs about log₂(Σd²/SSE) bits: the relative error of SSE is at most about 2.5·n·u·Σd²/SSE,
    /// u = 2⁻⁵³ (the summation bound of each sum, and the terms (Σd)²/n, (Σu·d)²/Sxx each at most Σd²).
    /// Each series goes through the first of three methods that can vouch for its result:
    /// 1. *Level*: c = (first + last)/2 and g = 0, one subtraction per value. Accepted when
    ///    Σd² ≤ `levelLimit`·SSE, with `levelLimit` = min(1000, max(16, 36 000/n)): an error of SSE below 1e-11
    ///    relative at worst for n ≤ 2250 (about 1e-12 in practice, see the tests). Noisy series pass; strong, smooth
    ///    trends do not.
    /// 2. *Chord*: the line through the first and last points, while the values are still in cache. The chord is
    ///    nowhere farther from the fitted line than the larger end residual, so Σd² ≤ 2(n + 1)·SSE; accepted when
    ///    Σd² ≤ `chordLimit`·SSE (long series with an outlier at an end can exceed it).
    /// 3. *Two-pass*, the method of `LinearFit`, for the rest: exact or constant series, two points, NaN or infinity,
    ///    overflow. These results are identical to the one-by-one fit.
    /// Methods 1 and 2 also require SSE to be clearly above the exact-fit threshold n·(64·ε·max|y|)², using
    /// max|y|² ≤ 3(c² + (g·U)² + Σd²) with U = max|u|, so that the rules for exact fits decide the same way.
    ///
    /// Two series are swept at a time, each with two-lane SIMD over its years (`levelSums`, `chordSums`); the final
    /// arithmetic runs with one series per lane, in a second loop over a block of pairs.
    struct Sweep: @unchecked Sendable {
        /// Where the results go: one slot per series.
        struct Outputs: @unchecked Sendable {
            let mean: UnsafeMutablePointer<Double>, slope: UnsafeMutablePointer<Double>, sse: UnsafeMutablePointer<Double>
        }

        /// What a sweep over a range of series found.
        struct Report {
            /// The first series with a NaN or an infinity, if any.
            var firstBad: Int? = nil
            /// How many series were refitted around their chord.
            var chord = 0
            /// How many series were recomputed by the two-pass method.
            var twoPass = 0

            /// Records series `j`, recomputed by the two-pass method, whose values are finite or not.
            mutating func recomputed(_ j: Int, finite: Bool) {
                twoPass += 1
                if !finite && firstBad == nil { firstBad = j }
            }

            /// Adds the counts of another sweep, keeping the lowest bad series.
            mutating func add(_ other: Report) {
                chord += other.chord
                twoPass += other.twoPass
                if let bad = other.firstBad { firstBad = Swift.min(firstBad ?? bad, bad) }
            }
        }

        /// The sums of two series (one per lane) and their reference lines c + g·u.
        struct PairSums {
            var s1: SIMD2<Double>, s2: SIMD2<Double>, s3: SIMD2<Double>, c: SIMD2<Double>, g: SIMD2<Double>
        }

        /// How many pairs of series the first loop sums before the second finishes them.
        static let blockPairs = 32
        /// The chord's result is accepted when Σd² ≤ this × SSE.
        static let chordLimit = 16.0

        let values: UnsafePointer<Double>, u: UnsafePointer<Double>
        let n: Int, sxx: Double
        let out: Outputs
        let inverseN: Double, inverseSxx: Double, inverseSpan: Double, uMiddle: Double, uReach: Double
        /// The level sums are accepted when Σd² ≤ this × SSE.
        let levelLimit: Double
        /// 4 (a margin) · 3 · n · (64ε)²: times 3(c² + (g·U)² + Σd²), the exact-fit threshold with a margin.
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
            levelLimit = Swift.min(1000, Swift.max(Self.chordLimit, 36_000 / Double(n)))
            let noise = 64 * Double.ulpOfOne
            exactFactor = 4 * 3 * Double(n) * noise * noise
        }

        /// Sweeps the series in `range`, a block of pairs at a time: the first loop reads the values and sums each
        /// pair, the second turns the block's sums into results. Splitting them keeps the long dependency chain of the
        /// final arithmetic out of the loop that reads memory.
        func run(_ range: Range<Int>) -> Report {
            var report = Report()
            withUnsafeTemporaryAllocation(of: PairSums.self, capacity: Self.blockPairs) { block in
                guard let sums = block.baseAddress else { return }
                var j = range.lowerBound
                while j < range.upperBound {
                    let pairs = Swift.min(Self.blockPairs, (range.upperBound - j + 1) / 2)
                    for p in 0..<pairs {
                        let a = j &+ 2 &* p
                        sums[p] = levelSums(a, a &+ 1 < range.upperBound ? a &+ 1 : a)
                    }
                    let whole = j &+ 2 &* pairs <= range.upperBound ? pairs : pairs &- 1
                    for p in 0..<whole { finish(sums[p], j &+ 2 &* p, into: &report) }
                    if whole < pairs { finishLast(sums[whole], j &+ 2 &* whole, into: &report) }
                    j &+= 2 &* pairs
                }
            }
            return report
        }

        /// The results of series `j` and `j + 1` from their level sums, falling back to the chord, then to the
        /// two-pass method, lane by lane.
        @inline(__always)
        private func finish(_ sums: PairSums, _ j: Int, into report: inout Report) {
            var (mean, slope, sse, accepted) = results(sums, limit: levelLimit)
            if !all(accepted) {
                let chord = results(chordSums(j, j &+ 1), limit: Self.chordLimit)
                let refused = .!accepted
                mean.replace(with: chord.mean, where: refused)
                slope.replace(with: chord.slope, where: refused)
                sse.replace(with: chord.sse, where: refused)
                report.chord &+= (refused[0] ? 1 : 0) &+ (refused[1] ? 1 : 0)
                accepted = accepted .| chord.accepted
            }
            UnsafeMutableRawPointer(out.mean + j).storeBytes(of: mean, as: SIMD2<Double>.self)
            UnsafeMutableRawPointer(out.slope + j).storeBytes(of: slope, as: SIMD2<Double>.self)
            UnsafeMutableRawPointer(out.sse + j).storeBytes(of: sse, as: SIMD2<Double>.self)
            if !all(accepted) {
                if !accepted[0] { report.recomputed(j, finite: exact(j)) }
                if !accepted[1] { report.recomputed(j &+ 1, finite: exact(j &+ 1)) }
            }
        }

        /// The result of a last, unpaired series `j` (both lanes hold it), with the same fallbacks.
        private func finishLast(_ sums: PairSums, _ j: Int, into report: inout Report) {
            var (mean, slope, sse, accepted) = results(sums, limit: levelLimit)
            if !accepted[0] {
                (mean, slope, sse, accepted) = results(chordSums(j, j), limit: Self.chordLimit)
                report.chord &+= 1
            }
            out.mean[j] = mean[0]; out.slope[j] = slope[0]; out.sse[j] = sse[0]
            if !accepted[0] { report.recomputed(j, finite: exact(j)) }
        }

        /// ȳ, b and SSE of two series from their sums, and whether each result is accepted under `limit`.
        @inline(__always)
        private func results(_ sums: PairSums, limit: Double)
            -> (mean: SIMD2<Double>, slope: SIMD2<Double>, sse: SIMD2<Double>, accepted: SIMDMask<SIMD2<Int64>>) {
            let (s1, s2, s3, c, g) = (sums.s1, sums.s2, sums.s3, sums.c, sums.g)
            let sse = s3 - s1 * s1 * inverseN - s2 * s2 * inverseSxx
            let reach = g * uReach
            let exactLimit = exactFactor * (c * c + reach * reach + s3) + 0x1p-900
            let accepted = (s3 .<= limit * sse) .& (sse .> exactLimit) .& (sse .<= .greatestFiniteMagnitude)
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
