//! IMR's problem-solving flow for a stalled step: define the problem, list options,
//! weigh each, choose one, plan the first action, and pick a day to look back.

use crate::time::Timestamp;
use chrono::NaiveDate;
use rusqlite::types::Value;
use rusqlite::Connection;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::error::{ConflictReason, Entity, Field, InvalidReason, StegvisError};
use crate::l10n::{Args, Localizer};
use crate::store::rows::{self, open_all, SealedRow};
use crate::store::{date_from_sql, from_ms, to_ms, Sealer};
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

/// How it went, as the person answers the look-back.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LookBackOutcome {
    Helped,
    Partly,
    NotYet,
}

impl LookBackOutcome {
    pub const ALL: [LookBackOutcome; 3] = [
        LookBackOutcome::Helped,
        LookBackOutcome::Partly,
        LookBackOutcome::NotYet,
    ];

    /// `helped`, `partly`, `not-yet`.
    pub fn key(self) -> &'static str {
        match self {
            LookBackOutcome::Helped => "helped",
            LookBackOutcome::Partly => "partly",
            LookBackOutcome::NotYet => "not-yet",
        }
    }

    pub fn from_key(key: &str) -> Option<LookBackOutcome> {
        LookBackOutcome::ALL
            .into_iter()
            .find(|o| o.key() == key.trim())
    }

    /// "It helped", "It helped a bit", "Not yet", in the person's language.
    pub fn label(self, loc: &Localizer) -> String {
        loc.t(&format!("look-back-outcome-{}", self.key()))
    }
}

/// The answer to "how did it go?". Both parts may be left out.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LookBackInput {
    pub outcome: Option<LookBackOutcome>,
    pub note: Option<String>,
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
    /// How it went, when the person answered the look-back.
    pub outcome: Option<LookBackOutcome>,
    /// What the person wrote when looking back.
    pub look_back_note: Option<String>,
    /// The plan this one tries another idea from, if any.
    pub continues: Option<String>,
    /// The idea (1-based) to offer next: the first one after the chosen, wrapping
    /// around; `None` when the plan has a single idea.
    pub next_option: Option<u32>,
    /// The follow-up day for people: "Monday 30 November".
    pub follow_up_label: String,
    /// The outcome in words: "It helped a bit".
    pub outcome_label: Option<String>,
}

impl ProblemSolving {
    /// The chosen idea's words.
    pub fn chosen_text(&self) -> Option<&str> {
        self.options
            .get((self.chosen as usize).checked_sub(1)?)
            .map(|o| o.text.as_str())
    }

    /// Fills the labels people read, in their language and relative to `today`.
    pub(crate) fn labelled(mut self, loc: &Localizer, today: NaiveDate) -> Self {
        self.follow_up_label = NaiveDate::parse_from_str(&self.follow_up_date, "%Y-%m-%d")
            .map(|d| loc.date_near(d, today))
            .unwrap_or_default();
        self.outcome_label = self.outcome.map(|o| o.label(loc));
        self
    }
}

/// The idea after `chosen` (1-based), wrapping around; none when there is one idea.
fn next_option(chosen: u32, count: usize) -> Option<u32> {
    let count = u32::try_from(count).ok()?;
    (count > 1).then(|| chosen % count + 1)
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

/// Days from today offered as the day to look back: tomorrow, in 3 days, a week, two weeks.
pub const FOLLOW_UP_CHOICE_DAYS: [u32; 4] = [1, 3, 7, 14];

/// A day the person can pick to look back, so a phone needs no calendar: the date to
/// send back in [`ProblemSolvingInput::follow_up_date`] and how it reads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FollowUpChoice {
    /// `YYYY-MM-DD`.
    pub date: String,
    /// "In 3 days, Thursday 26 November".
    pub label: String,
}

/// The days to look back offered on `today`, nearest first.
pub fn follow_up_choices(loc: &Localizer, today: NaiveDate) -> Vec<FollowUpChoice> {
    FOLLOW_UP_CHOICE_DAYS
        .iter()
        .filter_map(|&days| {
            let date = today.checked_add_days(chrono::Days::new(u64::from(days)))?;
            let args = Args::new()
                .num("days", i64::from(days))
                .text("date", loc.date_near(date, today));
            Some(FollowUpChoice {
                date: date.to_string(),
                label: loc.ta("solve-follow-up-choice", &args),
            })
        })
        .collect()
}

