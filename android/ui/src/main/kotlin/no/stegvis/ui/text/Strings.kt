package no.stegvis.ui.text

import androidx.compose.runtime.Composable
import androidx.compose.runtime.staticCompositionLocalOf

/**
 * The shell's words, from the core's Fluent files (`shell-*.ftl`): every label and title
 * a screen draws around the core's view records. Screens never write their own text, so
 * the phone, the desktop rendering and iOS say the same thing in every language.
 */
class Strings(private val text: Map<String, String>) {
    /** The text of [id]; a missing id shows the id itself, and a test fails on it. */
    operator fun get(id: String): String = text[id] ?: id

    /** Every id this language has, for the completeness test. */
    val ids: Set<String> get() = text.keys
}

/** The current language's shell text, provided once at the root of the app. */
val LocalStrings = staticCompositionLocalOf { Strings(emptyMap()) }

/** The shell text of [id] in the current language. */
@Composable
fun text(id: String): String = LocalStrings.current[id]
