// Seeded syntax mistakes: the parse check must report exactly three.
import SwiftUI

struct Broken: View {
    var body: some View {
        VStack {
            Text("one"
            Text("two")
        }
    }

    func half( -> Int { 1 }

    func unclosed() {
        let x = [1, 2
    }
}
