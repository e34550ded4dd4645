import BizCore

/// A declared market, band, segment, competitor, strategy or company, or a
/// simulation run. Declared objects keep their fields as written (already
/// evaluated), so `with` can copy them with fields replaced.
public final class ModelObject: @unchecked Sendable {
    public enum Kind: String, Sendable {
        case market, band, segment, competitor, strategy, company, run, schedule
    }
    public let kind: Kind
    public let name: String
    public let fields: Record
    /// For runs: the engine's result and what it was made from.
    let payload: RunPayload?

    init(kind: Kind, name: String, fields: Record, payload: RunPayload? = nil) {
        self.kind = kind
        self.name = name
        self.fields = fields
        self.payload = payload
    }
}

