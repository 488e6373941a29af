//! Goals, steps and IMR problem solving: one method per thing the person did.

use uuid::Uuid;

use super::{id, Companion, Inner};
use crate::error::Result;
use crate::goals::{actions, db as goals_db, solve, views};
use crate::goals::{
    FollowUpChoice, Goal, GoalDetail, GoalEdit, GoalStatus, LifeArea, LookBackInput,
    LookBackPrompts, NewGoal, NewStep, ProblemSolving, ProblemSolvingInput, SolvePrompts, Step,
    StepEdit,
};
use crate::store::{self, SkipDamaged};
use crate::time::{self, Timestamp};

/// Which goals a list shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum GoalFilter {
    /// Only goals being worked on.
    #[default]
    Active,
    /// Every goal, reached and set-aside ones too.
    All,
}

/// A life area with its localized name, for pickers.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LifeAreaOption {
    pub area: LifeArea,
    pub key: String,
    pub name: String,
}

impl Companion {
    fn goal_view(inner: &mut Inner, now: Timestamp, goal_id: Uuid) -> Result<Goal> {
        Self::goal_detail(inner, now, goal_id, false).map(|d| d.goal)
    }

    /// A goal with progress, and its steps when `with_steps`; one read of each row.
    fn goal_detail(
        inner: &mut Inner,
        now: Timestamp,
        goal_id: Uuid,
        with_steps: bool,
    ) -> Result<GoalDetail> {
        let here = Self::here(inner, now);
        let Inner { store, sealer, .. } = inner;
        store.read(|tx| {
            let row = goals_db::load_goal(tx, sealer, goal_id)?;
            let metas = goals_db::steps_of_goal(tx, sealer, goal_id)?;
            let mut counts = goals_db::GoalStepCount::default();
            for s in &metas {
                counts.add(
                    s.done_at.is_some(),
                    s.repeat.is_some(),
                    store::to_ms(s.last_activity_at),
                );
            }
            let last = metas.iter().map(|s| s.last_activity_at).max();
            let goal = views::goal(&row, counts, last, &here);
            let steps = if with_steps {
                metas
                    .iter()
                    .map(|meta| {
                        let plans = solve::for_step(tx, sealer, meta.id)?;
                        let mut step =
                            views::step_with_plans(meta, meta.open(sealer)?, &row, plans, &here);
                        step.week = views::this_week(tx, sealer, meta, &here)?;
                        Ok(step)
                    })
                    .skip_damaged()?
            } else {
                Vec::new()
            };
            Ok(GoalDetail { goal, steps })
        })
    }

    pub(super) fn step_view(inner: &mut Inner, now: Timestamp, step_id: Uuid) -> Result<Step> {
        let here = Self::here(inner, now);
        let Inner { store, sealer, .. } = inner;
        store.read(|tx| {
            let meta = goals_db::load_step(tx, sealer, step_id)?;
            let goal = goals_db::load_goal(tx, sealer, meta.goal_id)?;
            let body = meta.open(sealer)?;
            let plans = solve::for_step(tx, sealer, step_id)?;
            let mut step = views::step_with_plans(&meta, body, &goal, plans, &here);
            step.week = views::this_week(tx, sealer, &meta, &here)?;
            Ok(step)
        })
    }

    fn solve_view(inner: &mut Inner, now: Timestamp, plan_id: Uuid) -> Result<ProblemSolving> {
        let here = Self::here(inner, now);
        let Inner { store, sealer, .. } = inner;
        store.read(|tx| Ok(solve::load(tx, sealer, plan_id)?.labelled(&here.loc, here.today)))
    }

