package no.stegvis.android

import android.app.AlarmManager
import android.content.BroadcastReceiver
import android.content.Context
import android.content.Intent
import android.util.Log
import no.stegvis.core.DoseAction
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.StegvisException

private const val TAG = "Stegvis"

/**
 * Opens the core (or takes the process's open one) and runs [work]; a refusal or a core
 * that cannot open is logged, never a crash in the background. The work is small (one
 * plan, one write), well inside a receiver's time.
 */
internal fun withCore(context: Context, what: String, work: (StegvisCompanion) -> Unit) {
    try {
        work(CoreAccess.companion(context))
    } catch (e: StegvisException) {
        Log.w(TAG, "$what: the core refused (${e.javaClass.simpleName})")
    } catch (e: IllegalStateException) {
        // The core was closed meanwhile (everything was erased): nothing left to do.
        Log.w(TAG, "$what: the core is closed (${e.javaClass.simpleName})")
    }
}

/** Re-syncs the reminders, after the zone, if it changed, is handed to the core first. */
internal fun resync(context: Context, zone: String? = null) = withCore(context, "re-sync") { core ->
    // A zone the core refuses must not keep the alarms from being scheduled again.
    zone?.let { runCatching { core.setZone(it) } }
    ReminderSync(context).sync(core)
}

/** An alarm went off: post the reminder it carries, or build the plan again. */
class ReminderAlarmReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        when (intent.action) {
            ACTION_REMINDER -> {
                val due = DueReminder.from(intent) ?: return
                withCore(context, "reminder") { core -> ReminderNotifications(context).post(due, core.shellText()) }
            }

            ACTION_RESYNC -> {
                resync(context)
            }
        }
    }

    companion object {
        const val ACTION_REMINDER = "no.stegvis.action.REMINDER"
        const val ACTION_RESYNC = "no.stegvis.action.RESYNC"
    }
}

/**
 * "Taken" and "Snooze" on a dose reminder: logs every dose of the reminder through the
 * core without opening the app, removes the notification and re-syncs (a snooze is a
 * new reminder in the plan). If the core refuses, the notification stays with the
 * core's sentence in it.
 */
class DoseActionReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        val action =
            when (intent.action) {
                TAKE -> DoseAction.Take(null)
                SNOOZE -> DoseAction.Snooze(SNOOZE_MINUTES)
                else -> return
            }
        val due = DueReminder.from(intent) ?: return
        val notifications = ReminderNotifications(context)
        withCore(context, "dose action") { core ->
            try {
                core.logReminderDoses(due.id, action)
                notifications.dismiss(due.id)
            } catch (e: StegvisException) {
                notifications.post(due, core.shellText(), detail = core.describeError(e))
            }
            ReminderSync(context).sync(core)
        }
    }

    companion object {
        const val TAKE = "no.stegvis.action.TAKEN"
        const val SNOOZE = "no.stegvis.action.SNOOZE"

        /** "In 10 minutes" on the button (`shell-notify-snooze`); the core allows 10, 30 or 60. */
        const val SNOOZE_MINUTES: UInt = 10u
    }
}

/**
 * What makes scheduled alarms wrong or gone: a reboot (alarms do not survive it), the
 * clock or the zone set by hand or by travel, an update of the app, the exact-alarm
 * permission given or taken back. Each re-syncs; a zone change tells the core first,
 * so schedules that follow the device move with it.
 */
class SystemEventsReceiver : BroadcastReceiver() {
    override fun onReceive(context: Context, intent: Intent) {
        if (intent.action !in ACTIONS) return
        // Always the device's own zone (no write if unchanged): this receiver is exported,
        // so a zone named in the intent could come from any app.
        resync(context, zone = CoreAccess.deviceZone())
    }

    companion object {
        /** What the manifest registers this receiver for (ManifestTest checks they agree). */
        val ACTIONS =
            setOf(
                Intent.ACTION_BOOT_COMPLETED,
                Intent.ACTION_TIME_CHANGED,
                Intent.ACTION_TIMEZONE_CHANGED,
                Intent.ACTION_MY_PACKAGE_REPLACED,
                AlarmManager.ACTION_SCHEDULE_EXACT_ALARM_PERMISSION_STATE_CHANGED,
            )
    }
}
