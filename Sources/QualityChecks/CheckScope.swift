import Pairing
/// When a ``QualityCheck`` runs.
public enum CheckScope: String, Hashable, Sendable {
    /// Once per pair, independently of the others.
    case pair
    /// Once over all pairs: consistency, per-contribution norms.
    case corpus
    /// Once over all pairs after every other check, with their findings in ``CheckContext/findings``.
    case review
}
