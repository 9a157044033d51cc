import Testing
@testable import LinearAlgebra

/// A line through known points: y = 2 + 3x exactly, then with residuals whose sum of squares is known.
@Suite struct LeastSquaresTests {
    let design = try! Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])

    @Test(arguments: [LeastSquaresMethod.qr, .svd()])
    func exactLine(method: LeastSquaresMethod) throws {
        let y = Matrix(column: [2, 5, 8, 11])
        let s = try leastSquares(design, y, method: method)
        #expect(abs(s.coefficients[0, 0] - 2) < 1e-13)
        #expect(abs(s.coefficients[1, 0] - 3) < 1e-13)
        #expect(s.residualSumOfSquares[0] < 1e-24)
        #expect(s.rank == 2)
    }

    @Test(arguments: [LeastSquaresMethod.qr, .svd()])
    func noisyLineAgainstClosedForm(method: LeastSquaresMethod) throws {
        let x: [Double] = [0, 1, 2, 3]
        let yv: [Double] = [1, 3, 2, 5]
        // Closed form: slope = Sxy/Sxx with centred x.
        let xm = 1.5, ym = 2.75
        let sxy = zip(x, yv).reduce(0) { $0 + ($1.0 - xm) * ($1.1 - ym) }
        let slope = sxy / 5.0
        let intercept = ym - slope * xm
        let sse = zip(x, yv).reduce(0) { let r = $1.1 - intercept - slope * $1.0; return $0 + r * r }
        let s = try leastSquares(design, Matrix(column: yv), method: method)
        #expect(abs(s.coefficients[1, 0] - slope) < 1e-13)
        #expect(abs(s.coefficients[0, 0] - intercept) < 1e-13)
        #expect(abs(s.residualSumOfSquares[0] - sse) < 1e-12)
    }

    @Test func rankDeficientIsAnErrorNotGarbage() throws {
        let collinear = try Matrix([[1, 2], [2, 4], [3, 6]])
        let y = Matrix(column: [1, 2, 3])
        #expect(throws: LinearAlgebraError.rankDeficient(rank: 1, columns: 2)) { try leastSquares(collinear, y) }
        #expect(throws: LinearAlgebraError.rankDeficient(rank: 1, columns: 2)) {
            try leastSquares(collinear, y, method: .svd())
        }
        let minNorm = try leastSquares(collinear, y, method: .svd(allowRankDeficient: true))
        #expect(minNorm.rank == 1)
        // Minimum-norm solution of x1 + 2 x2 = 1 is (0.2, 0.4).
        #expect(abs(minNorm.coefficients[0, 0] - 0.2) < 1e-12)
        #expect(abs(minNorm.coefficients[1, 0] - 0.4) < 1e-12)
        #expect(throws: LinearAlgebraError.self) { try QRFactorization(collinear) }
    }

    @Test func underdeterminedAndNonFiniteAreRejected() throws {
        let wide = try Matrix([[1, 2, 3]])
        #expect(throws: LinearAlgebraError.self) { try leastSquares(wide, Matrix(column: [1])) }
        let y = Matrix(column: [1, .nan, 3, 4])
        #expect(throws: LinearAlgebraError.nonFinite(operation: "leastSquares")) { try leastSquares(design, y) }
    }

    @Test func qrCovarianceAndQuadraticForm() throws {
        let qr = try QRFactorization(design)
        let (x, rss) = try qr.solve([1, 3, 2, 5])
        let reference = try leastSquares(design, Matrix(column: [1, 3, 2, 5]))
        #expect(abs(x[0] - reference.coefficients[0, 0]) < 1e-13)
        #expect(abs(rss - reference.residualSumOfSquares[0]) < 1e-12)
        // (XᵀX)⁻¹ for x = 0...3: XᵀX = [[4, 6], [6, 14]], inverse = [[14, -6], [-6, 4]] / 20.
        let cov = try qr.unscaledCovariance()
        #expect(abs(cov[0, 0] - 0.7) < 1e-14 && abs(cov[0, 1] + 0.3) < 1e-14 && abs(cov[1, 1] - 0.2) < 1e-14)
        // g = (1, 4): gᵀ(XᵀX)⁻¹g = 0.7 - 2·0.3·4 + 0.2·16 = 1.5
        #expect(abs(try qr.quadraticForm([1, 4]) - 1.5) < 1e-13)
    }
}

@Suite struct CholeskyTests {
    @Test func solvesSPDSystem() throws {
        let a = try Matrix([[4, 2], [2, 3]])
        let x = try choleskySolve(a, Matrix(column: [2, 1]))
        // 4x + 2y = 2, 2x + 3y = 1 → x = 0.5, y = 0
        #expect(abs(x[0, 0] - 0.5) < 1e-15 && abs(x[1, 0]) < 1e-15)
    }

    @Test func singularOrIndefiniteThrows() throws {
        let singular = try Matrix([[1, 1], [1, 1]])
        #expect(throws: LinearAlgebraError.self) { try choleskySolve(singular, Matrix(column: [1, 1])) }
        let indefinite = try Matrix([[1, 2], [2, 1]])
        #expect(throws: LinearAlgebraError.notPositiveDefinite(order: 2)) {
            try choleskySolve(indefinite, Matrix(column: [1, 1]))
        }
        #expect(throws: LinearAlgebraError.self) { try choleskySolve(try Matrix([[1, 2, 3]]), Matrix(column: [1])) }
    }
}
