//! Outcomes are tried in order and the first whose condition holds names the ending. This
//! check walks every way a game can end (each combination of the terms the outcomes look
//! at, and each way of failing) to prove that every ending has an outcome and that every
//! outcome can be reached.

use super::limits::MAX_COVERAGE_STATES;
use super::model::Scenario;
use crate::engine::condition::Facts;
use crate::engine::diagnostic::Diagnostic;
use crate::engine::moves::Terms;
use crate::engine::side::Side;

pub struct CoverageDiagnostic {
    /// The outcome it is about, or `None` for the list as a whole.
    pub outcome: Option<usize>,
    pub diagnostic: Diagnostic,
}

/// How a game ended, as far as outcome conditions may ask.
struct Ending {
    treaty: Option<Terms>,
    broken_off_by: Option<Side>,
}

impl Facts for Ending {
    fn term(&self, article: usize) -> Option<u8> {
        self.treaty.and_then(|t| t.get(article))
    }
    fn treaty(&self) -> Option<bool> {
        Some(self.treaty.is_some())
    }
    fn broken_off_by(&self) -> Option<Side> {
        self.broken_off_by
    }
}

/// The outcome a signed treaty with these (complete) terms falls under.
pub fn classify_treaty(scenario: &Scenario, terms: &Terms) -> Option<usize> {
    classify(scenario, Some(*terms), None)
}

/// The outcome of any ending.
pub fn classify(scenario: &Scenario, treaty: Option<Terms>, broken_off_by: Option<Side>) -> Option<usize> {
    let ending = Ending { treaty, broken_off_by };
    scenario.outcomes.iter().position(|o| o.when.holds(&ending))
}

pub fn check(scenario: &Scenario) -> Vec<CoverageDiagnostic> {
    let mut referenced = Vec::new();
    for o in &scenario.outcomes {
        o.when.articles(&mut referenced);
    }
    referenced.sort_unstable();
    let combinations: u64 = referenced
        .iter()
        .map(|&a| scenario.articles[a as usize].options.len() as u64)
        .product();
    if combinations > MAX_COVERAGE_STATES {
        return vec![CoverageDiagnostic {
            outcome: None,
            diagnostic: Diagnostic::warning(
                "coverage-not-checked",
                format!(
                    "the outcome conditions combine {combinations} sets of terms, too many to check that every ending has an outcome"
                ),
                "make the outcomes look at fewer articles, or end the list with a catch-all outcome (`when: Always`)",
            ),
        }];
    }

    let n = scenario.outcomes.len();
    let mut reached = vec![false; n];
    let mut shadowed_by: Vec<Option<usize>> = vec![None; n];
    let mut gaps: Vec<String> = Vec::new();
    let mut gap_count = 0u64;

    let mut visit = |ending: &Ending, describe: &dyn Fn() -> String| {
        let first = scenario.outcomes.iter().position(|o| o.when.holds(ending));
        match first {
            None => {
                gap_count += 1;
                if gaps.len() < 3 {
                    gaps.push(describe());
                }
            }
            Some(first) => {
                reached[first] = true;
                for k in first + 1..n {
                    if shadowed_by[k].is_none() && !reached[k] && scenario.outcomes[k].when.holds(ending) {
                        shadowed_by[k] = Some(first);
                    }
                }
            }
        }
    };

    let endings = [
        (None, "talks that end without a treaty when time runs out".to_string()),
        (Some(Side::Japan), "talks broken off by Japan".to_string()),
        (Some(Side::Russia), "talks broken off by Russia".to_string()),
    ];
    for (broken_off_by, text) in &endings {
        visit(
            &Ending {
                treaty: None,
                broken_off_by: *broken_off_by,
            },
            &|| text.clone(),
        );
    }

    let mut terms = Terms::EMPTY;
    for a in 0..scenario.articles.len() {
        terms.set(a, 0);
    }
    let mut index = vec![0u8; referenced.len()];
    loop {
        for (k, &a) in referenced.iter().enumerate() {
            terms.set(a as usize, index[k]);
        }
        let snapshot = terms;
        visit(
            &Ending {
                treaty: Some(terms),
                broken_off_by: None,
            },
            &|| {
                let listed: Vec<String> = referenced
                    .iter()
                    .map(|&a| {
                        let article = &scenario.articles[a as usize];
                        let o = snapshot.get(a as usize).unwrap_or(0);
                        format!("{} = {}", article.id, article.options[o as usize].id)
                    })
                    .collect();
                if listed.is_empty() {
                    "a signed treaty".to_string()
                } else {
                    format!("a treaty with {}", listed.join(", "))
                }
            },
        );
        // Next combination, or stop after the last.
        let mut k = 0;
        loop {
            if k == referenced.len() {
                return report(scenario, &reached, &shadowed_by, &gaps, gap_count);
            }
            index[k] += 1;
            if (index[k] as usize) < scenario.articles[referenced[k] as usize].options.len() {
                break;
            }
            index[k] = 0;
            k += 1;
        }
    }
}

fn report(
    scenario: &Scenario,
    reached: &[bool],
    shadowed_by: &[Option<usize>],
    gaps: &[String],
    gap_count: u64,
) -> Vec<CoverageDiagnostic> {
    let mut out = Vec::new();
    if gap_count > 0 {
        out.push(CoverageDiagnostic {
            outcome: None,
            diagnostic: Diagnostic::error(
                "outcome-gap",
                format!(
                    "{gap_count} possible ending(s) match no outcome, for example {}",
                    gaps.join("; ")
                ),
                "add an outcome covering them, or end the list with a catch-all outcome (`when: Always`)",
            ),
        });
    }
    for (k, outcome) in scenario.outcomes.iter().enumerate() {
        if reached[k] {
            continue;
        }
        let why = match shadowed_by[k] {
            Some(first) => format!(
                "every ending it matches is already taken by the earlier outcome `{}`",
                scenario.outcomes[first].id
            ),
            None => "its condition can never hold".to_string(),
        };
        out.push(CoverageDiagnostic {
            outcome: Some(k),
            diagnostic: Diagnostic::error(
                "unreachable-outcome",
                format!("outcome `{}` can never be reached: {why}", outcome.id),
                "outcomes are tried in order; move it earlier or narrow the outcomes before it",
            ),
        });
    }
    out
}