    fn set_goal_status(&self, goal_id: String, status: GoalStatus) -> Result<Goal> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::set_goal_status(tx, sealer, now, goal_id, status))?;
        Self::goal_view(&mut inner, now, goal_id)
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The life areas with their names, for a picker.
    pub fn life_areas(&self) -> Result<Vec<LifeAreaOption>> {
        let loc = self.lock()?.loc;
        Ok(LifeArea::ALL
            .into_iter()
            .map(|area| LifeAreaOption {
                area,
                key: area.key().to_owned(),
                name: area.name(&loc),
            })
            .collect())
    }

    /// Saves a new goal in the person's own words.
    pub fn add_goal(&self, goal: NewGoal) -> Result<Goal> {
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        let id = store.write(|tx| actions::add_goal(tx, sealer, now, &goal))?;
        Self::goal_view(&mut inner, now, id)
    }

    /// Changes a goal's words, area or stall days.
    pub fn edit_goal(&self, goal_id: String, edit: GoalEdit) -> Result<Goal> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::edit_goal(tx, sealer, now, goal_id, &edit))?;
        Self::goal_view(&mut inner, now, goal_id)
    }

    /// Marks a goal as reached.
    pub fn reach_goal(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::Reached)
    }

    /// Sets a goal aside for now; it can be brought back any time.
    pub fn set_goal_aside(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::SetAside)
    }

    /// Brings a reached or set-aside goal back to active.
    pub fn resume_goal(&self, goal_id: String) -> Result<Goal> {
        self.set_goal_status(goal_id, GoalStatus::Active)
    }

    /// The goals, oldest first, with progress.
    pub fn list_goals(&self, filter: GoalFilter) -> Result<Vec<Goal>> {
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let counts = goals_db::step_counts(tx, sealer)?;
            goals_db::list_goals(tx, sealer, filter == GoalFilter::Active)?
                .iter()
                .map(|row| {
                    let count = counts.get(&row.id).copied().unwrap_or_default();
                    let last = count.last.map(store::from_ms).transpose()?;
                    Ok(views::goal(row, count, last, &here))
                })
                .collect()
        })
    }

    /// One goal with all its steps in order.
    pub fn goal(&self, goal_id: String) -> Result<GoalDetail> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        Self::goal_detail(&mut *self.lock()?, now, goal_id, true)
    }

    /// Adds a step at the end of a goal's list.
    pub fn add_step(&self, goal_id: String, step: NewStep) -> Result<Step> {
        let goal_id = id(&goal_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        let step_id = store.write(|tx| actions::add_step(tx, sealer, now, goal_id, &step))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Changes a step's words, date or home-assignment tag.
    pub fn edit_step(&self, step_id: String, edit: StepEdit) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::edit_step(tx, sealer, now, step_id, &edit))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Checks a step off; for a repeating step, today's occurrence (idempotent).
    pub fn complete_step(&self, step_id: String) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::complete_step(tx, sealer, now, today, step_id))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Opens a checked-off step again; for a repeating step, takes back today's
    /// check-off.
    pub fn undo_step(&self, step_id: String) -> Result<Step> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::undo_step(tx, sealer, now, today, step_id))?;
        Self::step_view(&mut inner, now, step_id)
    }

    /// Moves a step to `position` (1 is first); returns the goal with its new order.
    pub fn move_step(&self, step_id: String, position: u32) -> Result<GoalDetail> {
        let step_id = id(&step_id)?;
        let goal_id = {
            let mut inner = self.lock()?;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| actions::move_step(tx, sealer, step_id, position))?
        };
        self.goal(goal_id.to_string())
    }

    /// The questions of the problem-solving flow, in the person's language.
    pub fn solve_prompts(&self) -> Result<SolvePrompts> {
        Ok(SolvePrompts::new(&self.lock()?.loc))
    }

    /// The two questions for weighing one idea: (what is good, what is hard).
    pub fn solve_weigh_prompts(&self, option: String) -> Result<Vec<String>> {
        let (pros, cons) = SolvePrompts::weigh(&self.lock()?.loc, &option);
        Ok(vec![pros, cons])
    }

    /// Days the person can pick to look back at a plan (tomorrow, in 3 days, a week,
    /// two weeks), with the date to send back in `follow_up_date`.
    pub fn follow_up_choices(&self) -> Result<Vec<FollowUpChoice>> {
        let now = self.now();
        let inner = self.lock()?;
        Ok(solve::follow_up_choices(
            &inner.loc,
            time::local_date(now, inner.zone),
        ))
    }

    /// Saves a problem-solving plan for an open step; its follow-up shows in today.
    pub fn save_problem_solving(
        &self,
        step_id: String,
        plan: ProblemSolvingInput,
    ) -> Result<ProblemSolving> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        let plan_id = store
            .write(|tx| actions::save_problem_solving(tx, sealer, now, today, step_id, &plan))?;
        Self::solve_view(&mut inner, now, plan_id)
    }

    /// One plan in full: problem, ideas with what is good and hard, the chosen one,
    /// the first action, the day to look back and, once done, how it went.
    pub fn problem_solving(&self, problem_solving_id: String) -> Result<ProblemSolving> {
        let plan_id = id(&problem_solving_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        Self::solve_view(&mut inner, now, plan_id)
    }

    /// The plans made for a step, oldest first.
    pub fn problem_solving_for_step(&self, step_id: String) -> Result<Vec<ProblemSolving>> {
        let step_id = id(&step_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let here = Self::here(&inner, now);
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            goals_db::load_step(tx, sealer, step_id)?;
            Ok(solve::for_step(tx, sealer, step_id)?
                .into_iter()
                .map(|p| p.labelled(&here.loc, here.today))
                .collect())
        })
    }

    /// The person looked back at a plan without saying how it went: its follow-up
    /// leaves the today view. Shells that can ask should use [`Companion::look_back`].
    pub fn complete_follow_up(&self, problem_solving_id: String) -> Result<ProblemSolving> {
        self.look_back(problem_solving_id, LookBackInput::default())
    }

    /// The person looked back at a plan: how it went (helped, partly, not yet) and a
    /// note are kept with the plan, and its follow-up leaves the today view. The plan
    /// returned names the idea to offer next (`next_option`), for
    /// [`Companion::try_next_option`], or the shell offers a new plan.
    pub fn look_back(
        &self,
        problem_solving_id: String,
        answer: LookBackInput,
    ) -> Result<ProblemSolving> {
        let plan_id = id(&problem_solving_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.write(|tx| actions::complete_follow_up(tx, sealer, now, plan_id, &answer))?;
        Self::solve_view(&mut inner, now, plan_id)
    }

    /// Tries another idea (`option`, 1 is the first) from a plan: a new plan for the
    /// same step and problem with its own first action and day to look back
    /// (`YYYY-MM-DD`). The earlier plan stays as it was. Trying the same idea again
    /// is allowed: "not yet" can mean "once more".
    pub fn try_next_option(
        &self,
        problem_solving_id: String,
        option: u32,
        first_action: String,
        follow_up_date: String,
    ) -> Result<ProblemSolving> {
        let from = id(&problem_solving_id)?;
        let now = self.now();
        let mut inner = self.lock()?;
        let today = time::local_date(now, inner.zone);
        let Inner { store, sealer, .. } = &mut *inner;
        let next = solve::NextTry {
            option,
            first_action,
            follow_up_date,
        };
        let plan_id =
            store.write(|tx| actions::try_next_option(tx, sealer, now, today, from, &next))?;
        Self::solve_view(&mut inner, now, plan_id)
    }

    /// The look-back's question and answers, in the person's language.
    pub fn look_back_prompts(&self) -> Result<LookBackPrompts> {
        Ok(LookBackPrompts::new(&self.lock()?.loc))
    }
}
