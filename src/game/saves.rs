//! The saves folder: one autosave per game (each named `autosave-….ron`, never written over
//! by another game), the player's named saves beside them, the list newest first, and the
//! pruning that keeps the newest autosaves and never touches a named save.

use crate::engine::agents::AgentSpec;
use crate::engine::play::side::Side;
use crate::engine::records::save::{Outcome, Seat};
use crate::engine::scenario::Scenario;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

/// How many autosaves are kept: the newest; older ones are deleted. Named saves are never.
pub const AUTOSAVES_KEPT: usize = 30;

const AUTOSAVE_PREFIX: &str = "autosave";

/// A `.ron` file in the saves folder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SavedFile {
    pub path: PathBuf,
    pub modified: SystemTime,
    pub autosave: bool,
}

/// Whether a save is an autosave (the game's, named by it) rather than one the player named.
pub fn is_autosave(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with(AUTOSAVE_PREFIX))
}

/// The saves in `dir`, newest first (by the time each was written).
pub fn saves_in(dir: &Path) -> Vec<SavedFile> {
    let mut found: Vec<SavedFile> = std::fs::read_dir(dir)
        .map(|d| {
            d.filter_map(|e| e.ok())
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ron") && p.is_file())
                .map(|path| SavedFile {
                    modified: path.metadata().and_then(|m| m.modified()).unwrap_or(UNIX_EPOCH),
                    autosave: is_autosave(&path),
                    path,
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort_by(|a, b| b.modified.cmp(&a.modified).then_with(|| b.path.cmp(&a.path)));
    found
}

/// The newest autosave in `dir`: the game last played.
pub fn newest_autosave(dir: &Path) -> Option<PathBuf> {
    saves_in(dir).into_iter().find(|s| s.autosave).map(|s| s.path)
}

fn stamp_millis() -> u128 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis())
}

/// A new autosave's path in `dir`, named by the time and not yet taken.
pub fn new_autosave_path(dir: &Path) -> PathBuf {
    free_path(dir, &format!("{AUTOSAVE_PREFIX}-{}", stamp_millis()))
}

/// `dir/stem.ron`, or `dir/stem-2.ron` and so on if that is taken (two games started in the
/// same millisecond, or two saves under one name, keep a file each).
fn free_path(dir: &Path, stem: &str) -> PathBuf {
    let first = dir.join(format!("{stem}.ron"));
    if !first.exists() {
        return first;
    }
    (2..)
        .map(|n| dir.join(format!("{stem}-{n}.ron")))
        .find(|p| !p.exists())
        .expect("some number is free")
}

/// Where a save named `name` is written: its name in lower-case letters, digits and
/// hyphens (never beginning `autosave`, so it is never taken for one and pruned).
pub fn named_save_path(dir: &Path, name: &str) -> PathBuf {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.len() >= 48 {
            break;
        }
    }
    let slug = slug.trim_end_matches('-');
    let stem = if slug.is_empty() || slug.starts_with(AUTOSAVE_PREFIX) {
        format!("save-{slug}")
    } else {
        slug.to_string()
    };
    free_path(dir, stem.trim_end_matches('-'))
}

/// Deletes all but the newest `keep` autosaves in `dir` (never `current`, the game being
/// played, and never a named save). Returns the files deleted.
pub fn prune_autosaves(dir: &Path, keep: usize, current: Option<&Path>) -> Vec<PathBuf> {
    let mut deleted = Vec::new();
    for old in saves_in(dir).into_iter().filter(|s| s.autosave).skip(keep) {
        if current.is_some_and(|c| c == old.path) {
            continue;
        }
        if std::fs::remove_file(&old.path).is_ok() {
            deleted.push(old.path);
        }
    }
    deleted
}

/// A computer delegation in a word a student knows: its level's label ("Steady"), "1905"
/// for the historical moves, else the agent's own name.
pub fn computer_label(scenario: &Scenario, spec: &AgentSpec) -> String {
    match spec {
        AgentSpec::DelegateAt(id) => scenario
            .difficulties
            .iter()
            .find(|d| &d.id == id)
            .map_or_else(|| id.clone(), |d| d.label.clone()),
        AgentSpec::Historical => "1905".to_string(),
        other => other.to_string(),
    }
}

/// Who played whom, in words: "You as Komura v Witte (Steady computer)", "Hot-seat: two
/// players (Komura v Witte)", "Computer v computer (Steady Komura v Steady Witte)". The
/// players' own names, when they gave them, stand for "You".
pub fn matchup(l: crate::i18n::Lang, scenario: &Scenario, seats: &[Seat; 2], players: Option<&str>) -> String {
    use crate::tr;
    let title = |side: Side| scenario.party(side).player_title.clone();
    let who = players
        .map(crate::engine::records::save::clean_name)
        .filter(|p| !p.is_empty());
    match seats {
        [Seat::Human, Seat::Human] => match who {
            Some(who) => tr!(
                l,
                "saves-hot-seat-named",
                players = who,
                japan = title(Side::Japan),
                russia = title(Side::Russia)
            ),
            None => tr!(
                l,
                "saves-hot-seat",
                japan = title(Side::Japan),
                russia = title(Side::Russia)
            ),
        },
        [Seat::Computer(japan), Seat::Computer(russia)] => tr!(
            l,
            "saves-computers",
            japan_level = computer_label(scenario, japan),
            japan = title(Side::Japan),
            russia_level = computer_label(scenario, russia),
            russia = title(Side::Russia)
        ),
        [Seat::Human, Seat::Computer(spec)] | [Seat::Computer(spec), Seat::Human] => {
            let human = if seats[0] == Seat::Human {
                Side::Japan
            } else {
                Side::Russia
            };
            let (us, them, level) = (title(human), title(human.other()), computer_label(scenario, spec));
            match who {
                Some(who) => tr!(
                    l,
                    "saves-against-computer-named",
                    players = who,
                    us = us,
                    them = them,
                    level = level
                ),
                None => tr!(l, "saves-against-computer", us = us, them = them, level = level),
            }
        }
    }
}

/// How a saved game stands, in words for the list of saves.
pub fn outcome_words(l: crate::i18n::Lang, outcome: Outcome) -> String {
    use crate::tr;
    match outcome {
        Outcome::InProgress => tr!(l, "saves-in-progress"),
        Outcome::Signed => tr!(l, "saves-signed"),
        Outcome::BrokeDown => tr!(l, "saves-broke-down"),
    }
}

/// The name the save dialog offers: "Komura v Steady Witte — session 5", or for a
/// finished game how it ended.
pub fn default_name(l: crate::i18n::Lang, session: &crate::game::session::Session) -> String {
    use crate::tr;
    let game = &session.game;
    let scenario = game.scenario();
    let named = |side: Side| {
        let title = scenario.party(side).player_title.clone();
        match &session.seats[side.index()] {
            Seat::Human => title,
            Seat::Computer(spec) => tr!(
                l,
                "saves-default-computer",
                level = computer_label(scenario, spec),
                title = title
            ),
        }
    };
    let first = if session.hot_seat() {
        Side::Japan
    } else {
        session.viewer
    };
    let players = (named(first), named(first.other()));
    match Outcome::of(game) {
        Outcome::InProgress => tr!(
            l,
            "saves-default-name",
            first = players.0,
            second = players.1,
            session = (game.state().session + 1).min(scenario.sessions.len().max(1))
        ),
        done => tr!(
            l,
            "saves-default-name-done",
            first = players.0,
            second = players.1,
            outcome = outcome_words(l, done)
        ),
    }
}

/// When a save was written, in the words a list shows: "Mon 30 Nov 2026, 14:05" in the
/// machine's local time (UTC, said so, where that cannot be found).
pub fn when_saved(l: crate::i18n::Lang, time: SystemTime) -> String {
    let secs = time.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs()) as i64;
    match local_fields(secs) {
        Some(fields) => date_words(l, &fields, false),
        None => date_words(l, &utc_fields(secs), true),
    }
}

