//! "Behind the table": after the game, what each computer delegation kept to itself — how
//! much it insisted on, how patient it was beside the persona the scenario gives it, and
//! whether it was ready to walk out. For the debrief and the minutes, never during play:
//! the words are for students, the drawn figures in brackets for the teacher.

use crate::engine::agents::{AgentSpec, HiddenLimits, limits_for};
use crate::engine::play::side::Side;
use crate::engine::records::save::Seat;
use crate::engine::scenario::Scenario;

/// The section's title.
pub const TITLE: &str = "Behind the table";

/// One paragraph per seat a computer delegate held, Japan first; none for players and for
/// agents that draw no hidden limits.
pub fn behind_the_table(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> Vec<String> {
    Side::BOTH
        .into_iter()
        .filter_map(|side| {
            let Seat::Computer(spec) = &seats[side.index()] else {
                return None;
            };
            let limits = limits_for(spec, side, seed, scenario)?;
            Some(paragraph(scenario, side, spec, &limits))
        })
        .collect()
}

/// What the section is, for its readers.
pub const NOTE: &str = "What each computer delegation kept to itself, drawn for this game from the scenario's ranges and played at its level; in brackets, the drawn figures. It insisted on more each time the other side reopened an agreed article.";

/// The section as the printed debrief shows it (empty when no delegate sat at the table).
pub fn debrief_section(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    let paragraphs = behind_the_table(scenario, seed, seats);
    if paragraphs.is_empty() {
        return String::new();
    }
    let mut out = format!("{}\n  {NOTE}\n", TITLE.to_uppercase());
    for p in paragraphs {
        out.push_str(&format!("  {p}\n"));
    }
    out
}

/// The section as the minutes show it, a Markdown heading and list (empty when no delegate
/// sat at the table).
pub fn markdown_section(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    let paragraphs = behind_the_table(scenario, seed, seats);
    if paragraphs.is_empty() {
        return String::new();
    }
    let mut out = format!("\n## {TITLE}\n\n*{NOTE}*\n\n");
    for p in paragraphs {
        out.push_str(&format!("- {p}\n"));
    }
    out
}

fn paragraph(scenario: &Scenario, side: Side, spec: &AgentSpec, limits: &HiddenLimits) -> String {
    let party = scenario.party(side);
    let persona = party
        .delegates
        .first()
        .map_or_else(|| format!("{}'s delegation", party.name), |d| d.name.clone());
    let level = match spec {
        AgentSpec::DelegateAt(id) => scenario.difficulties.iter().find(|d| d.id == *id),
        _ => None,
    };
    let mut text = format!(
        "{} (the computer, {spec}): it {} [resolve {:.2}]. It was {} the scenario's {persona} [patience ×{:.2}, pressure ×{:.2}]",
        party.name,
        insisted(limits.resolve),
        limits.resolve,
        patience(limits.patience),
        limits.patience,
        limits.pressure,
    );
    // The easier levels scale its firmness besides; say so rather than let the words mislead.
    if let Some(level) = level.filter(|l| l.firmness != 1.0) {
        let pace = if level.firmness < 1.0 { "sooner" } else { "later" };
        text.push_str(&format!(
            ", and at the {} level it gave way {pace} than at full strength",
            level.label
        ));
    }
    text.push_str(". ");
    match limits.walk_out.and_then(|s| scenario.sessions.get(s).map(|session| (s, session))) {
        Some((s, session)) => text.push_str(&format!(
            "It was ready to lay down its terms and walk out from session {} ({}) if the other side had not come near them.",
            s + 1,
            session.date.long()
        )),
        None => text.push_str("It was not ready to walk out before the last session."),
    }
    text
}

/// How far from walking away towards the treaty it thought fair it held out.
fn insisted(resolve: f64) -> &'static str {
    match resolve {
        r if r < 0.2 => "would take little more than breaking off",
        r if r < 0.4 => "held out for part of the way to what it thought fair",
        r if r < 0.65 => "held out for about half-way to what it thought fair",
        r if r < 0.85 => "held out for most of the way to what it thought fair",
        _ => "held out for nearly what it thought fair",
    }
}

/// Its patience beside the persona's (1 = as the scenario plays it).
fn patience(patience: f64) -> &'static str {
    match patience {
        p if p < 0.95 => "less patient than",
        p if p <= 1.05 => "about as patient as",
        _ => "more patient than",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_follow_the_figures() {
        assert_eq!(insisted(0.0), "would take little more than breaking off");
        assert_eq!(insisted(0.5), "held out for about half-way to what it thought fair");
        assert_eq!(insisted(0.95), "held out for nearly what it thought fair");
        assert_eq!(patience(0.8), "less patient than");
        assert_eq!(patience(1.0), "about as patient as");
        assert_eq!(patience(1.2), "more patient than");
    }
}
