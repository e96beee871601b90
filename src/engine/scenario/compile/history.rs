//! The historical record: the treaty as signed, its outcome, and the script of the 1905
//! conference that the historical agents replay.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::coverage;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::engine::source::diagnostic::choices_help;

impl<'a> Compiler<'a> {
    pub(super) fn history(&mut self, scenario: &Scenario) -> Option<History> {
        let h = self.file.history.as_ref()?;
        let signed = Date::parse(&h.signed).unwrap_or_else(|| {
            self.error(
                h.signed.span,
                "bad-date",
                format!("`{}` is not a date", h.signed.value),
                "write dates as \"YYYY-MM-DD\"",
            );
            Date {
                year: 1905,
                month: 1,
                day: 1,
            }
        });
        let treaty = self.terms(&h.treaty)?;
        for (a, article) in scenario.articles.iter().enumerate() {
            if treaty.get(a).is_none() {
                self.error(
                    h.treaty.span,
                    "missing-term",
                    format!("the historical treaty gives no option for `{}`", article.id),
                    format!("add `\"{}\": \"...\"`", article.id),
                );
            }
        }
        let outcome = match scenario.outcome_index(&h.outcome) {
            Some(o) => o,
            None => {
                let known: Vec<&str> = scenario.outcomes.iter().map(|o| o.id.as_str()).collect();
                self.error(
                    h.outcome.span,
                    "unknown-outcome",
                    format!("there is no outcome `{}`", h.outcome.value),
                    choices_help(&h.outcome, known),
                );
                return None;
            }
        };
        if treaty.articles().len() == scenario.articles.len() {
            let classified = coverage::classify_treaty(scenario, &treaty);
            if classified != Some(outcome) {
                self.error(
                    h.outcome.span,
                    "history-mismatch",
                    format!(
                        "the historical treaty falls under outcome `{}`, not `{}`",
                        classified.map_or("none", |o| scenario.outcomes[o].id.as_str()),
                        h.outcome.value
                    ),
                    "fix the outcome conditions or the historical terms so they agree",
                );
            }
        }
        if h.script.len() > MAX_SCRIPT_STEPS {
            self.error(
                h.script.span,
                "too-many",
                format!("{} script steps; the most is {MAX_SCRIPT_STEPS}", h.script.len()),
                "shorten the script",
            );
        }
        let mut script = Vec::new();
        for step in h.script.iter() {
            if step.session.value == 0 || step.session.value as usize > scenario.sessions.len() {
                self.error(
                    step.session.span,
                    "bad-session",
                    format!(
                        "session {} does not exist; sessions are numbered 1 to {}",
                        step.session.value,
                        scenario.sessions.len()
                    ),
                    "use a session number from the list",
                );
                continue;
            }
            match step.turn.compile(scenario, step.side) {
                Ok(turn) => script.push(Step {
                    session: step.session.value as usize - 1,
                    side: step.side,
                    turn,
                    note: step.note.clone(),
                    source: step.source.as_ref().map(|s| s.value.clone()),
                }),
                Err(message) => self.error(
                    step.turn.span,
                    "bad-script",
                    message.to_string(),
                    "script turns use the article, option, press and red-line ids defined above",
                ),
            }
        }
        let settlement = h.settlement.as_ref().map(|c| self.condition(c, Context::Terms));
        Some(History {
            signed,
            treaty,
            outcome,
            settlement,
            note: h.note.clone(),
            script,
        })
    }
}
