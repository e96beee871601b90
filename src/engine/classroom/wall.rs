//! The class results wall: the figures of a folder of result files, side by side — how
//! often each outcome occurred against the historical one, the spread of each article's
//! final terms, and which delegations did better or worse than Komura and Witte in 1905.
//! A folder may mix scenarios; the wall shows one (the one most results are from, unless
//! asked for another) and counts the rest as set aside.

use crate::engine::classroom::results::{self, ResultFile};
use crate::engine::play::side::Side;
use crate::engine::records::narrate;
use crate::engine::records::plain::Compared;
use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::{self, Lang, Message};
use crate::msg;
use crate::tr;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;

/// Most result files one wall reads: a large class's games many times over, small enough
/// that a folder of anything cannot exhaust memory or time.
pub const MAX_WALL_FILES: usize = 5_000;
/// Most bytes of result files one wall reads: a game's result is about 5 KiB.
pub const MAX_WALL_BYTES: u64 = 32 * 1024 * 1024;

/// The result files of a folder, by file name, and the files that could not be read.
pub struct Folder {
    pub results: Vec<(String, ResultFile)>,
    pub problems: Vec<Diagnostic>,
}

/// Reads every `.ron` and `.json` file in `dir`, in name order. A file that is not a
/// result is reported and skipped; only a folder that cannot be read is an error.
pub fn read_folder(dir: &Path) -> Result<Folder, Diagnostic> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Diagnostic::error(
            "unreadable-folder",
            msg!(
                "check-wall-unreadable-folder",
                problem = crate::engine::source::diagnostic::system_reason(&e)
            ),
            msg!("check-wall-unreadable-folder-help"),
        )
        .in_file(&dir.display().to_string())
    })?;
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.is_file()
                && p.extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("ron") || e.eq_ignore_ascii_case("json"))
        })
        .collect();
    paths.sort();
    check_size(dir, &paths)?;
    let mut folder = Folder {
        results: Vec::new(),
        problems: Vec::new(),
    };
    for path in paths {
        let name = path
            .file_name()
            .map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
        match results::read(&path) {
            Ok(result) => folder.results.push((name, result)),
            Err(problem) => folder.problems.push(problem),
        }
    }
    Ok(folder)
}

/// Refuses, before reading any, a folder holding more result files or bytes than a wall reads.
fn check_size(dir: &Path, paths: &[std::path::PathBuf]) -> Result<(), Diagnostic> {
    let too_much = |message: Message| {
        Diagnostic::error(
            "too-many-results",
            message,
            msg!(
                "check-wall-too-many-help",
                files = MAX_WALL_FILES,
                mib = MAX_WALL_BYTES / (1024 * 1024)
            ),
        )
        .in_file(&dir.display().to_string())
    };
    if paths.len() > MAX_WALL_FILES {
        return Err(too_much(msg!("check-wall-too-many-files", count = paths.len())));
    }
    let bytes = paths
        .iter()
        .map(|p| std::fs::metadata(p).map_or(0, |m| m.len()))
        .fold(0u64, u64::saturating_add);
    if bytes > MAX_WALL_BYTES {
        return Err(too_much(msg!(
            "check-wall-too-many-bytes",
            mib = bytes.div_ceil(1024 * 1024)
        )));
    }
    Ok(())
}

/// The scenarios a folder's results come from: id, title and how many results, most first.
pub fn scenarios(results: &[(String, ResultFile)]) -> Vec<(String, String, usize)> {
    let mut found: Vec<(String, String, usize)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (_, r) in results {
        match index.get(r.scenario_id.as_str()) {
            Some(&i) => found[i].2 += 1,
            None => {
                index.insert(&r.scenario_id, found.len());
                found.push((r.scenario_id.clone(), r.scenario_title.clone(), 1));
            }
        }
    }
    found.sort_by(|a, b| b.2.cmp(&a.2).then_with(|| a.0.cmp(&b.0)));
    found
}

