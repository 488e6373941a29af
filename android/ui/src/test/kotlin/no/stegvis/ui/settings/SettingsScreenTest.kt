package no.stegvis.ui.settings

import androidx.compose.ui.test.assertIsNotEnabled
import androidx.compose.ui.test.onNodeWithTag
import androidx.compose.ui.test.onNodeWithText
import androidx.compose.ui.test.performClick
import androidx.compose.ui.test.performScrollTo
import androidx.compose.ui.test.performTextInput
import androidx.compose.ui.test.v2.runComposeUiTest
import java.io.File
import java.nio.file.Files
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.StegvisCompanion
import no.stegvis.ui.RecordingPlatform
import no.stegvis.ui.Routes
import no.stegvis.ui.testing.DEMO_ZONE
import no.stegvis.ui.testing.MemoryKeys
import no.stegvis.ui.testing.assertAccessible
import no.stegvis.ui.testing.demoCore
import no.stegvis.ui.testing.openApp
import no.stegvis.ui.testing.renderScreen
import no.stegvis.ui.testing.runTallUiTest
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Test

/** A device whose files go to a folder of the test's own, and whose file picker returns [picked]. */
private class FolderPlatform(val folder: File, val picked: String? = null) : RecordingPlatform() {
    override fun exportFile(name: String): String = File(folder, name).path.also { asked += "exportFile $name" }

    override fun pickFile(onPicked: (String?) -> Unit) {
        asked += "pick"
        onPicked(picked)
    }
}

class SettingsScreenTest {
    private val noActions = SettingsActions({}, {}, {}, {}, {}, {}, { false })

    @Test
    fun settingsRenderInEveryVariant() = renderScreen("settings") { core ->
        val view = SettingsView(core.companion.languageChoice(), core.companion.reminderSettings())
        SettingsScreen(view, DataOutcome(), noActions, onBack = {})
    }

    @Test
    fun choosingNorwegianRedrawsTheScreenAndIsKept() = runComposeUiTest {
        demoCore().use { test ->
            openApp(test, Routes.SETTINGS)
            onNodeWithTag("lang-NB").performScrollTo().performClick()
            waitForIdle()
            onNodeWithText("Innstillinger").assertExists()
            assertEquals(Lang.NB, test.companion.languageChoice())
            onNodeWithTag("lang-device").performScrollTo().performClick()
            waitForIdle()
            assertEquals(null, test.companion.languageChoice())
            onNodeWithText("Settings").assertExists()
        }
    }

    @Test
    fun remindersAndTheLockScreenAreSetInTheCore() = runComposeUiTest {
        demoCore().use { test ->
            openApp(test, Routes.SETTINGS)
            onNodeWithTag("settings-show-names").performScrollTo().performClick()
            onNodeWithTag("settings-step-reminders").performScrollTo().performClick()
            onNodeWithTag("settings-checkin-on").performScrollTo().performClick()
            waitForIdle()
            val off = test.companion.reminderSettings()
            assertTrue(off.showNames)
            assertFalse(off.stepReminders)
            assertEquals(null, off.checkinTime)
            onNodeWithTag("settings-checkin-on").performScrollTo().performClick()
            onNodeWithTag("settings-checkin-time").performScrollTo().performTextInput("21:30")
            onNodeWithTag("settings-checkin-save").performScrollTo().performClick()
            waitForIdle()
            assertEquals("21:30", test.companion.reminderSettings().checkinTime)
        }
    }

    @Test
    fun anExportWithAPassphraseOpensOnAnEmptyPhone() = runComposeUiTest {
        demoCore().use { test ->
            val folder = Files.createTempDirectory("stegvis-export").toFile()
            val platform = FolderPlatform(folder)
            openApp(test, Routes.SETTINGS, platform)
            onNodeWithTag("export-passphrase").performScrollTo().performTextInput("four calm words here")
            onNodeWithTag("export-passphrase-again").performScrollTo().performTextInput("four calm words here")
            onNodeWithTag("export-do").performScrollTo().performClick()
            waitForIdle()
            val file = File(folder, "stegvis.export")
            assertTrue(file.length() > 0)
            assertEquals(listOf("exportFile stegvis.export", "share ${file.path}"), platform.asked)
            onNodeWithTag("export-done").assertExists()

            val phone = File(folder, "new-phone")
            val config = OpenConfig(dataDir = phone.path, zone = DEMO_ZONE, language = Lang.EN)
            StegvisCompanion.importExportWithClock(
                config,
                MemoryKeys(),
                test.clock,
                file.path,
                "four calm words here",
            ).use { restored ->
                assertEquals(test.companion.planView(), restored.planView())
                assertEquals(test.companion.listMedications(true), restored.listMedications(true))
            }
            folder.deleteRecursively()
        }
    }

    @Test
    fun twoDifferentPassphrasesWriteNothing() = runComposeUiTest {
        demoCore().use { test ->
            val folder = Files.createTempDirectory("stegvis-export").toFile()
            val platform = FolderPlatform(folder)
            openApp(test, Routes.SETTINGS, platform)
            onNodeWithTag("export-passphrase").performScrollTo().performTextInput("four calm words here")
            onNodeWithTag("export-passphrase-again").performScrollTo().performTextInput("four calm words hear")
            onNodeWithTag("export-do").performScrollTo().performClick()
            waitForIdle()
            assertEquals(emptyList<String>(), platform.asked)
            assertFalse(File(folder, "stegvis.export").exists())
            folder.deleteRecursively()
        }
    }

    @Test
    fun bringingBackAnExportOnAPhoneWithDataShowsTheCoresRefusal() = runComposeUiTest {
        demoCore().use { test ->
            val folder = Files.createTempDirectory("stegvis-export").toFile()
            val file = File(folder, "old.export")
            test.companion.exportEncrypted(file.path, "four calm words here")
            val before = test.companion.planView()
            openApp(test, Routes.SETTINGS, FolderPlatform(folder, picked = file.path))
            onNodeWithTag("import-passphrase").performScrollTo().performTextInput("four calm words here")
            onNodeWithTag("import-pick").performScrollTo().performClick()
            waitForIdle()
            assertNotNull(test.core.problem)
            onNodeWithTag("problem").assertExists()
            assertEquals(before, test.companion.planView())
            folder.deleteRecursively()
        }
    }

    @Test
    fun erasingAfterTypingTheWordEmptiesTheFolderAndClosesTheApp() = runComposeUiTest {
        demoCore().use { test ->
            val platform = RecordingPlatform()
            openApp(test, Routes.SETTINGS, platform)
            onNodeWithTag("erase-do").performScrollTo().assertIsNotEnabled()
            onNodeWithTag(
                "erase-typed",
            ).performScrollTo().performTextInput(test.core.strings["shell-settings-erase-word"])
            onNodeWithTag("erase-do").performScrollTo().performClick()
            waitForIdle()
            assertEquals(listOf("afterErase"), platform.asked)
            assertTrue(!test.dir.toFile().exists() || test.dir.toFile().list().isNullOrEmpty())
        }
    }

    @Test
    fun settingsAreReadableAtDoubleText() = runTallUiTest {
        demoCore().use { test ->
            openApp(test, Routes.SETTINGS, fontScale = 2f)
            assertAccessible()
        }
    }
}
