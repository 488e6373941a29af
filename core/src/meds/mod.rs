//! Medications: what, how much, a personal cue; schedules in local wall-clock time
//! that stay right across daylight saving and travel; the dose log; adherence and
//! refill warnings. Taking medication is the person's choice; the wording counts,
//! it never judges.

pub(crate) mod actions;
pub(crate) mod adherence;
pub(crate) mod db;
mod model;
pub(crate) mod occurrence;
pub(crate) mod refill;
pub(crate) mod schedule;
pub(crate) mod views;

pub use actions::{DoseAction, SNOOZE_MINUTES};
pub use model::{
    Adherence, AdherenceLine, AsNeededDose, DoctorNote, DoseStatus, MedStatus, Medication,
    MedicationEdit, NewMedication, NewSchedule, Occurrence, Repeat, Schedule, Weekday, ZonePolicy,
};
pub use occurrence::{occurrence_id, MAX_RANGE_DAYS};
