//! The historical record: the treaty as signed, its outcome, and the script of the 1905
//! conference that the historical agents replay.

use super::{Compiler, Context};
use crate::engine::play::date::Date;
use crate::engine::scenario::coverage;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::engine::source::diagnostic::choices_help;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn history(&mut self, scenario: &Scenario) -> Option<History> {
        let h = self.file.history.as_ref()?;
        let signed = Date::parse(&h.signed).unwrap_or_else(|| {
            self.error(
                h.signed.span,
                "bad-date",
                msg!("check-scenario-bad-date", date = h.signed.as_str()),
                msg!("check-scenario-bad-plain-date-help"),
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
                    msg!("check-scenario-missing-term", article = article.id.as_str()),
                    msg!("check-scenario-missing-term-help", article = article.id.as_str()),
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
                    msg!("check-scenario-no-outcome", id = h.outcome.as_str()),
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
                    msg!(
                        "check-scenario-history-mismatch",
                        outcome = classified.map_or("none", |o| scenario.outcomes[o].id.as_str()),
                        expected = h.outcome.as_str()
                    ),
                    msg!("check-scenario-history-mismatch-help"),
                );
            }
        }
        if h.script.len() > MAX_SCRIPT_STEPS {
            self.error(
                h.script.span,
                "too-many",
                msg!(
                    "check-scenario-too-many-steps",
                    count = h.script.len(),
                    most = MAX_SCRIPT_STEPS
                ),
                msg!("check-scenario-too-many-steps-help"),
            );
        }
        let mut script = Vec::new();
        for step in h.script.iter() {
            if step.session.value == 0 || step.session.value as usize > scenario.sessions.len() {
                self.error(
                    step.session.span,
                    "bad-session",
                    msg!(
                        "check-scenario-bad-session",
                        session = step.session.value,
                        count = scenario.sessions.len()
                    ),
                    msg!("check-scenario-bad-session-help"),
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
                Err(problem) => self.error(
                    step.turn.span,
                    "bad-script",
                    problem.words(),
                    msg!("check-scenario-bad-script-help"),
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
