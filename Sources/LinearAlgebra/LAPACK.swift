import COpenBLAS

/// Small helpers shared by the LAPACK wrappers of this module.
enum LAPACK {
    /// LAPACKE's code for column-major storage.
    static let columnMajor = Int32(LAPACK_COL_MAJOR)

    /// A LAPACK character argument ("N", "T", "L", "U", ...).
    static func char(_ c: Unicode.Scalar) -> CChar { CChar(truncatingIfNeeded: c.value) }

    /// The relative tolerance under which a pivot of a triangular factor counts as zero.
    static func rankTolerance(rows: Int, columns: Int) -> Double {
        Double(max(rows, columns)) * Double.ulpOfOne
    }
}
