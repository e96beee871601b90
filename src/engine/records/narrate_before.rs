//! The record's English as it was written before it moved to Fluent, kept to check that the
//! English catalogue says it byte for byte.
#![allow(dead_code)]

use crate::engine::play::moves::{ArticleSet, Proposal, SideAction, Terms, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, BreakCause, Ending};
use crate::engine::records::retraction;
use crate::engine::records::transcript::{Entry, Transcript, What};
use crate::engine::scenario::Scenario;
use std::fmt::Write;

/// "Korea — Japan's free hand".
pub fn term(scenario: &Scenario, article: usize, option: u8) -> String {
    format!(
        "{} — {}",
        scenario.articles[article].title,
        scenario.option_label(article, option)
    )
}

pub fn terms(scenario: &Scenario, terms: &Terms) -> String {
    terms
        .iter()
        .map(|(a, o)| term(scenario, a, o))
        .collect::<Vec<_>>()
        .join("; ")
}

pub fn articles(scenario: &Scenario, set: ArticleSet) -> String {
    let titles: Vec<&str> = set.iter().map(|a| scenario.articles[a].in_sentence()).collect();
    match titles.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} and {last}", rest.join(", ")),
        _ => titles.concat(),
    }
}

/// How a package of several terms opens in the record.
const TOGETHER: &str = "together, all or nothing:";

/// One line per package; linked terms are marked as standing together.
pub fn proposal_lines(scenario: &Scenario, proposal: &Proposal) -> Vec<String> {
    proposal
        .packages()
        .map(|package| {
            let text = terms(scenario, &proposal.terms_of(package));
            if package.len() > 1 {
                format!("{TOGETHER} {text}")
            } else {
                text
            }
        })
        .collect()
}

fn author_name(scenario: &Scenario, author: Author) -> String {
    match author {
        Author::Japan => scenario.party(Side::Japan).player_title.clone(),
        Author::Russia => scenario.party(Side::Russia).player_title.clone(),
        Author::Mediator => scenario.mediator.name.clone(),
    }
}

fn who(scenario: &Scenario, side: Side) -> String {
    format!("{} ({})", scenario.party(side).player_title, side)
}

/// What a turn did, one line per part, as `viewer` may see it.
pub fn turn_lines(scenario: &Scenario, side: Side, turn: &Turn, viewer: Option<Side>) -> Vec<String> {
    turn_lines_asking(scenario, side, turn, viewer, super::Told::default())
}

/// A cable asked again says so (added after the move to Fluent).
fn turn_lines_asking(
    scenario: &Scenario,
    side: Side,
    turn: &Turn,
    viewer: Option<Side>,
    told: super::Told,
) -> Vec<String> {
    let again = told.again;
    let mut lines = Vec::new();
    let actor = who(scenario, side);
    let other = author_name(scenario, Author::of(side.other()));
    let private = viewer.is_some_and(|v| v != side);
    if let Some(reply) = &turn.reply {
        lines.extend(answer_lines(scenario, &actor, &other, reply, told.own_terms));
    }
    if let Some(reply) = &turn.mediator_reply {
        lines.extend(answer_lines(
            scenario,
            &actor,
            &scenario.mediator.name,
            reply,
            told.own_terms_of_mediator,
        ));
    }
    if let Some(proposal) = &turn.propose {
        lines.push(format!("{actor} proposes:"));
        lines.extend(
            proposal_lines(scenario, proposal)
                .into_iter()
                .map(|l| format!("    {l}")),
        );
    }
    match turn.action {
        Some(SideAction::Press(p)) => {
            let press = scenario.press_line(p as usize);
            lines.push(format!(
                "{actor} speaks to the press — “{}”: {}",
                press.label, press.text
            ));
        }
        Some(SideAction::CableHome(r)) if !private => {
            lines.push(format!(
                "{actor} cables {}{} asking to be released from “{}”.",
                scenario.party(side).capital,
                if again { " again" } else { "" },
                scenario.red_line(r as usize).text
            ));
        }
        Some(SideAction::CableHome(_)) => {}
        Some(SideAction::AskMediator) => lines.push(format!("{actor} appeals to {}.", scenario.mediator.name)),
        Some(SideAction::Ultimatum(u)) => lines.push(format!(
            "{actor} issues an ultimatum: agree by the session of {} to {} — or {side} breaks off.",
            scenario.sessions[u.by_session as usize].date.short(),
            terms(scenario, &u.terms)
        )),
        None => {}
    }
    if turn.break_off {
        lines.push(format!("{actor} breaks off the negotiations."));
    }
    if lines.is_empty() {
        lines.push(format!("{actor} waits."));
    }
    lines
}

