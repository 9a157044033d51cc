/// Sentence boundaries that survive abbreviations ("M. Rutte", "U.S.") and decimals ("3.5").
struct Sentences {
    let text: UnsafeBufferPointer<UInt8>
    /// What the previous searches of this document found; figures come in text order, so each search scans only
    /// the bytes the previous one did not (the work per document stays linear, however long its sentences).
    var memo: SentenceMemo? = nil
    /// How far a sentence is looked for on each side of a figure: its `sentence` shows at most 998 bytes
    /// anyway, and this bounds the work per figure.
    static let reach = 1000

    /// The byte range of the sentence containing `start..<end`, at most ``reach`` bytes either side of it.
    ///
    /// Bytes are scanned, and only the few that can end a sentence (`.`, `!`, `?`, a line break, the last byte
    /// of "…" or of U+2029) are looked at closely.
    func bounds(of start: Int, _ end: Int) -> Range<Int> {
        var s = start
        let floor = max(0, start - Self.reach)
        var lowest = floor
        let resume = memo.map { $0.start >= 0 && $0.start <= start } ?? false
        if resume, let memo { lowest = max(floor, memo.start) }
        var found = false
        while s > lowest {
            let b = text[s - 1]
            if mayEndSentence(b) {
                let j = previousScalarStart(text, s)
                let (scalar, _) = decodeScalar(text, j)
                if scalar == 0x0A || scalar == 0x0D || scalar == 0x2029 { found = true; break }
                if isTerminator(scalar), endsSentence(at: j) { found = true; break }
                s = j
            } else {
                s -= 1
            }
        }
        if !found, resume, let memo, lowest > floor {
            // Nothing between the previous figure and this one: the previous answer holds, within this floor.
            found = memo.startFound && memo.rawStart >= floor
            s = found ? memo.rawStart : floor
        }
        if let memo {
            memo.start = start
            memo.rawStart = s
            memo.startFound = found
        }
        while s < text.count, text[s] & 0xC0 == 0x80 { s += 1 }
        let ceiling = min(text.count, end + Self.reach)
        var e = end
        if let memo, memo.end >= 0, memo.end <= end {
            if memo.endFound, end <= memo.endBoundary {
                e = memo.rawEnd  // the same sentence end: nothing new before it
            } else if !memo.endFound, memo.rawEnd > end {
                e = memo.rawEnd  // the previous scan found no end up to here: go on from there
            }
        }
        var endFound = false
        var boundary = e
        if let memo, memo.endFound, memo.end >= 0, memo.end <= end, end <= memo.endBoundary {
            endFound = true
            boundary = memo.endBoundary
        } else {
            while e < ceiling {
                let b = text[e]
                guard mayEndSentence(b) || b >= 0xE2 else {
                    e += 1
                    continue
                }
                let (scalar, length) = decodeScalar(text, e)
                if scalar == 0x0A || scalar == 0x0D || scalar == 0x2029 {
                    endFound = true
                    boundary = e
                    break
                }
                e += length
                if isTerminator(scalar), endsSentence(at: e - length) {
                    endFound = true
                    boundary = e - length
                    // Keep a closing quote or bracket that follows the full stop.
                    while e < text.count {
                        let (next, l) = decodeScalar(text, e)
                        guard next == 0xBB || next == 0x22 || next == 0x201D || next == 0x29 || next == 0x2019 else { break }
                        e += l
                    }
                    break
                }
            }
        }
        if let memo {
            memo.end = end
            memo.rawEnd = e
            memo.endFound = endFound
            memo.endBoundary = boundary
        }
        while e < text.count, text[e] & 0xC0 == 0x80 { e += 1 }
        // Trim white space.
        while s < e, classify(decodeScalar(text, s).scalar) == .space { s += decodeScalar(text, s).length }
        while e > s {
            let j = previousScalarStart(text, e)
            guard classify(decodeScalar(text, j).scalar) == .space else { break }
            e = j
        }
        return s..<e
    }

    /// The part of `sentence` around `start..<end` that is one statement: quoted speech and the reporting
    /// clause around it (« … », a-t-il déclaré) are separate, as are the halves of a `;`.
    func clause(of start: Int, _ end: Int, in sentence: Range<Int>) -> Range<Int> {
        // « » are C2 AB / C2 BB, “ ” are E2 80 9C / 9D: only bytes 0xAB, 0xBB, 0x9C, 0x9D and `;` can close a clause.
        var s = start
        var lowest = sentence.lowerBound
        let resume = memo.map { $0.clauseStart >= 0 && $0.clauseStart <= start && $0.clauseFloor <= sentence.lowerBound }
            ?? false
        if resume, let memo { lowest = max(sentence.lowerBound, memo.clauseStart) }
        var found = false
        while s > lowest {
            let b = text[s - 1]
            if b == 0x3B || b == 0xAB || b == 0xBB || b == 0x9C || b == 0x9D {
                let j = previousScalarStart(text, s)
                if isClauseMark(decodeScalar(text, j).scalar) { found = true; break }
                s = j
            } else {
                s -= 1
            }
        }
        if !found, resume, let memo, lowest > sentence.lowerBound {
            found = memo.clauseStartFound && memo.clauseRawStart >= sentence.lowerBound
            s = found ? memo.clauseRawStart : sentence.lowerBound
        }
        var e = end
        if let memo, memo.clauseEnd >= 0, memo.clauseEnd <= end, memo.clauseRawEnd > end,
           memo.clauseRawEnd < sentence.upperBound {
            e = memo.clauseRawEnd  // a mark the previous figure met, or where its scan stopped
            if !memo.clauseEndFound { e = scanClauseEnd(from: e, to: sentence.upperBound) }
        } else {
            e = scanClauseEnd(from: e, to: sentence.upperBound)
        }
        if let memo {
            memo.clauseStart = start
            memo.clauseRawStart = s
            memo.clauseStartFound = found
            memo.clauseFloor = sentence.lowerBound
            memo.clauseEnd = end
            memo.clauseRawEnd = e
            memo.clauseEndFound = e < sentence.upperBound
        }
        return s..<e
    }

