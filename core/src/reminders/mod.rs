//! The reminder plan: the notifications a shell must have scheduled, as data.
//!
//! The contract with shells: replace everything the OS has scheduled with this plan
//! on launch, after any change, on boot, and when the clock or zone changes. At most
//! [`MAX_REMINDERS`] within [`WINDOW_DAYS`], each with a stable id, so re-scheduling
//! is idempotent and stays under iOS's 64 pending notifications. By default the text
//! names no medicine or illness: a lock screen is public.

use chrono::{Duration, NaiveDate, NaiveTime};
use chrono_tz::Tz;
use rusqlite::Connection;
use serde::Serialize;

use crate::error::StegvisError;
use crate::goals::solve;
use crate::l10n::{Args, Localizer};
use crate::meds::actions::Planning;
use crate::meds::DoseStatus;
use crate::settings::ReminderSettings;
use crate::signs::db as signs_db;
use crate::store::Sealer;
use crate::time::{local_date, resolve, Timestamp};

/// Most notifications in one plan (iOS allows 64 pending).
pub const MAX_REMINDERS: usize = 60;
/// How far ahead the plan reaches.
pub const WINDOW_DAYS: i64 = 7;
/// When a problem-solving follow-up is announced on its day.
const FOLLOW_UP_TIME: (u32, u32) = (10, 0);

/// What a notification is about, so a tap can open the right screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReminderKind {
    Dose,
    Snooze,
    Checkin,
    FollowUp,
}

/// One notification to schedule.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Reminder {
    /// Stable across plans: the same dose keeps the same id.
    pub id: String,
    pub kind: ReminderKind,
    pub at: Timestamp,
    pub title: String,
    /// Lock-screen text: names no medicine unless the person allowed it.
    pub body: String,
    pub occurrence_id: Option<String>,
    pub problem_solving_id: Option<String>,
}

/// The notifications to have scheduled, in time order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ReminderPlan {
    pub generated_at: Timestamp,
    pub until: Timestamp,
    pub reminders: Vec<Reminder>,
}

pub(crate) fn build(
    conn: &Connection,
    sealer: &Sealer,
    now: Timestamp,
    zone: Tz,
    settings: &ReminderSettings,
    loc: &Localizer,
) -> Result<ReminderPlan, StegvisError> {
    let today = local_date(now, zone);
    let until = now + Duration::days(WINDOW_DAYS);
    let last_day = local_date(until, zone);
    let title = loc.t("reminder-title");
    let mut out = Vec::new();

    let planning = Planning::load(conn, sealer, zone)?;
    for occ in planning.occurrences(conn, today - Duration::days(1), last_day, None)? {
        let (kind, at, id) = match occ.status {
            None => (ReminderKind::Dose, occ.at, format!("dose:{}", occ.id)),
            Some(DoseStatus::Snoozed) => match occ.snoozed_until {
                Some(until) => (ReminderKind::Snooze, until, format!("snooze:{}", occ.id)),
                None => continue,
            },
            Some(_) => continue,
        };
        if at <= now || at > until {
            continue;
        }
        let named = settings.show_names.then(|| {
            uuid::Uuid::parse_str(&occ.medication_id)
                .ok()
                .and_then(|m| planning.meds.get(&m))
                .map(|m| m.body.name.clone())
        });
        let body = match named.flatten() {
            Some(name) => loc.ta(
                "reminder-dose-named",
                &Args::new()
                    .text("name", name)
                    .text("time", occ.slot.clone()),
            ),
            None => loc.ta("reminder-dose", &Args::new().text("time", occ.slot.clone())),
        };
        out.push(Reminder {
            id,
            kind,
            at,
            title: title.clone(),
            body,
            occurrence_id: Some(occ.id),
            problem_solving_id: None,
        });
    }

    if let Some(time) = settings.checkin_time.as_deref() {
        let has_signs = !signs_db::list_signs(conn, sealer, false)?.is_empty();
        if let (true, Ok(time)) = (has_signs, NaiveTime::parse_from_str(time, "%H:%M")) {
            let mut day = today;
            while day <= last_day {
                let at = resolve(day, time, zone);
                let done = day == today && signs_db::has_checkin(conn, today)?;
                if at > now && at <= until && !done {
                    out.push(Reminder {
                        id: format!("checkin:{day}"),
                        kind: ReminderKind::Checkin,
                        at,
                        title: title.clone(),
                        body: loc.t("reminder-checkin"),
                        occurrence_id: None,
                        problem_solving_id: None,
                    });
                }
                day += Duration::days(1);
            }
        }
    }

    let (h, m) = FOLLOW_UP_TIME;
    let follow_time = NaiveTime::from_hms_opt(h, m, 0).unwrap_or_default();
    for plan in solve::open_follow_ups(conn, sealer, today, last_day)? {
        let Ok(date) = NaiveDate::parse_from_str(&plan.follow_up_date, "%Y-%m-%d") else {
            continue;
        };
        let at = resolve(date, follow_time, zone);
        if at > now && at <= until {
            out.push(Reminder {
                id: format!("follow-up:{}", plan.id),
                kind: ReminderKind::FollowUp,
                at,
                title: title.clone(),
                body: loc.t("reminder-follow-up"),
                occurrence_id: None,
                problem_solving_id: Some(plan.id),
            });
        }
    }

    out.sort_by(|a, b| (a.at, &a.id).cmp(&(b.at, &b.id)));
    out.truncate(MAX_REMINDERS);
    Ok(ReminderPlan {
        generated_at: now,
        until,
        reminders: out,
    })
}