/// The look-back's question and its answers, for shells.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LookBackPrompts {
    /// "How did it go?"
    pub question: String,
    /// In the order of [`LookBackOutcome::ALL`].
    pub outcomes: Vec<LookBackOutcome>,
    pub outcome_labels: Vec<String>,
    pub note: String,
    /// "Try another idea from this plan", offered with [`ProblemSolving::next_option`].
    pub try_next: String,
    pub new_plan: String,
}

impl LookBackPrompts {
    pub fn new(loc: &Localizer) -> Self {
        Self {
            question: loc.t("look-back-question"),
            outcomes: LookBackOutcome::ALL.to_vec(),
            outcome_labels: LookBackOutcome::ALL.iter().map(|o| o.label(loc)).collect(),
            note: loc.t("look-back-note"),
            try_next: loc.t("look-back-try-next"),
            new_plan: loc.t("look-back-new-plan"),
        }
    }
}

/// Sealed. Fields added later carry serde defaults so rows saved before still read.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Body {
    problem: String,
    options: Vec<SolveOption>,
    chosen: u32,
    first_action: String,
    #[serde(default)]
    outcome: Option<LookBackOutcome>,
    #[serde(default)]
    look_back_note: Option<String>,
    #[serde(default)]
    continues: Option<String>,
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
            outcome: None,
            look_back_note: None,
            continues: None,
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
    insert_body(conn, sealer, step_id, &body, follow_up, now)
}

/// What is sealed: the plan, its day to look back, when it was looked back on and
/// when it was made (UTC milliseconds).
#[derive(Debug, Serialize, Deserialize)]
struct Record<B> {
    follow_up_date: String,
    followed_up_at: Option<i64>,
    created_at: i64,
    /// What the person wrote, as sealed before schema version 4.
    body: B,
}

fn insert_body(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
    body: &Body,
    follow_up: NaiveDate,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let id = Uuid::new_v4();
    rows::insert(
        conn,
        sealer,
        TABLE,
        &[
            ("id", Value::Text(id.to_string())),
            ("step_id", Value::Text(step_id.to_string())),
        ],
        &Record {
            follow_up_date: follow_up.to_string(),
            followed_up_at: None,
            created_at: to_ms(now),
            body,
        },
    )?;
    Ok(id)
}

fn from_record(row: &SealedRow, record: Record<Body>) -> Result<ProblemSolving, StegvisError> {
    let body = record.body;
    Ok(ProblemSolving {
        follow_up_date: date_from_sql(&record.follow_up_date)?.to_string(),
        followed_up_at: record.followed_up_at.map(from_ms).transpose()?,
        created_at: from_ms(record.created_at)?,
        id: row.text("id")?.to_owned(),
        step_id: row.text("step_id")?.to_owned(),
        next_option: next_option(body.chosen, body.options.len()),
        problem: body.problem,
        options: body.options,
        chosen: body.chosen,
        first_action: body.first_action,
        outcome: body.outcome,
        look_back_note: body.look_back_note,
        continues: body.continues,
        follow_up_label: String::new(),
        outcome_label: None,
    })
}

pub(crate) fn load(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
) -> Result<ProblemSolving, StegvisError> {
    let row = rows::select_one(conn, TABLE, "id", &id.to_string())?
        .ok_or(StegvisError::not_found(Entity::ProblemSolving))?;
    let record = row.open(sealer, TABLE)?;
    from_record(&row, record)
}

/// The plans that open among `found`, oldest first.
fn collect(found: Vec<SealedRow>, sealer: &Sealer) -> Result<Vec<ProblemSolving>, StegvisError> {
    let mut plans = Vec::with_capacity(found.len());
    for (row, record) in open_all(found, sealer, TABLE)? {
        plans.push(from_record(&row, record)?);
    }
    plans.sort_by_key(|p| p.created_at);
    Ok(plans)
}

/// The plans made for one step, oldest first.
pub(crate) fn for_step(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    collect(
        rows::select(
            conn,
            TABLE,
            "WHERE step_id = ?1 ORDER BY rowid",
            [step_id.to_string()],
        )?,
        sealer,
    )
}

/// Every plan on steps of active goals whose look-back is still to come.
fn open_plans(conn: &Connection, sealer: &Sealer) -> Result<Vec<ProblemSolving>, StegvisError> {
    let mut plans = Vec::new();
    for goal in super::db::list_goals(conn, sealer, true)? {
        plans.extend(collect(
            rows::select(
                conn,
                TABLE,
                "WHERE step_id IN (SELECT id FROM steps WHERE goal_id = ?1) ORDER BY rowid",
                [goal.id.to_string()],
            )?,
            sealer,
        )?);
    }
    plans.retain(|p| p.followed_up_at.is_none());
    Ok(plans)
}

