package no.stegvis.ui.meds

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import no.stegvis.core.Medication
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.Routes
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.ToggleRow
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the person can do from the list: show stopped ones too, open one, add one. */
class MedsActions(val showStopped: (Boolean) -> Unit, val open: (medicationId: String) -> Unit, val add: () -> Unit)

/** Every medicine as the core describes it; a tap opens one, a button adds one. */
@Composable
fun MedsScreen(meds: List<Medication>, showStopped: Boolean, actions: MedsActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-meds"), onBack = onBack, modifier = modifier) {
        Button(onClick = actions.add, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("meds-add")) {
            Text(text("shell-meds-add"))
        }
        if (meds.isEmpty()) Text(text("shell-meds-none"))
        meds.forEachIndexed { i, med -> MedCard(med, Modifier.testTag("meds-open-$i")) { actions.open(med.id) } }
        ToggleRow(
            text("shell-meds-show-stopped"),
            showStopped,
            actions.showStopped,
            Modifier.testTag("meds-show-stopped"),
        )
    }
}

@Composable
private fun MedCard(med: Medication, modifier: Modifier, onOpen: () -> Unit) {
    Card(modifier = modifier.fillMaxWidth().heightIn(min = MinTouch).clickable(role = Role.Button, onClick = onOpen)) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(2.dp)) {
            Text(listOfNotNull(med.name, med.dose).joinToString(" · "), style = MaterialTheme.typography.titleMedium)
            Text(med.statusName, style = MaterialTheme.typography.bodyMedium)
            if (med.asNeeded) Text(text("shell-meds-as-needed"), style = MaterialTheme.typography.bodyMedium)
            med.schedules.forEach { Text(it.description, style = MaterialTheme.typography.bodyMedium) }
        }
    }
}

/** The medicines, with or without stopped ones. */
class MedsState(private val core: AppCore) {
    var meds by mutableStateOf<List<Medication>>(emptyList())
        private set
    var showStopped by mutableStateOf(false)
        private set

    fun load() {
        meds = core.read { it.listMedications(showStopped) } ?: meds
    }

    fun showStopped(show: Boolean) {
        showStopped = show
        load()
    }
}

@Composable
fun MedsRoute(core: AppCore, navigator: Navigator) {
    val state = remember(core) { MedsState(core) }
    LaunchedEffect(core.revision) { state.load() }
    MedsScreen(
        meds = state.meds,
        showStopped = state.showStopped,
        actions = MedsActions(
            showStopped = state::showStopped,
            open = { navigator.open(Routes.medOf(it)) },
            add = { navigator.open(Routes.MED_ADD) },
        ),
        onBack = navigator::back,
    )
}