#[derive(Clone, Debug, PartialEq)]
pub struct Wall {
    pub scenario_id: String,
    pub scenario_title: String,
    /// Results on the wall.
    pub games: usize,
    /// Results of other scenarios in the folder, left off.
    pub other_scenarios: usize,
    /// Most frequent first; the 1905 outcome is always listed, even if no game reached it.
    pub outcomes: Vec<OutcomeCount>,
    pub articles: Vec<Spread>,
    /// Every delegation of every game, best against 1905 first.
    pub delegations: Vec<Standing>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct OutcomeCount {
    pub id: String,
    pub title: String,
    pub games: usize,
    pub historical: bool,
}

/// How one article ended across the games.
#[derive(Clone, Debug, PartialEq)]
pub struct Spread {
    pub article: String,
    pub title: String,
    /// Options in the scenario's order (Japan's demand first) and how many treaties chose each.
    pub options: Vec<String>,
    pub counts: Vec<usize>,
    /// Games with no treaty in force, or the article left open.
    pub open: usize,
    pub signed_1905: Option<usize>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Versus1905 {
    Better,
    Same,
    Worse,
}

/// One delegation's result beside what its side got in 1905.
#[derive(Clone, Debug, PartialEq)]
pub struct Standing {
    /// The result file it comes from.
    pub file: String,
    pub side: Side,
    pub name: String,
    /// Who played, as a class reads it: the student's name, or "Steady computer".
    pub who: String,
    /// The computer delegation that played, to name it in the reader's language.
    pub computer: Option<crate::engine::agents::AgentSpec>,
    pub human: bool,
    pub utility: f64,
    pub utility_1905: Option<f64>,
    pub versus_1905: Option<Versus1905>,
    /// The difference from 1905 in words (see `plain::Compared` for the thresholds).
    pub compared: Option<Compared>,
    pub outcome_title: String,
}

impl Standing {
    /// Who played, in `lang`: the student's name, or the computer's level in words.
    pub fn who_in(&self, lang: Lang) -> String {
        self.computer
            .as_ref()
            .map_or_else(|| self.who.clone(), |agent| agent.in_words_in(lang))
    }
}

impl Wall {
    /// The wall for `scenario_id`, or for the scenario most results belong to (ties: the
    /// first id in order). `None` if there is no result to show.
    pub fn of(results: &[(String, ResultFile)], scenario_id: Option<&str>) -> Option<Wall> {
        let chosen = match scenario_id {
            Some(id) => id.to_string(),
            None => {
                let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
                for (_, r) in results {
                    *counts.entry(&r.scenario_id).or_default() += 1;
                }
                let most = counts.values().copied().max()?;
                counts.into_iter().find(|&(_, n)| n == most)?.0.to_string()
            }
        };
        let on_wall: Vec<&(String, ResultFile)> = results.iter().filter(|(_, r)| r.scenario_id == chosen).collect();
        let (_, first) = on_wall.first()?;
        Some(Wall {
            scenario_id: chosen.clone(),
            scenario_title: first.scenario_title.clone(),
            games: on_wall.len(),
            other_scenarios: results.len() - on_wall.len(),
            outcomes: outcomes(&on_wall),
            articles: spreads(&on_wall),
            delegations: standings(&on_wall),
        })
    }

    /// How many delegations of `side` did better, as well, or worse than 1905.
    pub fn tally(&self, side: Side) -> [usize; 3] {
        let mut tally = [0; 3];
        for standing in self.delegations.iter().filter(|s| s.side == side) {
            match standing.versus_1905 {
                Some(Versus1905::Better) => tally[0] += 1,
                Some(Versus1905::Same) => tally[1] += 1,
                Some(Versus1905::Worse) => tally[2] += 1,
                None => {}
            }
        }
        tally
    }

