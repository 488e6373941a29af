//! The relapse-prevention plan and its versions.

use super::{Companion, Inner};
use crate::error::{Entity, Result, StegvisError};
use crate::plan::{self, Plan, PlanEdit, PlanVersionSummary, PlanView};
use crate::signs;

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// The current plan, every section shown.
    pub fn plan_view(&self) -> Result<PlanView> {
        self.plan_view_of(None)
    }

    /// An earlier version of the plan.
    pub fn plan_version(&self, version: u32) -> Result<PlanView> {
        self.plan_view_of(Some(version))
    }

    /// Every saved version, newest first.
    pub fn plan_history(&self) -> Result<Vec<PlanVersionSummary>> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(plan::db::all(tx, sealer)?
                .iter()
                .map(|v| plan::views::summary(v, zone, &loc))
                .collect())
        })
    }

    /// The current plan as data, for an editor.
    pub fn plan(&self) -> Result<Plan> {
        let mut inner = self.lock()?;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            Ok(plan::db::current(tx, sealer)?
                .map(|v| v.plan)
                .unwrap_or_default())
        })
    }

    /// Applies the edits together as one new version (none if nothing changed).
    pub fn edit_plan(&self, edits: Vec<PlanEdit>) -> Result<PlanView> {
        let now = self.now();
        {
            let mut inner = self.lock()?;
            let loc = inner.loc;
            let Inner { store, sealer, .. } = &mut *inner;
            store.write(|tx| plan::edit::save(tx, sealer, now, &edits, &loc))?;
        }
        self.plan_view()
    }
}

impl Companion {
    fn plan_view_of(&self, version: Option<u32>) -> Result<PlanView> {
        let mut inner = self.lock()?;
        let loc = inner.loc;
        let zone = inner.zone;
        let Inner { store, sealer, .. } = &mut *inner;
        store.read(|tx| {
            let found = match version {
                None => plan::db::current(tx, sealer)?,
                Some(v) => Some(
                    plan::db::version(tx, sealer, v)?
                        .ok_or(StegvisError::not_found(Entity::PlanVersion))?,
                ),
            };
            let rows = signs::db::list_signs(tx, sealer, true)?;
            let rule_signs = signs::rules::rule_signs(&rows, &loc);
            let names: plan::views::SignNames = rows
                .iter()
                .map(|s| {
                    (
                        s.id,
                        (
                            signs::views::sign_name(&s.body, &loc),
                            s.body.noticed_by_others,
                        ),
                    )
                })
                .collect();
            Ok(plan::views::plan(
                found.as_ref(),
                &names,
                &rule_signs,
                zone,
                &loc,
            ))
        })
    }
}
