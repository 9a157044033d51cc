/// Something rows of typed fields are written into, one field at a time: ``CSVWriter``, or a
/// workbook sheet. Code that writes a command's rows against this protocol gets every output
/// format for free.
public protocol RecordWriter {
    /// Writes a text field, exactly as given.
    mutating func writeText(_ text: String)
    /// Writes an integer.
    mutating func writeInteger(_ value: Int)
    /// Writes the exact decimal `significand × 10^exponent`.
    mutating func writeDecimal(significand: Int64, exponent: Int)
    /// Writes a plain decimal literal (`-1.5`) as a number; anything else as text.
    mutating func writeDecimal(_ text: String)
    /// Writes a computed number with `places` decimals (`nil`: the shortest exact digits).
    mutating func writeDouble(_ value: Double, places: Int?)
    /// Writes an empty field.
    mutating func writeEmpty()
    /// Closes the current record.
    mutating func endRecord()
}

extension RecordWriter {
    /// Writes one typed field.
    @inlinable
    public mutating func write(_ field: CSVField) {
        switch field {
        case .text(let s): writeText(s)
        case .decimal(let s): writeDecimal(s)
        case .integer(let i): writeInteger(i)
        case .double(let x, let places): writeDouble(x, places: places)
        case .empty: writeEmpty()
        }
    }

    /// Writes a record of typed fields and closes it.
    @inlinable
    public mutating func writeRecord(_ fields: [CSVField]) {
        for field in fields { write(field) }
        endRecord()
    }

    /// Writes a record of text fields (a header, for instance) and closes it.
    @inlinable
    public mutating func writeRecord(_ fields: [String]) {
        for field in fields { writeText(field) }
        endRecord()
    }
}

extension CSVWriter: RecordWriter {}
