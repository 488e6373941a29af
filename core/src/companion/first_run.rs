//! Whether the app is opened for the first time: every shell greets the person and
//! offers a first goal, first signs and a check-in time only then.

use super::{Companion, GoalFilter};
use crate::error::Result;

/// A first run: nothing of the person's yet. Reached goals, retired signs and
/// stopped medicines count: they were set up before, so the welcome is not shown again.
pub(crate) fn is_first_run(goals: usize, signs: usize, medications: usize) -> bool {
    goals == 0 && signs == 0 && medications == 0
}

#[cfg_attr(feature = "uniffi", uniffi::export(name = "StegvisCompanion"))]
impl Companion {
    /// True while the person has set nothing up (no goal, sign or medicine, ever):
    /// the shell opens with the welcome. Each part of it saves as the person moves
    /// on, so leaving halfway loses nothing, and once anything is kept it is over.
    pub fn is_first_run(&self) -> Result<bool> {
        Ok(is_first_run(
            self.list_goals(GoalFilter::All)?.len(),
            self.list_signs(true)?.len(),
            self.list_medications(true)?.len(),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::is_first_run;

    #[test]
    fn first_run_only_with_nothing_set_up() {
        assert!(is_first_run(0, 0, 0));
        assert!(!is_first_run(1, 0, 0));
        assert!(!is_first_run(0, 2, 0));
        assert!(!is_first_run(0, 0, 1));
    }
}
