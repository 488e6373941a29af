package no.stegvis.ui.scale

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableIntStateOf
import androidx.compose.runtime.mutableStateMapOf
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.ScaleAnswer
import no.stegvis.core.ScaleForm
import no.stegvis.core.ScaleHistory
import no.stegvis.core.ScaleInterval
import no.stegvis.ui.AppCore

/**
 * The one-topic-per-screen flow: which topic is shown ([index]; `topics.size` is the
 * last screen, with Save), and the answers so far by topic key. Nothing is written
 * until Save; today's earlier answers are filled in, so rating again changes them.
 */
class ScaleFlowState(private val core: AppCore) {
    var form by mutableStateOf<ScaleForm?>(null)
        private set
    var index by mutableIntStateOf(0)
        private set
    val answers = mutableStateMapOf<String, UInt>()

    fun load() {
        if (form != null) return
        val loaded = core.read { it.scaleTopics() } ?: return
        loaded.todayAnswers.forEach { answers[it.topic] = it.value }
        form = loaded
    }

    fun answer(value: UInt) {
        val topic = form?.topics?.getOrNull(index) ?: return
        answers[topic.key] = value
        index += 1
    }

    fun skip() {
        val topic = form?.topics?.getOrNull(index) ?: return
        answers.remove(topic.key)
        index += 1
    }

    /** One topic back; `false` on the first, where Back leaves the flow. */
    fun back(): Boolean {
        if (index == 0) return false
        index -= 1
        return true
    }

    /** Saves the answers in the scale's order; `true` when the core took them. */
    fun save(): Boolean {
        val topics = form?.topics ?: return false
        val list = topics.mapNotNull { t -> answers[t.key]?.let { ScaleAnswer(t.key, it) } }
        return core.write { it.scaleRate(null, list) } != null
    }
}

/** The history with the interval settings. */
class ScaleHistoryState(private val core: AppCore) {
    var history by mutableStateOf<ScaleHistory?>(null)
        private set

    fun load() {
        history = core.read { it.scaleHistory() }
    }

    fun choose(interval: ScaleInterval) {
        core.write { it.setScaleInterval(interval) }
    }
}
