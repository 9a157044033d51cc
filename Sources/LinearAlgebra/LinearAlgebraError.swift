/// Why a linear-algebra operation could not produce a trustworthy result.
///
/// Every routine of this module checks its inputs and the status LAPACK reports, and throws one of these
/// instead of returning garbage (NaN, infinities or a meaningless solution).
public enum LinearAlgebraError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The operands' shapes do not fit together (for example a 3×2 times a 3×2).
    case dimensionMismatch(operation: String, detail: String)
    /// A matrix was given with storage whose size does not match its shape, or with a zero dimension.
    case invalidShape(detail: String)
    /// An input contains NaN or an infinity.
    case nonFinite(operation: String)
    /// A square system is exactly singular: the pivot at `pivot` (0-based) is zero.
    case singular(pivot: Int)
    /// A least-squares problem has fewer independent columns (`rank`) than unknowns (`columns`).
    case rankDeficient(rank: Int, columns: Int)
    /// A Cholesky factorization failed: the leading minor of order `order` is not positive definite.
    case notPositiveDefinite(order: Int)
    /// LAPACK reported an unexpected status (`info`) from `routine`.
    case lapack(routine: String, info: Int)

    /// A sentence that says what went wrong and what would work.
    public var description: String {
        switch self {
        case let .dimensionMismatch(operation, detail):
            return "\(operation): the shapes do not fit (\(detail))"
        case let .invalidShape(detail):
            return "invalid matrix shape: \(detail)"
        case let .nonFinite(operation):
            return "\(operation): the input contains NaN or an infinity; remove or replace those values"
        case let .singular(pivot):
            return "the system is singular (zero pivot at column \(pivot)); the unknowns are not determined"
        case let .rankDeficient(rank, columns):
            return "the design matrix has rank \(rank) < \(columns) columns: some unknowns are not determined by the data "
                + "(too few distinct points, or collinear columns)"
        case let .notPositiveDefinite(order):
            return "the matrix is not positive definite (leading minor of order \(order)); use a least-squares solve instead"
        case let .lapack(routine, info):
            return "LAPACK \(routine) failed with info = \(info)"
        }
    }
}
