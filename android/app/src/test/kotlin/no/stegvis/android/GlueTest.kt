package no.stegvis.android

import android.app.AlarmManager
import android.app.Application
import android.app.NotificationManager
import android.app.PendingIntent
import android.content.Intent
import java.time.Instant
import no.stegvis.core.Clock
import no.stegvis.core.OpenConfig
import no.stegvis.core.Reminder
import no.stegvis.core.StegvisCompanion
import no.stegvis.core.fillDemo
import org.junit.After
import org.junit.Before
import org.robolectric.RuntimeEnvironment
import org.robolectric.Shadows.shadowOf
import org.robolectric.shadows.ShadowAlarmManager

/** A clock the test sets by hand. */
class TestClock(var instant: Instant = DEMO_NOW) : Clock {
    override fun now(): Instant = instant
}

/** Monday 23 November 2026, 19:30 in Oslo: the evening doses and the check-in are still ahead. */
val DEMO_NOW: Instant = Instant.parse("2026-11-23T18:30:00Z")
const val DEMO_ZONE = "Europe/Oslo"

/** One alarm as the tests see it: the reminder id it carries (null: the re-sync alarm), when, exact or not. */
data class Alarm(val reminderId: String?, val action: String?, val at: Instant, val exact: Boolean, val intent: Intent)

/**
 * The real core (demo data, a fixed evening, Oslo) opened the way the app opens it
 * ([CoreAccess] with the Keystore key manager, over a test-only AndroidKeyStore), in a
 * fresh Robolectric application per test.
 */
abstract class GlueTest {
    protected val app: Application get() = RuntimeEnvironment.getApplication()
    protected val clock = TestClock()
    protected val core: StegvisCompanion get() = CoreAccess.companion(app)
    protected val alarmManager: AlarmManager get() = app.getSystemService(AlarmManager::class.java)!!
    protected val notifications: NotificationManager get() = app.getSystemService(NotificationManager::class.java)!!

    protected open val demo = true

    @Before
    fun openCore() {
        FakeAndroidKeyStore.install()
        ShadowAlarmManager.setCanScheduleExactAlarms(true)
        CoreAccess.forget()
        val config: OpenConfig = CoreAccess.config(app).copy(zone = DEMO_ZONE)
        if (demo) fillDemo(config, CoreAccess.keyManager(app), clock)
        CoreAccess.opener = { context -> StegvisCompanion.openWithClock(config, CoreAccess.keyManager(context), clock) }
    }

    @After
    fun closeCore() = CoreAccess.forget()

    /** Every alarm scheduled now, in time order. */
    protected fun alarms(): List<Alarm> = shadowOf(alarmManager)
        .scheduledAlarms
        .map { alarm ->
            val intent = shadowOf(alarm.operation).savedIntent
            Alarm(
                reminderId = intent.getStringExtra(EXTRA_REMINDER_ID),
                action = intent.action,
                at = Instant.ofEpochMilli(alarm.triggerAtMs),
                exact = alarm.windowLengthMs == ShadowAlarmManager.WINDOW_EXACT,
                intent = intent,
            )
        }.sortedBy { it.at }

    /** The reminder alarms (without the re-sync one), as (id, instant) pairs. */
    protected fun reminderAlarms(): List<Pair<String, Instant>> =
        alarms().filter { it.action == ReminderAlarmReceiver.ACTION_REMINDER }.map { it.reminderId!! to it.at }

    protected fun expected(reminders: List<Reminder>): List<Pair<String, Instant>> = reminders.map { it.id to it.at }

    /** What a reboot does to alarms: none is left. */
    protected fun rebootForgetsAlarms() {
        for (alarm in shadowOf(alarmManager).scheduledAlarms.toList()) alarm.operation?.let(alarmManager::cancel)
    }

    /** The intent a PendingIntent would deliver. */
    protected fun delivered(pending: PendingIntent): Intent = shadowOf(pending).savedIntent
}