/// Open follow-ups dated on or before `today`, on steps of active goals.
pub(crate) fn due_follow_ups(
    conn: &Connection,
    sealer: &Sealer,
    today: NaiveDate,
) -> Result<Vec<ProblemSolving>, StegvisError> {
    let today = today.to_string();
    let mut plans = open_plans(conn, sealer)?;
    plans.retain(|p| p.follow_up_date <= today);
    plans.sort_by(|a, b| {
        (a.follow_up_date.as_str(), a.created_at).cmp(&(b.follow_up_date.as_str(), b.created_at))
    });
    Ok(plans)
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

/// Ids of steps with a plan whose look-back is still to come, whatever its date:
/// such a step has a plan, so it is not "stuck".
pub(crate) fn steps_with_open_follow_up(
    conn: &Connection,
    sealer: &Sealer,
) -> Result<std::collections::HashSet<Uuid>, StegvisError> {
    let found = open_all::<Record<Body>>(rows::select(conn, TABLE, "", [])?, sealer, TABLE)?;
    Ok(found
        .iter()
        .filter(|(_, r)| r.followed_up_at.is_none())
        .filter_map(|(row, _)| row.text("step_id").ok())
        .filter_map(|id| Uuid::parse_str(id).ok())
        .collect())
}

fn step_of(plan: &ProblemSolving) -> Result<Uuid, StegvisError> {
    Uuid::parse_str(&plan.step_id).map_err(|_| StegvisError::Storage {
        detail: "step id column".to_owned(),
    })
}

/// Marks a follow-up as done and keeps how it went (sealed with the plan); returns
/// the step it belongs to.
pub(crate) fn complete_follow_up(
    conn: &Connection,
    sealer: &Sealer,
    id: Uuid,
    answer: &LookBackInput,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let plan = load(conn, sealer, id)?;
    if plan.followed_up_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::FollowUpAlreadyDone));
    }
    let note = validate::optional(answer.note.as_deref(), Field::Note, validate::MAX_TEXT)?;
    let body = Body {
        problem: plan.problem.clone(),
        options: plan.options.clone(),
        chosen: plan.chosen,
        first_action: plan.first_action.clone(),
        outcome: answer.outcome,
        look_back_note: note,
        continues: plan.continues.clone(),
    };
    let record = Record {
        follow_up_date: plan.follow_up_date.clone(),
        followed_up_at: Some(to_ms(now)),
        created_at: to_ms(plan.created_at),
        body,
    };
    rows::update(conn, sealer, TABLE, "id", &id.to_string(), &[], &record)?;
    step_of(&plan)
}

/// The next idea to try from a plan: which one (1-based), and the new first action
/// and day to look back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct NextTry {
    pub option: u32,
    pub first_action: String,
    pub follow_up_date: String,
}

/// A new plan for the same step and problem that tries another idea of `from`,
/// with its own first action and day to look back. The earlier plan and its answer
/// stay as they were.
pub(crate) fn try_option(
    conn: &Connection,
    sealer: &Sealer,
    from: &ProblemSolving,
    step_id: Uuid,
    next: &NextTry,
    today: NaiveDate,
    now: Timestamp,
) -> Result<Uuid, StegvisError> {
    let input = ProblemSolvingInput {
        problem: from.problem.clone(),
        options: from.options.clone(),
        chosen: next.option,
        first_action: next.first_action.clone(),
        follow_up_date: next.follow_up_date.clone(),
    };
    let (mut body, follow_up) = validated(&input, today)?;
    body.continues = Some(from.id.clone());
    insert_body(conn, sealer, step_id, &body, follow_up, now)
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
    fn plans_saved_before_the_look_back_answer_still_read() {
        let old = r#"{"problem":"p","options":[{"text":"a","pros":null,"cons":null}],"chosen":1,"first_action":"f"}"#;
        let body: Body = serde_json::from_str(old).unwrap();
        assert_eq!(body.outcome, None);
        assert_eq!(body.look_back_note, None);
        assert_eq!(body.continues, None);
    }

    #[test]
    fn the_next_idea_wraps_around() {
        assert_eq!(next_option(1, 3), Some(2));
        assert_eq!(next_option(3, 3), Some(1));
        assert_eq!(next_option(1, 1), None);
        assert_eq!(
            LookBackOutcome::from_key("not-yet"),
            Some(LookBackOutcome::NotYet)
        );
        assert_eq!(LookBackOutcome::from_key("maybe"), None);
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
