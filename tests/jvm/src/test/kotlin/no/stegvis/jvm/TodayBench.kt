package no.stegvis.jvm

import java.io.File
import java.nio.file.Files
import kotlin.io.path.copyTo
import kotlin.io.path.listDirectoryEntries
import org.junit.jupiter.api.Assumptions.assumeTrue
import org.junit.jupiter.api.Test

/**
 * The today view called from Kotlin through the generated bindings, on a copy of the
 * five years of daily use the Rust benchmark generated (`cargo xtask bench --jvm`
 * passes its folder as `stegvis.bench.data`). A simple timed loop: warm-up, then
 * [CALLS] calls, each timed; the median per call is printed and written to
 * `target/jvm-bench.txt` for the runner to set beside the same call in Rust.
 * Runs only with `-Pbench`.
 */
class TodayBench {
    private val warmUp = 300
    private val calls = 1000

    @Test
    fun todayFromKotlin() {
        val data = System.getProperty("stegvis.bench.data")
        assumeTrue(!data.isNullOrBlank(), "stegvis.bench.data not set")
        val dir = Files.createTempDirectory("stegvis-bench")
        File(data).toPath().listDirectoryEntries().forEach { it.copyTo(dir.resolve(it.fileName)) }
        // "Now" of the generated five years: Monday 23 November 2026, 09:00 in Oslo.
        val companion = openAt(dir, FileKeyManager(dir.resolve("stegvis.key").toFile()), "2026-11-23T08:00:00Z")
        val view = companion.today()
        check(view.sections.isNotEmpty()) { "the five years show nothing today" }

        repeat(warmUp) { companion.today() }
        val times = LongArray(calls)
        for (i in 0 until calls) {
            val start = System.nanoTime()
            companion.today()
            times[i] = System.nanoTime() - start
        }
        times.sort()
        val median = times[calls / 2]
        println("today from Kotlin: median $median ns/call over $calls calls (p10 ${times[calls / 10]}, p90 ${times[calls * 9 / 10]})")
        File(System.getProperty("stegvis.bench.out", "../../target/jvm-bench.txt")).writeText("$median\n")
        companion.close()
        dir.toFile().deleteRecursively()
    }
}
