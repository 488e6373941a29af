package no.stegvis.ui.plan

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.key
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.ContactKind
import no.stegvis.core.PlanEdit
import no.stegvis.core.PlanItem
import no.stegvis.core.PlanItemView
import no.stegvis.core.PlanSection
import no.stegvis.core.PlanSectionView
import no.stegvis.core.Sign
import no.stegvis.ui.AppCore
import no.stegvis.ui.Navigator
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.LabeledField
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.SectionTitle
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/** What the person can do to one section's entries; each is one edit the core saves as a new version. */
class PlanEditActions(
    val add: (PlanItem) -> Unit,
    val replace: (number: UInt, PlanItem) -> Boolean,
    val remove: (number: UInt) -> Unit,
    val move: (number: UInt, to: UInt) -> Unit,
)

/**
 * One section of the plan, the person's signs (for the signs section), and the core's
 * sentence when writes are refused.
 */
data class PlanEditView(val section: PlanSectionView, val signs: List<Sign>, val readOnly: String?)

/**
 * One section of the plan to change: each entry can be changed, removed or moved, and a
 * new one added at the end. Which fields an entry has follows the section (a sign is
 * picked from the person's signs, a contact has a number and a kind).
 */
@Composable
fun PlanEditScreen(view: PlanEditView, actions: PlanEditActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    val (section, signs, readOnly) = view
    ScreenScaffold(title = section.title, onBack = onBack, modifier = modifier) {
        Text(section.hint, style = MaterialTheme.typography.bodyMedium)
        if (readOnly != null) {
            ReadOnlyNote(readOnly)
            section.items.forEach { PlanEntry(section.section, it, onCall = null) }
            return@ScreenScaffold
        }
        if (section.items.isEmpty()) Text(text("shell-plan-empty"))
        section.items.forEach { item ->
            EntryCard(section.section, item, last = item.number.toInt() == section.items.size, signs, actions)
        }
        SectionTitle(text("shell-plan-add-title"))
        key(section.items.size) {
            ItemForm(
                section.section,
                initial = null,
                signs = signs,
                tag = "plan-new",
            ) {
                actions.add(it)
                true
            }
        }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun EntryCard(section: PlanSection, item: PlanItemView, last: Boolean, signs: List<Sign>, actions: PlanEditActions) {
    var editing by remember(item) { mutableStateOf(false) }
    Card(modifier = Modifier.fillMaxWidth().testTag("plan-entry-${item.number}")) {
        Column(Modifier.padding(12.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            PlanEntry(section, item, onCall = null)
            if (editing) {
                ItemForm(
                    section,
                    initial = item.item,
                    signs = signs,
                    tag = "plan-edit-${item.number}",
                ) {
                    actions.replace(item.number, it).also { saved -> if (saved) editing = false }
                }
                TextButton(onClick = {
                    editing = false
                }, modifier = Modifier.heightIn(min = MinTouch)) { Text(text("shell-cancel")) }
            } else {
                FlowRow(
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                    verticalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    EntryButton(text("shell-plan-edit-entry"), "plan-entry-${item.number}-change") { editing = true }
                    EntryButton(text("shell-plan-remove"), "plan-entry-${item.number}-remove") {
                        actions.remove(item.number)
                    }
                    if (item.number > 1u) {
                        EntryButton(text("shell-plan-move-up"), "plan-entry-${item.number}-up") {
                            actions.move(item.number, item.number - 1u)
                        }
                    }
                    if (!last) {
                        EntryButton(text("shell-plan-move-down"), "plan-entry-${item.number}-down") {
                            actions.move(
                                item.number,
                                item.number + 1u,
                            )
                        }
                    }
                }
            }
        }
    }
}

@Composable
private fun EntryButton(label: String, tag: String, onClick: () -> Unit) {
    OutlinedButton(onClick = onClick, modifier = Modifier.heightIn(min = MinTouch).testTag(tag)) { Text(label) }
}

/** The fields an entry of [section] has, filled from [initial] when changing one. */
@Composable
private fun ItemForm(section: PlanSection, initial: PlanItem?, signs: List<Sign>, tag: String, onSave: (PlanItem) -> Boolean) {
    var words by remember { mutableStateOf(initial?.text.orEmpty()) }
    var supporter by remember { mutableStateOf(initial?.supporter.orEmpty()) }
    var reach by remember { mutableStateOf(initial?.reach.orEmpty()) }
    var kind by remember { mutableStateOf(initial?.contactKind ?: ContactKind.OTHER) }
    var sign by remember { mutableStateOf(initial?.signId) }
    Column(verticalArrangement = Arrangement.spacedBy(8.dp)) {
        when (section) {
            PlanSection.SIGNS -> SignPicker(signs, sign, tag) { sign = it }

            PlanSection.CONTACTS -> {
                LabeledField(text("shell-plan-contact-name"), words, { words = it }, "$tag-text")
                LabeledField(text("shell-plan-contact-reach"), reach, { reach = it }, "$tag-reach")
                Text(text("shell-plan-contact-kind"))
                CONTACT_KINDS.forEach { (k, label) ->
                    ChoiceRow(text(label), selected = kind == k, onClick = {
                        kind = k
                    }, modifier = Modifier.testTag("$tag-kind-${k.name}"))
                }
            }

            PlanSection.SUPPORTER_ACTIONS -> {
                LabeledField(text("shell-plan-text"), words, { words = it }, "$tag-text")
                LabeledField(text("shell-plan-supporter"), supporter, { supporter = it }, "$tag-supporter")
            }

            else -> LabeledField(text("shell-plan-text"), words, { words = it }, "$tag-text")
        }
        Button(
            onClick = {
                onSave(
                    PlanItem(
                        text = words,
                        supporter = supporter.takeIf { section == PlanSection.SUPPORTER_ACTIONS },
                        reach = reach.takeIf { section == PlanSection.CONTACTS },
                        contactKind = kind.takeIf { section == PlanSection.CONTACTS },
                        signId = sign.takeIf { section == PlanSection.SIGNS },
                    ),
                )
            },
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("$tag-save"),
        ) { Text(text(if (initial == null) "shell-plan-add" else "shell-save")) }
    }
}

@Composable
private fun SignPicker(signs: List<Sign>, chosen: String?, tag: String, onPick: (String) -> Unit) {
    if (signs.isEmpty()) {
        Text(text("shell-plan-no-signs"))
        return
    }
    Text(text("shell-plan-pick-sign"))
    signs.forEach { sign ->
        ChoiceRow(sign.name, selected = chosen == sign.id, onClick = {
            onPick(sign.id)
        }, modifier = Modifier.testTag("$tag-sign-${sign.position}"))
    }
}

private val CONTACT_KINDS = listOf(
    ContactKind.SUPPORTER to "shell-plan-kind-supporter",
    ContactKind.CLINIC to "shell-plan-kind-clinic",
    ContactKind.CRISIS_LINE to "shell-plan-kind-crisis-line",
    ContactKind.OTHER to "shell-plan-kind-other",
)

/** One section of the plan (by its key), the person's signs, and every edit as one save. */
class PlanEditState(private val core: AppCore, private val sectionKey: String) {
    var section by mutableStateOf<PlanSectionView?>(null)
        private set
    var signs by mutableStateOf<List<Sign>>(emptyList())
        private set
    var readOnly by mutableStateOf<String?>(null)
        private set

    fun load() {
        section = core.read { c -> c.planView().sections.firstOrNull { it.key == sectionKey } } ?: section
        signs = core.read { it.listSigns(false) } ?: signs
        readOnly = readOnlySentence(core)
    }

    val actions = PlanEditActions(
        add = { item -> save(PlanEdit.AddItem(kind(), item)) },
        replace = { number, item -> save(PlanEdit.ReplaceItem(kind(), number, item)) },
        remove = { number -> save(PlanEdit.RemoveItem(kind(), number)) },
        move = { number, to -> save(PlanEdit.MoveItem(kind(), number, to)) },
    )

    private fun kind(): PlanSection = requireNotNull(section).section

    private fun save(edit: PlanEdit): Boolean = core.write { it.editPlan(listOf(edit)) } != null
}

@Composable
fun PlanEditRoute(core: AppCore, navigator: Navigator, sectionKey: String) {
    val state = remember(core, sectionKey) { PlanEditState(core, sectionKey) }
    LaunchedEffect(core.revision) { state.load() }
    val section = state.section ?: return
    PlanEditScreen(PlanEditView(section, state.signs, state.readOnly), state.actions, onBack = navigator::back)
}
