package no.stegvis.android

import android.content.ContentResolver
import android.content.Intent
import android.net.Uri
import android.os.Build
import android.util.Log
import java.io.ByteArrayOutputStream
import java.io.IOException
import java.io.InputStream

/**
 * A sharing envelope that another app opened Stegvis with (a file manager's "Open with",
 * a mail attachment: ACTION_VIEW) or shared to it (ACTION_SEND). Only the bytes are read
 * here; whether they are an envelope for this phone is the core's to decide.
 */
object ReceivedFiles {
    /**
     * Read no further than this: the core refuses anything over 256 KiB anyway, so a
     * larger file is cut here and refused there, without holding all of it in memory.
     */
    private const val READ_LIMIT = 512 * 1024

    /** The file an intent brings, or null when it brings none (the launcher, a reminder). */
    fun uriOf(intent: Intent?): Uri? = when (intent?.action) {
        Intent.ACTION_VIEW -> intent.data

        Intent.ACTION_SEND ->
            if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
                intent.getParcelableExtra(Intent.EXTRA_STREAM, Uri::class.java)
            } else {
                @Suppress("DEPRECATION")
                intent.getParcelableExtra(Intent.EXTRA_STREAM)
            }

        else -> null
    }

    /** The file's bytes (at most [READ_LIMIT] + 1); empty when it cannot be read, which the core refuses. */
    fun read(resolver: ContentResolver, uri: Uri): ByteArray = try {
        resolver.openInputStream(uri)?.use(::readLimited) ?: ByteArray(0)
    } catch (e: IOException) {
        Log.w("Stegvis", "receive: the file could not be read (${e.javaClass.simpleName})")
        ByteArray(0)
    } catch (e: SecurityException) {
        Log.w("Stegvis", "receive: the file is not allowed (${e.javaClass.simpleName})")
        ByteArray(0)
    }

    /** Up to [READ_LIMIT] + 1 bytes (InputStream.readNBytes is Android 13+). */
    private fun readLimited(input: InputStream): ByteArray {
        val out = ByteArrayOutputStream()
        val buffer = ByteArray(BUFFER)
        while (out.size() <= READ_LIMIT) {
            val read = input.read(buffer, 0, minOf(buffer.size, READ_LIMIT + 1 - out.size()))
            if (read < 0) break
            out.write(buffer, 0, read)
        }
        return out.toByteArray()
    }

    private const val BUFFER = 16 * 1024
}
