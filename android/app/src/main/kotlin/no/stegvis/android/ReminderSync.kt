package no.stegvis.android

import android.app.AlarmManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.os.Build
import java.time.Duration
import java.time.Instant
import no.stegvis.core.ReminderPlan
import no.stegvis.core.StegvisCompanion

/**
 * Replaces everything scheduled with the core's reminder plan: every reminder of the
 * plan gets its alarm (the same id replaces its own alarm), every alarm scheduled by an
 * earlier sync that the plan no longer has is cancelled, and one more alarm syncs again
 * before the plan stops being complete. The ids scheduled are kept in
 * SharedPreferences, since Android cannot list a process's alarms.
 *
 * Exact alarms (`setExactAndAllowWhileIdle`) when the person allows them; otherwise
 * `setAndAllowWhileIdle`, which Android may deliver some minutes late. (`setAlarmClock`
 * is no way around that: since Android 12 it needs the same permission.)
 */
class ReminderSync(private val context: Context) {
    private val alarms = requireNotNull(context.getSystemService(AlarmManager::class.java))
    private val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)

    /** Whether alarms can be exact now (always below Android 12). */
    fun exactAllowed(): Boolean = Build.VERSION.SDK_INT < Build.VERSION_CODES.S || alarms.canScheduleExactAlarms()

    /** The reminders' ids scheduled by the last sync. */
    fun scheduledIds(): Set<String> = prefs.getStringSet(KEY_IDS, null).orEmpty().toSet()

    /** Builds the plan in [core] and schedules exactly it. Returns the plan scheduled. */
    fun sync(core: StegvisCompanion): ReminderPlan = synchronized(LOCK) {
        // One sync at a time in the process (the app's and a receiver's), so the ids kept are the ids scheduled.
        val plan = core.reminderPlan()
        ReminderNotifications(context).ensureChannels(core.shellText())
        val wanted = plan.reminders.map { it.id }.toSet()
        for (stale in scheduledIds() - wanted) cancel(stale)
        for (reminder in plan.reminders) {
            set(reminder.at, reminderAlarm(DueReminder.of(reminder)))
        }
        set(resyncAt(plan.validUntil, plan.generatedAt), resyncAlarm())
        prefs.edit().putStringSet(KEY_IDS, wanted).commit()
        plan
    }

    /** Cancels every alarm a sync made (everything was erased). */
    fun cancelAll() = synchronized(LOCK) {
        for (id in scheduledIds()) cancel(id)
        alarms.cancel(resyncAlarm())
        prefs.edit().remove(KEY_IDS).commit()
    }

    private fun set(at: Instant, operation: PendingIntent) {
        val millis = at.toEpochMilli()
        if (exactAllowed()) {
            try {
                alarms.setExactAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, millis, operation)
                return
            } catch (_: SecurityException) {
                // The permission was taken back between the check and the call.
            }
        }
        alarms.setAndAllowWhileIdle(AlarmManager.RTC_WAKEUP, millis, operation)
    }

    private fun cancel(id: String) {
        val intent =
            Intent(context, ReminderAlarmReceiver::class.java)
                .setAction(ReminderAlarmReceiver.ACTION_REMINDER)
                .setData(reminderUri("remind", id))
        val pending =
            PendingIntent.getBroadcast(context, 0, intent, PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_NO_CREATE)
                ?: return
        alarms.cancel(pending)
        pending.cancel()
    }

    private fun reminderAlarm(due: DueReminder): PendingIntent {
        val intent =
            Intent(context, ReminderAlarmReceiver::class.java)
                .setAction(ReminderAlarmReceiver.ACTION_REMINDER)
                .setData(reminderUri("remind", due.id))
        return PendingIntent.getBroadcast(
            context,
            0,
            due.putInto(intent),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }

    private fun resyncAlarm(): PendingIntent {
        val intent = Intent(context, ReminderAlarmReceiver::class.java).setAction(ReminderAlarmReceiver.ACTION_RESYNC)
        val flags = PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT
        return PendingIntent.getBroadcast(context, 0, intent, flags)
    }

    companion object {
        private const val PREFS = "stegvis-reminders"
        private const val KEY_IDS = "scheduled-ids"
        private val LOCK = Any()

        /** How long before `valid_until` the plan is built again: the first reminder left out is due then. */
        val RESYNC_LEAD: Duration = Duration.ofMinutes(15)

        /** A little before [validUntil], and never in the past. */
        fun resyncAt(validUntil: Instant, now: Instant): Instant {
            val soonest = now.plus(Duration.ofMinutes(1))
            val wanted = validUntil.minus(RESYNC_LEAD)
            return if (wanted.isAfter(soonest)) wanted else soonest
        }
    }
}