/// A date and time in `l`'s words; `utc` says it is UTC rather than local time.
fn date_words(l: crate::i18n::Lang, fields: &Fields, utc: bool) -> String {
    use crate::i18n::{FluentArgs, FluentValue, text_with};
    // The day of the week and the month are the translation's words, chosen by number.
    let mut args = FluentArgs::new();
    args.set("weekday", FluentValue::from(fields.weekday % 7));
    args.set("day", FluentValue::from(fields.day));
    args.set("month", FluentValue::from(fields.month));
    args.set("year", FluentValue::from(fields.year));
    args.set(
        "time",
        FluentValue::from(format!("{:02}:{:02}", fields.hour, fields.minute)),
    );
    let when = text_with(l, "saves-when", &args);
    if utc {
        crate::tr!(l, "saves-when-utc", when = when)
    } else {
        when
    }
}

struct Fields {
    year: i64,
    month: u32,
    day: u32,
    /// 0 = Sunday.
    weekday: u32,
    hour: u32,
    minute: u32,
}

#[cfg(unix)]
fn local_fields(secs: i64) -> Option<Fields> {
    // `time_t` is 32 bits on some targets.
    #[allow(clippy::useless_conversion)]
    let t: libc::time_t = secs.try_into().ok()?;
    // SAFETY: `localtime_r` writes only into the `tm` given; both live on this stack frame.
    let mut tm: libc::tm = unsafe { std::mem::zeroed() };
    let done = unsafe { libc::localtime_r(&t, &mut tm) };
    if done.is_null() {
        return None;
    }
    Some(Fields {
        year: i64::from(tm.tm_year) + 1900,
        month: (tm.tm_mon + 1) as u32,
        day: tm.tm_mday as u32,
        weekday: tm.tm_wday as u32,
        hour: tm.tm_hour as u32,
        minute: tm.tm_min as u32,
    })
}

