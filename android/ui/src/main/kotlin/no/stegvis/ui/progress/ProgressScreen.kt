package no.stegvis.ui.progress

import androidx.compose.foundation.BorderStroke
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Box
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ExperimentalLayoutApi
import androidx.compose.foundation.layout.FlowRow
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.widthIn
import androidx.compose.foundation.selection.toggleable
import androidx.compose.material3.FilledTonalButton
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.AdherenceMonth
import no.stegvis.core.AdherenceSummary
import no.stegvis.core.GoalsSummary
import no.stegvis.core.ModulesSummary
import no.stegvis.core.ProgressSummary
import no.stegvis.core.ReportSection
import no.stegvis.core.ScaleSummary
import no.stegvis.core.SignsSummary
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.text.text

/** The highest IMR Scale total: 15 topics rated up to 5. */
private const val SCALE_TOP = 75.0
private const val PERCENT_TOP = 100.0

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

@Composable
private fun SectionCard(title: String, content: @Composable () -> Unit) {
    OutlinedCard(Modifier.fillMaxWidth()) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(6.dp)) {
            Text(title, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
            content()
        }
    }
}

@Composable
private fun Figure(label: String, value: String) {
    Text("$label: $value", style = MaterialTheme.typography.bodyLarge)
}

@Composable
private fun GoalsCard(goals: GoalsSummary) {
    SectionCard(text("shell-progress-section-goals")) {
        Figure(text("shell-progress-goals-active"), goals.active.toString())
        Figure(text("shell-progress-goals-reached"), goals.reached.toString())
        Figure(text("shell-progress-goals-set-aside"), goals.setAside.toString())
        Text(text("shell-progress-steps-per-month"), style = MaterialTheme.typography.bodyMedium)
        val counts = goals.months.map { (it.stepsDone + it.repeatsDone).toDouble() }
        BarChart(
            values = counts,
            top = maxOf(1.0, counts.maxOrNull() ?: 1.0),
            color = MaterialTheme.colorScheme.secondary,
            description = series(
                text("shell-progress-steps-per-month"),
                goals.months.map {
                    it.label to
                        (it.stepsDone + it.repeatsDone).toString()
                },
            ),
            labels = goals.months.map { it.label },
            tag = "chart-steps",
        )
        goals.goals.forEach { Text("${it.text} · ${it.statusName} · ${it.label}", style = MaterialTheme.typography.bodyMedium) }
    }
}

@Composable
private fun SignsCard(signs: SignsSummary) {
    SectionCard(text("shell-progress-section-signs")) {
        Figure(text("shell-progress-days-checked-in"), "${signs.daysCheckedIn} / ${signs.daysInPeriod}")
        val notRated = text("shell-progress-not-rated")
        signs.signs.forEachIndexed { i, sign ->
            Text(sign.name, style = MaterialTheme.typography.bodyLarge)
            LineChart(
                values = sign.weeks.map { it.mean },
                top = signs.maxRating.toDouble(),
                color = lineColor(i),
                description = series(
                    "${sign.name}, ${text("shell-progress-weekly-mean")}",
                    signs.weeks.zip(sign.weeks) { week, mean -> week.label to (mean.mean?.let(::decimal) ?: notRated) },
                ),
                labels = signs.weeks.map { it.label },
                tag = "chart-sign",
            )
        }
    }
}

@Composable
private fun MedicinesCard(meds: AdherenceSummary) {
    SectionCard(text("shell-progress-section-medicines")) {
        Text(text("shell-progress-doses-taken"), style = MaterialTheme.typography.bodyMedium)
        AdherenceBars(text("shell-progress-all-medicines"), meds.months, MaterialTheme.colorScheme.primary)
        meds.medicines.forEachIndexed { i, m -> AdherenceBars(m.name, m.months, lineColor(i + 1)) }
    }
}

@Composable
private fun AdherenceBars(name: String, months: List<AdherenceMonth>, color: Color) {
    val nothing = text("shell-progress-nothing-planned")
    Text(name, style = MaterialTheme.typography.bodyLarge)
    BarChart(
        values = months.map { it.percent },
        top = PERCENT_TOP,
        color = color,
        description = series(
            "$name, ${text("shell-progress-doses-taken")}",
            months.map { it.label to (it.percent?.let { p -> "${decimal(p)} %" } ?: nothing) },
        ),
        labels = months.map { it.label },
        tag = "chart-adherence",
    )
}

@Composable
private fun ModulesCard(modules: ModulesSummary) {
    SectionCard(text("shell-progress-section-modules")) {
        modules.modules.forEach { Text("${it.name}: ${it.stateLabel}", style = MaterialTheme.typography.bodyMedium) }
    }
}

@Composable
private fun ScaleCard(scale: ScaleSummary) {
    SectionCard(text("shell-progress-section-scale")) {
        LineChart(
            values = scale.points.map { it.total.toDouble() },
            top = SCALE_TOP,
            color = MaterialTheme.colorScheme.tertiary,
            description = series(text("shell-progress-scale-totals"), scale.points.map { it.label to it.total.toString() }),
            labels = scale.points.map { it.label },
            tag = "chart-scale",
        )
        scale.points.forEach { Figure(it.label, it.total.toString()) }
    }
}
