extension LinearBatchFit.Sweep {
    /// Loads two consecutive doubles.
    @inline(__always)
    private func load(_ base: UnsafePointer<Double>, _ index: Int) -> SIMD2<Double> {
        UnsafeRawPointer(base + index).loadUnaligned(as: SIMD2<Double>.self)
    }

    /// The level sums of series `j` and `k` (k == j for a last, unpaired series): deviations from the middle of
    /// their end points, c = (first + last)/2, g = 0. One subtraction, two multiplications and three additions per
    /// value, two years at a time.
    @inline(__always)
    func levelSums(_ j: Int, _ k: Int) -> PairSums {
        let a = values + j &* n, b = values + k &* n
        let c = 0.5 * (SIMD2(a[0], b[0]) + SIMD2(a[n &- 1], b[n &- 1]))
        let cA = SIMD2(repeating: c[0]), cB = SIMD2(repeating: c[1])
        var a1 = SIMD2<Double>(), a2 = SIMD2<Double>(), a3 = SIMD2<Double>()
        var b1 = SIMD2<Double>(), b2 = SIMD2<Double>(), b3 = SIMD2<Double>()
        var i = 0
        while i &+ 2 <= n {
            let ui = load(u, i)
            let dA = load(a, i) - cA, dB = load(b, i) - cB
            a1 += dA; a2 += ui * dA; a3 += dA * dA
            b1 += dB; b2 += ui * dB; b3 += dB * dB
            i &+= 2
        }
        if i < n {
            let ui = SIMD2(u[i], 0)
            let dA = SIMD2(a[i] - c[0], 0), dB = SIMD2(b[i] - c[1], 0)
            a1 += dA; a2 += ui * dA; a3 += dA * dA
            b1 += dB; b2 += ui * dB; b3 += dB * dB
        }
        return PairSums(s1: SIMD2(a1[0], b1[0]) + SIMD2(a1[1], b1[1]), s2: SIMD2(a2[0], b2[0]) + SIMD2(a2[1], b2[1]),
                        s3: SIMD2(a3[0], b3[0]) + SIMD2(a3[1], b3[1]), c: c, g: SIMD2())
    }

    /// The chord sums of series `j` and `k`: deviations from the line c + g·u through each series' first and last
    /// points. One more multiplication and addition per value than `levelSums`.
    @inline(__always)
    func chordSums(_ j: Int, _ k: Int) -> PairSums {
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
            let dA = load(a, i) - (cA + gA * ui), dB = load(b, i) - (cB + gB * ui)
            a1 += dA; a2 += ui * dA; a3 += dA * dA
            b1 += dB; b2 += ui * dB; b3 += dB * dB
            i &+= 2
        }
        if i < n {
            let ui = SIMD2(u[i], 0)
            let dA = SIMD2(a[i] - (c[0] + g[0] * u[i]), 0), dB = SIMD2(b[i] - (c[1] + g[1] * u[i]), 0)
            a1 += dA; a2 += ui * dA; a3 += dA * dA
            b1 += dB; b2 += ui * dB; b3 += dB * dB
        }
        return PairSums(s1: SIMD2(a1[0], b1[0]) + SIMD2(a1[1], b1[1]), s2: SIMD2(a2[0], b2[0]) + SIMD2(a2[1], b2[1]),
                        s3: SIMD2(a3[0], b3[0]) + SIMD2(a3[1], b3[1]), c: c, g: g)
    }
}
