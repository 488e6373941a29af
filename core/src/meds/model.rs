//! The records shells draw and send back for medications, schedules and doses.

use serde::{Deserialize, Serialize};

use crate::time::Timestamp;

/// Where a medication stands. Paused and stopped ones keep their history.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum MedStatus {
    Active,
    Paused,
    Stopped,
}

impl MedStatus {
    pub fn key(self) -> &'static str {
        match self {
            MedStatus::Active => "active",
            MedStatus::Paused => "paused",
            MedStatus::Stopped => "stopped",
        }
    }
}

/// A new medication. Counts are signed so that a negative one gets a clear error.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewMedication {
    pub name: String,
    /// Strength or dose, in the person's words: "50 mg", "2 tablets".
    pub dose: Option<String>,
    /// Tablet, capsule, injection, …
    pub form: Option<String>,
    /// A personal cue: "by the toothbrush".
    pub cue: Option<String>,
    /// Units on hand (tablets), if the person wants refill warnings.
    pub count_on_hand: Option<i64>,
    /// Units one dose uses; 1 when empty.
    pub units_per_dose: Option<i64>,
    /// Warn this many days before the count runs out.
    pub refill_days: Option<i64>,
}

/// Changes to a medication; `None` keeps a field. Empty text clears an optional one.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MedicationEdit {
    pub name: Option<String>,
    pub dose: Option<String>,
    pub form: Option<String>,
    pub cue: Option<String>,
    pub count_on_hand: Option<i64>,
    pub units_per_dose: Option<i64>,
    pub refill_days: Option<i64>,
}

/// A day of the week, for weekly schedules.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Weekday {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Mon,
        Weekday::Tue,
        Weekday::Wed,
        Weekday::Thu,
        Weekday::Fri,
        Weekday::Sat,
        Weekday::Sun,
    ];

    /// `mon` … `sun`.
    pub fn key(self) -> &'static str {
        match self {
            Weekday::Mon => "mon",
            Weekday::Tue => "tue",
            Weekday::Wed => "wed",
            Weekday::Thu => "thu",
            Weekday::Fri => "fri",
            Weekday::Sat => "sat",
            Weekday::Sun => "sun",
        }
    }

    pub fn from_key(key: &str) -> Option<Weekday> {
        let key = key.trim().to_ascii_lowercase();
        Weekday::ALL.into_iter().find(|d| d.key() == key)
    }

    pub(crate) fn of(date: chrono::NaiveDate) -> Weekday {
        use chrono::Datelike;
        Weekday::ALL[date.weekday().num_days_from_monday() as usize]
    }
}

/// Which days a schedule has doses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Repeat {
    Daily,
    /// Every `days` days counted from the start date.
    EveryDays {
        days: u32,
    },
    Weekdays {
        days: Vec<Weekday>,
    },
}

/// Which zone a schedule's wall times are read in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ZonePolicy {
    /// 08:00 stays 08:00 wherever the person is.
    FollowDevice,
    /// 08:00 in the home zone, even when travelling (fixed-interval medicines).
    Pinned { zone: String },
}

/// A new schedule: wall times (`HH:MM`) on the days `repeat` gives.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NewSchedule {
    pub times: Vec<String>,
    pub repeat: Repeat,
    /// `YYYY-MM-DD`; today when empty.
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub zone_policy: ZonePolicy,
    /// Units per time, in the order of `times` ("1 in the morning, 2 at night");
    /// the medication's units per dose when empty.
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub amounts: Option<Vec<i64>>,
}

/// Changes to a schedule; `None` keeps a part. Empty `end_date` clears the end.
/// New `times` without `amounts` go back to the medication's units per dose.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ScheduleEdit {
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub times: Option<Vec<String>>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub amounts: Option<Vec<i64>>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub repeat: Option<Repeat>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub start_date: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub end_date: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default = None))]
    pub zone_policy: Option<ZonePolicy>,
}

/// A schedule as shown.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Schedule {
    pub id: String,
    pub medication_id: String,
    pub times: Vec<String>,
    /// Units each time uses, in the order of `times`.
    pub amounts: Vec<u32>,
    pub repeat: Repeat,
    pub start_date: String,
    pub end_date: Option<String>,
    pub zone_policy: ZonePolicy,
    /// "Every day at 08:00 and 22:00", localized.
    pub description: String,
}

