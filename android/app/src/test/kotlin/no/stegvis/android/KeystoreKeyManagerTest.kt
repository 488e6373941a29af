package no.stegvis.android

import java.io.File
import no.stegvis.core.GoalFilter
import no.stegvis.core.LifeArea
import no.stegvis.core.NewGoal
import no.stegvis.core.StegvisCompanion
import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35])
class KeystoreKeyManagerTest : GlueTest() {
    override val demo = false

    private val file: File get() = File(app.noBackupFilesDir, CoreAccess.WRAPPED_KEY_FILE)

    @Test
    fun theDataKeyRoundTripsWrappedByTheKeystore() {
        val keys = KeystoreKeyManager(file)
        assertNull("no key yet", keys.loadKey())
        val dataKey = ByteArray(32) { (it * 7 + 1).toByte() }
        keys.storeKey(dataKey)

        val blob = file.readBytes()
        assertEquals(12 + 32 + 16, blob.size) // IV, wrapped key, GCM tag
        assertFalse("never in clear", blob.toList().windowed(32).any { it == dataKey.toList() })
        assertArrayEquals(dataKey, KeystoreKeyManager(file).loadKey())
        assertEquals(setOf(KeystoreKeyManager.DEFAULT_ALIAS), FakeAndroidKeyStore.keys.keys)
        val keyFiles = file.parentFile!!.list()!!.filter { it.startsWith("stegvis-key") }
        assertEquals("no temporary file left", listOf(file.name), keyFiles)
    }

    @Test
    fun aKeyKeptFirstStays() {
        val keys = KeystoreKeyManager(file)
        val first = ByteArray(32) { 1 }
        keys.storeKey(first)
        keys.storeKey(ByteArray(32) { 2 })
        assertArrayEquals(first, keys.loadKey())
    }

    @Test
    fun deleteRemovesTheWrappedKeyAndTheKeystoreKey() {
        val keys = KeystoreKeyManager(file)
        keys.storeKey(ByteArray(32) { 3 })
        keys.deleteKey()
        assertFalse(file.exists())
        assertTrue(FakeAndroidKeyStore.keys.isEmpty())
        assertNull(keys.loadKey())
        keys.deleteKey() // nothing to delete: still fine
    }

    @Test
    fun theCoreOpensItsDataAgainThroughTheKeystoreKey() {
        core.addGoal(NewGoal("Gå en tur hver dag", null, LifeArea.HEALTH))
        CoreAccess.forget()
        assertTrue(file.exists())
        assertEquals(listOf("Gå en tur hver dag"), core.listGoals(GoalFilter.ALL).map { it.text })
        val dataDir = CoreAccess.dataDir(app)
        assertTrue("the data folder is the one never backed up", dataDir.startsWith(app.noBackupFilesDir))
    }

    @Test
    fun withoutTheKeystoreKeyTheDataDoesNotOpen() {
        core.addGoal(NewGoal("Walk", null, LifeArea.HEALTH))
        CoreAccess.forget()
        FakeAndroidKeyStore.keys.clear() // e.g. the wrapped key copied to another phone
        val refused = runCatching { StegvisCompanion.open(CoreAccess.config(app), KeystoreKeyManager(file)) }
        assertTrue(refused.isFailure)
    }
}
