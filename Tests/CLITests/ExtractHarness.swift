import Foundation
import Testing

/// Runs the built `chiffres` binary on temporary files.
enum Chiffres {
    /// What a run gave.
    struct Result {
        var status: Int32
        var stdout: [UInt8]
        var stderr: String
        var output: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: next to the running test executable, else in `.build/debug` of the package.
    static let binary: URL? = {
        var folders: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        if let first = CommandLine.arguments.first {
            folders.append(URL(fileURLWithPath: first).deletingLastPathComponent())
        }
        folders.append(packageRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("chiffres")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return nil
    }()

    /// Runs `chiffres arguments…` in `folder` with `stdin` as standard input.
    static func run(_ arguments: [String], in folder: URL, stdin: [UInt8] = []) throws -> Result {
        let binary = try #require(Self.binary, "build the chiffres product first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes while the process runs, so that neither fills up.
        nonisolated(unsafe) var err = Data()
        let reader = Thread { err = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        try input.fileHandleForWriting.write(contentsOf: Data(stdin))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Result(status: process.terminationStatus, stdout: Array(out), stderr: String(decoding: err, as: UTF8.self))
    }
}

/// A fresh temporary folder holding the given files (path -> bytes), removed by `remove()`.
struct Scratch {
    let url: URL

    init(_ files: [String: [UInt8]] = [:]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("chiffres-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (path, bytes) in files { try write(path, bytes) }
    }

    init(_ files: [String: String]) throws {
        try self.init(files.mapValues { Array($0.utf8) })
    }

    func write(_ path: String, _ bytes: [UInt8]) throws {
        let file = url.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: file)
    }

    func read(_ path: String) -> [UInt8]? {
        (try? Data(contentsOf: url.appendingPathComponent(path))).map(Array.init)
    }

    func contents(of folder: String = "") -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path)) ?? []).sorted()
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

/// The figures CSV header in the default dialect.
let figuresHeader = "doc,start,end,text,kind,value,high,currency,approx,change,year,date,sentence,year_resolved,currency_basis\n"

/// Text without any figure.
let noFigures = "Les ministres de la Défense se réunissent à Bruxelles.\n"
