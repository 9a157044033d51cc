import ArgumentParser

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks that a path named by `--output`, `--report` or `--svg` may be written: its folder exists, and it is
/// new or a regular file that is none of the inputs (compared by device and inode, so `./in.txt`, a hard
/// link or a symbolic link to an input are all caught). Devices, FIFOs, sockets, folders and symbolic links
/// are refused rather than replaced by a regular file.
enum OutputTarget {
    /// Why `path` cannot be the output that `option` names, or `nil` when it can.
    ///
    /// - Parameters:
    ///   - path: The output path (`-` is standard output and always fine).
    ///   - option: The option that named it, for the message.
    ///   - inputs: Paths read by the command (files or folders; `-` is skipped).
    static func refusal(_ path: String, option: String, inputs: [String]) -> String? {
        guard path != "-" else { return nil }
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        if case .success(.folder) = FileIO.kind(of: folder.isEmpty ? "/" : folder) {} else {
            return "The folder of \(option) \(path) does not exist; create it first."
        }
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }  // a new file
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return "\(option) \(path) is a folder; give a file name."
        case S_IFLNK:
            return "\(option) \(path) is a symbolic link; give the file it points to or a new name "
                + "(the output would replace the link by a regular file)."
        default:
            let kind = FileIO.nonRegularKind(info.st_mode) ?? "not a regular file"
            return "\(option) \(path) is \(kind), not a regular file; write to a file, or leave out \(option)."
        }
        if let input = sameFile(as: info, among: inputs) {
            return "\(option) \(path) is the same file as the input \(input); write to another file."
        }
        return nil
    }

    /// Throws the refusal as a usage error (exit status 2).
    static func validate(_ path: String?, option: String, inputs: [String]) throws {
        guard let path, let why = refusal(path, option: option, inputs: inputs) else { return }
        throw ValidationError(why)
    }

    /// The first of `inputs` that is the file `info` describes.
    static func sameFile(as info: stat, among inputs: [String]) -> String? {
        for input in inputs where input != "-" {
            var other = stat()
            if stat(input, &other) == 0, other.st_dev == info.st_dev, other.st_ino == info.st_ino { return input }
        }
        return nil
    }

    /// The first of `inputs` that is the same file as `path` (when `path` exists).
    static func input(sameAs path: String, among inputs: [String]) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return sameFile(as: info, among: inputs)
    }
}
