import Money

extension Document {
    /// Reads one line of JSON Lines: `{"id": …, "text": …, "date": …, "lang": …, "url": …}`, and optionally
    /// `country` and `currency` (whose dollar or franc the text means) and `source` (the address, when `url` is absent).
    ///
    /// `text` is required and must be a string. `id` may be a string or a number; `date` a date as
    /// ``DocumentDate/read(_:)`` reads it (ISO day or date-time, `2026-02`, `2026`, RFC 2822, written dates) or
    /// null (a date that cannot be read is kept in ``Document/unreadableDate``, the article is read); `lang` `fr`, `en`
    /// (or a tag such as `fr-FR`) or null; `url` a string or null. Other fields are skipped, after
    /// checking that they are JSON. When a key occurs twice, the last value counts.
    ///
    /// - Parameters:
    ///   - jsonLine: The bytes of the line, without its line end (a trailing CR is allowed).
    ///   - fallbackID: The id to use when the record has none (such as `file.jsonl:12`).
    /// - Throws: ``JSONLineError`` with the column where reading failed.
    public init(jsonLine: UnsafeBufferPointer<UInt8>, fallbackID: @autoclosure () -> String) throws(JSONLineError) {
        var scanner = JSONScanner(jsonLine)
        scanner.skipWhitespace()
        guard scanner.current == UInt8(ascii: "{") else {
            if scanner.atEnd { throw scanner.fail("a JSON object") }
            try scanner.skipValue()
            scanner.skipWhitespace()
            if scanner.atEnd { throw JSONLineError(.notAnObject, column: 1) }
            throw scanner.fail("the end of the line")
        }
        scanner.position += 1
        var id: String?
        var text: String?
        var date: CalendarDate?
        var precision = DatePrecision.day
        var unreadableDate: String?
        var language: Language?
        var url: String?
        var source: String?
        var country: String?
        var currency: String?
        scanner.skipWhitespace()
        if scanner.current == UInt8(ascii: "}") {
            scanner.position += 1
        } else {
            while true {
                scanner.skipWhitespace()
                let key = try scanner.readString()
                scanner.skipWhitespace()
                try scanner.expect(UInt8(ascii: ":"), "':'")
                scanner.skipWhitespace()
                let valueColumn = scanner.column
                switch key {
                case "text":
                    guard scanner.current == 0x22 else { throw JSONLineError(.textNotString, column: valueColumn) }
                    text = try scanner.readString()
                case "id":
                    id = try Self.readScalar(&scanner)
                case "url":
                    url = try Self.readScalar(&scanner)
                case "source":
                    source = try Self.readScalar(&scanner)
                case "country":
                    country = try Self.readScalar(&scanner)
                case "currency":
                    currency = try Self.readScalar(&scanner)
                case "date":
                    date = nil
                    unreadableDate = nil
                    if let value = try Self.readScalar(&scanner), !value.isEmpty {
                        // A date that cannot be read never loses the article: it is kept without one.
                        if let read = DocumentDate.read(value) {
                            date = read.date
                            precision = read.precision
                        } else {
                            unreadableDate = value
                        }
                    }
                case "lang":
                    language = nil
                    if let value = try Self.readScalar(&scanner) {
                        guard let l = Self.language(value) else {
                            throw JSONLineError(.unsupportedLanguage(value), column: valueColumn)
                        }
                        language = l
                    }
                default:
                    try scanner.skipValue()
                }
                scanner.skipWhitespace()
                if scanner.current == UInt8(ascii: ",") {
                    scanner.position += 1
                    continue
                }
                try scanner.expect(UInt8(ascii: "}"), "',' or '}'")
                break
            }
        }
        scanner.skipWhitespace()
        guard scanner.atEnd else { throw scanner.fail("the end of the line after the object") }
        guard let text else { throw JSONLineError(.missingText, column: 1) }
        self.init(id: id ?? fallbackID(), text: text, date: date, language: language, url: url ?? source,
                  country: country, currency: currency)
        self.datePrecision = precision
        self.unreadableDate = unreadableDate
    }

    /// Reads one line of JSON Lines given as a string; see the initializer that takes the bytes of the line.
    public init(jsonLine: String, fallbackID: @autoclosure () -> String) throws(JSONLineError) {
        var line = jsonLine
        let result: Result<Document, JSONLineError> = line.withUTF8 { utf8 in
            do throws(JSONLineError) {
                return .success(try Document(jsonLine: utf8, fallbackID: fallbackID()))
            } catch {
                return .failure(error)
            }
        }
        self = try result.get()
    }

    /// A string, a number's text, or `nil` for null; other values are read as their JSON syntax.
    private static func readScalar(_ scanner: inout JSONScanner) throws(JSONLineError) -> String? {
        switch scanner.current ?? 0 {
        case 0x22: return try scanner.readString()
        case UInt8(ascii: "n"):
            let word = try scanner.readLiteral()
            return word == "null" ? nil : word
        case UInt8(ascii: "-"), 0x30...0x39: return try scanner.readNumber()
        default:
            let start = scanner.position
            try scanner.skipValue()
            return String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.position]), as: UTF8.self)
        }
    }

    private static func language(_ text: String) -> Language? {
        let code = text.prefix { $0 != "-" && $0 != "_" }.lowercased()
        switch code {
        case "fr", "fra", "fre", "french", "français", "francais": return .french
        case "en", "eng", "english": return .english
        default: return nil
        }
    }
}
