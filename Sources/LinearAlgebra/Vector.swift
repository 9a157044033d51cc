import COpenBLAS

/// The dot product `Σ xᵢ·yᵢ`, computed by BLAS `ddot`.
///
/// - Precondition: `x` and `y` have the same length.
public func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: lengths differ")
    return x.withUnsafeBufferPointer { xp in
        y.withUnsafeBufferPointer { yp in
            cblas_ddot(Int32(x.count), xp.baseAddress, 1, yp.baseAddress, 1)
        }
    }
}
