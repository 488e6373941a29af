package no.stegvis.ui.testing

import java.nio.file.Files
import java.time.Instant
import no.stegvis.core.Clock
import no.stegvis.core.KeyManager
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.fillDemo
import no.stegvis.ui.AppCore

/** The data key in memory: tests need no key store, and the core is the real one. */
class MemoryKeys : KeyManager {
    private var key: ByteArray? = null

    override fun loadKey(): ByteArray? = key?.copyOf()

    override fun storeKey(key: ByteArray) {
        if (this.key == null) this.key = key.copyOf()
    }

    override fun deleteKey() {
        key = null
    }
}

/** A clock the test moves by hand; the screens are drawn at a fixed evening. */
class TestClock(var instant: Instant = DEMO_NOW) : Clock {
    override fun now(): Instant = instant
}

/** Monday 23 November 2026, 19:30 in Oslo: the check-in is due and doses are waiting. */
val DEMO_NOW: Instant = Instant.parse("2026-11-23T18:30:00Z")

const val DEMO_ZONE = "Europe/Oslo"

/** A real core on a real SQLite file in a new temporary folder. */
class TestCore(val core: AppCore, val clock: TestClock, val dir: java.nio.file.Path) : AutoCloseable {
    val companion: StegvisCompanion get() = core.companion

    override fun close() {
        companion.close()
        dir.toFile().deleteRecursively()
    }
}

/** The core's demo data set (three weeks of goals, signs, check-ins, a plan and medicines). */
fun demoCore(lang: Lang = Lang.EN, clock: TestClock = TestClock()): TestCore = openCore(lang, clock, demo = true)

/** A core with nothing in it: the first run. */
fun emptyCore(lang: Lang = Lang.EN, clock: TestClock = TestClock()): TestCore = openCore(lang, clock, demo = false)

private fun openCore(lang: Lang, clock: TestClock, demo: Boolean): TestCore {
    val dir = Files.createTempDirectory("stegvis-ui")
    val keys = MemoryKeys()
    val config = OpenConfig(dataDir = dir.toString(), zone = DEMO_ZONE, language = lang)
    if (demo) fillDemo(config, keys, clock)
    val companion = StegvisCompanion.openWithClock(config, keys, clock)
    return TestCore(AppCore(companion, deviceLanguage = lang), clock, dir)
}
