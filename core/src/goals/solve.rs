//! IMR's problem-solving flow for a stalled step: define the problem, list options,
//! weigh each, choose one, plan the first action, and pick a day to look back.

use crate::time::Timestamp;
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{ConflictReason, Entity, Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::store::{date_from_sql, from_ms, map_sqlite, query_all, to_ms, Sealer, SkipDamaged};
use crate::time::parse_date;
use crate::validate;

const TABLE: &str = "problem_solving";
/// More ideas than this stop being a help.
pub const MAX_OPTIONS: usize = 10;

/// One idea and how the person weighs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SolveOption {
    pub text: String,
    pub pros: Option<String>,
    pub cons: Option<String>,
}

/// What the person filled in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProblemSolvingInput {
    pub problem: String,
    pub options: Vec<SolveOption>,
    /// 1-based index into `options`.
    pub chosen: u32,
    pub first_action: String,
    /// `YYYY-MM-DD`, today or later.
    pub follow_up_date: String,
}

/// A saved plan for a step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProblemSolving {
    pub id: String,
    pub step_id: String,
    pub problem: String,
    pub options: Vec<SolveOption>,
    pub chosen: u32,
    pub first_action: String,
    pub follow_up_date: String,
    pub followed_up_at: Option<Timestamp>,
    pub created_at: Timestamp,
}

/// The questions of the flow, in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SolvePrompts {
    pub intro: String,
    pub problem: String,
    pub options: String,
    pub choose: String,
    pub first_action: String,
    pub follow_up: String,
}

impl SolvePrompts {
    pub fn new(loc: &Localizer) -> Self {
        Self {
            intro: loc.t("solve-intro"),
            problem: loc.t("solve-problem"),
            options: loc.t("solve-options"),
            choose: loc.t("solve-choose"),
            first_action: loc.t("solve-first-action"),
            follow_up: loc.t("solve-follow-up"),
        }
    }

