import Foundation

/// Where the command finds its run-time data (ECB rates, US CPI, NATO table): the one lookup of `datasets/…`.
///
/// The folders tried, in order:
/// 1. `$CHIFFRES_DATASETS`, when set (an explicit choice wins, e.g. a newer edition of the data);
/// 2. beside the executable: `<exe dir>/../share/chiffres/datasets` (what `make install` lays out);
/// 3. the repository the executable was built in: `<repo>/datasets` when the executable sits below a folder with
///    `Package.swift` and `datasets/` (`.build/release/chiffres`);
/// 4. `datasets` in the current directory.
///
/// A file found in the current directory is named relative to it (`datasets/rates/…`), so outputs stay the same
/// wherever the repository is.
enum DatasetsFolder {
    /// One folder tried, and why it is tried.
    struct Candidate {
        /// The folder.
        let path: String
        /// Where it comes from, for the "where I looked" message.
        let origin: String
    }

    /// The folders to try, in order, without duplicates.
    static func candidates(environment: [String: String] = ProcessInfo.processInfo.environment) -> [Candidate] {
        var found: [Candidate] = []
        if let set = environment["CHIFFRES_DATASETS"], !set.isEmpty {
            found.append(Candidate(path: set, origin: "$CHIFFRES_DATASETS"))
        }
        if let exe = executableFolder() {
            let share = URL(fileURLWithPath: exe).appendingPathComponent("../share/chiffres/datasets").standardizedFileURL.path
            found.append(Candidate(path: share, origin: "installed beside the executable"))
            if let repository = repository(above: exe) {
                found.append(Candidate(path: repository + "/datasets", origin: "the repository the executable was built in"))
            }
        }
        found.append(Candidate(path: "datasets", origin: "the current directory"))
        var seen = Set<String>()
        return found.filter { seen.insert(URL(fileURLWithPath: $0.path).standardizedFileURL.path).inserted }
    }

    /// The first existing `<folder>/<relative>` of the candidates, named relative to the current directory when it
    /// lies below it; or an error that lists every place looked at and what to do.
    static func file(_ relative: String, what: String, hint: String) throws(MoneyDataError) -> String {
        let places = candidates()
        for place in places {
            let path = place.path + "/" + relative
            if FileManager.default.fileExists(atPath: path) { return display(path) }
        }
        let looked = places.map { "  \($0.path)/\(relative) (\($0.origin))" }.joined(separator: "\n")
        throw MoneyDataError("""
            \(what) datasets/\(relative) not found; looked in:
            \(looked)
            Set CHIFFRES_DATASETS to a folder laid out like the repository's datasets/, install with make install, \
            run from the repository root, or \(hint).
            """)
    }

    /// The folder of the running executable (symbolic links resolved), when the system says it.
    static func executableFolder() -> String? {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath
        guard let exe, exe.hasPrefix("/") else { return nil }
        return URL(fileURLWithPath: exe).resolvingSymlinksInPath().deletingLastPathComponent().path
    }

    /// The nearest folder at most four levels above `folder` that holds `Package.swift` and `datasets/`.
    static func repository(above folder: String) -> String? {
        var url = URL(fileURLWithPath: folder)
        for _ in 0..<4 {
            url.deleteLastPathComponent()
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path),
               FileManager.default.fileExists(atPath: url.appendingPathComponent("datasets").path, isDirectory: &isFolder),
               isFolder.boolValue {
                return url.path
            }
        }
        return nil
    }

    /// `path` relative to the current directory when it lies below it, else as given.
    static func display(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath
        let full = URL(fileURLWithPath: path).standardizedFileURL.path
        let prefix = here.hasSuffix("/") ? here : here + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : path
    }
}
