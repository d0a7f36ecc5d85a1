import PublicationCore

/// What the reader keeps while one `<unit>` streams through it; dropped at the unit's end tag.
struct XLIFF2UnitState {
    /// A reference to check when the whole unit is known.
    struct PendingReference {
        enum Target: Equatable {
            /// A segment, ignorable or inline element id.
            case segmentOrCode
            /// A note id.
            case note
            /// No id: the unit must have at most one note.
            case singleNote
            /// An attribute that the note with the id must have.
            case noteAttribute(String)
        }
        var id: String
        var target: Target
        var message: String
        var line: Int
        var column: Int
    }

    /// A code that `copyOf` copies.
    struct CopyReference {
        var id: String
        var isPlaceholder: Bool
        var line: Int
        var column: Int
    }

    /// A source code with `canDelete="no"`.
    struct ProtectedCode {
        var part: Int
        var id: String
        var line: Int
        var column: Int
    }

    /// An inline code of a source or target as the correspondence check needs it, recorded as the code
    /// is added, so that the check need not walk (and copy) the unit's inline model.
    struct CodeMark {
        enum Kind: UInt8 {
            /// `mrk`, `sm` and `em` (marker starts and ends).
            case marker
            /// A standalone `ph`.
            case placeholder
            /// `pc`, `sc`, `ec`.
            case paired
        }
        var id: String
        var kind: Kind
        /// The element (its name is for messages).
        var element: XLIFF2Reader.InlineElement
        /// Whether the code starts a marker (`mrk`, `sm`).
        var startsMarker: Bool
        /// A marker start's `translate`, if written.
        var translate: String?
        /// The index of the segment or ignorable the code is in.
        var part: Int
    }

    /// The unit being built; without its segments when only counts are asked for.
    var unit: TranslationUnit
    /// The segments' tallies, when only counts are asked for (``UnitDetail/counts``).
    var segmentTallies: [UnitTally.Segment] = []
    /// `<data>` text by id.
    var data = XLIFF2IDMap<String>()
    /// Ids of the unit's notes.
    var noteIDs = XLIFF2IDMap<Void>()
    /// The attribute names of each note with an id.
    var noteAttributes: [String: Set<String>] = [:]
    /// The unit's notes.
    var noteCount = 0
    /// Ids of segments and ignorables.
    var partIDs = XLIFF2IDMap<Void>()
    /// Segments and ignorables so far.
    var partCount = 0
    /// Segments so far.
    var segmentCount = 0
    /// Segments without `<target>`.
    var segmentsWithoutTarget = 0
    /// Whether each part (by index) has a target.
    var partHasTarget = ReusableList<Bool>()
    /// The index in the unit's segments of each part (by index), or -1 for an ignorable.
    var partSegment = ReusableList<Int>()
    /// The codes with an id of the sources and of the targets, in document order.
    var sourceMarks = ReusableList<CodeMark>()
    var targetMarks = ReusableList<CodeMark>()
    /// The effective `order` of each target.
    var orders = ReusableList<Int>()
    /// The codes of the sources.
    var source = XLIFF2CodeSequence()
    /// The codes of the targets.
    var target = XLIFF2CodeSequence()
    /// `copyOf` attributes to resolve.
    var copyReferences = ReusableList<CopyReference>()
    /// Codes that may not be deleted.
    var protectedCodes = ReusableList<ProtectedCode>()
    /// References to resolve at the end.
    var pendingReferences = ReusableList<PendingReference>()

    /// Creates the state of a unit.
    init(unit: TranslationUnit) {
        self.unit = unit
    }

    /// The number of segments built so far: the unit's segments, or their tallies.
    var builtSegmentCount: Int { unit.segments.isEmpty ? segmentTallies.count : unit.segments.count }

    /// Makes this the empty state of a new unit, keeping the storage of its lists for the next unit.
    ///
    /// The unit's fields are set one by one, as a new ``PublicationCore/TranslationUnit`` with these
    /// values (and the property `name`, if given) would have them, so that no whole unit is built, copied
    /// in and destroyed per unit.
    mutating func reuse(
        id: String, fileKey: String, groups: [String], isTranslatable: Bool, location: SourceLocation?, name: String?
    ) {
        unit.id = id
        unit.fileKey = fileKey
        unit.groups = groups
        unit.isTranslatable = isTranslatable
        // An emitted unit shares these lists: they are replaced, not emptied in place.
        if !unit.segments.isEmpty { unit.segments = [] }
        if !unit.notes.isEmpty { unit.notes = [] }
        if !unit.properties.isEmpty { unit.properties = [:] }
        if let name { unit.properties["name"] = name }
        unit.location = location
        if !segmentTallies.isEmpty { segmentTallies.removeAll(keepingCapacity: true) }
        data.removeAll()
        noteIDs.removeAll()
        // Lists that are empty already are left alone: emptying an empty array still goes through the
        // general replace of a range.
        if !noteAttributes.isEmpty { noteAttributes = [:] }
        noteCount = 0
        partIDs.removeAll()
        partCount = 0
        segmentCount = 0
        segmentsWithoutTarget = 0
        partHasTarget.removeAll()
        orders.removeAll()
        partSegment.removeAll()
        sourceMarks.removeAll()
        targetMarks.removeAll()
        source.removeAll()
        target.removeAll()
        copyReferences.removeAll()
        protectedCodes.removeAll()
        pendingReferences.removeAll()
    }
}