#[cfg(not(unix))]
fn local_fields(_secs: i64) -> Option<Fields> {
    None
}

/// The civil date and time of a Unix time in UTC (Howard Hinnant's days-to-civil).
fn utc_fields(secs: i64) -> Fields {
    let days = secs.div_euclid(86_400);
    let of_day = secs.rem_euclid(86_400);
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    Fields {
        year,
        month,
        day,
        weekday: (days + 4).rem_euclid(7) as u32,
        hour: (of_day / 3600) as u32,
        minute: (of_day % 3600 / 60) as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utc_dates_are_the_calendar_s() {
        let f = utc_fields(1_788_184_800); // 2026-08-31 14:00 UTC, a Monday
        assert_eq!(
            (f.year, f.month, f.day, f.weekday, f.hour, f.minute),
            (2026, 8, 31, 1, 14, 0)
        );
        let f = utc_fields(0);
        assert_eq!((f.year, f.month, f.day, f.weekday), (1970, 1, 1, 4));
    }

    #[test]
    fn save_dates_read_in_each_language() {
        use crate::i18n::Lang;
        let f = utc_fields(1_788_184_800 + 5 * 60);
        assert_eq!(date_words(Lang::English, &f, false), "Mon 31 Aug 2026, 14:05");
        assert_eq!(date_words(Lang::English, &f, true), "Mon 31 Aug 2026, 14:05 UTC");
        assert_eq!(date_words(Lang::Japanese, &f, false), "2026年8月31日（月）14:05");
        assert_eq!(date_words(Lang::Russian, &f, false), "пн, 31 авг. 2026, 14:05");
        assert_eq!(date_words(Lang::Danish, &f, false), "man. 31. aug. 2026, 14:05");
        let december = utc_fields(0);
        assert_eq!(date_words(Lang::English, &december, false), "Thu 1 Jan 1970, 00:00");
    }

    #[test]
    fn named_saves_never_look_like_autosaves() {
        let dir = Path::new("/nowhere");
        assert_eq!(
            named_save_path(dir, "Komura v Steady Witte — session 5"),
            dir.join("komura-v-steady-witte-session-5.ron")
        );
        assert!(!is_autosave(&named_save_path(dir, "Autosave of mine")));
        assert!(!is_autosave(&named_save_path(dir, "日本")));
        assert!(is_autosave(&new_autosave_path(dir)));
    }
}