fn answer_lines(
    scenario: &Scenario,
    actor: &str,
    to: &str,
    reply: &crate::engine::play::moves::Response,
    own_terms: ArticleSet,
) -> Vec<String> {
    let mut lines = Vec::new();
    if !reply.accept.is_empty() {
        lines.push(format!(
            "{actor} accepts {to}'s terms on {}.",
            articles(scenario, reply.accept)
        ));
    }
    let own = reply.reject.intersect(own_terms);
    let differing = reply.reject.minus(own);
    if !differing.is_empty() && !own.is_empty() {
        lines.push(format!(
            "{actor} rejects {to}'s terms on {}, and with them those on {}, which match his own.",
            articles(scenario, differing),
            articles(scenario, own)
        ));
    } else if !own.is_empty() {
        lines.push(format!(
            "{actor} rejects {to}'s terms on {}, though they match his own.",
            articles(scenario, own)
        ));
    } else if !differing.is_empty() {
        lines.push(format!(
            "{actor} rejects {to}'s terms on {}.",
            articles(scenario, differing)
        ));
    }
    if !reply.set_aside.is_empty() {
        lines.push(format!(
            "{actor} asks to set aside {}.",
            articles(scenario, reply.set_aside)
        ));
    }
    lines
}

pub fn ending(scenario: &Scenario, ending: Ending, treaty: bool) -> String {
    match ending {
        Ending::AllAgreed => "Every article is agreed: the treaty is complete.".to_string(),
        Ending::TimeUp if treaty => {
            "The last session ends. The treaty is signed on the articles agreed; open articles are settled as the scenario provides."
                .to_string()
        }
        Ending::TimeUp => "The last session ends with an essential article unresolved: there is no treaty.".to_string(),
        Ending::BrokenOff { by, cause } => {
            let actor = who(scenario, by);
            match cause {
                BreakCause::Walkout => format!("{actor} breaks off the conference."),
                BreakCause::Ultimatum => format!("The ultimatum from {actor} runs out unmet: {by} breaks off the conference."),
                BreakCause::Recalled => format!("{} recalls its delegation: the conference is over.", scenario.party(by).capital),
            }
        }
    }
}

