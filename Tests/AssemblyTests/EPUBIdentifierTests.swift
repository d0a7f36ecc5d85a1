@testable import Assembly
import PublicationCore
import Testing

/// The EPUB package identifier, derived from the title, number and date, stays what earlier builds
/// wrote (the expected values were computed with the former hand-written hash), so a rebuild keeps it.
@Suite struct EPUBIdentifierTests {
    @Test func theIdentifierOfAVolumeIsUnchanged() {
        let volume = PublicationMetadata(
            title: Bilingual(german: "Ankommen in der Kommune", turkish: "Belediyede Yeni Bir Başlangıç"),
            number: "3", date: "2026-12-01")
        #expect(EPUBWriter.identifier(for: volume) == "152adbd1-706b-5f12-81a8-fc0e0a9563df")
        let bare = PublicationMetadata(title: Bilingual(german: "Köprü", turkish: "Köprü"))
        #expect(EPUBWriter.identifier(for: bare) == "2655c3b3-ef66-58ba-81f3-9eec83600ff5")
    }
}
