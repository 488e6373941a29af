package no.stegvis.android

import android.app.Notification
import android.content.Intent
import java.time.Duration
import no.stegvis.core.DoseStatus
import no.stegvis.core.Lang
import no.stegvis.core.ReminderKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.Shadows.shadowOf
import org.robolectric.annotation.Config

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35])
class ReceiversTest : GlueTest() {
    private fun doseReminder() = core.reminderPlan().reminders.first { it.kind == ReminderKind.DOSE }

    /** Fires the alarm of [id] as Android would: its intent to the alarm receiver. */
    private fun fire(id: String) {
        val alarm = alarms().single { it.reminderId == id }
        ReminderAlarmReceiver().onReceive(app, alarm.intent)
    }

    private fun posted(id: String): Notification? {
        val manager = shadowOf(notifications)
        return manager.getNotification(id, ReminderNotifications.NOTIFICATION_ID)
    }

    @Test
    fun bootCompletedSchedulesThePlanAgain() {
        ReminderSync(app).sync(core)
        rebootForgetsAlarms()
        assertEquals(0, alarms().size)

        SystemEventsReceiver().onReceive(app, Intent(Intent.ACTION_BOOT_COMPLETED))

        assertEquals(expected(core.reminderPlan().reminders), reminderAlarms())
    }

    @Test
    fun everyOtherEventThatBreaksAlarmsResyncsToo() {
        for (action in listOf(Intent.ACTION_TIME_CHANGED, Intent.ACTION_MY_PACKAGE_REPLACED)) {
            rebootForgetsAlarms()
            SystemEventsReceiver().onReceive(app, Intent(action))
            assertEquals(action, expected(core.reminderPlan().reminders), reminderAlarms())
        }
        rebootForgetsAlarms()
        SystemEventsReceiver().onReceive(app, Intent(Intent.ACTION_SCREEN_ON))
        assertEquals("other broadcasts change nothing", 0, alarms().size)
    }

    @Test
    fun aZoneChangeTellsTheCoreFirstThenResyncs() {
        ReminderSync(app).sync(core)
        val inOslo = core.reminderPlan().reminders.filter { it.kind == ReminderKind.DOSE }

        // The system sets the process's zone before it tells the app; an extra naming another
        // zone (any app could send one) is not believed.
        val before = java.util.TimeZone.getDefault()
        java.util.TimeZone.setDefault(java.util.TimeZone.getTimeZone("America/New_York"))
        try {
            SystemEventsReceiver().onReceive(
                app,
                Intent(Intent.ACTION_TIMEZONE_CHANGED).putExtra("time-zone", "Asia/Tokyo"),
            )
        } finally {
            java.util.TimeZone.setDefault(before)
        }

        // The demo's 08:00 dose follows the device: 08:00 in New York is six hours later in UTC.
        val inNewYork = core.reminderPlan().reminders.filter { it.kind == ReminderKind.DOSE }
        assertNotEquals(inOslo.map { it.at }, inNewYork.map { it.at })
        val morningOslo = inOslo.first { it.id.endsWith("T07:00Z") }
        assertTrue(inNewYork.any { it.at == morningOslo.at.plus(Duration.ofHours(6)) })
        assertEquals(expected(core.reminderPlan().reminders), reminderAlarms())
    }

    @Test
    fun theAlarmPostsTheCoresTextWithAPublicVersionThatNamesNoMedicine() {
        ReminderSync(app).sync(core)
        val dose = doseReminder()
        fire(dose.id)

        val notification = posted(dose.id)!!
        assertEquals(Notification.VISIBILITY_PRIVATE, notification.visibility)
        val public = notification.publicVersion!!
        val publicText =
            listOf(Notification.EXTRA_TITLE, Notification.EXTRA_TEXT)
                .map { public.extras.getCharSequence(it) }
                .joinToString(" ")
        assertEquals("${dose.title} ${dose.body}", publicText)
        val names = core.listMedications(true).map { it.name }
        assertTrue(names.isNotEmpty())
        for (name in names) {
            assertTrue("$name on the lock screen: $publicText", !publicText.contains(name, ignoreCase = true))
        }
        assertEquals(ReminderNotifications.Channel.DOSES.id, notification.channelId)
        assertEquals(listOf("Taken", "In 10 minutes"), notification.actions.map { it.title.toString() })
    }

