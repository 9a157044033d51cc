import Testing
@testable import LinearAlgebra

@Test func dotProductThroughBLAS() {
    #expect(dot([1, 2, 3], [4, 5, 6]) == 32)
}
