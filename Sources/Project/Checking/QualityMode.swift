/// When the QA checks run: `auto` on the publication and on files up to ``automaticLimit`` bytes,
/// `on` everywhere, `off` nowhere (the counts and the completeness listing are made in every mode).
public enum QualityMode: String, Sendable, CaseIterable {
    case auto, on, off

    /// Files larger than this are only counted in `auto` mode.
    public static let automaticLimit = 8_000_000
}
