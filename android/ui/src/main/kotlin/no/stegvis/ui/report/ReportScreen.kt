package no.stegvis.ui.report

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedCard
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.platform.testTag
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.unit.dp
import no.stegvis.core.ReportSection
import no.stegvis.ui.components.ChoiceRow
import no.stegvis.ui.components.ScreenScaffold
import no.stegvis.ui.components.ToggleRow
import no.stegvis.ui.progress.SECTION_LABELS
import no.stegvis.ui.text.text
import no.stegvis.ui.theme.MinTouch

/**
 * The report to bring to a meeting: which parts it holds (all at first, at least one),
 * which months, a plain word that it holds health information and goes wherever it is
 * shared, then Make report; once made, Share (and Open when the phone has a viewer).
 */
@Composable
fun ReportScreen(view: ReportView, actions: ReportActions, onBack: () -> Unit, modifier: Modifier = Modifier) {
    ScreenScaffold(title = text("shell-nav-report"), onBack = onBack, modifier = modifier) {
        Text(text("shell-report-intro"), style = MaterialTheme.typography.bodyLarge)
        Heading(text("shell-report-sections"))
        ReportSection.entries.forEach { section ->
            ToggleRow(
                label = text(SECTION_LABELS.getValue(section)),
                checked = section in view.sections,
                onChange = { actions.toggle(section) },
                modifier = Modifier.testTag("report-section-${section.name.lowercase()}"),
            )
        }
        if (view.sections.isEmpty()) {
            Text(
                text("shell-report-none-chosen"),
                style = MaterialTheme.typography.bodyLarge,
                color = MaterialTheme.colorScheme.error,
                modifier = Modifier.testTag("report-none-chosen").semantics { liveRegion = LiveRegionMode.Polite },
            )
        }
        Heading(text("shell-report-period"))
        view.periods.forEach { period ->
            Column(Modifier.fillMaxWidth()) {
                ChoiceRow(
                    label = period.label,
                    selected = period == view.period,
                    onClick = { actions.choosePeriod(period) },
                    modifier = Modifier.testTag("report-period-${period.months}"),
                )
                if (period == view.period) {
                    Text(period.span, style = MaterialTheme.typography.bodyMedium, modifier = Modifier.padding(start = 52.dp))
                }
            }
        }
        OutlinedCard(Modifier.fillMaxWidth()) {
            Text(
                text("shell-report-privacy"),
                style = MaterialTheme.typography.bodyLarge,
                modifier = Modifier.padding(16.dp).testTag("report-privacy"),
            )
        }
        val chosen = ReportSection.entries.filter(view.sections::contains)
        Button(
            onClick = { view.period?.let { if (chosen.isNotEmpty()) actions.make(chosen, it) } },
            enabled = !view.making,
            modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("report-make"),
        ) { Text(text("shell-report-make")) }
        Outcome(view, actions)
    }
}

@Composable
private fun Heading(words: String) {
    Text(words, style = MaterialTheme.typography.titleMedium, modifier = Modifier.semantics { heading() })
}

@Composable
private fun Outcome(view: ReportView, actions: ReportActions) {
    if (view.making) {
        Row(verticalAlignment = Alignment.CenterVertically, horizontalArrangement = Arrangement.spacedBy(12.dp)) {
            CircularProgressIndicator()
            Text(text("shell-report-making"), style = MaterialTheme.typography.bodyLarge, modifier = Modifier.testTag("report-making"))
        }
        return
    }
    if (view.made == null) return
    Text(
        text("shell-report-ready"),
        style = MaterialTheme.typography.titleMedium,
        modifier = Modifier.testTag("report-ready").semantics { liveRegion = LiveRegionMode.Polite },
    )
    Button(onClick = actions.share, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("report-share")) {
        Text(text("shell-report-share"))
    }
    if (view.canOpen) {
        OutlinedButton(onClick = actions.open, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch).testTag("report-open")) {
            Text(text("shell-report-open"))
        }
    } else {
        Text(text("shell-report-no-viewer"), style = MaterialTheme.typography.bodyMedium)
    }
}
