// swift-tools-version: 6.1
// Fuzz targets for Chiffres (libFuzzer). Built only by `make fuzz`, with -sanitize=fuzzer,address, in .build-fuzz/.
import PackageDescription

/// One fuzz target: an executable that hands libFuzzer's inputs to one reader of the package.
func fuzzTarget(_ name: String, _ products: [String]) -> Target {
    .executableTarget(
        name: name,
        dependencies: ["CFuzzerDriver"] + products.map { .product(name: $0, package: "Chiffres") }
    )
}

let package = Package(
    name: "ChiffresFuzz",
    dependencies: [.package(name: "Chiffres", path: "..")],
    targets: [
        .systemLibrary(name: "CFuzzerDriver"),
        fuzzTarget("FuzzExtract", ["Figures"]),
        fuzzTarget("FuzzJSONLines", ["Figures"]),
        fuzzTarget("FuzzCSV", ["Tabular"]),
        fuzzTarget("FuzzRates", ["Money"]),
        fuzzTarget("FuzzHTML", ["Figures"]),
        fuzzTarget("FuzzSeries", ["SeriesTable", "Trends"]),
    ],
    swiftLanguageModes: [.v6]
)
