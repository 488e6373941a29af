//! What a person can do to goals and steps. Each function runs inside the caller's
//! transaction, validates everything first, and writes only when all of it is good.

use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::Connection;
use uuid::Uuid;

use super::db::{self, GoalBody, GoalRow, NewStepRow, StepBody, StepMeta, StepRule};
use super::model::{GoalEdit, GoalStatus, HomeAssignment, NewGoal, NewStep, StepEdit};
use super::occurrences;
use super::repeat::StepRepeat;
use super::solve::{self, ProblemSolvingInput};
use super::stall::DEFAULT_STALL_DAYS;
use crate::error::{ConflictReason, Field, InvalidReason, StegvisError};
use crate::store::Sealer;
use crate::time::{parse_date, parse_wall_time};
use crate::validate::{self, MAX_LABEL, MAX_TEXT};

/// Steps may only change while their goal is active. A reached or set-aside goal is
/// brought back first: that keeps "reached" honest and a paused goal quiet.
fn require_active(goal: &GoalRow) -> Result<(), StegvisError> {
    if goal.status == GoalStatus::Active {
        Ok(())
    } else {
        Err(StegvisError::conflict(ConflictReason::GoalNotActive))
    }
}

fn step_and_active_goal(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
) -> Result<(StepMeta, GoalRow), StegvisError> {
    let step = db::load_step(conn, sealer, step_id)?;
    let goal = db::load_goal(conn, sealer, step.goal_id)?;
    require_active(&goal)?;
    Ok((step, goal))
}

fn assignment(input: Option<&HomeAssignment>) -> Result<Option<HomeAssignment>, StegvisError> {
    let Some(a) = input else { return Ok(None) };
    let meeting_date = match a.meeting_date.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) => Some(parse_date(d, Field::MeetingDate)?.to_string()),
    };
    let module = validate::optional(a.module.as_deref(), Field::ImrModule, MAX_LABEL)?;
    Ok(Some(HomeAssignment {
        meeting_date,
        module,
    }))
}

/// A reminder time as typed (`HH:MM`), kept in its one form; empty is the default.
fn remind_at(text: Option<&str>) -> Result<Option<String>, StegvisError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(
            parse_wall_time(t, Field::StepTime)?
                .format("%H:%M")
                .to_string(),
        )),
    }
}

fn due_date(text: Option<&str>) -> Result<Option<NaiveDate>, StegvisError> {
    match text.map(str::trim) {
        None | Some("") => Ok(None),
        Some(d) => parse_date(d, Field::DueDate).map(Some),
    }
}

pub(crate) fn add_goal(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    input: &NewGoal,
) -> Result<Uuid, StegvisError> {
    let body = GoalBody {
        text: validate::required(&input.text, Field::GoalText)?,
        why: validate::optional(input.why.as_deref(), Field::GoalWhy, MAX_TEXT)?,
    };
    let row = GoalRow {
        id: Uuid::new_v4(),
        status: GoalStatus::Active,
        area: input.area,
        stall_days: DEFAULT_STALL_DAYS,
        created_at: now,
        updated_at: now,
        status_changed_at: now,
        body,
    };
    db::insert_goal(conn, sealer, &row)?;
    Ok(row.id)
}

pub(crate) fn edit_goal(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    id: Uuid,
    edit: &GoalEdit,
) -> Result<(), StegvisError> {
    let mut row = db::load_goal(conn, sealer, id)?;
    if let Some(text) = &edit.text {
        row.body.text = validate::required(text, Field::GoalText)?;
    }
    if let Some(why) = &edit.why {
        row.body.why = validate::optional(Some(why), Field::GoalWhy, MAX_TEXT)?;
    }
    if let Some(area) = edit.area {
        row.area = area;
    }
    if let Some(days) = edit.stall_days {
        row.stall_days = validate::in_range(i64::from(days), Field::StallDays, 1, 365)? as u32;
    }
    row.updated_at = now;
    db::update_goal(conn, sealer, &row)
}

/// Reached and set aside are both reachable from active; either comes back to active.
pub(crate) fn set_goal_status(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    id: Uuid,
    status: GoalStatus,
) -> Result<(), StegvisError> {
    let mut row = db::load_goal(conn, sealer, id)?;
    if row.status == status {
        return Err(StegvisError::conflict(ConflictReason::GoalAlreadyInState));
    }
    row.status = status;
    row.status_changed_at = now;
    row.updated_at = now;
    db::update_goal(conn, sealer, &row)
}

pub(crate) fn add_step(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    goal_id: Uuid,
    input: &NewStep,
) -> Result<Uuid, StegvisError> {
    let body = StepBody {
        text: validate::required(&input.text, Field::StepText)?,
        assignment: assignment(input.assignment.as_ref())?,
    };
    let due = due_date(input.due_date.as_deref())?;
    let repeat = input.repeat.as_ref().map(StepRepeat::checked).transpose()?;
    let remind = remind_at(input.remind_at.as_deref())?;
    let goal = db::load_goal(conn, sealer, goal_id)?;
    require_active(&goal)?;
    let id = Uuid::new_v4();
    db::insert_step(
        conn,
        sealer,
        &NewStepRow {
            id,
            goal_id,
            position: db::next_position(conn, sealer, goal_id)?,
            due_date: due,
            now,
            body: &body,
            repeat,
            remind_at: remind,
        },
    )?;
    // Adding a step is work on the goal.
    let mut goal = goal;
    goal.updated_at = now;
    db::update_goal(conn, sealer, &goal)?;
    Ok(id)
}

