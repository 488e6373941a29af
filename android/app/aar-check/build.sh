#!/usr/bin/env bash
# Compiles every Kotlin source of the Android app (android/app and the screens in android/ui)
# with the generated bindings against the real androidx AARs, with kotlinc and the Compose
# compiler plugin and Robolectric's android-all (API 35) as android.jar; then dexes the app
# and its libraries with D8 (min API 26). No Android SDK, no Gradle: it proves the sources
# build for Android, not that an APK runs. Run setup.sh first. BINDINGS: the Kotlin bindings.
# Recipe: shared/recipes/android-compose-aar.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
CACHE=${CACHE:-$root/target/android-aar}
bindings=${BINDINGS:?set BINDINGS to the generated Kotlin bindings folder}
out=$CACHE/build
jars=$CACHE/jars
# 1. classes.jar out of every AAR, plain jars as they are; redone only when the graph changed.
if [ ! -f "$jars/.from" ] || ! cmp -s "$jars/.from" "$CACHE/android-deps.txt"; then
  rm -rf "$jars"; mkdir -p "$jars" "$CACHE/tmp"
  while read -r f; do
    case "$f" in
      # Kotlin Multiplatform umbrella AARs (ui, runtime, ...) are empty: their classes are in -android.
      *.aar) n=$(basename "$f" .aar)
             if unzip -l "$f" classes.jar >/dev/null 2>&1; then
               unzip -q -o -j "$f" classes.jar -d "$CACHE/tmp" && mv "$CACHE/tmp/classes.jar" "$jars/$n.jar"
             fi ;;
      *.jar) cp "$f" "$jars/" ;;
    esac
  done < "$CACHE/android-deps.txt"
  # KMP modules: the POMs can pull both the -jvm and the -android variant; Gradle picks one.
  for j in "$jars"/*-jvm-*.jar; do
    [ -e "$j" ] || continue
    a=$(basename "$j" | sed 's/-jvm-/-android-/')
    [ -e "$jars/$a" ] && rm "$j"
  done
  cp "$CACHE/android-deps.txt" "$jars/.from"
fi
rm -rf "$out"; mkdir -p "$out/classes" "$out/dex"
android_all=$(cat "$CACHE/android-all.txt")
cp_libs=$(ls "$jars"/*.jar | tr '\n' ':')$android_all
kotlinc_cp=$(grep -v compose-compiler "$CACHE/kotlinc-deps.txt" | tr '\n' ':')
plugin=$(grep compose-compiler "$CACHE/kotlinc-deps.txt")
# 2. kotlinc (the embeddable compiler, run directly) with the Compose plugin. Warnings are left to
#    the Maven builds and ktlint/detekt; here only what fails to compile for Android matters.
java -Xmx2g -cp "$kotlinc_cp" org.jetbrains.kotlin.cli.jvm.K2JVMCompiler \
  -no-stdlib -no-reflect -jvm-target 17 -nowarn \
  -Xplugin="$plugin" \
  -cp "$cp_libs:$(grep kotlin-stdlib "$CACHE/kotlinc-deps.txt" | head -1)" \
  -d "$out/classes" \
  "$root/android/app/src/main/kotlin" "$root/android/ui/src/main/kotlin" "$bindings"
echo "aar-check: compiled $(find "$out/classes" -name '*.class' | wc -l) classes"
for c in no/stegvis/android/MainActivity no/stegvis/android/AndroidPlatform no/stegvis/ui/StegvisAppKt; do
  [ -f "$out/classes/$c.class" ] || { echo "aar-check: $c.class missing" >&2; exit 1; }
done
# 3. d8 (com.android.tools:r8): the app and its libraries to classes.dex, as for a release APK.
r8=$(grep /r8- "$CACHE/tools.txt")
(cd "$out/classes" && jar cf ../app-classes.jar .)
java -Xmx2g -cp "$r8" com.android.tools.r8.D8 --release --min-api 26 --lib "$android_all" --output "$out/dex" \
  "$out/app-classes.jar" $(ls "$jars"/*.jar | grep -v -e annotations-13 -e kotlin-compiler)
ls -la "$out/dex"
