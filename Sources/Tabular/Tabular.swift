/// Tabular: CSV dialects, reading and writing, spreadsheet safety.
public enum Tabular {}
