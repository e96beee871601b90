//! "What chance decided": after the game, how each event the scenario leaves to chance fell
//! in this one, beside 1905. A class comparing its games sees why one went otherwise — the
//! Tsar refused Meyer — even where only one delegation was told. For the debrief and the
//! minutes, never during play.

use crate::engine::play::state::State;
use crate::engine::records::section;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;
use crate::tr;

/// The section's title in `lang`.
pub fn title(lang: Lang) -> String {
    tr!(lang, "export-chance-title")
}

/// What the section is, in `lang`.
pub fn note(lang: Lang) -> String {
    tr!(lang, "export-chance-note")
}

/// One line per event with a chance that was rolled or came in this game, in scenario order:
/// whether it came, and its chance. Events the game ended before are left out, as are those
/// whose chance is 0 or 1 (nothing was left to chance).
pub fn lines_in(lang: Lang, scenario: &Scenario, state: &State) -> Vec<String> {
    scenario
        .events
        .iter()
        .enumerate()
        .filter(|(_, event)| event.chance > 0.0 && event.chance < 1.0)
        .filter_map(|(e, event)| {
            let bit = 1u128 << e;
            // The debrief shows both sides everything: a one-sided event's title too.
            let (event_title, percent) = (scenario.event_title(e), format!("{:.0}", event.chance * 100.0));
            if state.fired & bit != 0 {
                Some(tr!(lang, "export-chance-came", event = event_title, percent = percent))
            } else if state.missed & bit != 0 {
                Some(tr!(
                    lang,
                    "export-chance-missed",
                    event = event_title,
                    percent = percent
                ))
            } else {
                None
            }
        })
        .collect()
}

/// The section as the printed debrief shows it (empty when nothing was left to chance).
pub fn debrief_section_in(lang: Lang, scenario: &Scenario, state: &State) -> String {
    section::text(&title(lang), &note(lang), &lines_in(lang, scenario, state))
}

/// The section as the minutes show it, a Markdown heading and list (empty when nothing was
/// left to chance).
pub fn markdown_section_in(lang: Lang, scenario: &Scenario, state: &State) -> String {
    section::markdown(&title(lang), &note(lang), &lines_in(lang, scenario, state))
}
