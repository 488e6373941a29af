package no.stegvis.jvm

import java.io.File
import java.nio.file.Path
import java.security.SecureRandom
import java.time.Instant
import no.stegvis.core.Clock
import no.stegvis.core.KeyManager
import no.stegvis.core.Lang
import no.stegvis.core.OpenConfig
import no.stegvis.core.StegvisCompanion

/** Keeps the data key in memory, the way a shell would hold a Keystore-unwrapped key. */
class InMemoryKeyManager(private var key: ByteArray? = null) : KeyManager {
    var stores = 0
        private set

    val storedKey: ByteArray? get() = key?.copyOf()

    override fun loadKey(): ByteArray? = key?.copyOf()

    override fun storeKey(key: ByteArray) {
        stores++
        this.key = key.copyOf()
    }

    override fun deleteKey() {
        key?.fill(0)
        key = null
    }
}

/** Keeps the data key in a file, so a fresh instance (a "restarted app") finds it. */
class FileKeyManager(private val file: File) : KeyManager {
    override fun loadKey(): ByteArray? = file.takeIf { it.exists() }?.readBytes()

    override fun storeKey(key: ByteArray) = file.writeBytes(key)

    override fun deleteKey() {
        file.delete()
    }
}

/** A clock stopped at one instant. */
class FixedClock(private val instant: Instant) : Clock {
    constructor(text: String) : this(Instant.parse(text))

    override fun now(): Instant = instant
}

fun randomKey(): ByteArray = ByteArray(32).also(SecureRandom()::nextBytes)

fun config(dir: Path, language: Lang = Lang.EN) = OpenConfig(dataDir = dir.toString(), zone = "Europe/Oslo", language = language)

/*
 * The core's `Companion` object is exposed to Kotlin as `StegvisCompanion`: under its
 * own name it clashes with Kotlin's implicit `companion object` and the generated
 * constructors do not compile. Every test opens the library through these two helpers.
 */
fun open(dir: Path, keys: KeyManager, language: Lang = Lang.EN): StegvisCompanion = StegvisCompanion.open(config(dir, language), keys)

fun openAt(dir: Path, keys: KeyManager, now: String, language: Lang = Lang.EN): StegvisCompanion =
    StegvisCompanion.openWithClock(config(dir, language), keys, FixedClock(now))
