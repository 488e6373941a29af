package no.stegvis.ui.progress

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.AdherenceMonth
import no.stegvis.core.AdherenceSummary
import no.stegvis.core.GoalsSummary
import no.stegvis.core.ModulesSummary
import no.stegvis.core.ScaleSummary
import no.stegvis.core.SignsSummary
import no.stegvis.ui.text.text

// The sections of the progress screen, each a card with its numbers and charts.

private const val PERCENT_TOP = 100.0

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
internal fun GoalsCard(goals: GoalsSummary) {
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
internal fun SignsCard(signs: SignsSummary) {
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
                    signs.weeks.zip(sign.weeks) { week, mean -> week.label to (mean.mean?.let { _ -> mean.meanLabel } ?: notRated) },
                ),
                labels = signs.weeks.map { it.label },
                tag = "chart-sign",
            )
        }
    }
}

@Composable
internal fun MedicinesCard(meds: AdherenceSummary) {
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
            months.map { it.label to (it.percent?.let { _ -> it.percentLabel } ?: nothing) },
        ),
        labels = months.map { it.label },
        tag = "chart-adherence",
    )
}

@Composable
internal fun ModulesCard(modules: ModulesSummary) {
    SectionCard(text("shell-progress-section-modules")) {
        modules.modules.forEach { Text("${it.name}: ${it.stateLabel}", style = MaterialTheme.typography.bodyMedium) }
    }
}

@Composable
internal fun ScaleCard(scale: ScaleSummary) {
    SectionCard(text("shell-progress-section-scale")) {
        // Only totals of every topic compare: a partial rating is a gap on the line.
        LineChart(
            values = scale.points.map { if (it.complete) it.total.toDouble() else null },
            top = scale.maxTotal.toDouble(),
            color = MaterialTheme.colorScheme.tertiary,
            description = series(text("shell-progress-scale-totals"), scale.points.map { it.label to it.totalLabel }),
            labels = scale.points.map { it.label },
            tag = "chart-scale",
        )
        scale.points.forEach { Figure(it.label, it.totalLabel) }
    }
}
