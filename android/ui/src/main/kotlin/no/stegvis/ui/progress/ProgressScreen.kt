package no.stegvis.ui.progress

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import no.stegvis.core.ProgressSummary
import no.stegvis.core.ReportSection
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** The shell word for each section, as the chooser shows it. */
val SECTION_LABELS: Map<ReportSection, String> = mapOf(
    ReportSection.GOALS to "shell-progress-section-goals",
    ReportSection.SIGNS to "shell-progress-section-signs",
    ReportSection.MEDICINES to "shell-progress-section-medicines",
    ReportSection.MODULES to "shell-progress-section-modules",
    ReportSection.SCALE to "shell-progress-section-scale",
)

/**
 * How things have gone over the last six months, from the core's summary: a chooser
 * of the sections to show, then each section with its numbers and charts (signs as
 * weekly lines, planned doses taken as monthly bars, IMR Scale totals as a line). Every
 * chart has a text alternative made of the same numbers. At the end, the way to the report.
 */
@Composable
fun ProgressScreen(
    summary: ProgressSummary,
    chosen: Set<ReportSection>,
    onToggle: (ReportSection) -> Unit,
    onBack: () -> Unit,
    modifier: Modifier = Modifier,
    onReport: () -> Unit = {},
) {
    ScreenScaffold(title = text("shell-nav-progress"), onBack = onBack, modifier = modifier) {
        SectionChooser(chosen, onToggle)
        Text(summary.periodLabel, style = MaterialTheme.typography.titleMedium, modifier = Modifier.testTag("period"))
        summary.goals?.let { GoalsCard(it) }
        summary.signs?.let { SignsCard(it) }
        summary.medicines?.let { MedicinesCard(it) }
        summary.modules?.let { ModulesCard(it) }
        summary.scale?.let { ScaleCard(it) }
        FilledTonalButton(
            onClick = onReport,
            modifier = Modifier.fillMaxWidth().heightIn(min = 56.dp).testTag("progress-report"),
        ) { Text(text("shell-report-from-progress")) }
    }
}

@OptIn(ExperimentalLayoutApi::class)
@Composable
private fun SectionChooser(chosen: Set<ReportSection>, onToggle: (ReportSection) -> Unit) {
    Text(text("shell-progress-choose"), style = MaterialTheme.typography.bodyLarge)
    FlowRow(
        modifier = Modifier.fillMaxWidth(),
        horizontalArrangement = Arrangement.spacedBy(8.dp),
        verticalArrangement = Arrangement.spacedBy(8.dp),
    ) {
        ReportSection.entries.forEach { section ->
            val on = section in chosen
            val colors = MaterialTheme.colorScheme
            Surface(
                shape = MaterialTheme.shapes.medium,
                color = if (on) colors.secondaryContainer else colors.surface,
                contentColor = if (on) colors.onSecondaryContainer else colors.onSurface,
                border = BorderStroke(if (on) 3.dp else 1.dp, if (on) colors.primary else colors.outline),
                modifier = Modifier.widthIn(min = 80.dp).heightIn(min = 48.dp)
                    .toggleable(value = on, onValueChange = { onToggle(section) }, role = Role.Checkbox)
                    .testTag("section-${section.name.lowercase()}"),
            ) {
                Box(Modifier.padding(horizontal = 14.dp, vertical = 10.dp), contentAlignment = Alignment.Center) {
                    Text(text(SECTION_LABELS.getValue(section)), style = MaterialTheme.typography.bodyLarge)
                }
            }
        }
    }
}
