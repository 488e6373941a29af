import StegvisCore
import SwiftUI

/// The first time Stegvis opens: a warm welcome, then a first goal, first signs and a
/// check-in time. Every part can be skipped, and each part is saved as the person moves
/// on, so leaving halfway loses nothing.
struct FirstRunScreen: View {
    let view: FirstRunView
    let page: FirstRunPage
    let actions: FirstRunActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings[title]) {
            switch page {
            case .welcome:
                welcome
            case .goal:
                Text(strings["shell-firstrun-goal-intro"]).font(.body)
                // The same goal form as the goals screens, as on Android.
                GoalForm(draft: view.goal, areas: view.areas) { goal in
                    var changed = view
                    changed.goal = goal
                    actions.onView(changed)
                }
                buttons(save: "shell-firstrun-save-next")
            case .signs:
                Text(strings["shell-firstrun-signs-intro"]).font(.body)
                ForEach(view.catalog, id: \.key) { sign in
                    ToggleRow(label: sign.name, isOn: ticked(sign.key))
                        .accessibilityIdentifier("sign-\(sign.key)")
                }
                buttons(save: "shell-firstrun-save-next")
            case .checkin:
                Text(strings["shell-firstrun-checkin-intro"]).font(.body)
                LabeledField(label: strings["shell-firstrun-checkin-ask"], value: checkinTime, tag: "checkin-time")
                buttons(save: "shell-firstrun-finish")
            }
        }
        .navigationBarBackButtonHidden(page != .welcome)
        .toolbar {
            ToolbarItem(placement: .navigationBarLeading) {
                if page != .welcome {
                    Button(strings["shell-back"], action: actions.onBack)
                        .frame(minWidth: minTouch, minHeight: minTouch)
                        .accessibilityIdentifier("firstrun-back")
                }
            }
        }
    }

    private var title: String {
        switch page {
        case .welcome: return "shell-firstrun-title"
        case .goal: return "shell-firstrun-goal-title"
        case .signs: return "shell-firstrun-signs-title"
        case .checkin: return "shell-firstrun-checkin-title"
        }
    }

    @ViewBuilder private var welcome: some View {
        Text(strings["shell-firstrun-body"]).font(.body)
        Text(strings["shell-firstrun-private"]).font(.body)
        Text(strings["shell-firstrun-no-hurry"]).font(.body)
        MainButton(label: strings["shell-firstrun-start"], tag: "firstrun-next", action: actions.onSaveAndGoOn)
        OtherButton(label: strings["shell-firstrun-skip-all"], tag: "firstrun-skip", action: actions.onSkip)
    }

    private func buttons(save: String) -> some View {
        VStack(spacing: 8) {
            MainButton(label: strings[save], tag: "firstrun-next", action: actions.onSaveAndGoOn)
            OtherButton(label: strings["shell-firstrun-not-now"], tag: "firstrun-skip", action: actions.onSkip)
        }
        .padding(.top, 8)
    }

    private func ticked(_ key: String) -> Binding<Bool> {
        Binding(
            get: { view.signs.contains(key) },
            set: { on in
                var changed = view
                if on {
                    changed.signs.insert(key)
                } else {
                    changed.signs.remove(key)
                }
                actions.onView(changed)
            }
        )
    }

    private var checkinTime: Binding<String> {
        Binding(
            get: { view.checkinTime },
            set: { time in
                var changed = view
                changed.checkinTime = time
                actions.onView(changed)
            }
        )
    }
}

#if DEBUG
    struct FirstRunScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            let view = FirstRunView(
                areas: core.read { try $0.lifeAreas() } ?? [],
                catalog: core.read { try $0.signCatalog() } ?? [],
                checkinTime: core.read { try $0.reminderSettings() }?.checkinTime ?? ""
            )
            let actions = FirstRunActions(onView: { _ in }, onSaveAndGoOn: {}, onSkip: {}, onBack: {})
            return ForEach(FirstRunPage.allCases, id: \.self) { page in
                NavigationStack {
                    FirstRunScreen(view: view, page: page, actions: actions)
                }
                .environment(\.strings, core.strings)
                .previewDisplayName("\(page)")
            }
        }
    }
#endif
