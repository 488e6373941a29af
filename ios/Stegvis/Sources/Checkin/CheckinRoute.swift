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
                CheckinScreen(
                    form: form,
                    answers: model.answers,
                    actions: CheckinActions(
                        rate: model.rate,
                        note: model.note,
                        sleep: model.sleep,
                        save: {
                            if model.save() {
                                navigator.home()
                            }
                        }
                    )
                )
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
