// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "Chiffres",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "chiffres", targets: ["chiffres"]),
        .library(name: "Figures", targets: ["Figures"]),
        .library(name: "Money", targets: ["Money"]),
        .library(name: "Trends", targets: ["Trends"]),
        .library(name: "SeriesTable", targets: ["SeriesTable"]),
        .library(name: "Validation", targets: ["Validation"]),
        .library(name: "Tabular", targets: ["Tabular"]),
        .library(name: "Workbook", targets: ["Workbook"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // OpenBLAS (CBLAS) and LAPACKE, from Debian's libopenblas-dev and liblapacke-dev.
        .systemLibrary(
            name: "COpenBLAS",
            providers: [.apt(["libopenblas-dev", "liblapacke-dev"])]
        ),
        .target(name: "LinearAlgebra", dependencies: ["COpenBLAS"]),
        // libdeflate, from Debian's libdeflate-dev: the ECB's rates archive is inflated in place.
        .systemLibrary(name: "CLibdeflate", providers: [.apt(["libdeflate-dev"])]),
        .target(name: "Money", dependencies: ["CLibdeflate"], exclude: ["README.md"]),
        .target(name: "Figures", dependencies: ["Money", "Tabular"], exclude: ["README.md"]),
        .target(name: "Trends", dependencies: ["LinearAlgebra"]),
        // Annual series read from a CSV table (long, wide or the figures CSV): what `trend` and `project` read.
        .target(name: "SeriesTable", dependencies: ["Tabular", "Trends"]),
        .target(name: "Validation", dependencies: ["Figures", "Money"], exclude: ["README.md"]),
        .target(name: "Tabular"),
        // libxlsxwriter, from Debian's libxlsxwriter-dev: native .xlsx workbooks (--format xlsx).
        .systemLibrary(name: "CXlsxWriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "Workbook", dependencies: ["CXlsxWriter", "Tabular"]),
        .executableTarget(
            name: "chiffres",
            dependencies: [
                "Figures", "Money", "Trends", "Validation", "Tabular", "Workbook",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                "SeriesTable", "LinearAlgebra",
            ],
            // The Swift runtime and Foundation linked in: the release command starts in half the time (no
            // symbol lookups across a dozen Swift libraries), which is most of the time of a small command.
            swiftSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))],
            linkerSettings: [.unsafeFlags(["-static-stdlib"], .when(platforms: [.linux], configuration: .release))]
        ),
        .executableTarget(
            name: "ChiffresBench",
            dependencies: ["Figures", "Money", "Trends", "Tabular", "LinearAlgebra", "Workbook"]
        ),
        .executableTarget(
            name: "NotebookRunner",
            dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "Money"], exclude: ["README.md"]),
        .testTarget(name: "MoneyTests", dependencies: ["Money"]),
        .testTarget(name: "LinearAlgebraTests", dependencies: ["LinearAlgebra"]),
        .testTarget(name: "TrendsTests", dependencies: ["Trends", "LinearAlgebra"]),
        .testTarget(name: "ValidationTests", dependencies: ["Validation", "Figures", "Money", "Tabular"]),
        .testTarget(name: "TabularTests", dependencies: ["Tabular"]),
        .testTarget(name: "CLITests", dependencies: ["chiffres", "Workbook", "Tabular"]),
        .testTarget(name: "NotebookRunnerTests", dependencies: ["NotebookRunner", "chiffres"]),
    ],
    swiftLanguageModes: [.v6]
)
