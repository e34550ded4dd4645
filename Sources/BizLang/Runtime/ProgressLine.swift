import BizFormat
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The one-line progress indicator on stderr (issue 12 item 5): a Monte
/// Carlo `simulate`, a `sweep`, `goal`/`maximize`/`minimize` and `tornado`
/// each report what they run and how far they got; once the outermost has
/// run 0.5 s, one line shows it, redrawn in place at most 10 times a
/// second, erased when it ends or before anything else is printed.
///
/// Off unless `Settings.progress` (the `biz` command sets it when stderr is
/// a terminal and not for `biz test`), so pipes, files and tests never see it.
/// Batches report from worker threads, hence the lock; reports are cheap
/// (a clock read) until it is time to draw.
final class ProgressLine: Sendable {
    enum Unit: Sendable { case samples, points, evaluations }

    private struct Step {
        let label: String
        let unit: Unit
        let total: Int
        var done = 0
    }

    private struct State {
        var steps: [Step] = []
        var started: UInt64 = 0
        var lastDraw: UInt64 = 0
        var shown = false
        var locale = OutputLocale.en
    }

    private let state = Mutex(State())
    /// Nanoseconds of the last draw check, read without the lock.
    private let nextCheck = Atomic<UInt64>(0)

    static let delay: UInt64 = 500_000_000
    static let interval: UInt64 = 100_000_000

    /// Starts a step nested in the running ones (`total` 0: not known).
    func begin(_ label: String, unit: Unit, total: Int, locale: OutputLocale) {
        state.withLock { s in
            if s.steps.isEmpty {
                s.started = Self.now()
                s.locale = locale
                nextCheck.store(s.started + Self.delay, ordering: .relaxed)
            }
            s.steps.append(Step(label: label, unit: unit, total: total))
        }
    }

    /// The innermost step has `done` of its total.
    func advance(_ done: Int) {
        let now = Self.now()
        if now < nextCheck.load(ordering: .relaxed) {
            state.withLock { s in if !s.steps.isEmpty { s.steps[s.steps.count - 1].done = max(s.steps[s.steps.count - 1].done, done) } }
            return
        }
        state.withLock { s in
            guard !s.steps.isEmpty else { return }
            s.steps[s.steps.count - 1].done = max(s.steps[s.steps.count - 1].done, done)
            guard now >= s.started + Self.delay, now >= s.lastDraw + Self.interval else { return }
            s.lastDraw = now
            nextCheck.store(now + Self.interval, ordering: .relaxed)
            writeAll(2, "\r" + Self.fit(Self.text(s, now: now)) + "\u{1B}[K")
            s.shown = true
        }
    }

    /// Ends the innermost step; the line goes away with the last one.
    func end() {
        state.withLock { s in
            guard !s.steps.isEmpty else { return }
            s.steps.removeLast()
            if s.steps.isEmpty { Self.erase(&s) }
        }
    }

    /// Erases the line (it comes back at the next report): for output.
    func clear() {
        state.withLock { Self.erase(&$0) }
    }

    private static func erase(_ s: inout State) {
        guard s.shown else { return }
        writeAll(2, "\r\u{1B}[K")
        s.shown = false
    }

    /// `sweep price over …: 7 of 20 points › simulate(us): 400 of 1,000 samples · 3.1 s, about 5 s left`
    private static func text(_ s: State, now: UInt64) -> String {
        let parts = s.steps.map { step -> String in
            let label = shortLabel(step.label, width: s.steps.count > 1 ? 24 : 40)
            switch (step.unit, step.total) {
            case (.evaluations, 0): return Message(ProgressText.evaluationsSoFar, label, step.done).render(s.locale)
            case (.samples, _): return Message(ProgressText.samples, label, step.done, step.total).render(s.locale)
            case (.points, _): return Message(ProgressText.points, label, step.done, step.total).render(s.locale)
            case (.evaluations, _): return Message(ProgressText.evaluations, label, step.done, step.total).render(s.locale)
            }
        }
        let elapsed = Double(now - s.started) / 1e9
        // The fraction done, the inner steps counting towards the outer's next unit.
        var fraction = 0.0
        for step in s.steps.reversed() {
            guard step.total > 0 else { fraction = 0; continue }
            fraction = min(1, (Double(step.done) + (step.done < step.total ? fraction : 0)) / Double(step.total))
        }
        let known = s.steps.first.map { $0.total > 0 } ?? false
        let time = known && fraction > 0
            ? Message(ProgressText.elapsedAndLeft, duration(elapsed, s.locale), duration(elapsed * (1 - fraction) / fraction, s.locale)).render(s.locale)
            : duration(elapsed, s.locale)
        return parts.joined(separator: " › ") + " · " + time
    }

    /// `3.1 s`, `12 s`, `2 min 5 s`
    private static func duration(_ seconds: Double, _ locale: OutputLocale) -> String {
        if seconds < 10 {
            return Message(ProgressText.seconds, formatNumber((seconds * 10).rounded() / 10, locale: locale)).render(locale)
        }
        let whole = Int(seconds.rounded())
        if whole < 60 { return Message(ProgressText.seconds, whole).render(locale) }
        return Message(ProgressText.minutes, whole / 60, whole % 60).render(locale)
    }

    /// The first line of what runs, at most `width` characters.
    private static func shortLabel(_ label: String, width: Int) -> String {
        let line = label.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? label
        return line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    /// Cut to the terminal's width so that `\r` redraws one line, not a wrapped two.
    private static func fit(_ line: String) -> String {
        var size = winsize()
        let columns = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
        return line.count < columns ? line : String(line.prefix(columns - 2)) + "…"
    }

    private static func now() -> UInt64 {
        var t = timespec()
        clock_gettime(CLOCK_MONOTONIC, &t)
        return UInt64(t.tv_sec) * 1_000_000_000 + UInt64(t.tv_nsec)
    }
}

extension Interpreter {
    /// Runs `body` as a step of the progress line, labelled with the source
    /// text at `span`; `progressed` reports how far it got.
    func withProgress<T>(_ span: SourceSpan, _ unit: ProgressLine.Unit, total: Int,
                         _ body: () throws(BizError) -> T) throws(BizError) -> T {
        guard settings.progress else { return try body() }
        progressLine.begin(span.file?.slice(span) ?? "", unit: unit, total: total, locale: settings.locale)
        defer { progressLine.end() }
        return try body()
    }

    /// The innermost step of the progress line has `done` of its total.
    func progressed(_ done: Int) {
        if settings.progress { progressLine.advance(done) }
    }
}
