import StegvisCore
import SwiftUI

/// The eleven IMR modules in the program's order: each with where the person stands
/// ("Started 3 June"), one button for the next mark, and the home assignments filed
/// under it. Marking asks for the day first: today in one tap, or another day from a
/// calendar that goes no further than today.
struct ModulesScreen: View {
    let view: ModulesView
    let editing: ModuleEdit?
    let actions: ModulesActions
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-modules-title"]) {
            Text(view.countLabel).font(.body).accessibilityIdentifier("modules-count")
            ForEach(view.modules, id: \.key) { module in
                ModuleCard(
                    module: module,
                    editing: editing?.key == module.key ? editing : nil,
                    actions: actions
                )
            }
            if !view.otherAssignments.isEmpty {
                SectionTitle(text: view.otherAssignmentsTitle)
                ForEach(view.otherAssignments, id: \.stepId) { assignment in
                    ModuleAssignmentLine(assignment: assignment)
                }
            }
        }
    }
}

private struct ModuleCard: View {
    let module: ModuleView
    let editing: ModuleEdit?
    let actions: ModulesActions
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(verbatim: "\(module.number). \(module.name)")
                .font(.headline)
                .accessibilityAddTraits(.isHeader)
            Text(module.description).font(.callout)
            Text(module.stateLabel).font(.body).accessibilityIdentifier("state-\(module.key)")
            if let edit = editing {
                ModuleDayChoice(edit: edit, actions: actions)
            } else {
                buttons
            }
            if !module.assignments.isEmpty {
                Text(module.assignmentsLabel).font(.subheadline).fontWeight(.semibold)
                ForEach(module.assignments, id: \.stepId) { assignment in
                    ModuleAssignmentLine(assignment: assignment)
                }
            }
        }
        .padding(16)
        .frame(maxWidth: .infinity, alignment: .leading)
        .overlay(RoundedRectangle(cornerRadius: 12).stroke(Color.secondary.opacity(0.4), lineWidth: 1))
        .accessibilityElement(children: .contain)
        .accessibilityIdentifier("module-\(module.key)")
    }

    @ViewBuilder private var buttons: some View {
        switch module.status {
        case .notStarted:
            MainButton(label: strings["shell-modules-start"], tag: "start-\(module.key)") {
                actions.begin(module.key, false)
            }
            OtherButton(label: strings["shell-modules-done"], tag: "done-\(module.key)") {
                actions.begin(module.key, true)
            }
        case .started:
            MainButton(label: strings["shell-modules-done"], tag: "done-\(module.key)") {
                actions.begin(module.key, true)
            }
            OtherButton(label: strings["shell-modules-reset"], tag: "reset-\(module.key)") {
                actions.reset(module.key)
            }
        case .workedThrough:
            OtherButton(label: strings["shell-modules-undo"], tag: "undo-\(module.key)") {
                actions.undoDone(module.key)
            }
        }
    }
}

/// Which day the mark is for: today in one tap, or a day picked on the calendar (never
/// after today), then Save; Cancel writes nothing.
private struct ModuleDayChoice: View {
    let edit: ModuleEdit
    let actions: ModulesActions
    @State private var day = Date()
    @Environment(\.strings) private var strings

    var body: some View {
        VStack(alignment: .leading, spacing: 8) {
            Text(strings["shell-modules-date-title"]).font(.subheadline).fontWeight(.semibold)
            // Which mark the day is for, so nothing is ambiguous when read aloud.
            Text(strings[edit.done ? "shell-modules-done" : "shell-modules-start"]).font(.callout)
            MainButton(label: strings["shell-modules-today"], tag: "day-today") {
                actions.save(nil)
            }
            DatePicker(
                strings["shell-ios-progress-modules-other-day"],
                selection: $day,
                in: ...Date(),
                displayedComponents: .date
            )
            .frame(minHeight: minTouch)
            .accessibilityIdentifier("day-text")
            OtherButton(label: strings["shell-modules-save"], tag: "day-save") {
                actions.save(ModuleDay.text(day))
            }
            Button(action: actions.cancel) {
                Text(strings["shell-modules-cancel"])
                    .frame(maxWidth: .infinity, minHeight: minTouch)
                    .contentShape(Rectangle())
            }
            .accessibilityIdentifier("day-cancel")
        }
    }
}

/// A home assignment under its module: done or still to do, in the person's words.
struct ModuleAssignmentLine: View {
    let assignment: ModuleAssignment

    var body: some View {
        Text((assignment.done ? "✓ " : "• ") + assignment.text)
            .font(.body)
            .accessibilityIdentifier("assignment-\(assignment.stepId)")
    }
}

#if DEBUG
    struct ModulesScreen_Previews: PreviewProvider {
        static var previews: some View {
            LookingBackPreview { core in
                if let view = core.read({ try $0.modules() }) {
                    ModulesScreen(
                        view: view,
                        editing: ModuleEdit(key: "practical-facts", done: false),
                        actions: ModulesActions(begin: { _, _ in }, undoDone: { _ in }, reset: { _ in }, save: { _ in }, cancel: {})
                    )
                }
            }
        }
    }
#endif
