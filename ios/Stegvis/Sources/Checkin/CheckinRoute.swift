import StegvisCore
import SwiftUI

/// The check-in over the core; once the core kept it, back to Today.
struct CheckinRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        CheckinContent(model: CheckinModel(core: core), navigator: navigator)
    }
}

private struct CheckinContent: View {
    @StateObject var model: CheckinModel
    let navigator: Navigator
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let form = model.form {
                CheckinScreen(form: form, answers: model.answers, actions: .over(model, navigator: navigator))
            } else {
                Screen(title: strings["shell-nav-checkin"]) {}
            }
        }
        // Loaded once: a reload would replace answers the person is still entering.
        .onAppear {
            if model.form == nil {
                model.load()
            }
        }
    }
}

extension CheckinActions {
    /// The check-in's actions over its model: each answer is kept in the model, and once
    /// the core kept the check-in the navigator goes back to Today. A refusal stays here
    /// with every answer in place.
    @MainActor
    static func over(_ model: CheckinModel, navigator: Navigator) -> CheckinActions {
        CheckinActions(
            rate: model.rate,
            note: model.note,
            sleep: model.sleep,
            save: {
                if model.save() {
                    navigator.home()
                }
            }
        )
    }
}
