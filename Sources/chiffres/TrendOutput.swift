import ArgumentParser
import SeriesTable
import Tabular
import Trends
import Workbook

#if canImport(Glibc)
import Glibc
#endif

/// Where `trend` and `project` write, in which CSV dialect, and the optional chart.
struct TrendOutputOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Write the CSV to this file (atomically) instead of standard output.")
    var output: String?

    @Option(help: """
        Output format: csv, or xlsx (a workbook with typed cells, an About sheet and, for project, a native chart; \
        needs --output; numbers as doubles).
        """)
    var format: TableFormat = .csv

    @OptionGroup(title: "CSV dialect")
    var csv: CSVDialectOptions

    @Option(help: "Also draw the series (at most 12) with their fits as an SVG chart in this file.")
    var svg: String?

    /// The CSV dialect chosen.
    var dialect: CSVDialect { csv.dialect }

    func validate() throws {
        guard format == .xlsx else { return }
        if csv.isGiven { throw ValidationError("The CSV dialect options do not apply to --format xlsx.") }
        try WorkbookOutputCheck.validate(output)
    }

    /// Refuses an `--output` or `--svg` that is the input, a device, a FIFO, a folder or a symbolic link.
    func validateTargets(input: String) throws {
        try OutputTarget.validate(output, option: "--output", inputs: [input])
        try OutputTarget.validate(svg, option: "--svg", inputs: [input])
        if let output, output == svg {
            throw ValidationError("--output and --svg name the same file; give two files.")
        }
    }

    /// The rows' writer: CSV, or the sheet `name` of a new workbook (returned too).
    func makeWriter(header: [String], sheet name: String) throws -> (TableWriter, WorkbookOutput?) {
        guard format == .xlsx, let output else { return (TableWriter(dialect: dialect, header: header), nil) }
        do {
            let book = try WorkbookOutput(path: output)
            return (try book.table(name, columns: header), book)
        } catch {
            standardError("chiffres: \(error)")
            throw ExitCode.failure
        }
    }
}

/// The formats of a table output.
enum TableFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, xlsx
}

/// Reading the input file and writing results, shared by `trend` and `project`.
enum TrendIO {
    /// Writes the rows (and the chart when `--svg` asks for it), reports the problems, and fails with exit status 1
    /// when there were any.
    static func finish(_ writer: TableWriter, workbook: WorkbookOutput?, out: TrendOutputOptions,
                       chart: @autoclosure () -> Chart, workbookCharts: [LineChart] = [],
                       inputFile: String, seriesCount: Int, problems: [SeriesProblem]) throws {
        if let csv = writer.csv { try write(csv.bytes, to: out.output) }
        if let workbook {
            do {
                for c in workbookCharts { try workbook.book.addChart(c) }
                var about = About(inputs: [inputFile])
                about.addShippedSources([inputFile])
                try workbook.finish(about: about)
            } catch {
                workbook.abandon()
                standardError("chiffres: \(error)")
                throw ExitCode.failure
            }
        }
        if let svg = out.svg {
            if seriesCount > 12 {
                standardError("chiffres: the chart shows the first 12 of \(seriesCount) series; filter with --where")
            }
            try write(Array(chart().svg().utf8), to: svg)
        }
        report(problems)
        if !problems.isEmpty { throw ExitCode(1) }
    }

    /// The series of the input file, or exit status 1 (reason on standard error) when it cannot be read at all.
    static func series(_ options: SeriesInputOptions) throws -> SeriesInput {
        do { return try SeriesInput(bytes: read(options.file), source: options.file, options: options) } catch {
            report([error])
            throw ExitCode(1)
        }
    }

    /// The bytes of `path` (or standard input for `-`).
    static func read(_ path: String) throws(SeriesProblem) -> [UInt8] {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            switch FileIO.openForReading(path) {
            case .success(let opened): fd = opened
            case .failure(let failure):
                throw SeriesProblem(series: nil, message: "\(path): cannot open (\(failure.message)); check the path")
            }
        }
        defer { if fd > 0 { close(fd) } }
        switch FileIO.readAll(fd) {
        case .success(let bytes):
            if bytes.isEmpty { throw SeriesProblem(series: nil, message: "\(path): the file is empty; give a CSV with a header row") }
            return bytes
        case .failure(let failure):
            throw SeriesProblem(series: nil, message: "\(path): cannot read (\(failure.message))")
        }
    }

    /// Writes `bytes` to `path` atomically, or to standard output when `path` is `nil`.
    static func write(_ bytes: [UInt8], to path: String?) throws {
        let sink = try OutputSink(path: path)
        try sink.write(bytes)
        try sink.commit()
    }

    /// Reports every problem on standard error.
    static func report(_ problems: [SeriesProblem]) {
        for p in problems { standardError("chiffres: \(p.message)") }
    }
}

/// A row cell for the CSV writer: a number, or empty when undefined.
extension CSVField {
    /// `.double` for a finite value, `.empty` for `nil`, NaN or an infinity.
    static func number(_ v: Double?) -> CSVField {
        guard let v, v.isFinite else { return .empty }
        return .double(v, places: nil)
    }
    /// `.integer` or `.empty`.
    static func whole(_ v: Int?) -> CSVField { v.map { .integer($0) } ?? .empty }
}
