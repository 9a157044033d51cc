/// Trends: annual series, fits and projections.
public enum Trends {}
