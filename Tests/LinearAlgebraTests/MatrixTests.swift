import Testing
@testable import LinearAlgebra

@Suite struct MatrixTests {
    @Test func columnMajorLayout() throws {
        let m = try Matrix([[1, 2, 3], [4, 5, 6]])
        #expect(m.rows == 2 && m.columns == 3)
        #expect(m.elements == [1, 4, 2, 5, 3, 6])
        #expect(m[1, 2] == 6)
        #expect(m.column(1) == [2, 5])
        #expect(m.transposed == (try Matrix([[1, 4], [2, 5], [3, 6]])))
    }

    @Test func shapeErrorsAreTyped() {
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2, columnMajor: [1, 2, 3]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix([[1, 2], [3]]) }
    }

    @Test func gemmMatchesHandProduct() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])      // 3×2
        let b = try Matrix([[7, 8, 9], [10, 11, 12]])     // 2×3
        let c = try multiply(a, b)
        #expect(c == (try Matrix([[27, 30, 33], [61, 68, 75], [95, 106, 117]])))
        let ctc = try multiply(a, a, transposeA: .transposed)
        #expect(ctc == (try Matrix([[35, 44], [44, 56]])))
        let abT = try multiply(a, a, transposeB: .transposed)
        #expect(abT[0, 2] == 17)
        #expect(throws: LinearAlgebraError.dimensionMismatch(operation: "multiply", detail: "inner dimensions 2 and 3")) {
            try multiply(a, a)
        }
    }

    @Test func gemvBothWays() throws {
        let a = try Matrix([[1, 2], [3, 4], [5, 6]])
        #expect(try multiply(a, [1, -1]) == [-1, -1, -1])
        #expect(try multiply(a, [1, 1, 1], transpose: .transposed) == [9, 12])
        #expect(throws: LinearAlgebraError.self) { try multiply(a, [1, 2, 3]) }
    }
}