    /// Where the clause that goes on at `from` ends: at a clause mark, or at `limit`.
    private func scanClauseEnd(from: Int, to limit: Int) -> Int {
        var e = from
        while e < limit {
            let b = text[e]
            if b == 0x3B || b == 0xC2 || b == 0xE2 {
                let (scalar, length) = decodeScalar(text, e)
                if isClauseMark(scalar) { break }
                e += length
            } else {
                e += 1
            }
        }
        return e
    }

    private func isClauseMark(_ scalar: UInt32) -> Bool {
        scalar == 0xAB || scalar == 0xBB || scalar == 0x201C || scalar == 0x201D || scalar == 0x3B
    }

    /// Bytes that may belong to a sentence end: `.`, `!`, `?`, CR, LF, and the last bytes of "…" (E2 80 A6)
    /// and U+2029 (E2 80 A9).
    @inline(__always) private func mayEndSentence(_ b: UInt8) -> Bool {
        b == 0x2E || b == 0x21 || b == 0x3F || b == 0x0A || b == 0x0D || b == 0xA6 || b == 0xA9
    }

    private func isTerminator(_ scalar: UInt32) -> Bool {
        scalar == 0x2E || scalar == 0x21 || scalar == 0x3F || scalar == 0x2026
    }

    /// Whether the terminator at byte `i` ends a sentence: white space follows, then not a lower-case
    /// letter or digit, and the word before is not an abbreviation or an initial.
    private func endsSentence(at i: Int) -> Bool {
        let (scalar, length) = decodeScalar(text, i)
        var k = i + length
        guard k < text.count else { return true }
        let (after, _) = decodeScalar(text, k)
        if classify(after) != .space && classify(after) != .newline {
            return after == 0xBB || after == 0x22 || after == 0x201D || after == 0x29
        }
        // The next visible character.
        while k < text.count {
            let (c, l) = decodeScalar(text, k)
            guard classify(c) == .space else { break }
            k += l
        }
        if k < text.count {
            let (next, _) = decodeScalar(text, k)
            if classify(next) == .letter && lowercased(next) == next && scalar == 0x2E { return false }
        }
        guard scalar == 0x2E else { return true }
        // The word before the full stop; abbreviations and initials are short, so a longer word is not one
        // (the bound keeps this scan constant-time whatever the length of the word).
        var w = i
        let wordFloor = max(0, i - 32)
        while w > wordFloor {
            let j = previousScalarStart(text, w)
            let (c, _) = decodeScalar(text, j)
            guard classify(c) == .letter || c == 0x2E else { break }
            w = j
        }
        let word = text[w..<i]
        if word.isEmpty { return true }
        if w == wordFloor, w > 0 { return true }  // a word of 32 bytes or more ends the sentence
        if word.count == 1 || word.contains(0x2E) { return false }  // "M.", "U.S."
        var hasher = WordHasher()
        for b in word { hasher.add(UInt32(b)) }
        return !abbreviations.contains(hasher.value)
    }
}

private let abbreviations: Set<UInt64> = Set([
    "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "mr", "mrs", "ms", "prof", "gen",
    "gén", "col", "cdt", "lt", "sgt", "gov", "sen", "rep", "jr", "sr", "inc", "ltd", "corp", "co", "cie", "etc",
    "cf", "vol", "art", "no", "nos", "env", "av", "apr", "vs", "approx", "fig", "ch", "chap", "p", "pp", "éd", "ed",
    "janv", "févr", "avr", "juil", "sept", "oct", "nov", "déc", "jan", "feb", "mar", "jun", "jul", "aug", "sep",
    "dec", "mds", "md", "mrd", "mio", "bn", "mn", "tél", "tel", "id", "ibid", "op", "cit", "al",
].map(WordHasher.hash))

/// The state ``Sentences`` keeps between the figures of one document (see ``Sentences/memo``).
final class SentenceMemo {
    /// The figure start of the last backward sentence search, where it stopped, and whether at a boundary.
    var start = -1, rawStart = 0, startFound = false
    /// The figure end of the last forward search, where it stopped, whether at a boundary, and where that boundary is.
    var end = -1, rawEnd = 0, endFound = false, endBoundary = 0
    /// The same for clauses, with the sentence start that bounded the backward search.
    var clauseStart = -1, clauseRawStart = 0, clauseStartFound = false, clauseFloor = 0
    var clauseEnd = -1, clauseRawEnd = 0, clauseEndFound = false
}
