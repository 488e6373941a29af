package no.stegvis.android

import java.time.Duration
import java.time.Instant
import no.stegvis.core.ReminderKind
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner
import org.robolectric.annotation.Config
import org.robolectric.shadows.ShadowAlarmManager

@RunWith(RobolectricTestRunner::class)
@Config(sdk = [35])
class ReminderSyncTest : GlueTest() {
    @Test
    fun theAlarmsScheduledAreTheReminderPlan() {
        val plan = ReminderSync(app).sync(core)
        assertTrue("the demo evening has doses ahead", plan.reminders.any { it.kind == ReminderKind.DOSE })
        assertTrue(plan.reminders.any { it.kind == ReminderKind.CHECKIN })

        assertEquals(expected(plan.reminders), reminderAlarms())
        assertTrue("exact and allowed while idle", alarms().all { it.exact })
        assertEquals(plan.reminders.map { it.id }.toSet(), ReminderSync(app).scheduledIds())
        // Each alarm carries the core's own words for its notification.
        val first = plan.reminders.first()
        val carried = DueReminder.from(alarms().first { it.reminderId == first.id }.intent)
        assertEquals(DueReminder(first.id, first.kind, first.title, first.body), carried)
    }

    @Test
    fun thePlanIsBuiltAgainBeforeItStopsBeingComplete() {
        val plan = ReminderSync(app).sync(core)
        val resync = alarms().single { it.action == ReminderAlarmReceiver.ACTION_RESYNC }
        assertEquals(plan.validUntil.minus(ReminderSync.RESYNC_LEAD), resync.at)
        // Never in the past, whatever the plan says.
        val now = Instant.parse("2026-11-23T18:30:00Z")
        assertEquals(now.plus(Duration.ofMinutes(1)), ReminderSync.resyncAt(now, now))
    }

    @Test
    fun aResyncReplacesStaleAlarms() {
        val sync = ReminderSync(app)
        val before = sync.sync(core)
        assertTrue(before.reminders.any { it.kind == ReminderKind.CHECKIN })

        // The person turns the check-in reminder off: its alarms must go, the rest stay.
        core.setReminderSettings(core.reminderSettings().copy(checkinTime = null))
        val after = sync.sync(core)

        assertFalse(after.reminders.any { it.kind == ReminderKind.CHECKIN })
        assertEquals(expected(after.reminders), reminderAlarms())
        assertFalse(reminderAlarms().any { (id, _) -> id.startsWith("checkin:") })
        assertEquals(1, alarms().count { it.action == ReminderAlarmReceiver.ACTION_RESYNC })
    }

    @Test
    fun aSyncWithNothingPlannedCancelsEverythingItScheduled() {
        val sync = ReminderSync(app)
        sync.sync(core)
        sync.cancelAll()
        assertEquals(emptyList<Alarm>(), alarms())
        assertEquals(emptySet<String>(), sync.scheduledIds())
    }

    @Test
    fun withoutTheExactAlarmPermissionAlarmsStillComeInexactly() {
        ShadowAlarmManager.setCanScheduleExactAlarms(false)
        val plan = ReminderSync(app).sync(core)
        assertEquals(expected(plan.reminders), reminderAlarms())
        assertTrue("inexact, but allowed while idle", alarms().none { it.exact })
    }
}
