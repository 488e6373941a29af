//! The IMR Scale part: the self-ratings made in the period, each topic in the scale's
//! order, with the total of the topics rated. Built from plain input so it does not
//! depend on how ratings are stored.

use chrono::NaiveDate;

use super::period::Period;
use crate::l10n::Localizer;
use crate::progress::{ScalePoint, ScaleSummary, ScaleTopicName};

/// One self-rating: its day and (topic key, 1 to 5) for the topics rated.
pub type Rating = (NaiveDate, Vec<(String, u8)>);

/// `topics`: the scale's topics in order, as (key, localized name). Ratings outside
/// the period are left out; the rest are listed oldest first. A rating for a key not
/// among `topics` is ignored rather than shown under another topic.
pub fn scale_summary(
    ratings: &[Rating],
    topics: &[(String, String)],
    period: &Period,
    loc: &Localizer,
) -> ScaleSummary {
    let mut points: Vec<ScalePoint> = ratings
        .iter()
        .filter(|(date, _)| period.contains(*date))
        .map(|(date, given)| {
            let items: Vec<Option<u8>> = topics
                .iter()
                .map(|(key, _)| given.iter().find(|(k, _)| k == key).map(|(_, v)| *v))
                .collect();
            let total = items.iter().flatten().map(|v| u32::from(*v)).sum();
            let answered = items.iter().flatten().count() as u32;
            ScalePoint {
                date: date.to_string(),
                label: loc.day_month_year(*date),
                total,
                answered,
                complete: answered as usize == topics.len(),
                total_label: crate::progress::scale::total_label(loc, total, answered),
                items,
            }
        })
        .collect();
    points.sort_by(|a, b| a.date.cmp(&b.date));
    ScaleSummary {
        topics: topics
            .iter()
            .map(|(key, name)| ScaleTopicName {
                key: key.clone(),
                name: name.clone(),
            })
            .collect(),
        points,
        max_total: topics.len() as u32 * u32::from(crate::progress::scale::SCALE_MAX),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::l10n::Lang;

    fn d(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn points_in_the_period_in_topic_order_with_totals() {
        let topics: Vec<(String, String)> = ["knowledge", "family", "social"]
            .iter()
            .map(|k| (k.to_string(), k.to_uppercase()))
            .collect();
        let rate = |date, pairs: &[(&str, u8)]| {
            (
                d(date),
                pairs.iter().map(|(k, v)| (k.to_string(), *v)).collect(),
            )
        };
        let ratings = vec![
            rate(
                "2026-09-02",
                &[("social", 4), ("knowledge", 3), ("family", 2)],
            ),
            rate(
                "2026-06-03",
                &[("knowledge", 2), ("social", 1), ("nonsense", 5)],
            ),
            rate("2026-01-10", &[("knowledge", 5)]),
        ];
        let period = Period {
            from: d("2026-06-01"),
            to: d("2026-11-30"),
        };
        let s = scale_summary(&ratings, &topics, &period, &Localizer::new(Lang::En));
        assert_eq!(s.topics.len(), 3);
        assert_eq!(s.points.len(), 2);
        assert_eq!(s.points[0].date, "2026-06-03");
        assert_eq!(s.points[0].items, vec![Some(2), None, Some(1)]);
        assert_eq!((s.points[0].total, s.points[0].answered), (3, 2));
        assert_eq!(s.points[1].items, vec![Some(3), Some(2), Some(4)]);
        assert_eq!((s.points[1].total, s.points[1].answered), (9, 3));
        assert_eq!(s.points[1].label, "2 September 2026");
    }
}
