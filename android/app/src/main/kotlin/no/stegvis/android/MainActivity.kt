package no.stegvis.android

import android.Manifest
import android.content.Intent
import android.content.pm.PackageManager
import android.net.Uri
import android.os.Build
import android.os.Bundle
import android.provider.Settings
import android.util.Log
import androidx.activity.ComponentActivity
import androidx.activity.compose.setContent
import androidx.activity.result.contract.ActivityResultContracts
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.material3.Button
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.Surface
import androidx.compose.material3.Text
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import java.util.concurrent.Executors
import no.stegvis.core.ReminderKind
import no.stegvis.core.StegvisException
import no.stegvis.core.shellTextFor
import no.stegvis.ui.AppCore
import no.stegvis.ui.RouteRequests
import no.stegvis.ui.Routes
import no.stegvis.ui.StegvisApp
import no.stegvis.ui.sharing.SharingInbox
import no.stegvis.ui.theme.MinTouch
import no.stegvis.ui.theme.StegvisTheme

/**
 * The app's one activity: opens the core (the process's, shared with the receivers),
 * shows the screens, and keeps the phone's alarms equal to the core's reminder plan:
 * on launch and after every change the person makes.
 */
class MainActivity : ComponentActivity() {
    /** The open app, once the core opened; reloaded whenever the app comes back to the front. */
    private var appCore: AppCore? = null

    /** Where a reminder tapped while the app is open asks to go. */
    private val routeRequests = RouteRequests()

    /** What the core said about the last sharing file received. */
    private val inbox = SharingInbox()

    private val askNotifications =
        registerForActivityResult(ActivityResultContracts.RequestPermission()) {
            askExactAlarms()
        }

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val companion =
            try {
                CoreAccess.companion(this)
            } catch (e: StegvisException) {
                Log.w("Stegvis", "open: the core refused (${e.javaClass.simpleName})")
                setContent { CannotOpen(shellTextFor(CoreAccess.deviceLanguage(this)), onRetry = ::recreate) }
                return
            }
        // The zone may have changed while the app was not running.
        try {
            companion.setZone(CoreAccess.deviceZone())
        } catch (e: StegvisException) {
            Log.w("Stegvis", "zone: the core refused (${e.javaClass.simpleName})")
        }
        val sync = ReminderSync(applicationContext)
        val core =
            AppCore(companion, CoreAccess.deviceLanguage(this), onChanged = { inBackground { sync.sync(companion) } })
        appCore = core
        inBackground { sync.sync(companion) }
        val start = startRoute(intent)
        setContent {
            StegvisApp(core, startRoute = start, platform = AndroidPlatform(this), requests = routeRequests, inbox = inbox)
        }
        if (savedInstanceState == null) {
            receive(intent)
            askPermissions()
        }
    }

    /**
     * Back at the front: a dose may have been logged from a notification, the day may have
     * turned, a dose may have come due. Every screen reads the core again.
     */
    override fun onResume() {
        super.onResume()
        appCore?.refresh()
    }

    /** A reminder tapped while the app is already open: go where it leads. */
    override fun onNewIntent(intent: Intent) {
        super.onNewIntent(intent)
        setIntent(intent)
        if (intent.hasExtra(EXTRA_KIND)) routeRequests.open(startRoute(intent))
        receive(intent)
    }

    /**
     * A sharing file opened with Stegvis or shared to it: the core takes it in (or refuses
     * it, changing nothing, and the banner says why), and the receive screen shows what came.
     */
    private fun receive(intent: Intent?) {
        val core = appCore ?: return
        val uri = ReceivedFiles.uriOf(intent) ?: return
        inbox.receive(core, ReceivedFiles.read(contentResolver, uri))
        routeRequests.open(Routes.SHARE_RECEIVE)
    }

    /** A tapped check-in or IMR Scale reminder opens its screen; every other one today's view. */
    private fun startRoute(intent: Intent?): String = when (intent?.getStringExtra(EXTRA_KIND)) {
        ReminderKind.CHECKIN.name -> Routes.CHECKIN
        ReminderKind.SCALE.name -> Routes.SCALE
        else -> Routes.TODAY
    }

    /** Notifications first (Android 13+), then exact alarms (Android 12+), each asked once. */
    private fun askPermissions() {
        val needsNotifications =
            Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU &&
                checkSelfPermission(Manifest.permission.POST_NOTIFICATIONS) != PackageManager.PERMISSION_GRANTED
        if (needsNotifications && !askedBefore(ASKED_NOTIFICATIONS)) {
            askNotifications.launch(Manifest.permission.POST_NOTIFICATIONS)
        } else {
            askExactAlarms()
        }
    }

    /**
     * Without the exact-alarm permission a dose reminder may come minutes late: lead the
     * person to the system's screen for it, once. When they allow it, the system tells
     * [SystemEventsReceiver], which re-syncs with exact alarms.
     */
    private fun askExactAlarms() {
        if (Build.VERSION.SDK_INT < Build.VERSION_CODES.S || ReminderSync(this).exactAllowed()) return
        if (askedBefore(ASKED_EXACT_ALARMS)) return
        val settings = Intent(Settings.ACTION_REQUEST_SCHEDULE_EXACT_ALARM, Uri.parse("package:$packageName"))
        if (settings.resolveActivity(packageManager) != null) startActivity(settings)
    }

    /** True when [what] was asked before; notes that it is being asked now. */
    private fun askedBefore(what: String): Boolean {
        val prefs = getSharedPreferences(PREFS, MODE_PRIVATE)
        val asked = prefs.getBoolean(what, false)
        if (!asked) prefs.edit().putBoolean(what, true).apply()
        return asked
    }

    private companion object {
        const val PREFS = "stegvis-permissions"
        const val ASKED_NOTIFICATIONS = "asked-notifications"
        const val ASKED_EXACT_ALARMS = "asked-exact-alarms"

        /** One sync at a time, off the main thread; a newer one follows an older one. */
        val syncs = Executors.newSingleThreadExecutor()

        fun inBackground(work: () -> Unit) {
            syncs.execute {
                try {
                    work()
                } catch (e: StegvisException) {
                    Log.w("Stegvis", "re-sync: the core refused (${e.javaClass.simpleName})")
                } catch (e: IllegalStateException) {
                    // The core was closed meanwhile (everything was erased): nothing to schedule.
                    Log.w("Stegvis", "re-sync: the core is closed (${e.javaClass.simpleName})")
                }
            }
        }
    }
}

/**
 * The one thing the app can show when the data does not open (the screens need an open
 * core): the core's sentence in the device's language and a way to try again. Nothing is
 * deleted or reset from here.
 */
@Suppress("FunctionNaming", "ktlint:standard:function-naming") // a composable is named as a noun
@Composable
private fun CannotOpen(
    text: Map<String, String>,
    onRetry: () -> Unit,
) {
    StegvisTheme {
        Surface(Modifier.fillMaxSize()) {
            Column(Modifier.padding(24.dp), verticalArrangement = Arrangement.spacedBy(16.dp)) {
                Text(text["shell-notify-cannot-open"].orEmpty(), style = MaterialTheme.typography.bodyLarge)
                Button(onClick = onRetry, modifier = Modifier.heightIn(min = MinTouch)) {
                    Text(text["shell-retry"].orEmpty())
                }
            }
        }
    }
}