    /// The share of games that ended as 1905 did.
    pub fn historical_share(&self) -> f64 {
        let historical: usize = self.outcomes.iter().filter(|o| o.historical).map(|o| o.games).sum();
        historical as f64 / self.games.max(1) as f64
    }
}

fn outcomes(results: &[&(String, ResultFile)]) -> Vec<OutcomeCount> {
    let mut counts: Vec<OutcomeCount> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    let mut add = |id: &str, title: &str, games: usize, historical: bool| match index.get(id) {
        Some(&i) => {
            counts[i].games += games;
            counts[i].historical |= historical;
        }
        None => {
            index.insert(id.to_string(), counts.len());
            counts.push(OutcomeCount {
                id: id.to_string(),
                title: title.to_string(),
                games,
                historical,
            });
        }
    };
    for (_, r) in results {
        let historical = r.outcome_1905.as_deref() == Some(r.outcome.as_str());
        add(&r.outcome, &r.outcome_title, 1, historical);
    }
    if let Some((_, r)) = results.first()
        && let (Some(id), Some(title)) = (&r.outcome_1905, &r.outcome_1905_title)
    {
        add(id, title, 0, true);
    }
    // Most games first; equal counts keep the order they were met in.
    counts.sort_by_key(|c| std::cmp::Reverse(c.games));
    counts
}

fn spreads(results: &[&(String, ResultFile)]) -> Vec<Spread> {
    let Some((_, first)) = results.first() else {
        return Vec::new();
    };
    let mut spreads: Vec<Spread> = first
        .terms
        .iter()
        .map(|term| Spread {
            article: term.article.clone(),
            title: term.title.clone(),
            options: term.options.clone(),
            counts: vec![0; term.options.len()],
            open: 0,
            signed_1905: term.signed_1905,
        })
        .collect();
    // Match by article id and option label, through indexes so that the work grows with
    // the size of the results, not its square: a result of an edited scenario may order
    // them differently. The first of a repeated id or label counts, as a search would find.
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, term) in first.terms.iter().enumerate() {
        by_article.entry(&term.article).or_default().push(k);
    }
    let labels: Vec<HashMap<&str, usize>> = first
        .terms
        .iter()
        .map(|term| {
            let mut labels = HashMap::new();
            for (o, label) in term.options.iter().enumerate() {
                labels.entry(label.as_str()).or_insert(o);
            }
            labels
        })
        .collect();
    // Which result last matched each article id, so a repeated id in a result counts once.
    let mut matched_in: HashMap<&str, usize> = HashMap::new();
    for (i, (_, r)) in results.iter().enumerate() {
        for t in &r.terms {
            let Some(spread_indexes) = by_article.get(t.article.as_str()) else {
                continue;
            };
            if matched_in.insert(&t.article, i) == Some(i) {
                continue;
            }
            let Some(label) = t.chosen.and_then(|c| t.options.get(c)) else {
                continue;
            };
            for &k in spread_indexes {
                if let Some(&c) = labels[k].get(label.as_str()) {
                    spreads[k].counts[c] += 1;
                }
            }
        }
    }
    for spread in &mut spreads {
        spread.open = results.len() - spread.counts.iter().sum::<usize>();
    }
    spreads
}

fn standings(results: &[&(String, ResultFile)]) -> Vec<Standing> {
    let mut standings: Vec<Standing> = results
        .iter()
        .flat_map(|(file, r)| {
            Side::BOTH.map(|side| {
                let delegation = match side {
                    Side::Japan => &r.japan,
                    Side::Russia => &r.russia,
                };
                let utility = r.utility.get(side);
                let utility_1905 = r.utility_1905.map(|u| u.get(side));
                Standing {
                    file: file.clone(),
                    side,
                    name: delegation.name.clone(),
                    who: match &delegation.seat {
                        crate::engine::records::save::Seat::Human => delegation.name.clone(),
                        crate::engine::records::save::Seat::Computer(agent) => agent.in_words(),
                    },
                    computer: match &delegation.seat {
                        crate::engine::records::save::Seat::Human => None,
                        crate::engine::records::save::Seat::Computer(agent) => Some(agent.clone()),
                    },
                    human: delegation.seat == crate::engine::records::save::Seat::Human,
                    compared: utility_1905.map(|h| Compared::of(utility - h)),
                    utility,
                    utility_1905,
                    // Counted as the line reads: "about as well as 1905" is neither better nor worse.
                    versus_1905: utility_1905.map(|h| match Compared::of(utility - h) {
                        Compared::MuchBetter | Compared::LittleBetter => Versus1905::Better,
                        Compared::AboutTheSame => Versus1905::Same,
                        Compared::LittleWorse | Compared::MuchWorse => Versus1905::Worse,
                    }),
                    outcome_title: r.outcome_title.clone(),
                }
            })
        })
        .collect();
    let margin = |s: &Standing| s.utility - s.utility_1905.unwrap_or(s.utility);
    standings.sort_by(|a, b| margin(b).total_cmp(&margin(a)).then_with(|| a.file.cmp(&b.file)));
    standings
}

/// The wall as plain text: for the terminal, and for anyone who cannot see the picture.
pub fn render_text(wall: &Wall) -> String {
    render_text_in(Lang::English, wall)
}

/// [`render_text`] in `lang`: the wall's own headings and sentences; the scenario's titles
/// and labels as the result files give them.
pub fn render_text_in(lang: Lang, wall: &Wall) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        tr!(
            lang,
            "export-wall-title",
            scenario = wall.scenario_title.as_str(),
            count = wall.games
        )
    );
    if wall.other_scenarios > 0 {
        let _ = writeln!(
            out,
            "{}",
            tr!(lang, "export-wall-other-scenarios", count = wall.other_scenarios)
        );
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "export-wall-outcomes"));
    let historical = format!("   {}", tr!(lang, "export-wall-historical"));
    for o in &wall.outcomes {
        let _ = writeln!(
            out,
            "  {:<48} {:>4}  {:>5}%{}",
            o.title,
            o.games,
            i18n::decimal(lang, 100.0 * o.games as f64 / wall.games.max(1) as f64, 1),
            if o.historical { historical.as_str() } else { "" }
        );
    }
    let _ = writeln!(out, "\n{}", tr!(lang, "export-wall-articles"));
    let open = tr!(lang, "export-wall-open");
    for spread in &wall.articles {
        let _ = writeln!(out, "  {}", spread.title);
        for (o, label) in spread.options.iter().enumerate() {
            let mark = if spread.signed_1905 == Some(o) { "*" } else { " " };
            let _ = writeln!(out, "    {mark} {:<46} {:>4}", label, spread.counts[o]);
        }
        if spread.open > 0 {
            let _ = writeln!(out, "      {:<46} {:>4}", open, spread.open);
        }
    }
    let _ = writeln!(
        out,
        "\n{}",
        tr!(
            lang,
            "export-wall-against-1905",
            about = i18n::decimal(lang, crate::engine::records::plain::ABOUT_THE_SAME, 2),
            much = i18n::decimal(lang, crate::engine::records::plain::MUCH, 2)
        )
    );
    for side in Side::BOTH {
        let [better, same, worse] = wall.tally(side);
        let _ = writeln!(
            out,
            "  {}",
            tr!(
                lang,
                "export-wall-tally",
                side = narrate::side_name(lang, side),
                better = better,
                same = same,
                worse = worse
            )
        );
    }
    for s in &wall.delegations {
        let against = match (s.utility_1905, s.compared) {
            (Some(h), Some(c)) => format!(
                "{} ({})",
                c.against_1905_in(lang),
                i18n::signed_decimal(lang, s.utility - h, 2)
            ),
            _ => String::new(),
        };
        let _ = writeln!(
            out,
            "  {:<7} {:<34} {against}  [{}]",
            narrate::side_name(lang, s.side),
            s.who_in(lang),
            s.file
        );
    }
    out
}
