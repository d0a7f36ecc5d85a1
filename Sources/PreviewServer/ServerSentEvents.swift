import FlyingFox
import FlyingSocks
import Foundation
import Synchronization

/// The clients of `/events` and the stream each of them reads: every rebuild sends `data: reload`.
final class ServerSentEvents: Sendable {
    private let clients = Mutex<[UUID: AsyncStream<[UInt8]>.Continuation]>([:])

    /// A new client's stream of event bytes, which starts with a comment so the browser sees the stream open.
    func subscribe() -> EventBytes {
        let (stream, continuation) = AsyncStream<[UInt8]>.makeStream()
        let id = UUID()
        continuation.onTermination = { [weak self] _ in
            self?.clients.withLock { _ = $0.removeValue(forKey: id) }
        }
        continuation.yield(Array(": connected\nretry: 500\n\n".utf8))
        clients.withLock { $0[id] = continuation }
        return EventBytes(stream: stream)
    }

    /// Sends an event to every client.
    func send(_ event: String) {
        let bytes = Array("data: \(event)\n\n".utf8)
        for continuation in clients.withLock({ Array($0.values) }) { continuation.yield(bytes) }
    }

    /// How many clients listen.
    var count: Int { clients.withLock { $0.count } }
}

/// Event bytes as the server's streaming body reads them.
struct EventBytes: AsyncBufferedSequence, Sendable {
    typealias Element = UInt8
    let stream: AsyncStream<[UInt8]>

    func makeAsyncIterator() -> Iterator { Iterator(base: stream.makeAsyncIterator()) }

    struct Iterator: AsyncBufferedIteratorProtocol {
        var base: AsyncStream<[UInt8]>.Iterator
        var pending: [UInt8] = []

        mutating func next() async -> UInt8? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk
            }
            return pending.isEmpty ? nil : pending.removeFirst()
        }

        mutating func nextBuffer(suggested count: Int) async -> [UInt8]? {
            if pending.isEmpty {
                guard let chunk = await base.next() else { return nil }
                pending = chunk
            }
            let taken = Array(pending.prefix(Swift.max(1, count)))
            pending.removeFirst(taken.count)
            return taken
        }
    }
}
