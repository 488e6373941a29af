package no.stegvis.android

import android.app.Notification
import android.app.NotificationChannel
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Context
import android.content.Intent
import android.net.Uri
import no.stegvis.core.Reminder
import no.stegvis.core.ReminderKind

/** What the alarm carries to the notification: the core's words, fixed when it was scheduled. */
data class DueReminder(
    val id: String,
    val kind: ReminderKind,
    /** The core's title; names nothing private. */
    val title: String,
    /** The core's lock-screen text: names no medicine unless the person allowed it. */
    val body: String,
) {
    /** Dose and snooze reminders can be acted on from the notification. */
    val isDose: Boolean get() = kind == ReminderKind.DOSE || kind == ReminderKind.SNOOZE

    fun putInto(intent: Intent): Intent = intent
        .putExtra(EXTRA_REMINDER_ID, id)
        .putExtra(EXTRA_KIND, kind.name)
        .putExtra(EXTRA_TITLE, title)
        .putExtra(EXTRA_BODY, body)

    companion object {
        fun of(reminder: Reminder) = DueReminder(reminder.id, reminder.kind, reminder.title, reminder.body)

        /** The reminder an alarm or a button carries; null for an intent that carries none. */
        fun from(intent: Intent): DueReminder? {
            val id = intent.getStringExtra(EXTRA_REMINDER_ID)
            val kind = ReminderKind.entries.firstOrNull { it.name == intent.getStringExtra(EXTRA_KIND) }
            if (id == null || kind == null) return null
            val title = intent.getStringExtra(EXTRA_TITLE).orEmpty()
            return DueReminder(id, kind, title, intent.getStringExtra(EXTRA_BODY).orEmpty())
        }
    }
}

/**
 * One notification channel per kind of reminder (doses and snoozed doses share one: they
 * are the same reminder again), named in the person's language from the core's shell
 * text, and the posting of a due reminder.
 */
class ReminderNotifications(private val context: Context) {
    private val manager = requireNotNull(context.getSystemService(NotificationManager::class.java))

    /** Creates the channels, or renames them after a change of language. */
    fun ensureChannels(text: Map<String, String>) {
        val channels =
            Channel.entries.map { channel ->
                NotificationChannel(channel.id, text[channel.nameId] ?: channel.id, channel.importance).apply {
                    description = text[channel.aboutId]
                    lockscreenVisibility = Notification.VISIBILITY_PRIVATE
                }
            }
        manager.createNotificationChannels(channels)
    }

    /**
     * Posts [due] with private visibility: the lock screen shows only the public version,
     * which is the core's title and lock-screen text and nothing else. Dose reminders get
     * "Taken" and "Snooze", handled by [DoseActionReceiver] without opening the app.
     */
    fun post(due: DueReminder, text: Map<String, String>, detail: String? = null) {
        ensureChannels(text)
        val channel = Channel.of(due.kind)
        val public =
            Notification
                .Builder(context, channel.id)
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(due.title)
                .setContentText(due.body)
                .build()
        val shown = detail ?: due.body
        val builder =
            Notification
                .Builder(context, channel.id)
                .setSmallIcon(android.R.drawable.ic_popup_reminder)
                .setContentTitle(due.title)
                .setContentText(shown)
                .setStyle(Notification.BigTextStyle().bigText(shown))
                .setCategory(Notification.CATEGORY_REMINDER)
                .setVisibility(Notification.VISIBILITY_PRIVATE)
                .setPublicVersion(public)
                .setAutoCancel(true)
        openApp(due)?.let(builder::setContentIntent)
        if (due.isDose) {
            builder.addAction(action(due, DoseActionReceiver.TAKE, text["shell-notify-taken"]))
            builder.addAction(action(due, DoseActionReceiver.SNOOZE, text["shell-notify-snooze"]))
        }
        manager.notify(due.id, NOTIFICATION_ID, builder.build())
    }

    /** Removes the posted notification of reminder [id], if any. */
    fun dismiss(id: String) = manager.cancel(id, NOTIFICATION_ID)

    private fun openApp(due: DueReminder): PendingIntent? {
        val launch = context.packageManager.getLaunchIntentForPackage(context.packageName) ?: return null
        launch
            .putExtra(EXTRA_KIND, due.kind.name)
            .addFlags(Intent.FLAG_ACTIVITY_NEW_TASK or Intent.FLAG_ACTIVITY_CLEAR_TOP)
        return PendingIntent.getActivity(
            context,
            0,
            launch.setData(reminderUri("open", due.id)),
            PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
        )
    }

    private fun action(due: DueReminder, what: String, label: String?): Notification.Action {
        val intent =
            Intent(context, DoseActionReceiver::class.java)
                .setAction(what)
                .setData(reminderUri(what, due.id))
        val pending =
            PendingIntent.getBroadcast(
                context,
                0,
                due.putInto(intent),
                PendingIntent.FLAG_IMMUTABLE or PendingIntent.FLAG_UPDATE_CURRENT,
            )
        return Notification.Action.Builder(null, label ?: what, pending).build()
    }

    /** The channels; a person can silence each kind on its own in the phone's settings. */
    enum class Channel(val id: String, val importance: Int) {
        DOSES("doses", NotificationManager.IMPORTANCE_HIGH),
        CHECKIN("checkin", NotificationManager.IMPORTANCE_DEFAULT),
        FOLLOW_UP("follow-up", NotificationManager.IMPORTANCE_DEFAULT),
        STEP("step", NotificationManager.IMPORTANCE_DEFAULT),
        REFILL("refill", NotificationManager.IMPORTANCE_DEFAULT),
        SCALE("scale", NotificationManager.IMPORTANCE_LOW),
        ;

        val nameId: String get() = "shell-notify-channel-$id"
        val aboutId: String get() = "shell-notify-channel-$id-about"

        companion object {
            fun of(kind: ReminderKind): Channel = when (kind) {
                ReminderKind.DOSE, ReminderKind.SNOOZE -> DOSES
                ReminderKind.CHECKIN -> CHECKIN
                ReminderKind.FOLLOW_UP -> FOLLOW_UP
                ReminderKind.STEP -> STEP
                ReminderKind.REFILL -> REFILL
                ReminderKind.SCALE -> SCALE
            }
        }
    }

    companion object {
        /** Notifications are told apart by their tag (the reminder's id); the number is fixed. */
        const val NOTIFICATION_ID = 1
    }
}

/** A distinct URI per reminder and purpose, so each gets its own PendingIntent. */
internal fun reminderUri(what: String, id: String): Uri = Uri.parse("stegvis://$what/${Uri.encode(id)}")

const val EXTRA_REMINDER_ID = "no.stegvis.extra.REMINDER_ID"
const val EXTRA_KIND = "no.stegvis.extra.KIND"
const val EXTRA_TITLE = "no.stegvis.extra.TITLE"
const val EXTRA_BODY = "no.stegvis.extra.BODY"
