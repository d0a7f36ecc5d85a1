/// Köprü's version: what `kopru --version` prints and what exported XLIFF, TMX and SARIF files name as
/// their tool's version. One place, so that they never disagree.
public enum KopruVersion {
    /// The version, as `MAJOR.MINOR.PATCH`.
    public static let current = "0.2.0"
}