    @Test
    fun channelsAreNamedInThePersonsLanguage() {
        ReminderSync(app).sync(core)
        val channel = notifications.getNotificationChannel(ReminderNotifications.Channel.DOSES.id)
        assertEquals("Medicine reminders", channel.name.toString())
        assertEquals(ReminderNotifications.Channel.entries.size, notifications.notificationChannels.size)
    }

    @Test
    fun takenOnTheNotificationLogsTheDosesThroughTheCore() {
        ReminderSync(app).sync(core)
        val dose = doseReminder()
        clock.instant = dose.at // the alarm goes off
        fire(dose.id)
        val taken = posted(dose.id)!!.actions.first { it.title.toString() == "Taken" }

        DoseActionReceiver().onReceive(app, delivered(taken.actionIntent))

        val day = dose.occurrenceIds.first().split("/")[1]
        val logged = core.occurrences(day, day).filter { it.id in dose.occurrenceIds }
        assertEquals(dose.occurrenceIds.toSet(), logged.map { it.id }.toSet())
        assertTrue(logged.all { it.status == DoseStatus.TAKEN })
        assertNull("the notification is gone", posted(dose.id))
        assertEquals(expected(core.reminderPlan().reminders), reminderAlarms())
    }

    @Test
    fun snoozeOnTheNotificationSchedulesTheSnoozedReminder() {
        ReminderSync(app).sync(core)
        val dose = doseReminder()
        clock.instant = dose.at
        fire(dose.id)
        val snooze = posted(dose.id)!!.actions.first { it.title.toString() == "In 10 minutes" }

        DoseActionReceiver().onReceive(app, delivered(snooze.actionIntent))

        val snoozed = core.reminderPlan().reminders.single { it.kind == ReminderKind.SNOOZE }
        assertEquals(clock.instant.plus(Duration.ofMinutes(10)), snoozed.at)
        assertTrue(reminderAlarms().contains(snoozed.id to snoozed.at))
    }

    @Test
    fun theResyncAlarmBuildsThePlanAgain() {
        ReminderSync(app).sync(core)
        val resync = alarms().single { it.action == ReminderAlarmReceiver.ACTION_RESYNC }
        rebootForgetsAlarms()
        ReminderAlarmReceiver().onReceive(app, resync.intent)
        assertEquals(expected(core.reminderPlan().reminders), reminderAlarms())
    }

    @Test
    fun aRefusedTakenLeavesTheNotificationWithTheCoresSentence() {
        ReminderSync(app).sync(core)
        val dose = doseReminder() // tomorrow morning: too early to note it at 19:30 the evening before
        fire(dose.id)
        val taken = posted(dose.id)!!.actions.first { it.title.toString() == "Taken" }

        DoseActionReceiver().onReceive(app, delivered(taken.actionIntent))

        val shown = posted(dose.id)!!
        val sentence = shown.extras.getCharSequence(Notification.EXTRA_TEXT).toString()
        assertNotEquals(dose.body, sentence)
        assertTrue(sentence.isNotBlank())
        val publicText =
            shown.publicVersion!!
                .extras
                .getCharSequence(Notification.EXTRA_TEXT)
                .toString()
        assertEquals("the lock screen still shows only the public version", dose.body, publicText)
        val day = dose.occurrenceIds.first().split("/")[1]
        val doses = core.occurrences(day, day).filter { it.id in dose.occurrenceIds }
        assertTrue("nothing logged", doses.all { it.status == null })
    }

    @Test
    fun aNewLanguageRenamesTheChannelsAtTheNextSync() {
        ReminderSync(app).sync(core)
        core.chooseLanguage(Lang.NB, Lang.EN)
        ReminderSync(app).sync(core)
        val channel = notifications.getNotificationChannel(ReminderNotifications.Channel.DOSES.id)
        assertEquals("Påminnelser om medisiner", channel.name.toString())
    }
}
