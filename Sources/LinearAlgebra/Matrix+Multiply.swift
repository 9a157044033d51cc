import COpenBLAS

/// Whether an operand of a product is used as stored or transposed.
public enum Transpose: Sendable {
    /// Use the matrix as stored.
    case none
    /// Use its transpose.
    case transposed

    var cblas: CBLAS_TRANSPOSE { self == .none ? CblasNoTrans : CblasTrans }
}

/// The matrix product `op(a) · op(b)`, computed by BLAS `dgemm`.
///
/// - Parameters:
///   - a: The left operand.
///   - b: The right operand.
///   - transposeA: Whether to use `aᵀ` (default: no).
///   - transposeB: Whether to use `bᵀ` (default: no).
/// - Returns: The product, of shape `rows(op(a)) × columns(op(b))`.
/// - Throws: `LinearAlgebraError.dimensionMismatch` when the inner dimensions differ.
public func multiply(
    _ a: Matrix, _ b: Matrix, transposeA: Transpose = .none, transposeB: Transpose = .none
) throws(LinearAlgebraError) -> Matrix {
    let m = transposeA == .none ? a.rows : a.columns
    let k = transposeA == .none ? a.columns : a.rows
    let kb = transposeB == .none ? b.rows : b.columns
    let n = transposeB == .none ? b.columns : b.rows
    guard k == kb else {
        throw .dimensionMismatch(operation: "multiply", detail: "inner dimensions \(k) and \(kb)")
    }
    var c = Matrix(rows: m, columns: n)
    if m == 0 || n == 0 { return c }
    if k == 0 { return c }
    a.elements.withUnsafeBufferPointer { ap in
        b.elements.withUnsafeBufferPointer { bp in
            c.elements.withUnsafeMutableBufferPointer { cp in
                cblas_dgemm(
                    CblasColMajor, transposeA.cblas, transposeB.cblas, Int32(m), Int32(n), Int32(k),
                    1.0, ap.baseAddress, Int32(max(a.rows, 1)), bp.baseAddress, Int32(max(b.rows, 1)),
                    0.0, cp.baseAddress, Int32(max(m, 1)))
            }
        }
    }
    return c
}

/// The matrix–vector product `op(a) · x`, computed by BLAS `dgemv`.
///
/// - Parameters:
///   - a: The matrix.
///   - x: The vector; its length is the number of columns of `op(a)`.
///   - transpose: Whether to use `aᵀ` (default: no).
/// - Returns: A vector with one entry per row of `op(a)`.
/// - Throws: `LinearAlgebraError.dimensionMismatch` when the lengths differ.
public func multiply(_ a: Matrix, _ x: [Double], transpose: Transpose = .none) throws(LinearAlgebraError) -> [Double] {
    let m = transpose == .none ? a.rows : a.columns
    let n = transpose == .none ? a.columns : a.rows
    guard x.count == n else {
        throw .dimensionMismatch(operation: "multiply", detail: "matrix has \(n) columns, vector has \(x.count) entries")
    }
    var y = [Double](repeating: 0, count: m)
    if m == 0 || n == 0 { return y }
    a.elements.withUnsafeBufferPointer { ap in
        x.withUnsafeBufferPointer { xp in
            y.withUnsafeMutableBufferPointer { yp in
                cblas_dgemv(
                    CblasColMajor, transpose.cblas,
                    Int32(a.rows), Int32(a.columns), 1.0, ap.baseAddress, Int32(max(a.rows, 1)),
                    xp.baseAddress, 1, 0.0, yp.baseAddress, 1)
            }
        }
    }
    return y
}

/// Raw `dgemm` on column-major buffers, for callers in this package that multiply panels of a large matrix
/// in place (batch fitting) without copying: `c = alpha · op(a) · op(b) + beta · c`.
///
/// The caller guarantees the pointers cover the shapes given; nothing here is reachable from user input directly.
package func gemm(
    transposeA: Transpose, transposeB: Transpose, m: Int, n: Int, k: Int, alpha: Double,
    a: UnsafePointer<Double>, lda: Int, b: UnsafePointer<Double>, ldb: Int,
    beta: Double, c: UnsafeMutablePointer<Double>, ldc: Int
) {
    cblas_dgemm(
        CblasColMajor, transposeA.cblas, transposeB.cblas, Int32(m), Int32(n), Int32(k),
        alpha, a, Int32(lda), b, Int32(ldb), beta, c, Int32(ldc))
}

/// The number of threads OpenBLAS uses for one call.
package var blasThreadCount: Int {
    get { Int(openblas_get_num_threads()) }
    set { openblas_set_num_threads(Int32(newValue)) }
}
