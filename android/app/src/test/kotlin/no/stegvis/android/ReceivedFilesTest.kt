package no.stegvis.android

import android.content.ContentResolver
import android.content.Intent
import android.net.Uri
import java.io.File
import java.nio.file.Files
import no.stegvis.core.KeyManager
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.PlanSection
import no.stegvis.core.ReceivedKind
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException
import no.stegvis.core.fillDemo
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

/**
 * A sharing file opened with Stegvis (ACTION_VIEW) or shared to it (ACTION_SEND): the
 * bytes the activity hands the core are the file's, and the core (the app's own, opened
 * through CoreAccess) takes in a real envelope sealed by another real install.
 */
@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35])
class ReceivedFilesTest : GlueTest() {
    override val demo = false

    /** A second install in memory: the participant who shares with this phone. */
    private class MemoryKeys : KeyManager {
        private var key: ByteArray? = null

        override fun loadKey(): ByteArray? = key?.copyOf()

        override fun storeKey(key: ByteArray) {
            if (this.key == null) this.key = key.copyOf()
        }

        override fun deleteKey() {
            key = null
        }
    }

    private fun participant(): StegvisCompanion {
        val dir = Files.createTempDirectory("stegvis-participant").toString()
        val config = OpenConfig(dataDir = dir, zone = DEMO_ZONE, language = Lang.EN)
        val keys = MemoryKeys()
        fillDemo(config, keys, clock)
        return StegvisCompanion.openWithClock(config, keys, clock)
    }

    private fun fileUri(bytes: ByteArray): Uri {
        val file = File(app.cacheDir, "stegvis-plan.stegvis-share").apply { writeBytes(bytes) }
        return Uri.fromFile(file)
    }

    @Test
    fun viewAndSendBothBringTheFile() {
        val uri = Uri.parse("content://mail/attachment/1")
        assertEquals(uri, ReceivedFiles.uriOf(Intent(Intent.ACTION_VIEW, uri)))
        assertEquals(uri, ReceivedFiles.uriOf(Intent(Intent.ACTION_SEND).putExtra(Intent.EXTRA_STREAM, uri)))
        assertNull(ReceivedFiles.uriOf(Intent(Intent.ACTION_MAIN)))
        assertNull(ReceivedFiles.uriOf(null))
    }

    @Test
    fun aReceivedEnvelopeReachesTheCoreAndAGarbledOneChangesNothing() {
        val kari = participant()
        val sam = kari.sharePair(core.sharePairCode().text, "Sam")
        kari.shareConfirm(sam.contactId)
        core.shareConfirm(core.sharePair(kari.sharePairCode().text, "Kari").contactId)
        kari.shareGrant(sam.contactId, listOf(PlanSection.SIGNS, PlanSection.CONTACTS), null)
        val envelope = kari.shareSend(sam.contactId)
        val resolver: ContentResolver = app.contentResolver

        val garbled = envelope.copyOf().also { it[it.size - 1] = (it[it.size - 1].toInt() xor 1).toByte() }
        val read = ReceivedFiles.read(resolver, fileUri(garbled))
        assertArrayEquals(garbled, read)
        assertThrows(StegvisException.EnvelopeRejected::class.java) { core.shareReceive(read) }
        assertTrue(core.supporterPlans().isEmpty())

        val received = core.shareReceive(ReceivedFiles.read(resolver, fileUri(envelope)))
        assertEquals(ReceivedKind.PLAN, received.kind)
        assertEquals(listOf(PlanSection.SIGNS, PlanSection.CONTACTS), core.supporterPlans().single().sections)
        kari.close()
    }

    @Test
    fun anUnreadableOrHugeFileIsCutOrEmptyNotACrash() {
        val resolver = app.contentResolver
        assertEquals(0, ReceivedFiles.read(resolver, Uri.fromFile(File(app.cacheDir, "missing"))).size)
        val huge = ReceivedFiles.read(resolver, fileUri(ByteArray(2 * 1024 * 1024)))
        assertEquals(512 * 1024 + 1, huge.size)
        assertThrows(StegvisException.EnvelopeRejected::class.java) { core.shareReceive(huge) }
    }
}
