/// Validation: checks figures across articles and against reference data.
public enum Validation {}
