/// A list that a reader empties for every unit and fills again, keeping its storage *and* its elements:
/// emptying sets the count to zero, and adding overwrites the element at the end of the list in place.
///
/// Emptying an `Array` of a handful of elements, even keeping its capacity, runs the general removal of
/// a range and destroys each element; a reader that does so for several lists of every unit spends more
/// on it than on the unit's checks. Elements past ``count`` stay alive until they are overwritten, so the
/// list holds at most as many as the largest unit needed, whatever the size of the file.
struct ReusableList<Element>: RandomAccessCollection {
    private var storage: [Element] = []
    /// The number of elements in the list.
    private(set) var count = 0

    /// Creates an empty list.
    init() {}

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    /// The element at `position`, read and changed in place (reading one field of an element copies
    /// nothing else of it).
    subscript(position: Int) -> Element {
        _read {
            precondition(position < count, "index out of range")
            yield storage[position]
        }
        _modify {
            precondition(position < count, "index out of range")
            yield &storage[position]
        }
    }

    /// Iterates over the elements; an empty list's iterator holds no reference to the storage, so that
    /// looping over one of the many empty lists of a unit costs no reference counting.
    func makeIterator() -> Iterator {
        Iterator(storage: count == 0 ? [] : storage, count: count)
    }

    /// The iterator of a ``ReusableList``.
    struct Iterator: IteratorProtocol {
        fileprivate let storage: [Element]
        fileprivate let count: Int
        fileprivate var position = 0

        mutating func next() -> Element? {
            guard position < count else { return nil }
            defer { position += 1 }
            return storage[position]
        }
    }

    /// Adds `element` at the end.
    mutating func append(_ element: Element) {
        if count < storage.count {
            storage[count] = element
        } else {
            storage.append(element)
        }
        count += 1
    }

    /// Removes and returns the element at `position`, moving the later ones down.
    @discardableResult
    mutating func remove(at position: Int) -> Element {
        precondition(position < count, "index out of range")
        count -= 1
        return storage.remove(at: position)
    }

    /// Empties the list, keeping its storage and elements for reuse.
    mutating func removeAll() {
        count = 0
    }
}
