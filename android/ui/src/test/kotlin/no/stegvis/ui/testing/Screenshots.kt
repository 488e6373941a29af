package no.stegvis.ui.testing

import androidx.compose.runtime.Composable
import androidx.compose.runtime.CompositionLocalProvider
import androidx.compose.ui.ImageComposeScene
import androidx.compose.ui.unit.Density
import androidx.compose.ui.use
import java.io.File
import no.stegvis.core.Lang
import no.stegvis.ui.AppCore
import no.stegvis.ui.text.LocalStrings
import no.stegvis.ui.theme.StegvisTheme
import org.jetbrains.skia.EncodedImageFormat
import org.jetbrains.skia.Image
import org.junit.Assert.assertTrue

/** Where rendered screens go (`target/screens`, kept by CI as artifacts). */
val screensDir: File = File(System.getProperty("stegvis.screens.dir") ?: "target/screens")

/** A phone-sized window: 411 x 891 dp at density 2 (a common Android phone). */
private const val WIDTH_DP = 411
private const val HEIGHT_DP = 891
private const val DENSITY = 2f

/** One rendering of a screen: language, light or dark, font scale. */
data class Variant(val lang: Lang, val dark: Boolean, val fontScale: Float) {
    val label: String get() = "${lang.name.lowercase()}-${if (dark) "dark" else "light"}-${fontScale}x"
}

/** Every variant the issue asks for: en and nb, light and dark, font scale 1.0 and 2.0. */
val ALL_VARIANTS: List<Variant> =
    listOf(Lang.EN, Lang.NB).flatMap { lang ->
        listOf(false, true).flatMap { dark -> listOf(1f, 2f).map { Variant(lang, dark, it) } }
    }

/**
 * Renders [content] over the demo data in every variant to `target/screens/NAME/VARIANT.png`
 * and fails if any rendering throws or comes out as one flat colour (nothing drawn).
 * [content] gets a real core filled with the demo data in the variant's language.
 */
fun renderScreen(
    name: String,
    variants: List<Variant> = ALL_VARIANTS,
    data: (Lang) -> TestCore = { demoCore(it) },
    content: @Composable (AppCore) -> Unit,
) {
    val dir = File(screensDir, name).apply { mkdirs() }
    for (variant in variants) {
        data(variant.lang).use { test ->
            val png = renderPng(variant) {
                StegvisTheme(dark = variant.dark) {
                    CompositionLocalProvider(LocalStrings provides test.core.strings) { content(test.core) }
                }
            }
            val file = File(dir, "${variant.label}.png")
            file.writeBytes(png)
            assertTrue("$name ${variant.label}: nothing was drawn", !isFlat(png))
        }
    }
}

private fun renderPng(variant: Variant, content: @Composable () -> Unit): ByteArray = ImageComposeScene(
    width = (WIDTH_DP * DENSITY).toInt(),
    height = (HEIGHT_DP * DENSITY).toInt(),
    density = Density(DENSITY, variant.fontScale),
    content = content,
).use { scene ->
    // Two frames: the first lays out, the second draws what effects loaded.
    scene.render(0)
    val image = scene.render(16_000_000)
    requireNotNull(image.encodeToData(EncodedImageFormat.PNG)) { "PNG encoding failed" }.bytes
}

private fun isFlat(png: ByteArray): Boolean {
    val bitmap = org.jetbrains.skia.Bitmap.makeFromImage(Image.makeFromEncoded(png))
    val first = bitmap.getColor(0, 0)
    for (y in 0 until bitmap.height step 7) {
        for (x in 0 until bitmap.width step 7) {
            if (bitmap.getColor(x, y) != first) return false
        }
    }
    return true
}
