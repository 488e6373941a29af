import StegvisCore

/// The glyph of each kind of marker, as on Android; the legend under the grid says in
/// the core's words what each means, and VoiceOver reads the day's sentence instead.
enum HistoryMarks {
    static func glyph(_ kind: HistoryKind) -> String {
        switch kind {
        case .stepDone: return "✓"
        case .repeatDone: return "↻"
        case .checkin: return "●"
        case .dose: return "◑"
        case .planSaved: return "P"
        case .consent: return "⇄"
        case .moduleStarted: return "M"
        case .moduleDone: return "M✓"
        case .scaleRated: return "★"
        }
    }

    /// A marker as drawn in a day's cell: "✓2", "●+", "◑1/2", "P" (the core's numbers).
    static func token(_ mark: HistoryMark) -> String {
        let g = glyph(mark.kind)
        switch mark.kind {
        case .stepDone, .repeatDone:
            return "\(g)\(mark.count)"
        case .checkin:
            return mark.withNote ? "\(g)+" : g
        case .dose:
            if let of = mark.of {
                return "\(g)\(mark.count)/\(of)"
            }
            return "\(g)\(mark.count)"
        default:
            return g
        }
    }
}
