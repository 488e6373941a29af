package no.stegvis.ui.modules

import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.remember
import androidx.navigation.NavGraphBuilder
import androidx.navigation.compose.composable
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

@Composable
fun ModulesRoute(core: AppCore, onBack: () -> Unit) {
    val state = remember(core) { ModulesState(core) }
    LaunchedEffect(core.revision) { state.load() }
    val view = state.view
    if (view == null) {
        ScreenScaffold(title = text("shell-modules-title"), onBack = onBack) {}
        return
    }
    val actions = remember(state) {
        object : ModulesActions {
            override fun begin(key: String, done: Boolean) = state.begin(key, done)
            override fun undoDone(key: String) = state.undoDone(key)
            override fun reset(key: String) = state.reset(key)
            override fun dateText(text: String) {
                state.dateText = text
            }
            override fun save(today: Boolean) = state.save(today)
            override fun cancel() = state.cancel()
        }
    }
    ModulesScreen(view, state.editing, state.dateText, actions, onBack = onBack)
}

fun NavGraphBuilder.modulesGraph(core: AppCore, navigator: Navigator) {
    composable(Routes.MODULES) { ModulesRoute(core, onBack = navigator::back) }
}
