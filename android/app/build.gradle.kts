// The Android app: the Android-only glue (src/main/kotlin/no/stegvis/android), the screens from
// :ui, and the Rust core built for the phone by cargo-ndk. Needs the Android SDK and NDK, Rust
// with the targets aarch64-linux-android, armv7-linux-androideabi and x86_64-linux-android, and
// `cargo install cargo-ndk`. `./gradlew installDebug` from android/.
//
// Not run on the machine this was written on (no Android SDK, no Gradle there); what is checked
// there instead: android/app/pom.xml (the glue under Robolectric) and android/app/aar-check (every
// Kotlin source against the real AARs, dexed by D8), both from `cargo xtask android`.
import javax.inject.Inject

plugins {
    alias(libs.plugins.android.application)
    alias(libs.plugins.kotlin.compose)
}

/** The Cargo workspace: the folder above android/. */
val cargoWorkspace: File = rootDir.parentFile

/** The ABIs the app ships (phones, old phones, the emulator). */
val shippedAbis = listOf("arm64-v8a", "armeabi-v7a", "x86_64")

/** Builds the core for every ABI with cargo-ndk, stripped and small (`release-shell`), into a jniLibs folder. */
abstract class CargoNdk : DefaultTask() {
    @get:InputFiles
    @get:PathSensitive(PathSensitivity.RELATIVE)
    abstract val rustSources: ConfigurableFileCollection

    @get:Input
    abstract val abis: ListProperty<String>

    @get:Input
    abstract val minSdk: Property<Int>

    @get:Input
    abstract val profile: Property<String>

    @get:Internal
    abstract val workspace: DirectoryProperty

    @get:OutputDirectory
    abstract val outputDir: DirectoryProperty

    @get:Inject
    abstract val exec: ExecOperations

    @TaskAction
    fun build() {
        val targets = abis.get().flatMap { listOf("-t", it) }
        exec.exec {
            workingDir = workspace.get().asFile
            commandLine(
                listOf("cargo", "ndk") + targets +
                    listOf("--platform", minSdk.get().toString(), "-o", outputDir.get().asFile.path) +
                    listOf("build", "--locked", "--package", "stegvis-ffi", "--profile", profile.get()),
            )
        }
    }
}

/**
 * Generates the Kotlin bindings with the workspace's own uniffi-bindgen. It reads the interface
 * from an UNSTRIPPED library: the shipped one is stripped (`release-shell`), so the host's debug
 * build of the same crate is read, which has the same interface (UniFFI checks the checksums when
 * the phone's library loads). The same as `cargo xtask bindings`.
 */
abstract class UniffiBindings : DefaultTask() {
    @get:InputFiles
    @get:PathSensitive(PathSensitivity.RELATIVE)
    abstract val rustSources: ConfigurableFileCollection

    @get:Internal
    abstract val workspace: DirectoryProperty

    @get:OutputDirectory
    abstract val outputDir: DirectoryProperty

    @get:Inject
    abstract val exec: ExecOperations

    @get:Inject
    abstract val files: FileSystemOperations

    @TaskAction
    fun generate() {
        val root = workspace.get().asFile
        exec.exec {
            workingDir = root
            commandLine("cargo", "build", "--locked", "--package", "stegvis-ffi", "--package", "uniffi-bindgen")
        }
        val os = System.getProperty("os.name").lowercase()
        val library =
            when {
                os.contains("mac") -> "libstegvis_ffi.dylib"
                os.contains("windows") -> "stegvis_ffi.dll"
                else -> "libstegvis_ffi.so"
            }
        val bindgen = if (os.contains("windows")) "uniffi-bindgen.exe" else "uniffi-bindgen"
        files.delete { delete(outputDir) }
        exec.exec {
            workingDir = root
            commandLine(
                File(root, "target/debug/$bindgen").path,
                "generate",
                "--library",
                File(root, "target/debug/$library").path,
                "--language",
                "kotlin",
                "--no-format",
                "--out-dir",
                outputDir.get().asFile.path,
            )
        }
    }
}

fun rustInputs(): FileCollection = files(
    File(cargoWorkspace, "Cargo.toml"),
    File(cargoWorkspace, "Cargo.lock"),
    fileTree(File(cargoWorkspace, "core")) { exclude("target/**") },
    fileTree(File(cargoWorkspace, "bindings")),
    fileTree(File(cargoWorkspace, "uniffi-bindgen")),
)

/** An SDK level from the version catalog. */
fun sdk(level: Provider<String>): Int = level.get().toInt()

val cargoNdk =
    tasks.register<CargoNdk>("cargoNdk") {
        description = "Builds the Rust core for ${shippedAbis.joinToString()} with cargo-ndk."
        rustSources.from(rustInputs())
        abis.set(shippedAbis)
        minSdk.set(sdk(libs.versions.minSdk))
        profile.set("release-shell")
        workspace.set(cargoWorkspace)
        outputDir.set(layout.buildDirectory.dir("generated/jniLibs"))
    }

tasks.register<UniffiBindings>("uniffiBindings") {
    description = "Generates the Kotlin bindings of the core (used by :ui) from the unstripped library."
    rustSources.from(rustInputs())
    workspace.set(cargoWorkspace)
    outputDir.set(rootProject.layout.buildDirectory.dir("generated/uniffi/kotlin"))
}

android {
    namespace = "no.stegvis.android"
    compileSdk = sdk(libs.versions.compileSdk)

    defaultConfig {
        applicationId = "no.stegvis.android"
        minSdk = sdk(libs.versions.minSdk)
        targetSdk = sdk(libs.versions.targetSdk)
        versionCode = 1
        versionName = "0.1.0"
        ndk {
            abiFilters += shippedAbis
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            isShrinkResources = true
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }

    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }

    buildFeatures {
        compose = true
    }

    // The core's library is stripped already (release-shell); keep AGP from touching it again.
    packaging {
        jniLibs {
            keepDebugSymbols += "**/libstegvis_ffi.so"
        }
    }

    lint {
        // The app's only strings.xml is generated (`cargo xtask l10n`); every other word comes from the core.
        disable += "MissingTranslation"
    }
}

androidComponents {
    onVariants { variant ->
        variant.sources.jniLibs?.addGeneratedSourceDirectory(cargoNdk, CargoNdk::outputDir)
    }
}

// The core and its bindings are built before anything else of the app.
tasks.named("preBuild") {
    dependsOn(cargoNdk, "uniffiBindings")
}

dependencies {
    implementation(project(":ui"))
    implementation(libs.androidx.activity.compose)
    implementation(libs.androidx.core.ktx)
    implementation(libs.zxing.android.embedded)
    // JNA as an AAR: the classes and libjnidispatch.so for every ABI (the plain jar has none for Android).
    implementation("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")

    testImplementation(libs.junit)
    testImplementation(libs.robolectric)
}
