package no.stegvis.android

import java.io.File
import javax.xml.parsers.DocumentBuilderFactory
import org.junit.Assert.assertEquals
import org.junit.Assert.assertTrue
import org.junit.Test
import org.w3c.dom.Document
import org.w3c.dom.Element

/**
 * Robolectric does not read the app's manifest, so the manifest and the backup rules are
 * checked against the code here: every receiver exists and hears what it handles, and the
 * data folder and the wrapped key are never in a backup or a device transfer.
 */
class ManifestTest {
    private val main = File("src/main")
    private val android = "http://schemas.android.com/apk/res/android"

    private fun xml(path: String): Document = DocumentBuilderFactory
        .newInstance()
        .apply { isNamespaceAware = true }
        .newDocumentBuilder()
        .parse(File(main, path))

    private fun Document.elements(tag: String): List<Element> =
        getElementsByTagName(tag).let { list -> (0 until list.length).map { list.item(it) as Element } }

    private fun Element.androidName(): String = getAttributeNS(android, "name")

    @Test
    fun everyReceiverExistsAndHearsWhatItHandles() {
        val manifest = xml("AndroidManifest.xml")
        val receivers = manifest.elements("receiver").associateBy { it.androidName() }
        assertEquals(setOf(".ReminderAlarmReceiver", ".DoseActionReceiver", ".SystemEventsReceiver"), receivers.keys)
        for (name in receivers.keys) Class.forName("no.stegvis.android$name")
        val heard =
            receivers
                .getValue(".SystemEventsReceiver")
                .getElementsByTagName("action")
                .let { list -> (0 until list.length).map { (list.item(it) as Element).androidName() } }
        assertEquals(SystemEventsReceiver.ACTIONS, heard.toSet())
        assertEquals("false", receivers.getValue(".DoseActionReceiver").getAttributeNS(android, "exported"))
        assertEquals("false", receivers.getValue(".ReminderAlarmReceiver").getAttributeNS(android, "exported"))
    }

    @Test
    fun aSharingFileOpenedOrSharedReachesTheActivity() {
        val activity = xml("AndroidManifest.xml").elements("activity").single { it.androidName() == ".MainActivity" }
        val filters = activity.getElementsByTagName("intent-filter").let { list -> (0 until list.length).map { list.item(it) as Element } }
        fun Element.all(tag: String, attribute: String) = getElementsByTagName(tag).let { list ->
            (0 until list.length).map { (list.item(it) as Element).getAttributeNS(android, attribute) }
        }
        for (action in listOf("android.intent.action.VIEW", "android.intent.action.SEND")) {
            val filter = filters.single { action in it.all("action", "name") }
            assertTrue("android.intent.category.DEFAULT" in filter.all("category", "name"))
            assertTrue("application/octet-stream" in filter.all("data", "mimeType"))
        }
    }

    @Test
    fun onlyTheReminderPermissionsAndTheCameraAreAsked() {
        val asked = xml("AndroidManifest.xml").elements("uses-permission").map { it.androidName() }.toSet()
        val wanted =
            setOf(
                "android.permission.POST_NOTIFICATIONS",
                "android.permission.SCHEDULE_EXACT_ALARM",
                "android.permission.RECEIVE_BOOT_COMPLETED",
                "android.permission.CAMERA",
            )
        assertEquals(wanted, asked)
    }

    @Test
    fun theDataAndTheWrappedKeyStayOutOfBackupsAndTransfers() {
        val application = xml("AndroidManifest.xml").elements("application").single()
        assertEquals("@xml/data_extraction_rules", application.getAttributeNS(android, "dataExtractionRules"))
        assertEquals("@xml/backup_rules", application.getAttributeNS(android, "fullBackupContent"))
        val mustStayOut = setOf("no_backup/stegvis/", "no_backup/${CoreAccess.WRAPPED_KEY_FILE}")
        val rules = xml("res/xml/data_extraction_rules.xml")
        for (section in listOf("cloud-backup", "device-transfer")) {
            val excluded = rules.elements(section).single().getElementsByTagName("exclude")
            val paths = (0 until excluded.length).map { (excluded.item(it) as Element).getAttribute("path") }
            assertTrue("$section excludes $mustStayOut: $paths", paths.containsAll(mustStayOut))
        }
        val legacy = xml("res/xml/backup_rules.xml").elements("exclude").map { it.getAttribute("path") }
        assertTrue(legacy.containsAll(mustStayOut))
    }

    @Test
    fun theReportIsSharedFromItsOwnCacheFolderAndAViewerCanBeSeen() {
        val paths = xml("res/xml/file_paths.xml").elements("cache-path").map { it.getAttribute("path") }
        assertEquals(listOf("exports/", "${ReportFiles.FOLDER}/"), paths)
        val queried = xml("AndroidManifest.xml").elements("queries").single().getElementsByTagName("data")
            .let { list -> (0 until list.length).map { (list.item(it) as Element).getAttributeNS(android, "mimeType") } }
        assertTrue(ReportFiles.PDF in queried)
        assertTrue(xml("AndroidManifest.xml").elements("uses-permission").none { "STORAGE" in it.androidName() })
    }
}
