/// Tabular: CSV dialects, reading and writing, spreadsheet safety.
///
/// - ``CSVDialect``: delimiter, decimal separator, line ending and byte-order mark
///   (RFC 4180 by default, ``CSVDialect/excelFrench`` for French Excel).
/// - ``CSVWriter``: appends RFC 4180 records to a byte buffer that the caller flushes;
///   text cells that a spreadsheet would evaluate are neutralized, numbers are written plain.
/// - ``CSVReader`` and ``CSVTable``: RFC 4180 records with header lookup and typed errors
///   (``CSVReadError``) that say on which line and in which column reading failed.
public enum Tabular {}
