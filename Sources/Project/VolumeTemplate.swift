/// The files of a new volume, as `kopru init` writes them: a commented manifest, one German original
/// with its Turkish translation (one paragraph deliberately left untranslated, so that the first
/// `kopru check` has something to show), a `.gitignore`, and a CI workflow that runs the gate.
///
/// The texts are sample texts, written for this template, about an imagined town.
public enum VolumeTemplate {
    /// The files, as relative path and text, in the order they are written.
    public static let files: [(path: String, text: String)] = [
        ("kopru.yaml", manifest),
        ("Sources-de/01-beispiel.xml", germanOriginal),
        ("Sources-tr/01-beispiel.xml", turkishTranslation),
        (".gitignore", gitignore),
        (".github/workflows/kopru.yml", workflow),
    ]

    static let manifest = """
        # kopru.yaml — the manifest of a bilingual German–Turkish publication, written by `kopru init`.
        #
        # Every kopru command finds this file in the current folder or a folder above it.
        # docs/manifest.md in the Köprü repository explains every key.

        # Title and subtitle in both languages.
        title:
          de: "Beispielband"
          tr: "Örnek Cilt"
        subtitle:
          de: "Ein neuer zweisprachiger Band"
          tr: "Yeni bir iki dilli cilt"

        # The series, the volume's number in it, the publisher and the date of publication (YYYY-MM-DD).
        series: {de: "Beispielreihe", tr: "Örnek Dizi"}
        number: 1
        publisher:
          de: "Herausgeber des Beispielbands"
          tr: "Örnek cildin yayımcısı"
        date: 2027-01-15

        # parallel (side by side), interleaved (block after block) or sequential (one language after the other).
        layout: parallel

        # What `kopru build` writes, and where. The output folder belongs to Köprü: it is replaced whole.
        outputs: [html, pdf, epub]
        output: Output

        # Where a translation is missing, the reader sees a notice (placeholder) or the original (original).
        missing-translation: placeholder

        # The completeness gate: `kopru check` and `kopru build --strict` fail below this percentage.
        check:
          min-complete: 100
          severities: {}

        # The contributions, in reading order. `original` is the language each was written in; the
        # other file is its translation (DocBook .xml, XLIFF .xlf).
        contributions:
          - id: 01-beispiel
            original: de
            german: Sources-de/01-beispiel.xml
            turkish: Sources-tr/01-beispiel.xml

        # The imprint, one text per language; blank lines separate paragraphs.
        imprint:
          de: |
            Beispielband, geschrieben von `kopru init`. Ersetzen Sie die Beispieltexte durch Ihre Beiträge.
          tr: |
            `kopru init` tarafından yazılmış örnek cilt. Örnek metinleri kendi yazılarınızla değiştirin.

        """

    static let germanOriginal = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- A sample text written for `kopru init`; replace it with a real contribution. -->
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="de" xml:id="bsp">
          <info>
            <title>Ankommen in Neustadt am Fluss</title>
            <author><orgname>Stadtverwaltung Neustadt am Fluss (Beispiel)</orgname></author>
          </info>
          <para xml:id="bsp-p1">Neustadt am Fluss ist eine erfundene Stadt mit 42.000 Einwohnerinnen und
            Einwohnern. Seit 2016 berät ein Willkommensbüro im Rathaus neu zugewanderte Familien.</para>
          <section xml:id="bsp-s1">
            <title>Sprache und Schule</title>
            <para xml:id="bsp-p2">Im Schuljahr 2025/2026 lernten 310 Kinder in Sprachförderklassen Deutsch.</para>
            <para xml:id="bsp-p3">Ehrenamtliche Lesepatinnen und Lesepaten begleiten die Kinder einmal in der
              Woche.</para>
          </section>
        </article>

        """

    static let turkishTranslation = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!-- The Turkish translation of the sample text; paragraph bsp-p3 is deliberately missing. -->
        <article xmlns="http://docbook.org/ns/docbook" version="5.0" xml:lang="tr" xml:id="bsp">
          <info>
            <title>Neustadt am Fluss’ta Yeni Bir Başlangıç</title>
            <author><orgname>Neustadt am Fluss Belediyesi (örnek)</orgname></author>
          </info>
          <para xml:id="bsp-p1">Neustadt am Fluss, 42.000 nüfuslu hayali bir şehirdir. 2016’dan beri belediye
            binasındaki bir karşılama bürosu yeni gelen ailelere danışmanlık veriyor.</para>
          <section xml:id="bsp-s1">
            <title>Dil ve okul</title>
            <para xml:id="bsp-p2">2025/2026 öğretim yılında 310 çocuk dil destek sınıflarında Almanca öğrendi.</para>
          </section>
        </article>

        """

    static let gitignore = """
        # Written by kopru build: replaced on every build.
        Output/
        # Köprü's own folder (the project's write lock) and the backups of kopru import.
        .kopru/
        .kopru-backup/

        """

    static let workflow = """
        # Runs the completeness gate on every push: the job fails while a translation is missing,
        # and every gap is shown as an annotation on the file and line that holds it.
        name: translation completeness
        on: [push, pull_request]
        jobs:
          check:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              # Install kopru on the runner first (see the Köprü README: make build, then put
              # .build/release/kopru on PATH).
              - run: kopru check --format github --min-complete 100

        """
}