/// The lines for one transcript entry, or none if `viewer` may not see it.
pub fn entry_lines(
    scenario: &Scenario,
    transcript: &Transcript,
    entry: &Entry,
    viewer: Option<Side>,
    treaty: bool,
) -> Vec<String> {
    let sees = |side: Side| viewer.is_none_or(|v| v == side);
    match &entry.what {
        What::SessionOpened => {
            let s = &scenario.sessions[entry.session];
            let heading = format!("Session {} — {} — {}", entry.session + 1, s.date.long(), s.title);
            std::iter::once(heading)
                .chain((!s.note.is_empty()).then(|| s.note.clone()))
                .collect()
        }
        What::Moved { side, turn, note } => {
            let told = super::Told::before(transcript.before(entry).unwrap_or_default(), *side, turn);
            let mut lines = turn_lines_asking(scenario, *side, turn, viewer, told);
            // Ground taken back is said in words: public, so every reader hears it.
            lines.extend(
                retraction::of_entry(scenario, transcript, entry)
                    .iter()
                    .map(|r| retraction::sentence(scenario, r)),
            );
            // The notes are Fluent's words already; the other delegation hears them without
            // the speaker's cable home and confidential texts (added after the move to Fluent).
            if let Some(n) = note {
                let hearer = super::hearer(*side, viewer);
                let said = transcript.notes[*n].text_to(crate::i18n::Lang::English, scenario, *side, hearer);
                if !said.is_empty() {
                    lines.push(format!("    “{said}”"));
                }
            }
            lines
        }
        What::Agreed {
            article,
            option,
            proposed_by,
            reopened,
        } => vec![format!(
            "AGREED{} — {} (as proposed by {})",
            if *reopened { " ON REOPENING" } else { "" },
            term(scenario, *article as usize, *option),
            author_name(scenario, *proposed_by)
        )],
        What::Rejected { .. } => Vec::new(),
        What::SetAside { articles: set, .. } => {
            vec![format!("Views recorded; set aside: {}.", articles(scenario, *set))]
        }
        What::MediatorAccepted { by, articles: set } => vec![format!(
            "The mediator's terms on {} now await {}'s answer.",
            articles(scenario, *set),
            scenario.party(by.other()).player_title
        )],
        What::Lapsed { author, articles: set } => {
            let private = matches!(author.side(), Some(s) if !sees(s));
            if private {
                Vec::new()
            } else {
                vec![format!(
                    "{}'s terms on {} are off the table.",
                    author_name(scenario, *author),
                    articles(scenario, *set)
                )]
            }
        }
        What::Event { event } => {
            let (dispatch, title) = (
                scenario.dispatch(*event as usize),
                scenario.event_title(*event as usize),
            );
            match dispatch {
                Some(d) if viewer.is_none_or(|v| d.to.includes(v)) => {
                    vec![format!("DISPATCH from {}: {} — {}", d.from, title, d.text)]
                }
                None if viewer.is_none() => vec![format!("EVENT: {title}")],
                _ => Vec::new(),
            }
        }
        What::CableAnswered {
            side,
            red_line,
            granted,
        } if sees(*side) => {
            let line = scenario.red_line(*red_line as usize);
            let party = scenario.party(*side);
            let text = match (&line.cable, granted) {
                (Some(c), true) => c.yes.clone(),
                (Some(c), false) => c.no.clone(),
                (None, _) => format!("{} will not change your instructions.", party.capital),
            };
            vec![format!("CABLE to {} — {text}", party.player_title)]
        }
        What::CableAnswered { .. } => Vec::new(),
        What::MandateChanged { red_line, active } => {
            let line = scenario.red_line(*red_line as usize);
            if sees(line.side) {
                let verb = if *active { "now binds" } else { "no longer binds" };
                vec![format!(
                    "INSTRUCTIONS: “{}” {verb} {}.",
                    line.text,
                    scenario.party(line.side).player_title
                )]
            } else {
                Vec::new()
            }
        }
        What::MediatorProposed {
            asked_by,
            scripted,
            proposal,
        } => {
            let mut lines = Vec::new();
            let heading = match scripted {
                Some(p) => {
                    let p = &scenario.mediator.proposals[*p as usize];
                    format!("{} proposes — {}: {}", scenario.mediator.name, p.title, p.text)
                }
                None => format!("{} proposes a compromise:", scenario.mediator.name),
            };
            if let Some(side) = asked_by {
                lines.push(format!("At {}'s request:", scenario.party(*side).player_title));
            }
            lines.push(heading);
            lines.extend(
                proposal_lines(scenario, proposal)
                    .into_iter()
                    .map(|l| format!("    {l}")),
            );
            lines
        }
        What::MediatorDeclined { asked_by } => vec![format!(
            "{} sees no compromise to propose to {} at present.",
            scenario.mediator.name,
            scenario.party(*asked_by).player_title
        )],
        What::LastLook { proposal } => {
            let mut lines = vec![format!(
                "The treaty is complete. Before the signing, {} proposes an amendment that, going by what each delegation has told him in confidence, costs neither side anything and benefits at least one of them:",
                scenario.mediator.name
            )];
            lines.extend(
                proposal_lines(scenario, proposal)
                    .into_iter()
                    .map(|l| format!("    {l}")),
            );
            lines
        }
        What::LastLookDeclined { by } => vec![format!(
            "{} keeps the treaty as agreed; {}'s amendment falls.",
            scenario.party(*by).player_title,
            scenario.mediator.name
        )],
        What::UltimatumMet {
            side,
            as_demanded: true,
        } => vec![format!("The ultimatum from {} is met.", who(scenario, *side))],
        What::UltimatumMet {
            side,
            as_demanded: false,
        } => vec![format!(
            "The ultimatum from {} falls away: its articles are now settled, though not all on the terms it demanded.",
            who(scenario, *side)
        )],
        What::Ended { ending: e } => vec![ending(scenario, *e, treaty)],
    }
}

