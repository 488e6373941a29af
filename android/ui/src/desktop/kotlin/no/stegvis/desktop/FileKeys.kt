package no.stegvis.desktop

import java.nio.file.Files
import java.nio.file.Path
import java.nio.file.StandardOpenOption
import java.nio.file.attribute.PosixFilePermissions
import no.stegvis.core.KeyManager

/**
 * The desktop's key store: the data key in a file only its owner can read (as the
 * terminal shell keeps it). The phone keeps it wrapped by the Android Keystore instead.
 */
class FileKeys(private val file: Path) : KeyManager {
    override fun loadKey(): ByteArray? = if (Files.exists(file)) Files.readAllBytes(file) else null

    override fun storeKey(key: ByteArray) {
        if (Files.exists(file)) return
        val owner = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
        Files.newByteChannel(file, setOf(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), owner).use {
            it.write(java.nio.ByteBuffer.wrap(key))
        }
    }

    override fun deleteKey() {
        Files.deleteIfExists(file)
    }
}
