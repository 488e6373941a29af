import StegvisCore
import SwiftUI

/// Language, reminders, the lock screen, and owning one's data: export (a passphrase
/// typed twice), a readable copy (with the core's warning that it is not encrypted),
/// bringing back an export (on an empty phone), and erasing everything once the person
/// has typed the word shown. When notifications are not allowed, a line says where to
/// allow them.
struct SettingsScreen: View {
    let view: SettingsView
    let outcome: DataOutcome
    let notificationsOff: Bool
    let actions: SettingsActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-nav-settings"]) {
            SettingsLanguageSection(chosen: view.language, onChoose: actions.chooseLanguage)
            SettingsRemindersSection(
                settings: view.reminders,
                notificationsOff: notificationsOff,
                onChange: actions.setReminders,
                onOpenSettings: actions.openNotificationSettings
            )
            .id(view.reminders.checkinTime ?? "")
            SectionTitle(text: strings["shell-settings-data"])
            SettingsExportSection(outcome: outcome, actions: actions)
                .id(outcome.exports)
            SettingsReadableSection(warning: outcome.readable, onExport: actions.exportReadable)
            SettingsImportSection(imported: outcome.imported, onPick: actions.pickImport)
            SettingsEraseSection(onErase: actions.erase, confirms: actions.confirmsErase)
        }
    }
}

/// The language: the phone's, or one of the four.
private struct SettingsLanguageSection: View {
    let chosen: Lang?
    let onChoose: (Lang?) -> Void
    @Environment(\.strings) private var strings

    /// Each language with its name's id and Android's test tag.
    private let languages: [(lang: Lang, label: String, tag: String)] = [
        (.en, "shell-settings-lang-en", "lang-EN"),
        (.nb, "shell-settings-lang-nb", "lang-NB"),
        (.sv, "shell-settings-lang-sv", "lang-SV"),
        (.da, "shell-settings-lang-da", "lang-DA"),
    ]

    var body: some View {
        SectionTitle(text: strings["shell-settings-language"])
        ChoiceRow(label: strings["shell-settings-lang-device"], selected: chosen == nil) { onChoose(nil) }
            .accessibilityIdentifier("lang-device")
        ForEach(languages, id: \.tag) { language in
            ChoiceRow(label: strings[language.label], selected: chosen == language.lang) { onChoose(language.lang) }
                .accessibilityIdentifier(language.tag)
        }
    }
}

/// The check-in reminder (turning it on asks for a time first; the core keeps it once
/// saved), medicine names on the lock screen, and step reminders.
private struct SettingsRemindersSection: View {
    let settings: ReminderSettings
    let notificationsOff: Bool
    let onChange: (ReminderSettings) -> Void
    let onOpenSettings: () -> Void
    @State private var wanted: Bool
    @State private var time: String
    @Environment(\.strings) private var strings

    init(settings: ReminderSettings, notificationsOff: Bool, onChange: @escaping (ReminderSettings) -> Void, onOpenSettings: @escaping () -> Void) {
        self.settings = settings
        self.notificationsOff = notificationsOff
        self.onChange = onChange
        self.onOpenSettings = onOpenSettings
        _wanted = State(initialValue: settings.checkinTime != nil)
        _time = State(initialValue: settings.checkinTime ?? "")
    }

    var body: some View {
        SectionTitle(text: strings["shell-settings-reminders"])
        if notificationsOff {
            Text(strings["shell-ios-settings-notifications-off"])
                .accessibilityIdentifier("settings-notifications-off")
            OtherButton(
                label: strings["shell-ios-settings-notifications-open"],
                tag: "settings-notifications-open",
                action: onOpenSettings
            )
        }
        ToggleRow(label: strings["shell-settings-checkin-on"], isOn: checkinOn)
            .accessibilityIdentifier("settings-checkin-on")
        if wanted {
            LabeledField(label: strings["shell-settings-checkin-time"], value: $time, tag: "settings-checkin-time")
            OtherButton(label: strings["shell-settings-checkin-save"], tag: "settings-checkin-save") {
                var changed = settings
                changed.checkinTime = time
                onChange(changed)
            }
        }
        ToggleRow(label: strings["shell-settings-show-names"], isOn: setting(\.showNames))
            .accessibilityIdentifier("settings-show-names")
        Text(strings["shell-settings-show-names-hint"]).font(.footnote)
        ToggleRow(label: strings["shell-settings-step-reminders"], isOn: setting(\.stepReminders))
            .accessibilityIdentifier("settings-step-reminders")
    }

    private var checkinOn: Binding<Bool> {
        Binding(
            get: { wanted },
            set: { turnOn in
                if turnOn {
                    wanted = true
                } else if settings.checkinTime == nil {
                    // Nothing saved yet: only the time field closes again.
                    wanted = false
                } else {
                    var changed = settings
                    changed.checkinTime = nil
                    onChange(changed)
                }
            }
        )
    }

    private func setting(_ part: WritableKeyPath<ReminderSettings, Bool>) -> Binding<Bool> {
        Binding(
            get: { settings[keyPath: part] },
            set: { value in
                var changed = settings
                changed[keyPath: part] = value
                onChange(changed)
            }
        )
    }
}

