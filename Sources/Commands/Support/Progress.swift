import Foundation

/// A one-line progress display on standard error, shown only on a terminal.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let total: Int
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast

    init(enabled: Bool, total: Int) {
        self.enabled = enabled && total > 1
        self.total = total
    }

    func update(_ done: Int) {
        guard enabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        Terminal.writeError("\r\u{1B}[2Kreading files: \(done)/\(total)")
    }

    func finish() {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[2K")
    }
}