/// A medication as shown, with its schedules.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Medication {
    pub id: String,
    pub name: String,
    pub dose: Option<String>,
    pub form: Option<String>,
    pub cue: Option<String>,
    pub status: MedStatus,
    pub status_name: String,
    pub count_on_hand: Option<u32>,
    pub units_per_dose: u32,
    pub refill_days: Option<u32>,
    /// No schedule: taken when needed.
    pub as_needed: bool,
    pub schedules: Vec<Schedule>,
    pub created_at: Timestamp,
}

/// What happened to a dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DoseStatus {
    Taken,
    Skipped,
    Snoozed,
}

impl DoseStatus {
    pub fn key(self) -> &'static str {
        match self {
            DoseStatus::Taken => "taken",
            DoseStatus::Skipped => "skipped",
            DoseStatus::Snoozed => "snoozed",
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<DoseStatus> {
        [DoseStatus::Taken, DoseStatus::Skipped, DoseStatus::Snoozed]
            .into_iter()
            .find(|s| s.key() == key)
    }
}

/// One planned dose: keyed by (schedule, local date, slot), so none is ever doubled
/// or lost. `id` is `schedule/date/slot`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Occurrence {
    pub id: String,
    pub medication_id: String,
    pub schedule_id: String,
    pub local_date: String,
    /// The wall time as scheduled, `HH:MM`.
    pub slot: String,
    /// When it happens, in UTC.
    pub at: Timestamp,
    pub status: Option<DoseStatus>,
    pub taken_at: Option<Timestamp>,
    pub snoozed_until: Option<Timestamp>,
    /// Units this dose uses.
    pub amount: u32,
}

/// What `take_medication` logged: a planned dose (`occurrence`) or an extra one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TakenDose {
    pub medication_id: String,
    pub taken_at: Timestamp,
    /// The planned dose that was logged; `None` for an extra dose.
    pub occurrence: Option<Occurrence>,
    pub extra: bool,
}

/// Where one dose in the history stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum DoseState {
    Taken,
    Skipped,
    Snoozed,
    /// Not logged, and its time has not passed.
    NotLogged,
    /// Not logged, and its time has passed.
    Missed,
    /// Taken when needed or as an extra dose, outside the schedule.
    Extra,
}

/// One dose in the history of a day.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DoseLine {
    /// The planned dose; `None` for an extra dose.
    pub occurrence_id: Option<String>,
    /// When it was planned, or taken for an extra dose.
    pub at: Timestamp,
    /// Local clock time, "08:00".
    pub time: String,
    pub state: DoseState,
    pub amount: u32,
    pub taken_at: Option<Timestamp>,
    /// Why it was skipped, in the person's words.
    pub reason: Option<String>,
    /// "08:00 · taken at 08:12", localized.
    pub text: String,
}

/// One local day of doses, newest day first in a history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DoseDay {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "Monday 23 November", localized.
    pub label: String,
    pub doses: Vec<DoseLine>,
}

/// A logged dose taken when needed (no schedule).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AsNeededDose {
    pub medication_id: String,
    pub taken_at: Timestamp,
}

/// Doses taken of those planned, counting only planned doses whose time has passed.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AdherenceLine {
    /// `None` for the overall line.
    pub medication_id: Option<String>,
    pub name: String,
    pub planned: u32,
    pub taken: u32,
    pub skipped: u32,
    /// taken / planned, or `None` with nothing planned.
    pub ratio: Option<f64>,
    /// "You took 12 of 14 planned doses", localized and neutral.
    pub label: String,
}

/// Adherence over the last `days` days.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Adherence {
    pub days: u32,
    pub overall: AdherenceLine,
    pub per_medication: Vec<AdherenceLine>,
}

/// A note to bring up with the doctor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DoctorNote {
    pub id: String,
    pub medication_id: Option<String>,
    /// `YYYY-MM-DD`, the local day it was written.
    pub date: String,
    /// The same day for people: "Monday 23 November" (with the year when not this
    /// year), localized, so a phone shows notes without formatting a date itself.
    pub date_label: String,
    pub text: String,
}
