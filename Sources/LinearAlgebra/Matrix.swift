/// A dense matrix of `Double` stored column by column (column-major), as BLAS and LAPACK expect it.
///
/// Element `(i, j)` lives at `elements[i + j * rows]`. Each column is contiguous, so a batch of series
/// sharing their years is naturally a matrix with one series per column.
public struct Matrix: Equatable, Sendable, CustomStringConvertible {
    /// The number of rows.
    public let rows: Int
    /// The number of columns.
    public let columns: Int
    /// The elements in column-major order; `elements.count == rows * columns`.
    public internal(set) var elements: [Double]

    /// A `rows × columns` matrix with every element equal to `value`.
    ///
    /// - Parameters:
    ///   - rows: The number of rows (at least 0).
    ///   - columns: The number of columns (at least 0).
    ///   - value: The value of every element (0 by default).
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = max(rows, 0)
        self.columns = max(columns, 0)
        self.elements = Array(repeating: value, count: self.rows * self.columns)
    }

    /// A matrix over column-major storage.
    ///
    /// - Parameters:
    ///   - rows: The number of rows.
    ///   - columns: The number of columns.
    ///   - elements: `rows * columns` values, column after column.
    /// - Throws: `LinearAlgebraError.invalidShape` when the count does not match the shape.
    public init(rows: Int, columns: Int, columnMajor elements: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw .invalidShape(detail: "\(elements.count) elements for a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix written row by row, as it reads on paper: `try Matrix([[1, 2], [3, 4]])`.
    ///
    /// - Parameter rowList: The rows; all must have the same length.
    /// - Throws: `LinearAlgebraError.invalidShape` for ragged rows.
    public init(_ rowList: [[Double]]) throws(LinearAlgebraError) {
        let r = rowList.count
        let c = rowList.first?.count ?? 0
        guard rowList.allSatisfy({ $0.count == c }) else {
            throw .invalidShape(detail: "rows of different lengths")
        }
        var storage = [Double](repeating: 0, count: r * c)
        for i in 0..<r {
            for j in 0..<c { storage[i + j * r] = rowList[i][j] }
        }
        self.rows = r
        self.columns = c
        self.elements = storage
    }

    /// A column vector (an `n × 1` matrix).
    ///
    /// - Parameter values: The entries of the column.
    public init(column values: [Double]) {
        self.rows = values.count
        self.columns = 1
        self.elements = values
    }

    /// The `n × n` identity matrix.
    ///
    /// - Parameter n: The order.
    /// - Returns: A matrix with ones on the diagonal and zeros elsewhere.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<max(n, 0) { m.elements[i + i * n] = 1 }
        return m
    }

    /// The element at row `row` and column `column` (both 0-based).
    public subscript(row: Int, column: Int) -> Double {
        get {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            return elements[row + column * rows]
        }
        set {
            precondition(row >= 0 && row < rows && column >= 0 && column < columns, "Matrix index out of range")
            elements[row + column * rows] = newValue
        }
    }

    /// The entries of column `j`.
    ///
    /// - Parameter j: A column index, `0 ..< columns`.
    /// - Returns: The `rows` values of that column.
    public func column(_ j: Int) -> [Double] {
        Array(elements[(j * rows)..<((j + 1) * rows)])
    }

    /// The transpose: a `columns × rows` matrix.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for j in 0..<columns {
            for i in 0..<rows { t.elements[j + i * columns] = elements[i + j * rows] }
        }
        return t
    }

    /// Whether every element is finite (no NaN, no infinity).
    public var isFinite: Bool { elements.allSatisfy { $0.isFinite } }

    /// The matrix row by row, for debugging.
    public var description: String {
        (0..<rows).map { i in (0..<columns).map { j in "\(self[i, j])" }.joined(separator: " ") }
            .joined(separator: "\n")
    }
}
