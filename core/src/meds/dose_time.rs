//! The time of a dose as the person reads it: in the device's zone, and for a schedule
//! pinned to a home zone while away, both ("02:00 here, 08:00 Oslo time"), so a
//! traveller never has to work out the difference.

use chrono_tz::Tz;

use super::{Occurrence, ZonePolicy};
use crate::l10n::{Args, Localizer};
use crate::time::zone_city;

/// The dose's time in `device`, with the home zone's time when they differ.
pub(crate) fn label(occ: &Occurrence, policy: &ZonePolicy, device: Tz, loc: &Localizer) -> String {
    let here = loc.time(occ.at.with_timezone(&device).time());
    match policy {
        ZonePolicy::Pinned { zone } if here != occ.slot => loc.ta(
            "dose-time-away",
            &Args::new()
                .text("here", here)
                .text("home", occ.slot.clone())
                .text("city", zone_city(zone)),
        ),
        _ => here,
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::l10n::Lang;

    fn occ(slot: &str, hour_utc: u32) -> Occurrence {
        Occurrence {
            id: "s/2026-11-23/08:00".into(),
            medication_id: String::new(),
            schedule_id: String::new(),
            local_date: "2026-11-23".into(),
            slot: slot.into(),
            at: Utc.with_ymd_and_hms(2026, 11, 23, hour_utc, 0, 0).unwrap(),
            status: None,
            taken_at: None,
            snoozed_until: None,
            amount: 1,
        }
    }

    #[test]
    fn a_pinned_dose_away_from_home_shows_both_times() {
        let pinned = ZonePolicy::Pinned {
            zone: "Europe/Oslo".into(),
        };
        let dose = occ("08:00", 7);
        let en = Localizer::new(Lang::En);
        let chicago: Tz = "America/Chicago".parse().unwrap();
        assert_eq!(
            label(&dose, &pinned, chicago, &en),
            "01:00 here, 08:00 Oslo time"
        );
        let nb = Localizer::new(Lang::Nb);
        assert_eq!(
            label(&dose, &pinned, chicago, &nb),
            "01:00 her, 08:00 i Oslo"
        );
        let oslo: Tz = "Europe/Oslo".parse().unwrap();
        assert_eq!(label(&dose, &pinned, oslo, &en), "08:00");
        assert_eq!(label(&dose, &ZonePolicy::FollowDevice, oslo, &en), "08:00");
    }
}
