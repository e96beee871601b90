//! The minutes of a game as Markdown, for discussion or grading: who sat where, every
//! session with its date, each offer and reply with the reason given, the dispatches and
//! events, the treaty's text and the comparison with 1905, and what the computer delegations
//! kept to themselves (`behind`). Written from the same
//! narration as the transcript on screen, with nothing hidden (the teacher's copy).

use crate::engine::analysis::report::{Favours, Report};
use crate::engine::classroom::branch::Comparison;
use crate::engine::classroom::results::seat_name_in;
use crate::engine::play::game::Game;
use crate::engine::play::side::Side;
use crate::engine::records::save::{Origin, Seat};
use crate::engine::records::transcript::What;
use crate::engine::records::treaty::TreatyText;
use crate::engine::records::{behind, chance, narrate};
use crate::engine::scenario::Scenario;
use crate::i18n::{self, Lang};
use crate::tr;
use std::fmt::Write;

/// The whole game as a Markdown document; `players` names the human seats; for a what-if
/// branch, `origin` adds how it compares with the original.
pub fn markdown(game: &Game, seats: &[Seat; 2], players: Option<&str>, origin: Option<&Origin>) -> String {
    markdown_in(Lang::English, game, seats, players, origin)
}

/// [`markdown`] in `lang`: every heading, label and sentence of the minutes' own; the
/// scenario's prose as the scenario gives it.
pub fn markdown_in(
    lang: Lang,
    game: &Game,
    seats: &[Seat; 2],
    players: Option<&str>,
    origin: Option<&Origin>,
) -> String {
    let scenario = game.scenario();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n",
        tr!(lang, "export-minutes-title", scenario = scenario.title.as_str())
    );
    for side in Side::BOTH {
        let party = scenario.party(side);
        let _ = writeln!(
            out,
            "- **{}** ({}): {}",
            party.player_title,
            party.name,
            seat_name_in(lang, &seats[side.index()], scenario, side, players)
        );
    }
    let _ = writeln!(
        out,
        "- {}",
        tr!(lang, "export-minutes-seed", seed = game.seed().to_string())
    );
    let treaty = game.treaty().is_some();
    let transcript = game.transcript();
    for entry in &transcript.entries {
        let lines = narrate::entry_lines_in(lang, scenario, transcript, entry, None, treaty);
        if matches!(entry.what, What::SessionOpened) {
            if let Some(heading) = lines.first() {
                let _ = writeln!(out, "\n## {heading}\n");
            }
            for note in lines.iter().skip(1) {
                let _ = writeln!(out, "*{}*\n", note.trim());
            }
            continue;
        }
        for line in lines {
            let _ = writeln!(out, "{}", markdown_line(&line));
        }
    }
    let Some(report) = Report::of(game) else {
        let _ = writeln!(
            out,
            "\n*{}*",
            tr!(
                lang,
                "export-minutes-unfinished",
                session = game.state().session + 1,
                sessions = scenario.sessions.len()
            )
        );
        return out;
    };
    if let Some(origin) = origin {
        what_if(lang, &mut out, game, origin);
    }
    if let Some(terms) = game.treaty().filter(|_| report.ratified) {
        let agreed = scenario.sessions[game.state().session].date;
        let text = TreatyText::new_in(lang, scenario, &terms, agreed);
        treaty_text(lang, &mut out, &text);
    }
    let _ = writeln!(out, "\n## {}\n", tr!(lang, "export-minutes-outcome"));
    match report.outcome {
        Some(o) => {
            let outcome = &scenario.outcomes[o];
            let _ = writeln!(out, "**{}.** {}\n", outcome.title, outcome.epilogue);
            for side in Side::BOTH {
                if let Some(a) = report.aftermath[side.index()] {
                    let _ = writeln!(
                        out,
                        "- {}: {}",
                        narrate::side_name(lang, side),
                        outcome.aftermath[a].text
                    );
                }
            }
        }
        None => {
            let _ = writeln!(out, "{}", tr!(lang, "export-minutes-no-outcome"));
        }
    }
    let _ = writeln!(
        out,
        "\n| | {} | {} |\n|---|---|---|\n| {} | {} | {} |\n| {} | {} | {} |",
        narrate::side_name(lang, Side::Japan),
        narrate::side_name(lang, Side::Russia),
        tr!(lang, "export-minutes-utility"),
        i18n::decimal(lang, report.utility[0], 3),
        i18n::decimal(lang, report.utility[1], 3),
        tr!(lang, "export-minutes-walk-away"),
        i18n::decimal(lang, report.reservation[0], 3),
        i18n::decimal(lang, report.reservation[1], 3)
    );
    if let Some(history) = &scenario.history {
        let [japan, russia] = Side::BOTH.map(|side| scenario.space.utility(side, &history.treaty));
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            tr!(lang, "export-minutes-1905-gave"),
            i18n::decimal(lang, japan, 3),
            i18n::decimal(lang, russia, 3)
        );
        let _ = writeln!(
            out,
            "\n## {}\n\n| {} | {} | {} | |\n|---|---|---|---|",
            tr!(
                lang,
                "export-minutes-beside-1905",
                date = i18n::long_date(lang, history.signed)
            ),
            tr!(lang, "export-minutes-article"),
            tr!(lang, "export-minutes-this-game"),
            tr!(lang, "export-minutes-1905")
        );
        for clause in report.clauses(scenario) {
            let article = &scenario.articles[clause.article];
            let label = |o: Option<u8>| o.map_or("—".to_string(), |o| article.options[o as usize].label.clone());
            let verdict = match clause.favours {
                Favours::Same => tr!(lang, "narrate-verdict-same"),
                Favours::Japan => tr!(lang, "narrate-verdict-japan"),
                Favours::Russia => tr!(lang, "narrate-verdict-russia"),
                Favours::Both => tr!(lang, "narrate-verdict-both"),
                Favours::Neither => tr!(lang, "narrate-verdict-different"),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {verdict} |",
                cell(&article.title),
                cell(&label(clause.ours)),
                cell(&label(clause.signed))
            );
        }
    }
    out.push_str(&behind::markdown_section_in(lang, scenario, game.seed(), seats));
    out.push_str(&chance::markdown_section_in(lang, scenario, game.state()));
    historians_notes(lang, &mut out, scenario, report.outcome);
    out
}

