//! The endings: which outcome a game falls under, what follows in each capital, and
//! articles that the red lines make impossible from the start.

use super::{Compiler, Context};
use crate::engine::play::condition::{Cond, OptionSet};
use crate::engine::play::side::Side;
use crate::engine::records::narrate::side_words;
use crate::engine::scenario::limits::*;
use crate::engine::scenario::model::*;
use crate::msg;

impl<'a> Compiler<'a> {
    pub(super) fn outcomes(&mut self) -> Vec<Outcome> {
        let f = self.file;
        if f.outcomes.is_empty() || f.outcomes.len() > MAX_OUTCOMES {
            self.error(
                f.outcomes.span,
                "outcome-count",
                msg!(
                    "check-scenario-outcome-count",
                    count = f.outcomes.len(),
                    most = MAX_OUTCOMES
                ),
                msg!("check-scenario-outcome-count-help"),
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
                        msg!(
                            "check-scenario-aftermath-gap",
                            outcome = o.id.as_str(),
                            side = side_words(side)
                        ),
                        msg!("check-scenario-aftermath-gap-help", side_id = side.to_string()),
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
                        msg!(
                            "check-scenario-impossible-article",
                            side = side_words(side),
                            article = article.id.as_str()
                        ),
                        msg!("check-scenario-impossible-article-help"),
                    );
                }
            }
        }
    }
}
