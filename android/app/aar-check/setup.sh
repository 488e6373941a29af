#!/usr/bin/env bash
# Fetches what build.sh needs from Maven Central into $CACHE (default target/android-aar under the
# workspace): coursier (as a library, via Maven), the Kotlin compiler + Compose plugin, d8 (r8),
# android-all (API 35, as android.jar) and the app's androidx graph resolved Gradle-style by
# resolve.py. Keyed by this script and the roots: a second run with nothing changed does nothing.
# Recipe: ../../../../shared/recipes/android-compose-aar (README there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
CACHE=${CACHE:-$root/target/android-aar}
export MAVEN_CENTRAL=${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}
# The versions the Gradle build uses (android/gradle/libs.versions.toml), except navigation:
# Central serves navigation-compose 2.9+ (Kotlin Multiplatform) without its -android modules, so
# the last single-AAR release stands in for 2.9.7 here; the screens use only its 2.8 API.
ROOTS=(
  androidx.activity:activity-compose:1.13.0
  androidx.core:core-ktx:1.17.0
  androidx.compose.ui:ui-android:1.12.1
  androidx.compose.foundation:foundation-android:1.12.1
  androidx.compose.material3:material3-android:1.5.0-alpha22
  androidx.navigation:navigation-compose:2.8.5
  net.java.dev.jna:jna:5.19.1
)
KOTLIN=2.4.21
R8=9.5.28
ANDROID_ALL=15-robolectric-14663667-2
stamp="$(cat "$here/setup.sh" "$here/resolve.py" | sha256sum | cut -c1-16)"
mkdir -p "$CACHE"
if [ -f "$CACHE/stamp" ] && [ "$(cat "$CACHE/stamp")" = "$stamp" ]; then
  echo "aar-check: dependencies cached in $CACHE"; exit 0
fi
cp "$here/coursier-cli-pom.xml" "$CACHE/pom.xml"; cp "$here/resolve.py" "$CACHE/"
cd "$CACHE"
mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib
cs() { java -cp 'lib/*' coursier.cli.Coursier "$@"; }
cs fetch --no-default -r central org.jetbrains.kotlin:kotlin-compiler-embeddable:$KOTLIN \
  org.jetbrains.kotlin:kotlin-compose-compiler-plugin-embeddable:$KOTLIN > kotlinc-deps.txt
cs fetch --no-default -r central --intransitive com.android.tools:r8:$R8 > tools.txt
cs fetch --no-default -r central --intransitive org.robolectric:android-all:$ANDROID_ALL > android-all.txt
python3 resolve.py "${ROOTS[@]}" > android-deps.txt
wc -l android-deps.txt
echo "$stamp" > stamp
