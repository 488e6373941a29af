//! Medications: what, how much, a personal cue; schedules in local wall-clock time
//! that stay right across daylight saving and travel; the dose log; adherence and
//! refill warnings. Taking medication is the person's choice; the wording counts,
//! it never judges.

pub(crate) mod actions;
pub(crate) mod adherence;
pub(crate) mod db;
pub(crate) mod dose_time;
pub(crate) mod dosing;
pub(crate) mod history;
mod model;
pub(crate) mod occurrence;
pub(crate) mod refill;
pub(crate) mod schedule;
pub(crate) mod schedule_change;
mod typed_numbers;
pub(crate) mod views;

pub use actions::{DoseAction, SNOOZE_MINUTES};
pub use dosing::EARLY_HOURS;
pub use history::HISTORY_DAYS;
pub use model::{
    Adherence, AdherenceLine, AsNeededDose, DoctorNote, DoseDay, DoseLine, DoseState, DoseStatus,
    MedStatus, Medication, MedicationEdit, NewMedication, NewSchedule, Occurrence, Repeat,
    Schedule, ScheduleEdit, TakenDose, Weekday, ZonePolicy,
};
pub use occurrence::{occurrence_id, MAX_RANGE_DAYS};
pub use typed_numbers::{parse_amounts, parse_whole_number};
