// Every screen of the app, as an Android library. The same sources build for the JVM desktop
// with ui/pom.xml (Compose Multiplatform), where they are rendered and clicked in tests; here only
// src/main/kotlin goes in (src/desktop and src/test are the desktop build's), plus the Kotlin
// bindings of the core that :app generates from the Rust workspace.
plugins {
    alias(libs.plugins.android.library)
    alias(libs.plugins.kotlin.compose)
}

/** Where :app's `uniffiBindings` task writes the generated Kotlin bindings (package no.stegvis.core). */
val bindingsDir: Provider<Directory> = rootProject.layout.buildDirectory.dir("generated/uniffi/kotlin")

/** An SDK level from the version catalog. */
fun sdk(level: Provider<String>): Int = level.get().toInt()

android {
    namespace = "no.stegvis.ui"
    compileSdk = sdk(libs.versions.compileSdk)
    defaultConfig {
        minSdk = sdk(libs.versions.minSdk)
        consumerProguardFiles("consumer-rules.pro")
    }
    compileOptions {
        sourceCompatibility = JavaVersion.VERSION_17
        targetCompatibility = JavaVersion.VERSION_17
    }
    buildFeatures {
        compose = true
    }
}

androidComponents {
    onVariants { variant ->
        variant.sources.kotlin?.addStaticSourceDirectory(bindingsDir.get().asFile.path)
    }
}

// The bindings must exist before anything of this module compiles.
tasks.named("preBuild") {
    dependsOn(":app:uniffiBindings")
}

dependencies {
    api(libs.compose.runtime)
    api(libs.compose.ui)
    api(libs.compose.foundation)
    api(libs.compose.material3)
    api(libs.navigation.compose)
    // The bindings call the core through JNA; the AAR carries libjnidispatch.so for every ABI.
    api("net.java.dev.jna:jna:${libs.versions.jna.get()}@aar")
}
