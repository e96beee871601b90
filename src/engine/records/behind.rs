//! "Behind the table": after the game, what each computer delegation kept to itself — how
//! much it insisted on, how patient it was beside the persona the scenario gives it, and
//! whether it was ready to walk out. For the debrief and the minutes, never during play:
//! the words are for students, the drawn figures in brackets for the teacher.

use crate::engine::agents::{AgentSpec, HiddenLimits, limits_for};
use crate::engine::play::side::Side;
use crate::engine::records::save::Seat;
use crate::engine::records::section;
use crate::engine::scenario::Scenario;
use crate::i18n::{self, Lang};
use crate::tr;

/// The section's title.
pub const TITLE: &str = "Behind the table";

/// The section's title in `lang` ([`TITLE`] in English).
pub fn title(lang: Lang) -> String {
    tr!(lang, "export-behind-title")
}

/// One paragraph per seat a computer delegate held, Japan first; none for players and for
/// agents that draw no hidden limits.
pub fn behind_the_table(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> Vec<String> {
    behind_the_table_in(Lang::English, scenario, seed, seats)
}

/// [`behind_the_table`] in `lang`.
pub fn behind_the_table_in(lang: Lang, scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> Vec<String> {
    Side::BOTH
        .into_iter()
        .filter_map(|side| {
            let Seat::Computer(spec) = &seats[side.index()] else {
                return None;
            };
            let limits = limits_for(spec, side, seed, scenario)?;
            Some(paragraph(lang, scenario, side, spec, &limits))
        })
        .collect()
}

/// What the section is, for its readers.
pub const NOTE: &str = "What each computer delegation kept to itself, drawn for this game from the scenario's ranges and played at its level; in brackets, the drawn figures. It insists on more whenever the other side reopens an agreed article against it.";

/// What the section is, in `lang` ([`NOTE`] in English).
pub fn note(lang: Lang) -> String {
    tr!(lang, "export-behind-note")
}

/// The section as the printed debrief shows it (empty when no delegate sat at the table).
pub fn debrief_section(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    debrief_section_in(Lang::English, scenario, seed, seats)
}

/// [`debrief_section`] in `lang`.
pub fn debrief_section_in(lang: Lang, scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    let paragraphs = behind_the_table_in(lang, scenario, seed, seats);
    section::text(&title(lang), &note(lang), &paragraphs)
}

/// The section as the minutes show it, a Markdown heading and list (empty when no delegate
/// sat at the table).
pub fn markdown_section(scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    markdown_section_in(Lang::English, scenario, seed, seats)
}

/// [`markdown_section`] in `lang`.
pub fn markdown_section_in(lang: Lang, scenario: &Scenario, seed: u64, seats: &[Seat; 2]) -> String {
    let paragraphs = behind_the_table_in(lang, scenario, seed, seats);
    section::markdown(&title(lang), &note(lang), &paragraphs)
}

fn paragraph(lang: Lang, scenario: &Scenario, side: Side, spec: &AgentSpec, limits: &HiddenLimits) -> String {
    let party = scenario.party(side);
    let persona = party.delegates.first().map_or_else(
        || tr!(lang, "export-behind-delegation", party = party.name.as_str()),
        |d| d.name.clone(),
    );
    let level = match spec {
        AgentSpec::DelegateAt(id) => scenario.difficulties.iter().find(|d| d.id == *id),
        _ => None,
    };
    let resolve = tr!(
        lang,
        "export-behind-resolve",
        party = party.name.as_str(),
        agent = spec.to_string(),
        insisted = insisted(limits.resolve),
        resolve = i18n::decimal(lang, limits.resolve, 2)
    );
    let (patience_value, pressure) = (
        i18n::decimal(lang, limits.patience, 2),
        i18n::decimal(lang, limits.pressure, 2),
    );
    // The easier levels scale its firmness besides; say so rather than let the words mislead.
    let patience = match level.filter(|l| l.firmness != 1.0) {
        Some(level) => tr!(
            lang,
            "export-behind-patience-level",
            patience = patience(limits.patience),
            persona = persona.as_str(),
            patienceValue = patience_value,
            pressure = pressure,
            level = level.label.as_str(),
            pace = if level.firmness < 1.0 { "sooner" } else { "later" }
        ),
        None => tr!(
            lang,
            "export-behind-patience",
            patience = patience(limits.patience),
            persona = persona.as_str(),
            patienceValue = patience_value,
            pressure = pressure
        ),
    };
    let walk_out = match limits
        .walk_out
        .and_then(|s| scenario.sessions.get(s).map(|session| (s, session)))
    {
        Some((s, session)) => tr!(
            lang,
            "export-behind-walk-out",
            session = s + 1,
            date = i18n::long_date(lang, session.date)
        ),
        None => tr!(lang, "export-behind-no-walk-out"),
    };
    tr!(
        lang,
        "export-behind-paragraph",
        resolve = resolve,
        patience = patience,
        walkOut = walk_out
    )
}

/// How far from walking away towards the treaty it thought fair it held out: the variant
/// of `export-behind-resolve` that says it.
fn insisted(resolve: f64) -> &'static str {
    match resolve {
        r if r < 0.2 => "little",
        r if r < 0.4 => "part",
        r if r < 0.65 => "half",
        r if r < 0.85 => "most",
        _ => "nearly",
    }
}

/// Its patience beside the persona's (1 = as the scenario plays it): the variant of
/// `export-behind-patience` that says it.
fn patience(patience: f64) -> &'static str {
    match patience {
        p if p < 0.95 => "less",
        p if p <= 1.05 => "same",
        _ => "more",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_follow_the_figures() {
        let says = |resolve: f64, patience_factor: f64| {
            let resolve = tr!(
                Lang::English,
                "export-behind-resolve",
                party = "Japan",
                agent = "delegate",
                insisted = insisted(resolve),
                resolve = "x"
            );
            let patience = tr!(
                Lang::English,
                "export-behind-patience",
                patience = patience(patience_factor),
                persona = "Komura",
                patienceValue = "x",
                pressure = "x"
            );
            format!("{resolve} {patience}")
        };
        assert!(says(0.0, 0.8).contains("it would have settled for little more than breaking off"));
        assert!(says(0.5, 1.0).contains("it held out for about half-way to what it thought fair"));
        assert!(says(0.95, 1.2).contains("it held out for nearly what it thought fair"));
        assert!(says(0.0, 0.8).contains("It was less patient than the scenario's Komura"));
        assert!(says(0.5, 1.0).contains("It was about as patient as the scenario's Komura"));
        assert!(says(0.95, 1.2).contains("It was more patient than the scenario's Komura"));
    }
}