    /// The two questions for weighing one idea.
    pub fn weigh(loc: &Localizer, option: &str) -> (String, String) {
        let args = Args::new().text("option", option);
        (
            loc.ta("solve-option-pros", &args),
            loc.ta("solve-option-cons", &args),
        )
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Body {
    problem: String,
    options: Vec<SolveOption>,
    chosen: u32,
    first_action: String,
}

/// Checks every answer; returns the sealed-to-be body and the follow-up date.
fn validated(
    input: &ProblemSolvingInput,
    today: NaiveDate,
) -> Result<(Body, NaiveDate), StegvisError> {
    let problem = validate::required(&input.problem, Field::ProblemText)?;
    if input.options.is_empty() {
        return Err(StegvisError::invalid(
            Field::OptionText,
            InvalidReason::Empty,
        ));
    }
    if input.options.len() > MAX_OPTIONS {
        return Err(StegvisError::invalid(
            Field::OptionText,
            InvalidReason::OutOfRange {
                min: 1,
                max: MAX_OPTIONS as i64,
            },
        ));
    }
    let options = input
        .options
        .iter()
        .map(|o| {
            Ok(SolveOption {
                text: validate::required(&o.text, Field::OptionText)?,
                pros: validate::optional(o.pros.as_deref(), Field::OptionPros, validate::MAX_TEXT)?,
                cons: validate::optional(o.cons.as_deref(), Field::OptionCons, validate::MAX_TEXT)?,
            })
        })
        .collect::<Result<Vec<_>, StegvisError>>()?;
    validate::in_range(
        i64::from(input.chosen),
        Field::ChosenOption,
        1,
        options.len() as i64,
    )?;
    let first_action = validate::required(&input.first_action, Field::FirstAction)?;
    let follow_up = parse_date(&input.follow_up_date, Field::FollowUpDate)?;
    if follow_up < today {
        return Err(StegvisError::invalid(
            Field::FollowUpDate,
            InvalidReason::InPast,
        ));
    }
    Ok((
        Body {
            problem,
            options,
            chosen: input.chosen,
            first_action,
        },
        follow_up,
    ))
}

/// Saves a plan for `step_id`.
pub(crate) fn insert(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
    input: &ProblemSolvingInput,
    today: NaiveDate,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let (body, follow_up) = validated(input, today)?;
    let id = Uuid::new_v4();
    let sealed = sealer.seal(TABLE, &id.to_string(), &body)?;
    conn.execute(
        "INSERT INTO problem_solving (id, step_id, follow_up_date, followed_up_at, created_at, body)
         VALUES (?1, ?2, ?3, NULL, ?4, ?5)",
        params![id.to_string(), step_id.to_string(), follow_up.to_string(), to_ms(now), sealed],
    )
    .map_err(map_sqlite)?;
    Ok(id)
}

const COLUMNS: &str = "id, step_id, follow_up_date, followed_up_at, created_at, body";

type Raw = (String, String, String, Option<i64>, i64, Vec<u8>);

fn raw(row: &Row<'_>) -> rusqlite::Result<Raw> {
    Ok((
        row.get(0)?,
        row.get(1)?,
        row.get(2)?,
        row.get(3)?,
        row.get(4)?,
        row.get(5)?,
    ))
}

fn from_raw(raw: Raw, sealer: &Sealer) -> Result<ProblemSolving, StegvisError> {
    let (id, step_id, follow_up, followed_up_at, created_at, sealed) = raw;
    let body: Body = sealer.open(TABLE, &id, &sealed)?;
    Ok(ProblemSolving {
        follow_up_date: date_from_sql(&follow_up)?.to_string(),
        followed_up_at: followed_up_at.map(from_ms).transpose()?,
        created_at: from_ms(created_at)?,
        id,
        step_id,
        problem: body.problem,
        options: body.options,
        chosen: body.chosen,
        first_action: body.first_action,
    })
}

pub(crate) fn load(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<ProblemSolving, StegvisError> {
    let raw = conn
        .query_row(
            &format!("SELECT {COLUMNS} FROM problem_solving WHERE id = ?1"),
            [id.to_string()],
            raw,
        )
        .optional()
        .map_err(map_sqlite)?
        .ok_or(StegvisError::not_found(Entity::ProblemSolving))?;
    from_raw(raw, sealer)
}

/// The plans made for one step, oldest first.
pub(crate) fn for_step(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    collect(
        conn,
        sealer,
        &format!("SELECT {COLUMNS} FROM problem_solving WHERE step_id = ?1 ORDER BY created_at"),
        &step_id.to_string(),
    )
}

/// Open follow-ups dated on or before `today`, on steps of active goals.
pub(crate) fn due_follow_ups(
    conn: &Connection,
    sealer: &Sealer,
    today: NaiveDate,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    collect(
        conn,
        sealer,
        "SELECT p.id, p.step_id, p.follow_up_date, p.followed_up_at, p.created_at, p.body
         FROM problem_solving p
         JOIN steps s ON s.id = p.step_id
         JOIN goals g ON g.id = s.goal_id
         WHERE p.followed_up_at IS NULL AND p.follow_up_date <= ?1 AND g.status = 'active'
         ORDER BY p.follow_up_date, p.created_at",
        &today.to_string(),
    )
}

/// Open follow-ups dated `from..=to`, on steps of active goals (for reminders).
pub(crate) fn open_follow_ups(
    conn: &Connection,
    sealer: &Sealer,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    let from = from.to_string();
    Ok(due_follow_ups(conn, sealer, to)?
        .into_iter()
        .filter(|p| p.follow_up_date >= from)
        .collect())
}

fn collect(
    conn: &Connection,
    sealer: &Sealer,
    sql: &str,
    param: &str,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    let raws = query_all(conn, sql, [param], raw)?;
    raws.into_iter().map(|r| from_raw(r, sealer)).skip_damaged()
}

/// Marks a follow-up as done; returns the step it belongs to.
pub(crate) fn complete_follow_up(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let plan = load(conn, sealer, id)?;
    if plan.followed_up_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::FollowUpAlreadyDone));
    }
    conn.execute(
        "UPDATE problem_solving SET followed_up_at = ?2 WHERE id = ?1",
        params![id.to_string(), to_ms(now)],
    )
    .map_err(map_sqlite)?;
    Uuid::parse_str(&plan.step_id).map_err(|_| StegvisError::Storage {
        detail: "step id column".to_owned(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn input() -> ProblemSolvingInput {
        ProblemSolvingInput {
            problem: "Too tired after work".into(),
            options: vec![
                SolveOption {
                    text: "Go in the morning".into(),
                    pros: Some("fresh".into()),
                    cons: None,
                },
                SolveOption {
                    text: "Ask a friend".into(),
                    pros: None,
                    cons: Some("  ".into()),
                },
            ],
            chosen: 2,
            first_action: "Text Sam".into(),
            follow_up_date: "2026-11-30".into(),
        }
    }

    #[test]
    fn validates_every_answer() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        let (body, date) = validated(&input(), today).unwrap();
        assert_eq!(body.options[1].cons, None);
        assert_eq!(date.to_string(), "2026-11-30");

        let mut bad = input();
        bad.chosen = 3;
        assert_eq!(
            validated(&bad, today).unwrap_err(),
            StegvisError::invalid(
                Field::ChosenOption,
                InvalidReason::OutOfRange { min: 1, max: 2 }
            )
        );
        let mut bad = input();
        bad.options.clear();
        assert!(matches!(
            validated(&bad, today),
            Err(StegvisError::InvalidInput {
                field: Field::OptionText,
                ..
            })
        ));
        let mut bad = input();
        bad.follow_up_date = "2026-11-22".into();
        assert_eq!(
            validated(&bad, today).unwrap_err(),
            StegvisError::invalid(Field::FollowUpDate, InvalidReason::InPast)
        );
        let mut bad = input();
        bad.problem = " ".into();
        assert!(matches!(
            validated(&bad, today),
            Err(StegvisError::InvalidInput {
                field: Field::ProblemText,
                ..
            })
        ));
    }
}
