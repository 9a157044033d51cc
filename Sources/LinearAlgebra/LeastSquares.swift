import COpenBLAS

/// How `leastSquares` solves `min ‖A·x − b‖₂`.
public enum LeastSquaresMethod: Sendable, Equatable {
    /// Householder QR through LAPACK `dgels`: fast, for full-rank problems. A rank-deficient `A` throws.
    case qr
    /// Singular value decomposition through LAPACK `dgelsd`. Singular values below `rcond · σ_max` count as zero.
    /// A rank-deficient `A` throws unless `allowRankDeficient` is set; then the minimum-norm solution is returned.
    case svd(rcond: Double = -1, allowRankDeficient: Bool = false)
}

/// The solution of a linear least-squares problem.
public struct LeastSquaresSolution: Sendable, Equatable {
    /// The solution, `columns(A) × columns(b)`: one column of coefficients per right-hand side.
    public let coefficients: Matrix
    /// The residual sum of squares `‖A·x − b‖²` for each right-hand side.
    public let residualSumOfSquares: [Double]
    /// The effective rank of `A`.
    public let rank: Int
    /// The singular values of `A`, largest first (SVD method only; empty for QR).
    public let singularValues: [Double]
}

/// Solves the least-squares problem `min ‖A·x − b‖₂` for each column of `b`.
///
/// - Parameters:
///   - a: The design matrix, `m × n` with `m ≥ n`.
///   - b: The right-hand sides, `m × k`.
///   - method: `.qr` (`dgels`, the default) or `.svd(...)` (`dgelsd`).
/// - Returns: The coefficients, residual sums of squares and rank.
/// - Throws: `LinearAlgebraError` for mismatched shapes, NaN or infinities, fewer rows than columns, or a
///   rank-deficient `A` (unless the SVD method allows it).
public func leastSquares(
    _ a: Matrix, _ b: Matrix, method: LeastSquaresMethod = .qr
) throws(LinearAlgebraError) -> LeastSquaresSolution {
    let m = a.rows, n = a.columns, k = b.columns
    guard b.rows == m else {
        throw .dimensionMismatch(operation: "leastSquares", detail: "A has \(m) rows, b has \(b.rows)")
    }
    guard n > 0, k > 0 else { throw .invalidShape(detail: "leastSquares needs at least one unknown and one right-hand side") }
    guard m >= n else { throw .rankDeficient(rank: m, columns: n) }
    guard a.isFinite, b.isFinite else { throw .nonFinite(operation: "leastSquares") }

    var work = a.elements
    var rhs = b.elements
    var info: Int32 = 0
    var rank = n
    var singular: [Double] = []
    switch method {
    case .qr:
        info = work.withUnsafeMutableBufferPointer { ap in
            rhs.withUnsafeMutableBufferPointer { bp in
                LAPACKE_dgels(LAPACK.columnMajor, LAPACK.char("N"), Int32(m), Int32(n), Int32(k),
                              ap.baseAddress, Int32(m), bp.baseAddress, Int32(m))
            }
        }
        if info > 0 { throw .rankDeficient(rank: Int(info) - 1, columns: n) }
        guard info == 0 else { throw .lapack(routine: "dgels", info: Int(info)) }
        var maxDiagonal = 0.0
        for i in 0..<n { maxDiagonal = max(maxDiagonal, abs(work[i + i * m])) }
        let tolerance = LAPACK.rankTolerance(rows: m, columns: n) * maxDiagonal
        let effective = (0..<n).filter { abs(work[$0 + $0 * m]) > tolerance }.count
        if effective < n { throw .rankDeficient(rank: effective, columns: n) }
    case let .svd(rcond, allowRankDeficient):
        singular = [Double](repeating: 0, count: n)
        var r: Int32 = 0
        info = work.withUnsafeMutableBufferPointer { ap in
            rhs.withUnsafeMutableBufferPointer { bp in
                singular.withUnsafeMutableBufferPointer { sp in
                    LAPACKE_dgelsd(LAPACK.columnMajor, Int32(m), Int32(n), Int32(k), ap.baseAddress, Int32(m),
                                   bp.baseAddress, Int32(m), sp.baseAddress, rcond, &r)
                }
            }
        }
        guard info == 0 else { throw .lapack(routine: "dgelsd", info: Int(info)) }
        rank = Int(r)
        if rank < n && !allowRankDeficient { throw .rankDeficient(rank: rank, columns: n) }
    }

    var coefficients = Matrix(rows: n, columns: k)
    var rss = [Double](repeating: 0, count: k)
    for j in 0..<k {
        for i in 0..<n { coefficients[i, j] = rhs[i + j * m] }
        if rank == n && m > n {
            var s = 0.0
            for i in n..<m { s += rhs[i + j * m] * rhs[i + j * m] }
            rss[j] = s
        }
    }
    if rank < n || method != .qr {
        // dgelsd does not leave the residual in b's tail for rank-deficient problems: compute it directly.
        let fitted = try multiply(a, coefficients)
        for j in 0..<k {
            var s = 0.0
            for i in 0..<m { let d = b[i, j] - fitted[i, j]; s += d * d }
            rss[j] = s
        }
    }
    return LeastSquaresSolution(coefficients: coefficients, residualSumOfSquares: rss, rank: rank, singularValues: singular)
}
