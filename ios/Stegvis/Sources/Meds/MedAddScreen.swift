import StegvisCore
import SwiftUI

/// A new medicine in the person's words: name, dose, form, a cue, and (for a warning
/// before it runs out) the number on hand. The core checks every field; its times are
/// added on the medicine's own screen next.
struct MedAddScreen: View {
    let onSave: (MedDraft) -> Void
    @State private var draft = MedDraft()
    @Environment(\.strings) private var strings

    var body: some View {
        Screen(title: strings["shell-meds-add"]) {
            MedFields(draft: $draft)
            MainButton(label: strings["shell-save"], tag: "med-save") { onSave(draft) }
        }
    }
}

#if DEBUG
    struct MedAddScreen_Previews: PreviewProvider {
        static var previews: some View {
            let core = PreviewCore.make()
            return NavigationStack {
                MedAddScreen(onSave: { _ in })
            }
            .environment(\.strings, core.strings)
        }
    }
#endif
