package no.stegvis.ui.modules

import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.setValue
import no.stegvis.core.ModulesView
import no.stegvis.ui.AppCore

/** What the modules screen can ask for. */
interface ModulesActions {
    fun begin(key: String, done: Boolean)
    fun undoDone(key: String)
    fun reset(key: String)
    fun dateText(text: String)
    fun save(today: Boolean)
    fun cancel()
}

/** Which module's day is being chosen, and for what. */
data class ModuleEdit(val key: String, val done: Boolean)

/**
 * The modules with their states; marking one asks for the day (today, or another typed
 * as year-month-day) before anything is written, so a tap by mistake changes nothing.
 */
class ModulesState(private val core: AppCore) {
    var view by mutableStateOf<ModulesView?>(null)
        private set
    var editing by mutableStateOf<ModuleEdit?>(null)
        private set
    var dateText by mutableStateOf("")

    fun load() {
        view = core.read { it.modules() }
    }

    fun begin(key: String, done: Boolean) {
        editing = ModuleEdit(key, done)
        dateText = ""
    }

    fun cancel() {
        editing = null
    }

    /** Marks the module on the typed day, or today when none is typed. */
    fun save(today: Boolean) {
        val edit = editing ?: return
        val date = if (today) null else dateText.trim().ifEmpty { null }
        val result = core.write {
            if (edit.done) it.moduleDone(edit.key, date) else it.moduleStart(edit.key, date)
        } ?: return
        view = result
        editing = null
    }

    fun undoDone(key: String) {
        core.write { it.moduleUndoDone(key) }?.let { view = it }
    }

    fun reset(key: String) {
        core.write { it.moduleReset(key) }?.let { view = it }
    }
}
