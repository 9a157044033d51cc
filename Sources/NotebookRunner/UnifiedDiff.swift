/// A unified diff of two texts, line by line, as `diff -u` prints it.
enum UnifiedDiff {
    /// The hunks that turn `old` into `new`, with `context` unchanged lines around each change.
    ///
    /// - Parameters:
    ///   - old: The recorded text (lines marked `-`).
    ///   - new: The actual text (lines marked `+`).
    ///   - oldName: The `---` header.
    ///   - newName: The `+++` header.
    ///   - context: Unchanged lines shown around each change.
    /// - Returns: The diff, or an empty string when the texts are equal.
    static func make(old: String, new: String, oldName: String, newName: String, context: Int = 3) -> String {
        let a = lines(old), b = lines(new)
        let edits = script(a, b)
        guard edits.contains(where: { $0.kind != .same }) else { return "" }
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var i = 0
        while i < edits.count {
            guard edits[i].kind != .same else { i += 1; continue }
            // A hunk: from `context` lines before this change to `context` lines after the last change that lies
            // within 2 × context unchanged lines of the previous one.
            let start = max(0, i - context)
            var end = i
            var j = i
            while j < edits.count {
                if edits[j].kind != .same { end = j; j += 1; continue }
                var run = 0
                while j + run < edits.count, edits[j + run].kind == .same { run += 1 }
                if j + run == edits.count || run > 2 * context { break }
                j += run
            }
            let stop = min(edits.count, end + context + 1)
            let hunk = edits[start..<stop]
            let oldStart = hunk.first { $0.kind != .insert }?.oldLine ?? (edits[start].oldLine)
            let newStart = hunk.first { $0.kind != .delete }?.newLine ?? (edits[start].newLine)
            let oldCount = hunk.filter { $0.kind != .insert }.count
            let newCount = hunk.filter { $0.kind != .delete }.count
            out += "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@\n"
            for e in hunk {
                switch e.kind {
                case .same: out += " \(a[e.oldLine])\n"
                case .delete: out += "-\(a[e.oldLine])\n"
                case .insert: out += "+\(b[e.newLine])\n"
                }
            }
            i = stop
        }
        return out
    }

    /// One step of the edit script; line numbers are 0-based positions in the old and new texts.
    private struct Edit {
        enum Kind { case same, delete, insert }
        var kind: Kind
        var oldLine: Int
        var newLine: Int
    }

    /// `start,count` in 1-based lines, the way `diff -u` writes an empty range (`start` is the line before it).
    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    /// The lines of a text without their `\n`; a final newline does not make an extra empty line.
    private static func lines(_ text: String) -> [Substring] {
        var parts = text.split(separator: "\n", omittingEmptySubsequences: false)
        if parts.last == "" { parts.removeLast() }
        return parts
    }

    /// A shortest edit script from a longest common subsequence (quadratic; notebook outputs are small).
    private static func script(_ a: [Substring], _ b: [Substring]) -> [Edit] {
        let n = a.count, m = b.count
        // lcs[i][j]: length of the longest common subsequence of a[i...] and b[j...].
        var lcs = [[Int]](repeating: [Int](repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] {
                edits.append(Edit(kind: .same, oldLine: i, newLine: j)); i += 1; j += 1
            } else if j < m, i == n || lcs[i][j + 1] > lcs[i + 1][j] {
                edits.append(Edit(kind: .insert, oldLine: i, newLine: j)); j += 1
            } else {
                edits.append(Edit(kind: .delete, oldLine: i, newLine: j)); i += 1
            }
        }
        return edits
    }
}
