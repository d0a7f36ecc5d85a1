import FormatReaders
import Pairing
import PublicationCore

/// Compares the languages a contribution's files declare with the sides the manifest gives them.
///
/// The manifest says which file is German (`german:`) and which Turkish (`turkish:`), and which of
/// them is the original (`original:`). A DocBook, Word or OpenDocument file declares its language on
/// its root (`xml:lang`); an XLIFF translation declares the original's language as its source
/// (`source-language`, `srcLang`) and the translation's language as its target (`target-language`,
/// `trgLang`). Languages are compared by their primary subtag, so `de-DE` and `tr_TR` are accepted.
/// A file that declares no language is not judged here (the readers warn about it).
///
/// ```swift
/// let check = LanguageCheck(contribution: "04-saarbruecken", original: .german)
/// check.checkOriginal(document, path: "Sources-de/04-saarbruecken.xml")   // [] when xml:lang is de
/// ```
struct LanguageCheck {
    /// The contribution's id, for messages.
    var contribution: String
    /// The language the manifest names as the original's.
    var original: LanguageTag

    /// The translation's language: the other one.
    var translation: LanguageTag { original.partner }

    /// Checks the original document's declared language against `original:`.
    func checkOriginal(_ document: ContributionDocument, path: String) -> [Diagnostic] {
        guard let declared = document.language, declared != original else { return [] }
        let remedy = declared.isPublicationLanguage
            ? "if the contribution was written in \(declared.englishName), write `original: \(declared.code)` and name this file under `\(key(declared))` in kopru.yaml; otherwise correct xml:lang on the root element"
            : "correct xml:lang on the root element to \"\(original.code)\", or name the \(original.englishName) original under `\(key(original))` in kopru.yaml"
        return [Diagnostic(PipelineDiagnostics.wrongLanguage,
            "\(path) declares xml:lang=\"\(declared.written)\" (\(declared.englishName)), but kopru.yaml says contribution \"\(contribution)\" was written in \(original.englishName) (`original: \(original.code)`) and names this file as its original",
            remedy: remedy,
            at: document.location ?? SourceLocation(file: path, line: 1, column: 1), unit: contribution)]
    }

    /// Checks `original:` against the lock file: a translation confirmed earlier recorded which language
    /// its original was in. When two DocBook documents both declare their own side's language, this is
    /// what tells that `original:` names the translation (say, `original: tr` on a contribution written
    /// in German and translated into Turkish).
    func checkOriginal(against lock: LockFile, at location: SourceLocation?) -> [Diagnostic] {
        var recorded: [String: Int] = [:]
        for (key, entry) in lock.entries where key.contribution == contribution {
            guard let language = LanguageTag(entry.originalLanguage), language.isPublicationLanguage else { continue }
            recorded[language.code, default: 0] += 1
        }
        guard let (other, count) = recorded.filter({ $0.key != original.code }).max(by: { $0.value < $1.value }),
            count > recorded[original.code] ?? 0
        else { return [] }
        let otherName = LanguageTag(other)?.englishName ?? other
        return [Diagnostic(PipelineDiagnostics.wrongLanguage,
            "kopru.yaml says contribution \"\(contribution)\" was written in \(original.englishName) (`original: \(original.code)`), but kopru.lock recorded \(count) of its translations as confirmed from a \(otherName) original",
            remedy: "if the contribution was written in \(otherName), write `original: \(other)` in kopru.yaml; if it really is \(original.englishName) now, confirm its translations again with `kopru check --accept \(contribution)`",
            at: location, unit: contribution)]
    }

    /// Checks a translation document's declared language against its side in the manifest.
    func checkTranslation(_ document: ContributionDocument, path: String) -> [Diagnostic] {
        guard let declared = document.language, declared != translation else { return [] }
        return [Diagnostic(PipelineDiagnostics.wrongLanguage,
            "\(path) declares xml:lang=\"\(declared.written)\" (\(declared.englishName)), but kopru.yaml names it as the \(translation.englishName) translation of contribution \"\(contribution)\"",
            remedy: "name the \(translation.englishName) translation under `\(key(translation))` in kopru.yaml, or correct xml:lang on the root element to \"\(translation.code)\"",
            at: document.location ?? SourceLocation(file: path, line: 1, column: 1), unit: contribution)]
    }

    /// Checks the source and target languages of an XLIFF translation, one finding per `<file>` and
    /// attribute (XLIFF 2 declares them once, on the root: its first `<file>` is reported).
    func checkTranslation(_ files: [XLIFFFileInfo], format: DocumentFormat?, path: String) -> [Diagnostic] {
        let judged = format == .xliff2 ? Array(files.prefix(1)) : files
        let (sourceName, targetName) = format == .xliff2 ? ("srcLang", "trgLang") : ("source-language", "target-language")
        var diagnostics: [Diagnostic] = []
        for file in judged {
            let location = file.location ?? SourceLocation(file: path, line: 1, column: 1)
            if let declared = file.targetLanguage, declared != translation {
                diagnostics.append(Diagnostic(PipelineDiagnostics.wrongLanguage,
                    "\(path) declares \(targetName)=\"\(declared.written)\" (\(declared.englishName)), but kopru.yaml names it as the \(translation.englishName) translation of contribution \"\(contribution)\"",
                    remedy: "set \(targetName)=\"\(translation.code)\" if the targets are \(translation.englishName); otherwise this file is not the contribution's \(translation.englishName) translation: correct its path in kopru.yaml",
                    at: location, unit: contribution))
            }
            if let declared = file.sourceLanguage, declared != original {
                diagnostics.append(Diagnostic(PipelineDiagnostics.wrongLanguage,
                    "\(path) declares \(sourceName)=\"\(declared.written)\" (\(declared.englishName)), but the original of contribution \"\(contribution)\" is \(original.englishName) (`original: \(original.code)` in kopru.yaml)",
                    remedy: "export the translation from the \(original.englishName) original (`kopru export-missing`), or correct `original:` in kopru.yaml if the contribution was written in \(declared.englishName)",
                    at: location, unit: contribution))
            }
        }
        return diagnostics
    }

    private func key(_ language: LanguageTag) -> String { language == .turkish ? "turkish:" : "german:" }
}
