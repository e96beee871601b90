//! `portsmouth check`: validate scenario files and say what is in them.

use super::out::{errln, out, outln};
use super::table;
use portsmouth::engine::analysis::{frontier, nash, utilities};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::scenario::{self, Scenario, translation};
use portsmouth::i18n::{self, Lang};
use portsmouth::tr;
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
pub fn run(args: Args, lang: Lang) -> bool {
    let Args { files, quiet, analysis } = args;
    let mut all_ok = true;
    for path in &files {
        match scenario::load(path) {
            Ok(loaded) => {
                for warning in &loaded.warnings {
                    errln!("{}", warning.render_in(lang));
                }
                if !quiet {
                    outln!(
                        "{}",
                        tr!(
                            lang,
                            "cli-check-ok-summary",
                            path = path.display().to_string(),
                            summary = summary(&loaded.scenario, lang)
                        )
                    );
                }
                if analysis {
                    out!("{}", explain(&loaded.scenario, lang));
                }
                if !translations_pass(path, quiet, lang) {
                    all_ok = false;
                }
            }
            Err(diagnostics) => {
                all_ok = false;
                for d in &diagnostics {
                    errln!("{}", d.render_in(lang));
                }
                let errors = diagnostics.iter().filter(|d| d.is_error()).count();
                errln!(
                    "{}",
                    tr!(
                        lang,
                        "cli-check-errors",
                        path = path.display().to_string(),
                        count = errors
                    )
                );
            }
        }
    }
    all_ok
}

/// Checks the translation files beside a scenario (none: nothing printed); whether they pass.
/// A history term left out is a warning and does not fail them.
fn translations_pass(path: &Path, quiet: bool, lang: Lang) -> bool {
    let diagnostics = translation::check_translations(path);
    for d in &diagnostics {
        errln!("{}", d.render_in(lang));
    }
    let errors = diagnostics.iter().filter(|d| d.is_error()).count();
    if errors > 0 {
        errln!(
            "{}",
            tr!(
                lang,
                "cli-check-translation-errors",
                path = path.display().to_string(),
                count = errors
            )
        );
    } else if !quiet {
        for offered in Lang::OFFERED {
            let file = translation::translation_path(path, offered.files());
            if file.exists() {
                outln!("{}", tr!(lang, "cli-check-ok", path = file.display().to_string()));
            }
        }
    }
    errors == 0
}

fn summary(s: &Arc<Scenario>, lang: Lang) -> String {
    let all = [u16::MAX; portsmouth::engine::play::moves::MAX_ARTICLES];
    let front = frontier(&s.space, &all);
    let game = Game::quiet(Arc::clone(s), 0);
    let d = [game.reservation(Side::Japan), game.reservation(Side::Russia)];
    // The Nash point's utilities, or none: the message says which.
    let (nash_point, [japan, russia]) = match nash(&s.space, &front, d) {
        Some(p) => {
            let u = utilities(&s.space, p.points);
            ("point", [i18n::decimal(lang, u[0], 2), i18n::decimal(lang, u[1], 2)])
        }
        None => ("none", [String::new(), String::new()]),
    };
    tr!(
        lang,
        "cli-check-summary",
        title = s.title.as_str(),
        articles = s.articles.len(),
        sessions = s.sessions.len(),
        events = s.events.len(),
        treaties = s.space.size().to_string(),
        frontier = front.len(),
        nash = nash_point,
        japan = japan,
        russia = russia
    )
}

/// The bargaining picture at the opening: the Nash treaty beside the one signed in 1905.
fn explain(s: &Arc<Scenario>, lang: Lang) -> String {
    use std::fmt::Write;
    let all = [u16::MAX; portsmouth::engine::play::moves::MAX_ARTICLES];
    let front = frontier(&s.space, &all);
    let game = Game::quiet(Arc::clone(s), 0);
    let d = [game.reservation(Side::Japan), game.reservation(Side::Russia)];
    let mut out = String::new();
    let _ = writeln!(
        out,
        "  {}",
        tr!(
            lang,
            "cli-check-reservation",
            japan = i18n::decimal(lang, d[0], 3),
            russia = i18n::decimal(lang, d[1], 3)
        )
    );
    let nash_point = nash(&s.space, &front, d);
    let history = s.history.as_ref().map(|h| h.treaty);
    let (article_heading, nash_heading) = (tr!(lang, "cli-check-article"), tr!(lang, "cli-check-nash-treaty"));
    let widths = [table::column(&article_heading, 34), table::column(&nash_heading, 24)];
    let _ = writeln!(
        out,
        "  {} {} {}",
        table::left(&article_heading, widths[0]),
        table::left(&nash_heading, widths[1]),
        tr!(lang, "cli-check-signed-1905")
    );
    for (a, article) in s.articles.iter().enumerate() {
        let nash_option = nash_point
            .and_then(|p| p.terms.get(a))
            .map_or("-", |o| article.options[o as usize].id.as_str());
        let signed = history
            .and_then(|t| t.get(a))
            .map_or("-", |o| article.options[o as usize].id.as_str());
        let mark = if nash_option == signed { "" } else { "  *" };
        let _ = writeln!(
            out,
            "  {} {} {signed}{mark}",
            table::left(&article.title, widths[0]),
            table::left(nash_option, widths[1])
        );
    }
    if let Some(t) = history {
        let u = [s.space.utility(Side::Japan, &t), s.space.utility(Side::Russia, &t)];
        let _ = writeln!(
            out,
            "  {}",
            tr!(
                lang,
                "cli-check-utilities-1905",
                japan = i18n::decimal(lang, u[0], 3),
                russia = i18n::decimal(lang, u[1], 3)
            )
        );
        if let Some(p) = nash_point {
            let n = utilities(&s.space, p.points);
            let _ = writeln!(
                out,
                "  {}",
                tr!(
                    lang,
                    "cli-check-nash-treaty-utilities",
                    japan = i18n::decimal(lang, n[0], 3),
                    russia = i18n::decimal(lang, n[1], 3),
                    distance = i18n::decimal(lang, portsmouth::engine::analysis::distance(u, n), 3)
                )
            );
        }
    }
    out
}
