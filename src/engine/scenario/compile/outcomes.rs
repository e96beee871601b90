//! The endings: which outcome a game falls under, what follows in each capital, and
//! articles that the red lines make impossible from the start.

use super::{Compiler, Context};
use crate::engine::play::condition::{Cond, OptionSet};
use crate::engine::play::side::Side;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;

impl<'a> Compiler<'a> {
    pub(super) fn outcomes(&mut self) -> Vec<Outcome> {
        let f = self.file;
        if f.outcomes.is_empty() || f.outcomes.len() > MAX_OUTCOMES {
            self.error(
                f.outcomes.span,
                "outcome-count",
                format!("{} outcomes; a scenario needs 1 to {MAX_OUTCOMES}", f.outcomes.len()),
                "define at least a treaty outcome and a failure outcome",
            );
        }
        let mut out = Vec::new();
        for o in f.outcomes.iter() {
            let when = self.condition(&o.when, Context::Outcome);
            let mut aftermath = Vec::new();
            for a in o.aftermath.iter() {
                aftermath.push(Aftermath {
                    side: a.side,
                    when: self.optional_condition(&a.when, Context::Final),
                    result: a.result,
                    text: a.text.clone(),
                });
            }
            for side in Side::BOTH {
                if !aftermath.iter().any(|a| a.side == side && a.when == Cond::Always) {
                    self.error(
                        o.aftermath.span,
                        "aftermath-gap",
                        format!("outcome `{}` has no aftermath for {side} that always applies", o.id.value),
                        format!("end its aftermath list with an entry `Aftermath(side: {side}, result: ..., text: \"...\")` without `when`"),
                    );
                }
            }
            out.push(Outcome {
                id: o.id.value.clone(),
                title: o.title.clone(),
                when,
                epilogue: o.epilogue.clone(),
                aftermath,
                sources: o.sources.iter().map(|s| s.value.clone()).collect(),
                note: crate::engine::scenario::notes::compile(&o.note),
            });
        }
        out
    }

    pub(super) fn check_impossible_articles(&mut self, scenario: &Scenario) {
        for side in Side::BOTH {
            for (a, article) in scenario.articles.iter().enumerate() {
                let forbidden = scenario
                    .red_lines()
                    .filter(|r| r.side == side && r.active && r.unless.is_none())
                    .fold(0 as OptionSet, |acc, r| acc | r.forbids[a]);
                let all: OptionSet = (1 << article.options.len()) - 1;
                if forbidden & all == all {
                    self.warning(
                        self.file.articles[a].id.span,
                        "impossible-article",
                        format!(
                            "{side}'s red lines at the start forbid every option of `{}`",
                            article.id
                        ),
                        "this is deliberate only if an event or cable is meant to lift one of them",
                    );
                }
            }
        }
    }
}
