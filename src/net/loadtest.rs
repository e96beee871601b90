//! `portsmouth loadtest`: a class of protocol clients against a running class server. Makes
//! N tables with two outside-agent seats each through the teacher API, plays all 2N seats to
//! the end at once, and reports games finished, each move's round trip (sent → the server's
//! `ActionDone` for it) and, when the server runs on this machine, its CPU time over the run
//! and its peak memory.

pub mod http;
pub mod player;
pub mod process;

use self::http::Server;
use self::player::{PlayOptions, SeatReport};
use crate::i18n::Lang;
use crate::tr;
use serde::Serialize;
use std::time::{Duration, Instant};

const TABLES_PER_REQUEST: usize = 50;

/// What to run.
#[derive(Clone, Debug)]
pub struct Options {
    /// The server: `http://HOST:PORT` (or `ws://HOST:PORT/ws`, or `HOST:PORT`).
    pub url: String,
    pub tables: usize,
    /// The teacher's key.
    pub key: String,
    pub scenario: String,
    /// One seed for every table; the server draws one per table when `None`.
    pub seed: Option<u64>,
    /// The server's process id, when it is known; else found by the port when local.
    pub pid: Option<u32>,
}

/// What the run measured. `None`: not known (a server on another machine).
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Report {
    pub tables: usize,
    /// Tables whose both players saw the talks end.
    pub finished: usize,
    /// Moves acknowledged, both sides of every table.
    pub moves: usize,
    /// Moves the server refused (each followed by a pass).
    pub refused: usize,
    pub p50_ms: f64,
    pub p99_ms: f64,
    pub max_ms: f64,
    /// Wall-clock time from the first table made to the last game over.
    pub seconds: f64,
    /// The server's CPU time (user + system) during the run.
    pub cpu_seconds: Option<f64>,
    /// The server's peak resident memory since it started (VmHWM).
    pub peak_mb: Option<f64>,
    pub server_pid: Option<u32>,
    /// Players that stopped before the end, with the first reason: in English, for
    /// programs reading `--json`.
    pub failed_seats: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_failure: Option<String>,
    /// The same reason, to be worded for people in their language (`text_in`).
    #[serde(skip)]
    pub first_failure_reason: Option<player::Failure>,
}

