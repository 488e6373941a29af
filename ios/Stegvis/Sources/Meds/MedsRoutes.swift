import StegvisCore
import SwiftUI

/// The medicines over the core.
struct MedsRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        MedsContent(model: MedsModel(core: core), navigator: navigator)
    }
}

private struct MedsContent: View {
    @StateObject var model: MedsModel
    let navigator: Navigator
    @EnvironmentObject private var core: AppCore

    var body: some View {
        MedsScreen(
            meds: model.meds,
            showStopped: model.showStopped,
            actions: MedsActions(
                showStopped: model.setShowStopped,
                open: { id in navigator.open(.med(medicationId: id)) },
                add: { navigator.open(.medAdd) }
            )
        )
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}

/// Adding a medicine; once the core took it, its own screen opens in place of this one, for its times.
struct MedAddRoute: View {
    @EnvironmentObject private var core: AppCore
    @EnvironmentObject private var navigator: Navigator

    var body: some View {
        MedAddContent(model: MedAddModel(core: core), navigator: navigator)
    }
}

private struct MedAddContent: View {
    @StateObject var model: MedAddModel
    let navigator: Navigator

    var body: some View {
        MedAddScreen { draft in
            if let med = model.save(draft) {
                navigator.back()
                navigator.open(.med(medicationId: med.id))
            }
        }
    }
}

/// One medicine over the core, reloaded after every change.
struct MedRoute: View {
    let medicationId: String
    @EnvironmentObject private var core: AppCore

    var body: some View {
        MedContent(model: MedModel(core: core, medicationId: medicationId))
    }
}

private struct MedContent: View {
    @StateObject var model: MedModel
    @EnvironmentObject private var core: AppCore
    @Environment(\.strings) private var strings

    var body: some View {
        Group {
            if let med = model.med {
                MedScreen(
                    view: MedView(med: med, history: model.history, adherence: model.adherence, notes: model.notes),
                    actions: MedActions(
                        edit: model.edit,
                        addSchedule: model.addSchedule,
                        endSchedule: model.endSchedule,
                        setStatus: model.setStatus,
                        addNote: model.addNote
                    )
                )
            } else {
                // The core refused (its sentence is in the banner) or has not answered yet.
                Screen(title: strings["shell-nav-meds"]) {}
            }
        }
        .onAppear(perform: model.load)
        .onChange(of: core.revision) { _ in model.load() }
    }
}
