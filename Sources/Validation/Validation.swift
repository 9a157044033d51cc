/// Validation: checks figures across articles and against reference data.
///
/// Start with ``Validator``; see the module's README for the claim keys, the five checks and the tolerance.
public enum Validation {}
