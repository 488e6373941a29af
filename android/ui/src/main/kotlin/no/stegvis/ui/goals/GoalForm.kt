package no.stegvis.ui.goals

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.unit.dp
import no.stegvis.core.LifeArea
import no.stegvis.core.LifeAreaOption
import no.stegvis.ui.text.text

/** A goal in the person's own words: what, why (may stay empty) and the part of life. */
@Composable
internal fun GoalForm(draft: GoalDraft, areas: List<LifeAreaOption>, onDraft: (GoalDraft) -> Unit, modifier: Modifier = Modifier) {
    Column(modifier.fillMaxWidth(), verticalArrangement = Arrangement.spacedBy(12.dp)) {
        val what = text("shell-goals-ask-text")
        Question(what, small = true)
        AnswerField(draft.text, { onDraft(draft.copy(text = it)) }, what, Modifier.testTag("goal-text"))
        val why = text("shell-goals-ask-why")
        Question(why, small = true)
        AnswerField(draft.why, { onDraft(draft.copy(why = it)) }, why, Modifier.testTag("goal-why"))
        Question(text("shell-goals-ask-area"), small = true)
        AreaPicker(areas, draft.area) { onDraft(draft.copy(area = it)) }
    }
}

@Composable
private fun AreaPicker(areas: List<LifeAreaOption>, chosen: LifeArea, onChoose: (LifeArea) -> Unit) {
    FlowRow(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
        areas.forEach { option ->
            OutlinedChoice(option.name, option.area == chosen, { onChoose(option.area) }, Modifier.testTag("area-${option.key}"))
        }
    }
}