/// The evidence behind the comparison: each article's note, then the ending's, with what each
/// source says where they differ and every source in full — what the Note buttons show.
fn historians_notes(lang: Lang, out: &mut String, scenario: &Scenario, outcome: Option<usize>) {
    let articles = scenario.articles.iter().map(|a| (&a.title, &a.note));
    let ending = outcome.map(|o| &scenario.outcomes[o]).map(|o| (&o.title, &o.note));
    let notes: Vec<_> = articles
        .chain(ending)
        .filter_map(|(title, note)| note.as_ref().map(|n| (title, n)))
        .collect();
    if notes.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {}", tr!(lang, "export-minutes-notes"));
    for (title, note) in notes {
        let _ = writeln!(out, "\n### {title}\n\n{}", note.text);
        if !note.contested.is_empty() {
            let _ = writeln!(out, "\n{}\n", tr!(lang, "export-minutes-sources-differ"));
            for reading in &note.contested {
                let _ = writeln!(out, "- [{}] {}", reading.source, reading.says);
            }
        }
        let keys = note.keys();
        if !keys.is_empty() {
            let _ = writeln!(out, "\n{}\n", tr!(lang, "export-minutes-sources"));
            for key in keys {
                let reference = scenario
                    .sources
                    .get(key)
                    .map_or_else(|| tr!(lang, "export-minutes-no-reference"), String::clone);
                let _ = writeln!(out, "- [{key}] {reference}");
            }
        }
    }
}

