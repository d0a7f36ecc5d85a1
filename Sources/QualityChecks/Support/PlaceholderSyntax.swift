import Pairing
/// A way of writing placeholders in a translatable string, as software localisation files use them.
///
/// The raw values are the names used in `kopru.yaml` under `check.placeholders`.
///
/// | syntax | examples | used by |
/// | --- | --- | --- |
/// | `double-braces` | `{{ limit }}`, `{{name}}` | Symfony validators, Twig, Angular |
/// | `percent-name` | `%count%`, `%name%` | Symfony, Sonata |
/// | `printf` | `%d`, `%s`, `%1$s`, `%@`, `%.2f`, `%lu` | C, Objective-C (Xcode), PHP, TYPO3 |
/// | `icu` | `{0}`, `{name}`, `{count, plural, one {# Tag} other {# Tage}}` | ICU MessageFormat, Java, .NET |
/// | `dollar-name` | `$name`, `${name}` | shell, Perl, PHP, JavaScript templates |
/// | `colon-name` | `:name` | Laravel |
public enum PlaceholderSyntax: String, Hashable, Sendable, CaseIterable, Codable {
    /// `{{ name }}`.
    case doubleBraces = "double-braces"
    /// `%name%`.
    case percentName = "percent-name"
    /// `%d`, `%1$s`, `%@`.
    case printf
    /// `{0}`, `{name}`, `{n, plural, …}`, `{g, select, …}`.
    case icu
    /// `$name`, `${name}`.
    case dollarName = "dollar-name"
    /// `:name`.
    case colonName = "colon-name"
}
