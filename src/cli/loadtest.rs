//! `portsmouth loadtest`: a class of protocol clients against a running class server (the
//! work is in `portsmouth::net::loadtest`).

use super::out::{out, outln};
use portsmouth::i18n::Lang;
use portsmouth::net::loadtest::{self, Options};
use portsmouth::tr;

#[derive(clap::Args)]
pub struct Args {
    /// The class server: http://HOST:PORT (ws://HOST:PORT/ws and HOST:PORT work too)
    #[arg(long)]
    url: String,
    /// Tables to open, each with two outside-agent seats played by the load test
    #[arg(long, default_value_t = 10)]
    tables: usize,
    /// The teacher's key (printed by `portsmouth serve` in the dashboard link); else the
    /// environment variable PORTSMOUTH_TEACHER_KEY, else read from --dir
    #[arg(long)]
    key: Option<String>,
    /// The server's class folder (its --dir), to read the teacher's key from its database
    /// when the server runs on this machine
    #[arg(long)]
    dir: Option<std::path::PathBuf>,
    /// Scenario id on the server
    #[arg(long, default_value = "portsmouth-1905")]
    scenario: String,
    /// One seed for every table (default: the server draws one per table)
    #[arg(long)]
    seed: Option<u64>,
    /// The server's process id, to measure it (default: the process listening on the port,
    /// when the server is on this machine)
    #[arg(long)]
    pid: Option<u32>,
    /// Print one JSON line instead of the text report
    #[arg(long)]
    json: bool,
}

pub fn run(args: Args, lang: Lang) -> Result<(), String> {
    let given = args.key.or_else(|| std::env::var("PORTSMOUTH_TEACHER_KEY").ok());
    let key = match (given, &args.dir) {
        (Some(key), _) if !key.trim().is_empty() => key.trim().to_string(),
        (_, Some(dir)) => loadtest::key_from_class_dir(dir, lang)?,
        _ => {
            return Err(super::with_help(
                tr!(lang, "cli-loadtest-no-key"),
                tr!(lang, "cli-loadtest-no-key-help"),
            ));
        }
    };
    let options = Options {
        url: args.url,
        tables: args.tables,
        key,
        scenario: args.scenario,
        seed: args.seed,
        pid: args.pid,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| tr!(lang, "cli-loadtest-no-runtime", error = e.to_string()))?;
    let report = runtime
        .block_on(loadtest::run(&options))
        .map_err(|e| e.render_in(lang))?;
    if args.json {
        outln!("{}", serde_json::to_string(&report).map_err(|e| e.to_string())?);
    } else {
        out!("{}", report.text_in(lang));
    }
    if report.finished < report.tables {
        return Err(tr!(
            lang,
            "cli-loadtest-unfinished",
            unfinished = report.tables - report.finished,
            games = report.tables
        ));
    }
    Ok(())
}
