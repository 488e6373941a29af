// The Android app: `android/ui` (every screen, shared with the desktop build in ui/pom.xml) and
// `android/app` (the Android-only part and the APK). Needs the Android SDK with the NDK, Rust
// with the Android targets and cargo-ndk: see the README's "Building the Android app".
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
    }
}

rootProject.name = "stegvis"
include(":ui", ":app")
