//! Clock, zones and local dates. Domain code never reads the wall clock: the facade
//! takes `now` from a [`Clock`] so tests and demonstrations can fix it.

mod clock;
mod wall;
mod week;
mod zone;

pub use clock::{Clock, FixedClock, SystemClock};
/// A UTC instant; crosses the FFI as `java.time.Instant` / `Date`.
pub type Timestamp = chrono::DateTime<chrono::Utc>;

pub use wall::{parse_wall_time, resolve};
pub use week::{monday_of, sunday_of, week_bounds};
pub use zone::{
    day_up_to_today, local_date, parse_date, parse_zone, zone_city, ZonePeriod, DATE_FORMAT,
    MAX_YEAR, MIN_YEAR,
};
