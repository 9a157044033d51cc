import COpenBLAS

/// The Householder QR factorization `A = Q·R` of a full-rank `m × n` matrix (`m ≥ n`), from LAPACK `dgeqrf`.
///
/// Use it when the same design matrix serves several purposes: solving, the unscaled covariance `(AᵀA)⁻¹`
/// of the coefficients, and leverages `gᵀ(AᵀA)⁻¹g` computed stably as `‖R⁻ᵀg‖²` without forming `AᵀA`.
public struct QRFactorization: Sendable {
    /// The number of rows of `A`.
    public let rows: Int
    /// The number of columns of `A` (the unknowns).
    public let columns: Int
    /// `dgeqrf`'s compact output: `R` in the upper triangle, the Householder vectors below it.
    let factors: [Double]
    /// The Householder scalars.
    let tau: [Double]

    /// Factorizes `a`.
    ///
    /// - Parameter a: An `m × n` matrix with `m ≥ n`, finite, of full column rank.
    /// - Throws: `LinearAlgebraError.rankDeficient` when a diagonal entry of `R` is negligible
    ///   (below `max(m, n) · ε · max|Rᵢᵢ|`), `.nonFinite` for NaN or infinities, `.invalidShape` for an empty matrix.
    public init(_ a: Matrix) throws(LinearAlgebraError) {
        let m = a.rows, n = a.columns
        guard n > 0 else { throw .invalidShape(detail: "QR of a matrix with no columns") }
        guard m >= n else { throw .rankDeficient(rank: m, columns: n) }
        guard a.isFinite else { throw .nonFinite(operation: "QR factorization") }
        var f = a.elements
        var t = [Double](repeating: 0, count: n)
        let info = f.withUnsafeMutableBufferPointer { fp in
            t.withUnsafeMutableBufferPointer { tp in
                LAPACKE_dgeqrf(LAPACK.columnMajor, Int32(m), Int32(n), fp.baseAddress, Int32(m), tp.baseAddress)
            }
        }
        guard info == 0 else { throw .lapack(routine: "dgeqrf", info: Int(info)) }
        var maxDiagonal = 0.0
        for i in 0..<n { maxDiagonal = max(maxDiagonal, abs(f[i + i * m])) }
        let tolerance = LAPACK.rankTolerance(rows: m, columns: n) * maxDiagonal
        let rank = (0..<n).filter { abs(f[$0 + $0 * m]) > tolerance }.count
        guard rank == n, maxDiagonal > 0 else { throw .rankDeficient(rank: rank, columns: n) }
        rows = m
        columns = n
        factors = f
        tau = t
    }

    /// The upper-triangular factor `R` (`n × n`).
    public var r: Matrix {
        var out = Matrix(rows: columns, columns: columns)
        for j in 0..<columns {
            for i in 0...j { out[i, j] = factors[i + j * rows] }
        }
        return out
    }

    /// The least-squares solution of `min ‖A·x − b‖₂` and its residual sum of squares.
    ///
    /// - Parameter b: The right-hand side, of length `rows`.
    /// - Returns: `x` (length `columns`) and `‖A·x − b‖²` (from the part of `Qᵀb` that `R` cannot reach).
    /// - Throws: `LinearAlgebraError.dimensionMismatch` or `.nonFinite`.
    public func solve(_ b: [Double]) throws(LinearAlgebraError) -> (solution: [Double], residualSumOfSquares: Double) {
        guard b.count == rows else {
            throw .dimensionMismatch(operation: "QR solve", detail: "\(rows) rows, right-hand side of length \(b.count)")
        }
        guard b.allSatisfy({ $0.isFinite }) else { throw .nonFinite(operation: "QR solve") }
        var qtb = b
        var f = factors
        let m = rows, n = columns
        let info = f.withUnsafeMutableBufferPointer { fp in
            tau.withUnsafeBufferPointer { tp in
                qtb.withUnsafeMutableBufferPointer { bp in
                    LAPACKE_dormqr(LAPACK.columnMajor, LAPACK.char("L"), LAPACK.char("T"), Int32(m), 1, Int32(n),
                                   fp.baseAddress, Int32(m), tp.baseAddress, bp.baseAddress, Int32(m))
                }
            }
        }
        guard info == 0 else { throw .lapack(routine: "dormqr", info: Int(info)) }
        var rss = 0.0
        for i in n..<m { rss += qtb[i] * qtb[i] }
        let x = try triangularSolve(Array(qtb[0..<n]), transposed: false)
        return (x, rss)
    }

    /// Solves `R·x = g` (or `Rᵀ·x = g` when `transposed`) by LAPACK `dtrtrs`.
    ///
    /// - Parameters:
    ///   - g: A vector of length `columns`.
    ///   - transposed: Whether to solve with `Rᵀ`.
    /// - Returns: `x`.
    /// - Throws: `LinearAlgebraError.dimensionMismatch`, or `.singular` for an exactly zero diagonal.
    public func triangularSolve(_ g: [Double], transposed: Bool) throws(LinearAlgebraError) -> [Double] {
        guard g.count == columns else {
            throw .dimensionMismatch(operation: "triangular solve", detail: "order \(columns), vector of length \(g.count)")
        }
        var x = g
        let info = factors.withUnsafeBufferPointer { fp in
            x.withUnsafeMutableBufferPointer { xp in
                LAPACKE_dtrtrs(LAPACK.columnMajor, LAPACK.char("U"), LAPACK.char(transposed ? "T" : "N"),
                               LAPACK.char("N"), Int32(columns), 1, fp.baseAddress, Int32(rows),
                               xp.baseAddress, Int32(columns))
            }
        }
        if info > 0 { throw .singular(pivot: Int(info) - 1) }
        guard info == 0 else { throw .lapack(routine: "dtrtrs", info: Int(info)) }
        return x
    }

    /// The leverage-like quadratic form `gᵀ(AᵀA)⁻¹g`, computed as `‖R⁻ᵀg‖²`.
    ///
    /// - Parameter g: A vector of length `columns`.
    /// - Returns: A non-negative number.
    /// - Throws: `LinearAlgebraError.dimensionMismatch`.
    public func quadraticForm(_ g: [Double]) throws(LinearAlgebraError) -> Double {
        let z = try triangularSolve(g, transposed: true)
        return z.reduce(0) { $0 + $1 * $1 }
    }

    /// The unscaled covariance of least-squares coefficients, `(AᵀA)⁻¹ = R⁻¹R⁻ᵀ` (`n × n`, symmetric).
    ///
    /// - Returns: The matrix; multiply by the residual variance to get the coefficients' covariance.
    /// - Throws: `LinearAlgebraError.singular` (cannot happen after a successful factorization).
    public func unscaledCovariance() throws(LinearAlgebraError) -> Matrix {
        let n = columns
        // Columns of R⁻ᵀ: solve Rᵀ zⱼ = eⱼ; then (AᵀA)⁻¹ = Zᵀ Z where Z = R⁻ᵀ.
        var z = Matrix(rows: n, columns: n)
        for j in 0..<n {
            var e = [Double](repeating: 0, count: n)
            e[j] = 1
            let col = try triangularSolve(e, transposed: true)
            for i in 0..<n { z[i, j] = col[i] }
        }
        return try multiply(z, z, transposeA: .transposed)
    }
}
