import COpenBLAS

/// Solves `A·X = B` for a symmetric positive-definite `A` by Cholesky factorization (LAPACK `dpotrf` + `dpotrs`).
///
/// Only the lower triangle of `a` is read.
///
/// - Parameters:
///   - a: A symmetric positive-definite `n × n` matrix.
///   - b: The right-hand sides, `n × k`.
/// - Returns: `X`, `n × k`.
/// - Throws: `LinearAlgebraError.notPositiveDefinite` when `a` is not positive definite (for example singular),
///   `.dimensionMismatch`, `.nonFinite`.
public func choleskySolve(_ a: Matrix, _ b: Matrix) throws(LinearAlgebraError) -> Matrix {
    let n = a.rows
    guard a.columns == n else { throw .dimensionMismatch(operation: "choleskySolve", detail: "A is \(a.rows)×\(a.columns), not square") }
    guard b.rows == n else { throw .dimensionMismatch(operation: "choleskySolve", detail: "A has order \(n), b has \(b.rows) rows") }
    guard n > 0 else { throw .invalidShape(detail: "choleskySolve of an empty system") }
    guard a.isFinite, b.isFinite else { throw .nonFinite(operation: "choleskySolve") }
    var factor = a.elements
    let info = factor.withUnsafeMutableBufferPointer { fp in
        LAPACKE_dpotrf(LAPACK.columnMajor, LAPACK.char("L"), Int32(n), fp.baseAddress, Int32(n))
    }
    if info > 0 { throw .notPositiveDefinite(order: Int(info)) }
    guard info == 0 else { throw .lapack(routine: "dpotrf", info: Int(info)) }
    // dpotrf succeeds on matrices that are numerically singular; refuse a factor with a negligible pivot.
    var maxPivot = 0.0, minPivot = Double.infinity
    for i in 0..<n { maxPivot = max(maxPivot, factor[i + i * n]); minPivot = min(minPivot, factor[i + i * n]) }
    if minPivot <= Double(n) * Double.ulpOfOne * maxPivot { throw .notPositiveDefinite(order: n) }
    var x = b.elements
    let k = b.columns
    let info2 = factor.withUnsafeBufferPointer { fp in
        x.withUnsafeMutableBufferPointer { xp in
            LAPACKE_dpotrs(LAPACK.columnMajor, LAPACK.char("L"), Int32(n), Int32(k), fp.baseAddress, Int32(n),
                           xp.baseAddress, Int32(n))
        }
    }
    guard info2 == 0 else { throw .lapack(routine: "dpotrs", info: Int(info2)) }
    return try Matrix(rows: n, columns: k, columnMajor: x)
}
