import Foundation
import Pairing
import Project
import QualityChecks

/// A one-line progress display on standard error, shown only on a terminal.
final class Progress: @unchecked Sendable {
    private let enabled: Bool
    private let label: String
    private var total: Int
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast

    /// - Parameters:
    ///   - quiet: `--quiet` was given.
    ///   - label: what is counted, such as "reading files".
    ///   - total: how many there are.
    init(quiet: Bool, label: String, total: Int) {
        self.enabled = !quiet && Terminal.isTerminal(STDERR_FILENO)
        self.label = label
        self.total = total
    }

    /// Shows `done` of the total (`total` when the count became known only now).
    func update(_ done: Int, total newTotal: Int? = nil) {
        lock.lock()
        defer { lock.unlock() }
        if let newTotal { total = newTotal }
        guard enabled, total > 1 else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) > 0.1 || done == total else { return }
        lastDrawn = now
        Terminal.writeError("\r\u{1B}[2K\(label): \(done)/\(total)")
    }

    /// Shows a step of its own, such as "writing pdf…".
    func show(_ step: String) {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[2K\(step)")
    }

    /// Clears the line.
    func finish() {
        guard enabled else { return }
        Terminal.writeError("\r\u{1B}[2K")
    }
}