/// Everything in one file, locked with a passphrase typed twice, then to the share sheet.
private struct SettingsExportSection: View {
    let outcome: DataOutcome
    let actions: SettingsActions
    @State private var first = ""
    @State private var again = ""
    @Environment(\.strings) private var strings

    var body: some View {
        SettingsDataCard {
            SectionTitle(text: strings["shell-settings-export"])
            Text(strings["shell-settings-export-explain"])
            Text(strings["shell-settings-passphrase-hint"]).font(.footnote)
            LabeledField(label: strings["shell-settings-passphrase"], value: $first, tag: "export-passphrase", kind: .secret)
            LabeledField(label: strings["shell-settings-passphrase-again"], value: $again, tag: "export-passphrase-again", kind: .secret)
            if outcome.passphraseMismatch {
                Text(strings["shell-settings-passphrase-mismatch"])
                    .foregroundStyle(Color.red)
                    .accessibilityIdentifier("export-mismatch")
            }
            MainButton(label: strings["shell-settings-export-do"], tag: "export-do") {
                actions.export(first, again)
            }
            if outcome.export != nil {
                Text(strings["shell-settings-export-done"]).accessibilityIdentifier("export-done")
                Text(strings["shell-settings-passphrase-remember"])
            }
        }
    }
}

/// A copy to read, with the warning before and the core's own warning after.
private struct SettingsReadableSection: View {
    let warning: String?
    let onExport: () -> Void
    @Environment(\.strings) private var strings

    var body: some View {
        SettingsDataCard {
            SectionTitle(text: strings["shell-settings-readable"])
            Text(strings["shell-settings-readable-warning"]).foregroundStyle(Color.red)
            OtherButton(label: strings["shell-settings-readable-do"], tag: "readable-do", action: onExport)
            if let warning {
                Text(warning).accessibilityIdentifier("readable-warning")
            }
        }
    }
}

/// Bringing back an export: the passphrase first, then the file.
private struct SettingsImportSection: View {
    let imported: Bool
    let onPick: (String) -> Void
    @State private var passphrase = ""
    @Environment(\.strings) private var strings

    var body: some View {
        SettingsDataCard {
            SectionTitle(text: strings["shell-settings-import"])
            Text(strings["shell-settings-import-explain"])
            LabeledField(label: strings["shell-settings-passphrase"], value: $passphrase, tag: "import-passphrase", kind: .secret)
            OtherButton(label: strings["shell-settings-import-pick"], tag: "import-pick") { onPick(passphrase) }
            if imported {
                Text(strings["shell-settings-import-done"]).accessibilityIdentifier("import-done")
            }
        }
    }
}

/// Erasing everything: the button works only once the word shown is typed.
private struct SettingsEraseSection: View {
    let onErase: (String) -> Void
    let confirms: (String) -> Bool
    @State private var typed = ""
    @Environment(\.strings) private var strings

    var body: some View {
        SettingsDataCard {
            SectionTitle(text: strings["shell-settings-erase"])
            Text(strings["shell-settings-erase-explain"])
            Text(strings["shell-settings-erase-type"])
            Text(strings["shell-settings-erase-word"])
                .font(.title2)
                .accessibilityIdentifier("erase-word")
            LabeledField(label: strings["shell-settings-erase-field"], value: $typed, tag: "erase-typed")
                .textInputAutocapitalization(.never)
                .autocorrectionDisabled()
            Button(role: .destructive) {
                onErase(typed)
            } label: {
                Text(strings["shell-settings-erase-do"]).frame(maxWidth: .infinity, minHeight: minTouch)
            }
            .buttonStyle(.borderedProminent)
            .tint(Color.red)
            .disabled(!confirms(typed))
            .accessibilityIdentifier("erase-do")
        }
    }
}

/// One part of "your data", set apart from the next.
private struct SettingsDataCard<Content: View>: View {
    @ViewBuilder let content: () -> Content

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            content()
        }
        .padding(12)
        .frame(maxWidth: .infinity, alignment: .leading)
        .background(Color.secondary.opacity(0.12))
        .clipShape(RoundedRectangle(cornerRadius: 12))
    }
}

#if DEBUG
    struct SettingsScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            let reminders = core.read { try $0.reminderSettings() }
                ?? ReminderSettings(showNames: false, checkinTime: nil, stepReminders: true)
            let language: Lang? = core.read { try $0.languageChoice() } ?? nil
            let actions = SettingsActions(
                chooseLanguage: { _ in },
                setReminders: { _ in },
                export: { _, _ in },
                exportReadable: {},
                pickImport: { _ in },
                erase: { _ in },
                confirmsErase: { typed in core.read { $0.confirmsErase(typed: typed) } ?? false },
                openNotificationSettings: {}
            )
            return Group {
                NavigationStack {
                    SettingsScreen(
                        view: SettingsView(language: language, reminders: reminders),
                        outcome: DataOutcome(),
                        notificationsOff: true,
                        actions: actions
                    )
                }
                .previewDisplayName("settings")
                NavigationStack {
                    SettingsScreen(
                        view: SettingsView(language: .nb, reminders: reminders),
                        outcome: DataOutcome(export: "stegvis.export", exports: 1, readable: core.text("shell-settings-readable-warning")),
                        notificationsOff: false,
                        actions: actions
                    )
                }
                .environment(\.strings, Strings(shellTextFor(lang: .nb)))
                .previewDisplayName("after an export, in Norwegian")
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
