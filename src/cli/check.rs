//! `portsmouth check`: validate scenario files and say what is in them.

use super::out::{errln, out, outln};
use portsmouth::engine::analysis::{frontier, nash, utilities};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::scenario::{self, Scenario, translation};
use portsmouth::i18n::Lang;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(clap::Args)]
pub struct Args {
    /// Scenario files (.ron)
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Print only problems
    #[arg(long, short)]
    quiet: bool,
    /// Also print the bargaining analysis: reservation values, the Nash treaty, the 1905 treaty
    #[arg(long)]
    analysis: bool,
}

/// Checks each file; prints every problem with file:line:column. Returns whether all passed.
pub fn run(args: Args, _lang: Lang) -> bool {
    let Args { files, quiet, analysis } = args;
    let mut all_ok = true;
    for path in &files {
        match scenario::load(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    errln!("{warning}");
                }
                if !quiet {
                    outln!("{}: ok — {}", path.display(), summary(&loaded.scenario));
                }
                if analysis {
                    out!("{}", explain(&loaded.scenario));
                }
                if !translations_pass(path, quiet) {
                    all_ok = false;
                }
            }
            Err(diagnostics) => {
                all_ok = false;
                for d in &diagnostics {
                    errln!("{d}");
                }
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                errln!("{}: {errors} error(s)", path.display());
            }
        }
    }
    all_ok
}

/// Checks the translation files beside a scenario (none: nothing printed); whether they pass.
/// A history term left out is a warning and does not fail them.
fn translations_pass(path: &Path, quiet: bool) -> bool {
    let diagnostics = translation::check_translations(path);
    for d in &diagnostics {
        errln!("{d}");
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        errln!("{}: {errors} error(s) in its translations", path.display());
    } else if !quiet {
        for lang in Lang::OFFERED {
            let file = translation::translation_path(path, lang.files());
            if file.exists() {
                outln!("{}: ok", file.display());
            }
        }
    }
    errors == 0
}

fn summary(s: &Arc<Scenario>) -> String {
    let all = [u16::MAX; portsmouth::engine::play::moves::MAX_ARTICLES];
    let front = frontier(&s.space, &all);
    let game = Game::quiet(Arc::clone(s), 0);
    let d = [game.reservation(Side::Japan), game.reservation(Side::Russia)];
    let nash_text = match nash(&s.space, &front, d) {
        Some(p) => {
            let u = utilities(&s.space, p.points);
            format!("Nash point at utilities {:.2} / {:.2}", u[0], u[1])
        }
        None => "no treaty beats breaking off for both sides at the start".to_string(),
    };
    let count = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "\"{}\": {}, {}, {}, {} possible treaties, a Pareto frontier of {} treaties, at the opening a {nash_text}",
        s.title,
        count(s.articles.len(), "article", "articles"),
        count(s.sessions.len(), "session", "sessions"),
        count(s.events.len(), "event", "events"),
        s.space.size(),
        front.len(),
    )
}

/// The bargaining picture at the opening: the Nash treaty beside the one signed in 1905.
fn explain(s: &Arc<Scenario>) -> String {
    use std::fmt::Write;
    let all = [u16::MAX; portsmouth::engine::play::moves::MAX_ARTICLES];
    let front = frontier(&s.space, &all);
    let game = Game::quiet(Arc::clone(s), 0);
    let d = [game.reservation(Side::Japan), game.reservation(Side::Russia)];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  Reservation values at the opening: Japan {:.3}, Russia {:.3}",
        d[0], d[1]
    );
    let nash_point = nash(&s.space, &front, d);
    let history = s.history.as_ref().map(|h| h.treaty);
    let _ = writeln!(out, "  {:<34} {:<24} Signed 1905", "Article", "Nash treaty");
    for (a, article) in s.articles.iter().enumerate() {
        let nash_option = nash_point
            .and_then(|p| p.terms.get(a))
            .map_or("-", |o| article.options[o as usize].id.as_str());
        let signed = history
            .and_then(|t| t.get(a))
            .map_or("-", |o| article.options[o as usize].id.as_str());
        let mark = if nash_option == signed { "" } else { "  *" };
        let _ = writeln!(out, "  {:<34} {:<24} {signed}{mark}", article.title, nash_option);
    }
    if let Some(t) = history {
        let u = [s.space.utility(Side::Japan, &t), s.space.utility(Side::Russia, &t)];
        let _ = writeln!(
            out,
            "  Utilities of the 1905 treaty: Japan {:.3}, Russia {:.3}",
            u[0], u[1]
        );
        if let Some(p) = nash_point {
            let n = utilities(&s.space, p.points);
            let _ = writeln!(
                out,
                "  Nash treaty: Japan {:.3}, Russia {:.3}; distance from 1905 {:.3}",
                n[0],
                n[1],
                portsmouth::engine::analysis::distance(u, n)
            );
        }
    }
    out
}