/// The whole transcript as text.
pub fn render(scenario: &Scenario, transcript: &Transcript, viewer: Option<Side>, treaty: bool) -> String {
    let mut out = String::new();
    for entry in &transcript.entries {
        let session_start = matches!(entry.what, What::SessionOpened);
        for (i, line) in entry_lines(scenario, transcript, entry, viewer, treaty)
            .into_iter()
            .enumerate()
        {
            if session_start && i == 0 {
                let _ = writeln!(out, "\n{line}");
            } else {
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// The debrief: first in plain words how the result compares with 1905, then the ending
/// and the reaction at home, the treaty clause by clause beside the one signed in 1905, and
/// last, for the teacher, the utilities and the bargaining figures, explained.
pub fn debrief(scenario: &Scenario, report: &crate::engine::analysis::report::Report) -> String {
    use crate::engine::analysis::report::Favours;
    let mut out = String::new();
    let _ = writeln!(out, "IN PLAIN WORDS");
    for line in crate::engine::records::plain::lead(scenario, report, None) {
        let _ = writeln!(out, "  {line}");
    }
    match report.outcome {
        Some(o) => {
            let outcome = &scenario.outcomes[o];
            let _ = writeln!(out, "OUTCOME: {}\n  {}", outcome.title, outcome.epilogue);
            let _ = writeln!(out, "AT HOME");
            for side in Side::BOTH {
                if let Some(a) = report.aftermath[side.index()] {
                    let entry = &outcome.aftermath[a];
                    let result = entry.result.map_or(String::new(), |r| format!(" — {}", r.label()));
                    let _ = writeln!(out, "  {side}{result}: {}", entry.text);
                }
            }
            if !outcome.sources.is_empty() {
                let _ = writeln!(out, "  Sources: {}", outcome.sources.join(", "));
            }
        }
        None => {
            let _ = writeln!(out, "OUTCOME: none of the scenario's outcomes matches this ending.");
        }
    }
    if scenario.history.is_some() {
        let _ = writeln!(out, "CLAUSE BY CLAUSE, BESIDE THE TREATY OF 5 SEPTEMBER 1905");
        for clause in report.clauses(scenario) {
            let article = &scenario.articles[clause.article];
            let label = |o: Option<u8>| o.map_or("—".to_string(), |o| article.options[o as usize].label.clone());
            let verdict = match clause.favours {
                Favours::Same => "as in 1905".to_string(),
                Favours::Japan => "better for Japan".to_string(),
                Favours::Russia => "better for Russia".to_string(),
                Favours::Both => "better for both".to_string(),
                Favours::Neither => "different".to_string(),
            };
            let _ = writeln!(
                out,
                "  {:<34} {:<48} 1905: {} ({verdict})",
                article.title,
                label(clause.ours),
                label(clause.signed)
            );
        }
    }
    let _ = writeln!(out, "FOR THE TEACHER: THE BARGAINING SPACE");
    let _ = writeln!(out, "  {}", crate::engine::records::plain::FOR_THE_TEACHER);
    let _ = writeln!(
        out,
        "  Utilities (0 = worst treaty, 1 = best; walk-away = what breaking off was worth; share of the possible gain = how much of the room between walk-away and 1 the result took)"
    );
    for side in Side::BOTH {
        let s = side.index();
        let _ = writeln!(
            out,
            "  {side:<7} {:.3}   walk-away {:.3}   share of the possible gain {:.0}%",
            report.utility[s],
            report.reservation[s],
            100.0 * report.advantage[s]
        );
    }
    if report.ratified {
        let _ = writeln!(
            out,
            "  Pareto-optimal: {} (distance to the frontier {:.3})",
            if report.pareto_optimal {
                "yes"
            } else {
                "no — a treaty better for both existed"
            },
            report.pareto_distance
        );
    }
    match (report.nash, report.nash_distance) {
        (Some((_, u)), Some(d)) => {
            let _ = writeln!(
                out,
                "  Nash bargaining point at {:.3} / {:.3}; distance from this result {d:.3}",
                u[0], u[1]
            );
        }
        _ => {
            let _ = writeln!(
                out,
                "  No treaty was better than breaking off for both sides at the end."
            );
        }
    }
    if let Some(d) = report.history_distance {
        let _ = writeln!(out, "  Distance from the 1905 treaty in utilities: {d:.3}");
    }
    out
}
