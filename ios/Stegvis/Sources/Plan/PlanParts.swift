import Foundation
import StegvisCore
import SwiftUI

/// The phone app's address for a number the core picked out of a contact's words; the
/// person presses call themselves.
func dialURL(_ number: String) -> URL? {
    let digits = number.filter { $0.isNumber || $0 == "+" }
    return URL(string: "tel:\(digits)")
}

/// The core's sentence when it refuses writes (a damaged data file), or nil.
@MainActor
func readOnlySentence(_ core: AppCore) -> String? {
    guard core.read({ try $0.writesRefused() }) == true else { return nil }
    return core.companion.describeError(error: StegvisError.DatabaseDamaged)
}

/// The core's sentence when the plan can be read but not changed, in place of the buttons.
struct ReadOnlyNote: View {
    let sentence: String

    var body: some View {
        Text(sentence)
            .foregroundColor(.red)
            .padding(12)
            .frame(maxWidth: .infinity, alignment: .leading)
            .background(Color.red.opacity(0.08))
            .clipShape(RoundedRectangle(cornerRadius: 12))
            .accessibilityIdentifier("plan-read-only")
    }
}

/// One entry of the plan in the person's words, with its detail; a contact with a number
/// the core found gets a call button when `onCall` is given.
struct PlanEntry: View {
    let section: PlanSection
    let item: PlanItemView
    let onCall: ((String) -> Void)?
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 2) {
            Text(item.text).font(.body)
            if let detail = item.detail {
                Text(detail).font(.callout)
            }
            if section == PlanSection.contacts, let number = item.phone, let onCall {
                Button {
                    onCall(number)
                } label: {
                    VStack {
                        Text(strings["shell-plan-call"])
                        Text(item.text).font(.caption)
                    }
                    .frame(maxWidth: .infinity, minHeight: minTouch)
                }
                .buttonStyle(.borderedProminent)
                .accessibilityIdentifier("plan-call-\(item.number)")
            }
        }
        .frame(maxWidth: .infinity, alignment: .leading)
    }
}

/// A card around a part of the plan.
struct PlanCard<Content: View>: View {
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 6) {
            content()
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.secondary.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }
}