/// The treaty in the form of the instrument: articles, additional articles, the place and
/// date, and the plenipotentiaries' signatures side by side, one column per party.
fn treaty_text(lang: Lang, out: &mut String, text: &TreatyText) {
    let _ = writeln!(out, "\n## {}\n\n{}\n", text.title, text.preamble);
    for article in &text.articles {
        let _ = writeln!(
            out,
            "**{} — {}.** {}\n",
            article.heading_in(lang),
            article.topic,
            article.text
        );
    }
    if !text.additional.is_empty() {
        let _ = writeln!(
            out,
            "### {}\n\n{}\n",
            tr!(lang, "export-minutes-additional-articles"),
            text.additional_preamble
        );
        for article in &text.additional {
            let _ = writeln!(
                out,
                "**{} — {}.** {}\n",
                article.heading_in(lang),
                article.topic,
                article.text
            );
        }
        let _ = writeln!(out, "{}\n", text.additional_closing);
    }
    let _ = writeln!(out, "{}\n", text.closing);
    let [japan, russia] = &text.signatures;
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---|",
        tr!(lang, "export-minutes-signed-for", sovereign = cell(&japan.0)),
        tr!(lang, "export-minutes-signed-for", sovereign = cell(&russia.0))
    );
    for row in 0..japan.1.len().max(russia.1.len()) {
        let seal = |names: &[String]| {
            names
                .get(row)
                .map_or(String::new(), |n| tr!(lang, "export-minutes-seal", name = cell(n)))
        };
        let _ = writeln!(out, "| {} | {} |", seal(&japan.1), seal(&russia.1));
    }
}

/// The branch beside its original: endings, utilities, and the articles that differ.
fn what_if(lang: Lang, out: &mut String, game: &Game, origin: &Origin) {
    let scenario = game.scenario();
    let _ = writeln!(
        out,
        "\n## {}\n\n{}\n",
        tr!(lang, "export-minutes-what-if"),
        tr!(
            lang,
            "export-minutes-what-if-from",
            name = origin.name.as_str(),
            turn = origin.at + 1,
            player = scenario.party(origin.changed).player_title.as_str()
        )
    );
    let original = match origin.replay(scenario.clone(), game.seed(), game.rules()) {
        Ok(original) => original,
        Err(problem) => {
            let _ = writeln!(
                out,
                "{}",
                tr!(lang, "export-minutes-no-replay", problem = problem.to_string())
            );
            return;
        }
    };
    let comparison = Comparison::of(game, &original);
    let ending = |r: &Option<Report>| match r {
        Some(r) => tr!(
            lang,
            "export-minutes-ending",
            outcome = r.outcome.map_or_else(
                || tr!(lang, "export-minutes-no-outcome-of-scenario"),
                |o| scenario.outcomes[o].title.clone()
            ),
            japan = i18n::decimal(lang, r.utility[0], 3),
            russia = i18n::decimal(lang, r.utility[1], 3)
        ),
        None => tr!(
            lang,
            "export-minutes-ending-unfinished",
            session = comparison.original_sessions
        ),
    };
    let _ = writeln!(
        out,
        "- {}",
        tr!(
            lang,
            "export-minutes-the-original",
            ending = ending(&comparison.original)
        )
    );
    let _ = writeln!(
        out,
        "- {}",
        tr!(lang, "export-minutes-this-branch", ending = ending(&comparison.branch))
    );
    if let Some(summary) = comparison.summary_in(lang) {
        let _ = writeln!(out, "\n{summary}");
        return;
    }
    let differing: Vec<_> = comparison.differing().collect();
    let _ = writeln!(
        out,
        "\n| {} | {} | {} |\n|---|---|---|",
        tr!(lang, "export-minutes-article"),
        tr!(lang, "export-minutes-branch-column"),
        tr!(lang, "export-minutes-original-column")
    );
    for clause in differing {
        let label = |o: Option<u8>| {
            o.map_or("—".to_string(), |o| {
                scenario.option_label(clause.article, o).to_string()
            })
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            cell(&scenario.articles[clause.article].title),
            cell(&label(clause.ours)),
            cell(&label(clause.signed))
        );
    }
}

/// A narrated line as a list item; indented package lines nest; reasons become quotes.
fn markdown_line(line: &str) -> String {
    let trimmed = line.trim_start();
    let indented = line.len() - trimmed.len() >= 4;
    if crate::engine::records::narrate::is_said(trimmed) {
        format!("    > {trimmed}")
    } else if indented {
        format!("    - {trimmed}")
    } else {
        format!("- {trimmed}")
    }
}

/// Table cells may not hold a bar or a line break.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}
