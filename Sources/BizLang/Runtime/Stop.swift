import BizCore

/// The one stop check shared by everything that runs long: the
/// interpreter's calls and loops (`Machine.tick`), the what-if tools between
/// evaluations, and BizCore's Monte Carlo batches before every sample. They
/// all read the same flag (`Interrupt`) and end in the same diagnostic
/// (`Machine.stopped`: `interrupted`, marked `stopsEvaluation` so that no
/// search steps around it), so a stop lands within one sample or one
/// evaluation step wherever the evaluation is.
extension Interpreter {
    /// Throws the stop diagnostic at `span` if a stop was requested. Unlike
    /// `tick` it counts no step.
    @inline(__always)
    func checkStop(_ span: SourceSpan) throws(BizError) {
        if Interrupt.requested { try machine.stopped(span) }
    }

    /// What a BizCore batch polls (BizCore knows nothing of signals), and
    /// where it reports finished samples (the progress line).
    var batchMonitor: BatchMonitor {
        guard settings.progress else { return BatchMonitor(shouldStop: { Interrupt.requested }) }
        let line = progressLine
        return BatchMonitor(shouldStop: { Interrupt.requested }, progress: { done, _ in line.advance(done) })
    }

    /// The diagnostic for a batch its monitor stopped. The flag may have been
    /// cleared meanwhile (a second evaluation on another thread); the batch
    /// stopped anyway, so it is an interrupt either way.
    func batchStopped(_ span: SourceSpan) -> BizError {
        do throws(BizError) { try checkStop(span) } catch { return error }
        var d = Diagnostic(Message(RuntimeText.interrupted), at: span)
        d.stopsEvaluation = true
        return .failure(d)
    }
}
