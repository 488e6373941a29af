//! The home's model, built from the core's view records without a terminal: what is
//! most urgent, what fits on the screen, and the menu's groups. No ids in any label.

use stegvis_core::{TodayItem, TodayItemKind, TodayView};

use super::fit::{self, HEIGHT, WIDTH};

/// How soon an item needs the person: doses first (a missed dose is the most time
/// bound), then the plan prompt, the check-in, and steps; what is done comes last.
pub fn urgency(kind: TodayItemKind) -> u8 {
    match kind {
        TodayItemKind::DoseMissed => 0,
        TodayItemKind::DoseDue => 1,
        TodayItemKind::PlanPrompt => 2,
        TodayItemKind::CheckinDue => 3,
        TodayItemKind::StepDue => 4,
        TodayItemKind::StepOverdue => 5,
        TodayItemKind::FollowUp => 6,
        TodayItemKind::Refill => 7,
        TodayItemKind::StalledStep => 8,
        TodayItemKind::NextStep => 9,
        TodayItemKind::ScaleDue => 10,
        TodayItemKind::DoseTaken => 11,
    }
}

/// Whether an item needs something now (drawn with a mark).
pub fn is_urgent(kind: TodayItemKind) -> bool {
    urgency(kind) <= urgency(TodayItemKind::StepOverdue)
}

/// Every item of today, most urgent first; the core's order within the same urgency.
pub fn ordered(view: &TodayView) -> Vec<TodayItem> {
    let mut items: Vec<TodayItem> = view
        .sections
        .iter()
        .flat_map(|s| s.items.iter().cloned())
        .collect();
    items.sort_by_key(|i| urgency(i.kind));
    items
}

/// One line for an item: its title, and its detail when there is one.
pub fn label(item: &TodayItem) -> String {
    match &item.detail {
        Some(detail) if !detail.is_empty() => format!("{} · {}", item.title, detail),
        _ => item.title.clone(),
    }
}

/// The lines above the menu: at most `budget`, each within the width, with a
/// localized "N more" line (made by `more`) when some did not fit.
pub fn today_lines(view: &TodayView, budget: usize, more: impl Fn(usize) -> String) -> Vec<String> {
    let items = ordered(view);
    let (shown, hidden) = fit::fit(&items, budget);
    let mut lines: Vec<String> = shown
        .iter()
        .map(|i| {
            let mark = if is_urgent(i.kind) { "!" } else { "•" };
            fit::clip(&format!("  {mark} {}", label(i)), WIDTH)
        })
        .collect();
    if hidden > 0 {
        lines.push(fit::clip(&format!("    {}", more(hidden)), WIDTH));
    }
    lines
}

/// The groups of the main menu, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Area {
    Today,
    Goals,
    Signs,
    Plan,
    Meds,
    Sharing,
    Settings,
    Close,
}

impl Area {
    pub const ALL: [Area; 8] = [
        Area::Today,
        Area::Goals,
        Area::Signs,
        Area::Plan,
        Area::Meds,
        Area::Sharing,
        Area::Settings,
        Area::Close,
    ];

    pub fn label_id(self) -> &'static str {
        match self {
            Area::Today => "home-area-today",
            Area::Goals => "home-area-goals",
            Area::Signs => "home-area-signs",
            Area::Plan => "home-area-plan",
            Area::Meds => "home-area-meds",
            Area::Sharing => "home-area-sharing",
            Area::Settings => "home-area-settings",
            Area::Close => "home-area-close",
        }
    }
}

/// Lines the home needs besides today's items: the title, a line for the last
/// message, a blank line, the menu's question, its entries, and the answer line.
pub const FIXED_LINES: usize = 1 + 1 + 1 + 1 + Area::ALL.len() + 1;

/// How many lines today's items may take on a terminal of `rows` lines: what is left
/// beside the menu, at least 3 (the most urgent ones and "N more"), and never more
/// than on the 24-line terminal the home is made for, so the menu stays in view.
pub fn item_budget(rows: usize) -> usize {
    rows.min(HEIGHT).saturating_sub(FIXED_LINES + 1).max(3)
}

#[cfg(test)]
mod tests {
    use super::*;
    use stegvis_core::{TodaySection, TodaySectionKind};

    fn item(kind: TodayItemKind, title: &str) -> TodayItem {
        TodayItem {
            kind,
            title: title.to_owned(),
            detail: None,
            goal_id: Some("goal-id-123".into()),
            step_id: Some("step-id-456".into()),
            problem_solving_id: None,
            due_date: None,
            medication_id: Some("med-id-789".into()),
            occurrence_id: Some("sched/2026-11-23/08:00".into()),
        }
    }

    fn view(items: Vec<TodayItem>) -> TodayView {
        TodayView {
            date: "2026-11-23".into(),
            title: "Monday 23 November".into(),
            sections: vec![TodaySection {
                kind: TodaySectionKind::Next,
                title: "All".into(),
                items,
            }],
            empty_text: None,
            plan_block: None,
            snooze_choices: Vec::new(),
        }
    }

    #[test]
    fn doses_and_prompts_come_before_steps() {
        let v = view(vec![
            item(TodayItemKind::NextStep, "next"),
            item(TodayItemKind::CheckinDue, "checkin"),
            item(TodayItemKind::DoseTaken, "taken"),
            item(TodayItemKind::PlanPrompt, "plan"),
            item(TodayItemKind::DoseMissed, "missed"),
            item(TodayItemKind::StepDue, "due"),
            item(TodayItemKind::DoseDue, "dose"),
        ]);
        let titles: Vec<String> = ordered(&v).into_iter().map(|i| i.title).collect();
        assert_eq!(
            titles,
            ["missed", "dose", "plan", "checkin", "due", "next", "taken"]
        );
    }

    #[test]
    fn lines_fit_the_budget_with_a_more_line_and_no_ids() {
        let items: Vec<TodayItem> = (0..15)
            .map(|n| item(TodayItemKind::NextStep, &format!("Step {n}")))
            .collect();
        let lines = today_lines(&view(items), 6, |n| format!("{n} more"));
        assert_eq!(lines.len(), 6);
        assert_eq!(lines[5].trim(), "10 more");
        for line in &lines {
            assert!(!line.contains("id-"), "no ids on screen: {line}");
            assert!(!line.contains("sched/"), "no occurrence ids: {line}");
            assert!(line.chars().count() <= WIDTH);
        }
    }

    #[test]
    fn a_long_title_is_clipped_to_the_width() {
        let long = "x".repeat(200);
        let lines = today_lines(&view(vec![item(TodayItemKind::StepDue, &long)]), 5, |n| {
            n.to_string()
        });
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].chars().count(), WIDTH);
    }

    #[test]
    fn the_home_fits_an_80_by_24_terminal() {
        assert!(item_budget(HEIGHT) >= 5, "room for the most urgent items");
        assert!(FIXED_LINES + item_budget(HEIGHT) < HEIGHT);
        assert_eq!(item_budget(100), item_budget(HEIGHT));
        assert_eq!(item_budget(12), 3, "a tiny terminal still shows something");
    }

    #[test]
    fn urgent_items_are_marked() {
        let lines = today_lines(
            &view(vec![
                item(TodayItemKind::DoseMissed, "missed"),
                item(TodayItemKind::NextStep, "next"),
            ]),
            5,
            |n| n.to_string(),
        );
        assert!(lines[0].contains('!'));
        assert!(lines[1].contains('•'));
    }
}
