#!/usr/bin/env bash
# Fetches what build.sh needs from Maven Central into $CACHE (default target/android-aar under the
# workspace; coursier's downloads in $CACHE/coursier): coursier (as a library, via Maven), the
# Kotlin compiler + Compose plugin, d8 (r8), android-all (API 35, as android.jar, from the local
# Maven repository, which the Robolectric build uses too) and the app's androidx graph resolved
# Gradle-style by resolve.py. Keyed by this script and resolve.py: a second run with nothing
# changed and every file still there does nothing.
# Recipe: ../../../../shared/recipes/android-compose-aar (README there).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
CACHE=${CACHE:-$root/target/android-aar}
export MAVEN_CENTRAL=${MAVEN_CENTRAL:-https://repo.maven.apache.org/maven2}
export COURSIER_CACHE=${COURSIER_CACHE:-$CACHE/coursier}
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
  com.journeyapps:zxing-android-embedded:4.3.0
)
KOTLIN=2.4.21
R8=9.5.28
ANDROID_ALL=15-robolectric-14663667-2
stamp="$(cat "$here/setup.sh" "$here/resolve.py" | sha256sum | cut -c1-16)"
mkdir -p "$CACHE"
present() {
  local list
  for list in kotlinc-deps.txt tools.txt android-all.txt android-deps.txt; do
    [ -s "$CACHE/$list" ] || return 1
    while read -r f; do [ -f "$f" ] || return 1; done < "$CACHE/$list"
  done
}
if [ -f "$CACHE/stamp" ] && [ "$(cat "$CACHE/stamp")" = "$stamp" ] && present; then
  echo "aar-check: dependencies cached in $CACHE"; exit 0
fi
cp "$here/coursier-cli-pom.xml" "$CACHE/pom.xml"; cp "$here/resolve.py" "$CACHE/"
cd "$CACHE"
mvn -B -q dependency:copy-dependencies -DoutputDirectory=lib
cs() { java -cp 'lib/*' coursier.cli.Coursier "$@"; }
cs fetch --no-default -r central org.jetbrains.kotlin:kotlin-compiler-embeddable:$KOTLIN \
  org.jetbrains.kotlin:kotlin-compose-compiler-plugin-embeddable:$KOTLIN > kotlinc-deps.txt
cs fetch --no-default -r central --intransitive com.android.tools:r8:$R8 > tools.txt
mvn -B -q dependency:get -Dartifact=org.robolectric:android-all:$ANDROID_ALL -Dtransitive=false
repo=$(mvn -B -q -Dstyle.color=never help:evaluate -Dexpression=settings.localRepository -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")
echo "$repo/org/robolectric/android-all/$ANDROID_ALL/android-all-$ANDROID_ALL.jar" > android-all.txt
python3 resolve.py "${ROOTS[@]}" > android-deps.txt
wc -l android-deps.txt
echo "$stamp" > stamp