pub(crate) fn edit_step(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    step_id: Uuid,
    edit: &StepEdit,
) -> Result<(), StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    let mut body = step.open(sealer)?;
    let mut due = step.due_date;
    let mut repeat = step.repeat.clone();
    let mut remind = step.remind_at.clone();
    if let Some(time) = &edit.remind_at {
        remind = remind_at(Some(time))?;
    }
    if let Some(rule) = &edit.repeat {
        repeat = Some(rule.checked()?);
    }
    if edit.one_off {
        // Its days done stay stored (history keeps them); only the rule goes.
        repeat = None;
    }
    if let Some(text) = &edit.text {
        body.text = validate::required(text, Field::StepText)?;
    }
    if let Some(date) = &edit.due_date {
        due = due_date(Some(date))?;
    }
    if let Some(a) = &edit.assignment {
        body.assignment =
            assignment(Some(a))?.filter(|a| a.meeting_date.is_some() || a.module.is_some());
    }
    let rule = StepRule {
        repeat,
        remind_at: remind,
    };
    db::update_step_body(conn, sealer, step_id, due, &body, rule, now)
}

/// Checks a step off. For a repeating step that is today's occurrence (`today` is
/// the person's local date), so every shell's check-off button does the right thing.
pub(crate) fn complete_step(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    today: NaiveDate,
    step_id: Uuid,
) -> Result<(), StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.repeat.is_some() {
        return check_off_occurrence(conn, sealer, now, today, step_id, today).map(|_| ());
    }
    if step.done_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::StepAlreadyDone));
    }
    db::set_step_done(conn, sealer, step_id, Some(now), now)
}

/// Opens a checked-off step again; for a repeating step, takes back today's check-off.
pub(crate) fn undo_step(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    today: NaiveDate,
    step_id: Uuid,
) -> Result<(), StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.repeat.is_some() {
        return undo_occurrence(conn, sealer, now, step_id, today);
    }
    if step.done_at.is_none() {
        return Err(StegvisError::conflict(ConflictReason::StepNotDone));
    }
    db::set_step_done(conn, sealer, step_id, None, now)
}

/// Moves a step to `position` (1 is first) and renumbers the others.
pub(crate) fn move_step(
    conn: &Connection,
    sealer: &Sealer,
    step_id: Uuid,
    position: u32,
) -> Result<Uuid, StegvisError> {
    let (step, goal) = step_and_active_goal(conn, sealer, step_id)?;
    let mut order: Vec<Uuid> = db::steps_of_goal(conn, sealer, goal.id)?
        .into_iter()
        .map(|s| s.id)
        .filter(|id| *id != step.id)
        .collect();
    let max = order.len() as i64 + 1;
    let to = validate::in_range(i64::from(position), Field::Position, 1, max)? as usize;
    order.insert(to - 1, step.id);
    db::set_positions(conn, sealer, &order)?;
    Ok(goal.id)
}

pub(crate) fn save_problem_solving(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    today: NaiveDate,
    step_id: Uuid,
    input: &ProblemSolvingInput,
) -> Result<Uuid, StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.done_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::StepAlreadyDone));
    }
    let id = solve::insert(conn, sealer, step_id, input, today, now)?;
    db::touch_step(conn, sealer, step_id, now)?;
    Ok(id)
}

pub(crate) fn complete_follow_up(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    id: Uuid,
    answer: &solve::LookBackInput,
) -> Result<(), StegvisError> {
    let step_id = solve::complete_follow_up(conn, sealer, id, answer, now)?;
    db::touch_step(conn, sealer, step_id, now)
}

/// Another idea from the same plan, on a step that is still open on an active goal.
pub(crate) fn try_next_option(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    today: NaiveDate,
    from: Uuid,
    next: &solve::NextTry,
) -> Result<Uuid, StegvisError> {
    let plan = solve::load(conn, sealer, from)?;
    let step_id = validate::id(&plan.step_id)?;
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.done_at.is_some() {
        return Err(StegvisError::conflict(ConflictReason::StepAlreadyDone));
    }
    let id = solve::try_option(conn, sealer, &plan, step_id, next, today, now)?;
    db::touch_step(conn, sealer, step_id, now)?;
    Ok(id)
}

/// Records that a repeating step was done on `date` (not after `today`). Checking a
/// day already checked is idempotent: the first check-off stands, nothing is written,
/// and `false` says so.
pub(crate) fn check_off_occurrence(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    today: NaiveDate,
    step_id: Uuid,
    date: NaiveDate,
) -> Result<bool, StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.repeat.is_none() {
        return Err(StegvisError::conflict(ConflictReason::StepNotRepeating));
    }
    if date > today {
        return Err(StegvisError::invalid(
            Field::OccurrenceDate,
            InvalidReason::InFuture,
        ));
    }
    if !occurrences::for_step(conn, sealer, step_id, date, date)?.is_empty() {
        return Ok(false);
    }
    occurrences::insert(conn, sealer, step_id, date, now)?;
    db::touch_step(conn, sealer, step_id, now)?;
    Ok(true)
}

/// Takes back the check-off of one day; every other day and the step stay as they
/// were. A day not checked off is a typed conflict, so a mistaken date is noticed.
pub(crate) fn undo_occurrence(
    conn: &Connection,
    sealer: &Sealer,
    now: DateTime<Utc>,
    step_id: Uuid,
    date: NaiveDate,
) -> Result<(), StegvisError> {
    let (step, _) = step_and_active_goal(conn, sealer, step_id)?;
    if step.repeat.is_none() {
        return Err(StegvisError::conflict(ConflictReason::StepNotRepeating));
    }
    let found = occurrences::for_step(conn, sealer, step_id, date, date)?;
    if found.is_empty() {
        return Err(StegvisError::conflict(ConflictReason::StepNotDone));
    }
    for occ in found {
        occurrences::delete(conn, occ.id)?;
    }
    db::touch_step(conn, sealer, step_id, now)
}
