package no.stegvis.android

import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyProperties
import java.io.File
import java.io.FileOutputStream
import java.nio.file.Files
import java.nio.file.StandardCopyOption
import java.security.KeyStore
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec
import no.stegvis.core.KeyManager

/**
 * The core's data key (32 bytes), wrapped by a non-exportable AES-256-GCM key that never
 * leaves the Android Keystore, and kept wrapped in app-private storage ([wrappedKeyFile]):
 * `IV (12) | ciphertext (32) | tag (16)`. A copy of the file without this device's
 * Keystore opens nothing. Any failure here reaches the core as "key unavailable".
 */
class KeystoreKeyManager(private val wrappedKeyFile: File, private val alias: String = DEFAULT_ALIAS) : KeyManager {
    override fun loadKey(): ByteArray? {
        if (!wrappedKeyFile.exists()) return null
        val blob = wrappedKeyFile.readBytes()
        val key =
            keystore().getKey(alias, null) as? SecretKey
                ?: error("the Keystore key that wraps the data key is gone")
        val cipher = Cipher.getInstance(TRANSFORMATION)
        cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_BITS, blob, 0, IV_BYTES))
        return cipher.doFinal(blob, IV_BYTES, blob.size - IV_BYTES)
    }

    /** Keeps a new data key; if one is already kept (set up meanwhile), that one stays. */
    override fun storeKey(key: ByteArray) {
        synchronized(LOCK) {
            if (wrappedKeyFile.exists()) return
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, wrappingKey())
            writeAtomically(cipher.iv + cipher.doFinal(key))
        }
    }

    /** Forgets the data key for good: the wrapped copy and the Keystore key that opens it. */
    override fun deleteKey() {
        synchronized(LOCK) {
            Files.deleteIfExists(wrappedKeyFile.toPath())
            val store = keystore()
            if (store.containsAlias(alias)) store.deleteEntry(alias)
        }
    }

    private fun keystore(): KeyStore = KeyStore.getInstance(ANDROID_KEYSTORE).apply { load(null) }

    private fun wrappingKey(): SecretKey {
        (keystore().getKey(alias, null) as? SecretKey)?.let { return it }
        val spec =
            KeyGenParameterSpec
                .Builder(alias, KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT)
                .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
                .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
                .setKeySize(KEY_BITS)
                .setRandomizedEncryptionRequired(true)
                .build()
        return KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, ANDROID_KEYSTORE).run {
            init(spec)
            generateKey()
        }
    }

    /** Write to a file beside the target, flush it to disk, then rename over: all or nothing. */
    private fun writeAtomically(bytes: ByteArray) {
        val dir = requireNotNull(wrappedKeyFile.absoluteFile.parentFile)
        dir.mkdirs()
        val temp = File.createTempFile("${wrappedKeyFile.name}.", ".tmp", dir)
        try {
            FileOutputStream(temp).use { out ->
                out.write(bytes)
                out.fd.sync()
            }
            Files.move(temp.toPath(), wrappedKeyFile.toPath(), StandardCopyOption.ATOMIC_MOVE)
        } finally {
            temp.delete()
        }
    }

    companion object {
        const val DEFAULT_ALIAS = "stegvis-data-key"
        private const val ANDROID_KEYSTORE = "AndroidKeyStore"
        private const val TRANSFORMATION = "AES/GCM/NoPadding"
        private const val KEY_BITS = 256
        private const val TAG_BITS = 128
        private const val IV_BYTES = 12
        private val LOCK = Any()
    }
}
