import CXlsxWriter

/// A workbook that could not be written, said for a user: what, where, and what to do.
public struct WorkbookError: Error, CustomStringConvertible, Sendable {
    /// The file the workbook was for.
    public var path: String
    /// What went wrong.
    public var cause: String

    /// Creates an error.
    public init(path: String, cause: String) {
        self.path = path
        self.cause = cause
    }

    /// An error of libxlsxwriter, with its own message.
    init(path: String, code: lxw_error, doing what: String) {
        self.path = path
        let message = lxw_strerror(code).map { String(cString: $0) } ?? "error \(code.rawValue)"
        cause = "\(what): \(message)"
    }

    public var description: String {
        "\(path): cannot write the workbook (\(cause))"
    }
}