/// The teacher's key of the class kept in `dir` (the server's `--dir`), read from its
/// database without changing it: for a load test on the server's own machine, where the key
/// need not be copied from the server's output. The server keeps it in `class.sqlite`'s
/// `settings` table under `teacher_key`.
/// What is wrong is said in `lang`.
pub fn key_from_class_dir(dir: &std::path::Path, lang: Lang) -> Result<String, String> {
    let path = dir.join("class.sqlite");
    let shown = path.display().to_string();
    let problem = |e: rusqlite::Error| {
        tr!(
            lang,
            "cli-loadtest-cannot-read-key",
            path = shown.as_str(),
            error = e.to_string()
        )
    };
    if !path.is_file() {
        return Err(tr!(lang, "cli-loadtest-no-database", path = shown.as_str()));
    }
    let db =
        rusqlite::Connection::open_with_flags(&path, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(problem)?;
    db.busy_timeout(Duration::from_secs(5)).map_err(problem)?;
    db.query_row("SELECT value FROM settings WHERE key = 'teacher_key'", [], |row| {
        row.get(0)
    })
    .map_err(problem)
}

#[derive(Debug, thiserror::Error)]
pub enum LoadtestError {
    #[error(transparent)]
    Http(#[from] http::HttpError),
    #[error("the server made {made} tables of the {asked} asked for")]
    TooFewTables { made: usize, asked: usize },
    #[error("table {0} came without the tokens of its two agent seats")]
    NoTokens(u64),
    #[error("--tables must be at least 1")]
    NoTables,
}

impl LoadtestError {
    /// The error in `lang` (its English is the Display's).
    pub fn render_in(&self, lang: Lang) -> String {
        match self {
            LoadtestError::Http(e) => e.render_in(lang),
            LoadtestError::TooFewTables { made, asked } => tr!(
                lang,
                "cli-loadtest-too-few-tables",
                made = made.to_string(),
                asked = asked.to_string()
            ),
            LoadtestError::NoTokens(table) => tr!(lang, "cli-loadtest-no-tokens", table = table.to_string()),
            LoadtestError::NoTables => tr!(lang, "cli-loadtest-no-tables"),
        }
    }
}

/// Runs the load test against a server that is already running.
pub async fn run(options: &Options) -> Result<Report, LoadtestError> {
    if options.tables == 0 {
        return Err(LoadtestError::NoTables);
    }
    let server = Server::parse(&options.url)?;
    let pid = options.pid.or_else(|| {
        server
            .is_loopback()
            .then(|| process::pid_listening_on(server.port))
            .flatten()
    });
    let before = pid.and_then(process::usage);
    let started = Instant::now();
    let agent = serde_json::json!({ "kind": "agent" });
    let mut tables = Vec::with_capacity(options.tables);
    while tables.len() < options.tables {
        // The teacher API makes at most 60 tables a request.
        let count = (options.tables - tables.len()).min(TABLES_PER_REQUEST);
        let made = server
            .create_tables(
                &options.key,
                &options.scenario,
                options.seed,
                agent.clone(),
                agent.clone(),
                count,
            )
            .await?;
        if made.is_empty() {
            break;
        }
        tables.extend(made);
    }
    if tables.len() != options.tables {
        return Err(LoadtestError::TooFewTables {
            made: tables.len(),
            asked: options.tables,
        });
    }
    let ws_url = server.ws_url();
    let mut players = tokio::task::JoinSet::new();
    for table in &tables {
        let (Some(japan), Some(russia)) = (table.tokens.get("Japan"), table.tokens.get("Russia")) else {
            return Err(LoadtestError::NoTokens(table.id));
        };
        for token in [japan.clone(), russia.clone()] {
            let (id, ws_url) = (table.id, ws_url.clone());
            players.spawn(async move { (id, player::play(&ws_url, &token, &PlayOptions::default()).await) });
        }
    }
    let mut seats: Vec<(u64, SeatReport)> = Vec::new();
    while let Some(joined) = players.join_next().await {
        match joined {
            Ok(seat) => seats.push(seat),
            Err(e) => seats.push((
                0,
                SeatReport {
                    error: Some(player::Failure::Crashed(e.to_string())),
                    ..SeatReport::default()
                },
            )),
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let after = pid.and_then(process::usage);
    Ok(summarise(options.tables, &seats, seconds, pid, before, after))
}

fn summarise(
    tables: usize,
    seats: &[(u64, SeatReport)],
    seconds: f64,
    pid: Option<u32>,
    before: Option<process::Usage>,
    after: Option<process::Usage>,
) -> Report {
    let mut round_trips: Vec<Duration> = seats.iter().flat_map(|(_, s)| s.round_trips.iter().copied()).collect();
    round_trips.sort_unstable();
    // Microseconds, hundredths of a CPU second, tenths of a MB: more digits would be noise.
    let ms = |d: Option<&Duration>| d.map_or(0.0, |d| round(d.as_secs_f64() * 1000.0, 3));
    let mut finished_tables: Vec<u64> = seats
        .iter()
        .filter(|(_, s)| s.finished.is_some())
        .map(|(id, _)| *id)
        .collect();
    finished_tables.sort_unstable();
    // A table is finished when both its players saw the end.
    let finished = finished_tables.windows(2).filter(|pair| pair[0] == pair[1]).count();
    let failures: Vec<&player::Failure> = seats.iter().filter_map(|(_, s)| s.error.as_ref()).collect();
    Report {
        tables,
        finished,
        moves: seats.iter().map(|(_, s)| s.own_moves).sum(),
        refused: seats.iter().map(|(_, s)| s.refused).sum(),
        p50_ms: ms(percentile(&round_trips, 0.50)),
        p99_ms: ms(percentile(&round_trips, 0.99)),
        max_ms: ms(round_trips.last()),
        seconds: round(seconds, 3),
        cpu_seconds: before.zip(after).map(|(b, a)| round(a.cpu_seconds - b.cpu_seconds, 2)),
        peak_mb: after.map(|a| round(a.peak_mb, 1)),
        server_pid: pid,
        failed_seats: failures.len(),
        first_failure: failures.first().map(|f| f.to_string()),
        first_failure_reason: failures.first().map(|&f| f.clone()),
    }
}

fn round(value: f64, places: i32) -> f64 {
    let scale = 10f64.powi(places);
    (value * scale).round() / scale
}

/// The nearest-rank percentile of sorted values (`p` from 0 to 1).
pub fn percentile<T>(sorted: &[T], p: f64) -> Option<&T> {
    if sorted.is_empty() {
        return None;
    }
    let rank = (p * sorted.len() as f64).ceil() as usize;
    sorted.get(rank.clamp(1, sorted.len()) - 1)
}

impl Report {
    /// The report for people, one figure a line.
    pub fn text(&self) -> String {
        self.text_in(Lang::English)
    }

    /// The report for people in `lang`. The figures go in written, so that every language
    /// shows them alike; the first failure's reason is in `lang` too, but for what the server
    /// or the network said, quoted as they said it.
    pub fn text_in(&self, lang: Lang) -> String {
        let two = |v: f64| format!("{v:.2}");
        let unknown = || tr!(lang, "cli-loadtest-report-unknown");
        let cpu = self
            .cpu_seconds
            .map_or_else(unknown, |v| tr!(lang, "cli-loadtest-report-seconds", seconds = two(v)));
        let memory = self.peak_mb.map_or_else(unknown, |v| {
            tr!(lang, "cli-loadtest-report-megabytes", megabytes = two(v))
        });
        let tables = self.tables.to_string();
        let lines = [
            tr!(lang, "cli-loadtest-report-tables", tables = tables.as_str()),
            tr!(
                lang,
                "cli-loadtest-report-finished",
                finished = self.finished.to_string(),
                tables = tables.as_str()
            ),
            tr!(
                lang,
                "cli-loadtest-report-moves",
                moves = self.moves.to_string(),
                refused = self.refused.to_string()
            ),
            tr!(
                lang,
                "cli-loadtest-report-round-trip",
                p50 = two(self.p50_ms),
                p99 = two(self.p99_ms),
                max = two(self.max_ms)
            ),
            tr!(lang, "cli-loadtest-report-wall-time", seconds = two(self.seconds)),
            tr!(lang, "cli-loadtest-report-cpu", value = cpu),
            tr!(lang, "cli-loadtest-report-memory", value = memory),
        ];
        let mut text = String::new();
        for line in lines {
            text.push_str(&line);
            text.push('\n');
        }
        let failure = match &self.first_failure_reason {
            Some(reason) => Some(reason.in_lang(lang)),
            None => self.first_failure.clone(),
        };
        if let Some(failure) = failure {
            text.push_str(&tr!(
                lang,
                "cli-loadtest-report-stopped",
                count = self.failed_seats.to_string(),
                failure = failure
            ));
            text.push('\n');
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank() {
        let values: Vec<u32> = (1..=100).collect();
        assert_eq!(percentile(&values, 0.50), Some(&50));
        assert_eq!(percentile(&values, 0.99), Some(&99));
        assert_eq!(percentile(&values, 1.0), Some(&100));
        assert_eq!(percentile(&[7], 0.99), Some(&7));
        assert_eq!(percentile::<u32>(&[], 0.5), None);
    }

    #[test]
    fn a_table_counts_as_finished_when_both_players_saw_the_end() {
        let done = |ms: u64| SeatReport {
            finished: Some(("Treaty".into(), 0.6)),
            round_trips: vec![Duration::from_millis(ms)],
            own_moves: 1,
            ..SeatReport::default()
        };
        let lost = SeatReport {
            error: Some(player::Failure::Lost(player::Loss::Closed)),
            ..SeatReport::default()
        };
        let seats = vec![(1, done(2)), (1, done(4)), (2, done(3)), (2, lost)];
        let report = summarise(2, &seats, 1.0, None, None, None);
        assert_eq!((report.finished, report.moves, report.failed_seats), (1, 3, 1));
        assert_eq!((report.p50_ms, report.p99_ms), (3.0, 4.0));
        assert_eq!(report.cpu_seconds, None);
        assert!(report.text().contains("unknown"));
        assert_eq!(
            report.text(),
            "tables: 2\ngames finished: 1 of 2\nmoves: 3 (0 refused)\nround trip: p50 3.00 ms, p99 4.00 ms, max 4.00 ms\n\
             wall time: 1.00 s\nserver CPU time: unknown (the server is not on this machine)\n\
             server peak memory: unknown (the server is not on this machine)\n\
             players stopped early: 1 (first: connection lost: closed)\n"
        );
        let full = Report {
            cpu_seconds: Some(0.5),
            peak_mb: Some(12.25),
            ..report.clone()
        };
        assert!(
            full.text()
                .contains("server CPU time: 0.50 s\nserver peak memory: 12.25 MB\n")
        );
        let japanese = full.text_in(Lang::Japanese);
        assert!(japanese.contains("終わったゲーム：2 ゲーム中 1"), "{japanese}");
        assert!(!japanese.contains("tables"), "{japanese}");
        assert!(japanese.contains("接続が切れました（閉じられました）"), "{japanese}");
        assert!(!japanese.contains("connection lost"), "{japanese}");
    }

    #[test]
    fn a_failure_is_english_for_programs_and_worded_for_people() {
        use player::{Failure, Loss};
        let seats = vec![(
            1,
            SeatReport {
                error: Some(Failure::Lost(Loss::ClosedByServer)),
                ..SeatReport::default()
            },
        )];
        let report = summarise(1, &seats, 1.0, None, None, None);
        // `--json` is an API: its reason stays English whatever the language.
        let json = serde_json::to_string(&report).unwrap();
        assert!(
            json.contains(r#""first_failure":"connection lost: closed by the server""#),
            "{json}"
        );
        assert!(!json.contains("first_failure_reason"), "{json}");
        let russian = report.text_in(Lang::Russian);
        assert!(
            russian.contains("соединение потеряно: сервер закрыл соединение"),
            "{russian}"
        );
        let danish = report.text_in(Lang::Danish);
        assert!(
            danish.contains("forbindelsen blev afbrudt: lukket af serveren"),
            "{danish}"
        );
        // Every failure has words in every language: none left in English but what the
        // server or the network said.
        let failures = [
            Failure::CannotConnect {
                url: "ws://h/ws".into(),
                reason: "refused".into(),
            },
            Failure::Silent(Duration::from_secs(60)),
            Failure::Lost(Loss::Closed),
            Failure::Lost(Loss::DroppedOnPurpose),
            Failure::UnknownFrame {
                reason: "eof".into(),
                frame: "{".into(),
            },
            Failure::TurnBeforeSettings,
            Failure::PassRefused {
                kind: "refused".into(),
                message: "no".into(),
            },
            Failure::SeatTaken("gone".into()),
            Failure::Crashed("panic".into()),
        ];
        for failure in &failures {
            let english = failure.to_string();
            for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
                let worded = failure.in_lang(lang);
                assert_ne!(worded, english, "{lang:?}: {worded}");
            }
        }
        assert_eq!(failures[1].to_string(), "the server said nothing for 60.0 s");
    }
}
