import Foundation
import Testing

/// Runs the built `chiffres` binary for the money commands (`convert`, `rates`).
enum MoneyCLI {
    /// What a run gave.
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// The binary: beside the running tests, else in `.build/debug`.
    static let binary: URL? = {
        var folders: [URL] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            folders.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        folders.append(root.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("chiffres") }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }()

    /// Runs `chiffres arguments…` (the built one, or `binary`) in `folder` (the package root by default) with extra
    /// environment.
    static func run(_ arguments: [String], in folder: URL = root, binary: URL? = nil,
                    environment: [String: String] = [:]) throws -> Run {
        let binary = try #require(binary ?? Self.binary, "build the chiffres product first (swift build)")
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var env = ProcessInfo.processInfo.environment
        env["CHIFFRES_DATASETS"] = nil
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        nonisolated(unsafe) var err = Data()
        let reader = Thread { err = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !reader.isFinished { usleep(1000) }
        return Run(status: process.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                   stderr: String(decoding: err, as: UTF8.self))
    }

    /// A copy of the built binary at `<prefix>/bin/chiffres`, the layout `make install` makes.
    static func copyOfBinary(into prefix: URL) throws -> URL {
        let built = try #require(binary, "build the chiffres product first (swift build)")
        let bin = prefix.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        let copy = bin.appendingPathComponent("chiffres")
        try FileManager.default.copyItem(at: built, to: copy)
        return copy
    }

    /// A fresh temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chiffres-money-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// The shipped `eurofxref-hist.csv`, unzipped with `unzip -p`.
    static func shippedCSV() throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["unzip", "-p", root.appendingPathComponent("datasets/rates/eurofxref-hist.zip").path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
