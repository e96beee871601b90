//! Outcomes are tried in order and the first whose condition holds names the ending. This
//! check walks every way a game can end (each combination of the terms the outcomes look
//! at, and each way of failing) to prove that every ending has an outcome and that every
//! outcome can be reached.

use super::limits::{MAX_COVERAGE_STATES, MAX_COVERAGE_WORK};
use super::model::Scenario;
use crate::engine::play::condition::{Cond, Facts};
use crate::engine::play::moves::{MAX_ARTICLES, Terms};
use crate::engine::play::side::Side;
use crate::engine::source::diagnostic::Diagnostic;
use crate::i18n::Message;
use crate::msg;

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
    check_within(scenario, MAX_COVERAGE_WORK)
}

/// The proof evaluates each outcome's condition once over every combination of the terms
/// the outcomes look at, 64 combinations to a machine word: its cost is known before it
/// starts, and past `budget` word operations the scenario is refused rather than left
/// to run for minutes.
fn check_within(scenario: &Scenario, budget: u64) -> Vec<CoverageDiagnostic> {
    let mut referenced = Vec::new();
    for o in &scenario.outcomes {
        o.when.articles(&mut referenced);
    }
    referenced.sort_unstable();
    let radix: Vec<usize> = referenced
        .iter()
        .map(|&a| scenario.articles[a as usize].options.len().max(1))
        .collect();
    let combinations = radix
        .iter()
        .try_fold(1u64, |n, &r| n.checked_mul(r as u64))
        .unwrap_or(u64::MAX);
    if combinations > MAX_COVERAGE_STATES {
        return vec![CoverageDiagnostic {
            outcome: None,
            diagnostic: Diagnostic::warning(
                "coverage-not-checked",
                msg!("check-coverage-not-checked", count = combinations.to_string()),
                msg!("check-coverage-not-checked-help"),
            ),
        }];
    }
    let mut space = Combinations::new(&referenced, &radix, combinations as usize);
    let work = space.work(&scenario.outcomes.iter().map(|o| &o.when).collect::<Vec<_>>());
    if work > budget {
        return vec![CoverageDiagnostic {
            outcome: None,
            diagnostic: Diagnostic::error(
                "coverage-too-costly",
                msg!(
                    "check-coverage-too-costly",
                    work = work.to_string(),
                    outcomes = scenario.outcomes.len(),
                    combinations = combinations.to_string(),
                    budget = budget.to_string()
                ),
                msg!("check-coverage-too-costly-help"),
            ),
        }];
    }

    let n = scenario.outcomes.len();
    let mut reached = vec![false; n];
    let mut shadowed_by: Vec<Option<usize>> = vec![None; n];
    let mut gaps: Vec<Message> = Vec::new();
    let mut gap_count = 0u64;

    // The endings without a treaty come first, as a game's order of play would meet them.
    for broken_off_by in [None, Some(Side::Japan), Some(Side::Russia)] {
        let ending = Ending {
            treaty: None,
            broken_off_by,
        };
        let holding: Vec<bool> = scenario.outcomes.iter().map(|o| o.when.holds(&ending)).collect();
        match holding.iter().position(|&h| h) {
            None => {
                gap_count += 1;
                if gaps.len() < 3 {
                    gaps.push(ending_words(broken_off_by));
                }
            }
            Some(first) => {
                reached[first] = true;
                for k in first + 1..n {
                    if shadowed_by[k].is_none() && !reached[k] && holding[k] {
                        shadowed_by[k] = Some(first);
                    }
                }
            }
        }
    }

    // Then every treaty, each combination taken by the first outcome that holds for it.
    let mut unclaimed = space.all();
    let mut owner = vec![u8::MAX; space.count];
    let mut holds = vec![0u64; space.words()];
    let mut scratch = Vec::new();
    for (k, outcome) in scenario.outcomes.iter().enumerate() {
        space.evaluate(&outcome.when, &mut holds, &mut scratch);
        let mut claimed_any = false;
        for (w, (bits, free)) in holds.iter().zip(unclaimed.iter_mut()).enumerate() {
            let mut claimed = bits & *free;
            *free &= !claimed;
            claimed_any |= claimed != 0;
            while claimed != 0 {
                owner[w * 64 + claimed.trailing_zeros() as usize] = k as u8;
                claimed &= claimed - 1;
            }
        }
        if claimed_any {
            reached[k] = true;
        } else if !reached[k]
            && shadowed_by[k].is_none()
            && let Some(c) = first_set(&holds)
        {
            shadowed_by[k] = Some(owner[c] as usize);
        }
    }
    gap_count += unclaimed.iter().map(|w| w.count_ones() as u64).sum::<u64>();
    let mut c = 0;
    while gaps.len() < 3
        && let Some(next) = first_set_from(&unclaimed, c)
    {
        gaps.push(space.describe(scenario, next));
        c = next + 1;
    }
    report(scenario, &reached, &shadowed_by, &gaps, gap_count)
}

/// Every combination of the options of the articles the outcomes look at, numbered with
/// the first article changing fastest, as sets of bits.
struct Combinations<'a> {
    referenced: &'a [u8],
    radix: &'a [usize],
    count: usize,
    /// For each referenced article and each of its options, the combinations where the
    /// article stands at that option.
    at_option: Vec<Vec<Vec<u64>>>,
}

impl<'a> Combinations<'a> {
    fn new(referenced: &'a [u8], radix: &'a [usize], count: usize) -> Combinations<'a> {
        Combinations {
            referenced,
            radix,
            count,
            at_option: Vec::new(),
        }
    }

    fn words(&self) -> usize {
        self.count.div_ceil(64)
    }

    fn all(&self) -> Vec<u64> {
        let mut bits = vec![u64::MAX; self.words()];
        self.trim(&mut bits);
        bits
    }

    /// Clears the bits past the last combination.
    fn trim(&self, bits: &mut [u64]) {
        let tail = self.count % 64;
        if tail != 0
            && let Some(last) = bits.last_mut()
        {
            *last &= (1u64 << tail) - 1;
        }
    }

    /// Word operations the proof will take: building the option sets, evaluating every
    /// condition node over all combinations, and sharing the combinations out.
    fn work(&self, conditions: &[&Cond]) -> u64 {
        let nodes: u64 = conditions.iter().map(|c| cost(c)).sum();
        let options: u64 = self.radix.iter().map(|&r| r as u64).sum();
        let per_word = nodes
            .saturating_add(options)
            .saturating_add(2 * conditions.len() as u64);
        (self.words() as u64)
            .saturating_mul(per_word)
            .saturating_add(self.count as u64)
    }

    fn evaluate(&mut self, cond: &Cond, out: &mut [u64], scratch: &mut Vec<Vec<u64>>) {
        if self.at_option.is_empty() {
            self.build_option_sets();
        }
        self.eval(cond, out, scratch, 0);
    }

    fn build_option_sets(&mut self) {
        let words = self.words();
        let mut stride = 1;
        self.at_option = self
            .radix
            .iter()
            .map(|&r| {
                let mut sets = vec![vec![0u64; words]; r];
                for c in 0..self.count {
                    let o = (c / stride) % r;
                    sets[o][c / 64] |= 1 << (c % 64);
                }
                stride *= r;
                sets
            })
            .collect();
    }

    fn eval(&self, cond: &Cond, out: &mut [u64], scratch: &mut Vec<Vec<u64>>, depth: usize) {
        match cond {
            Cond::Term(a, options) => {
                out.fill(0);
                if let Ok(k) = self.referenced.binary_search(a) {
                    for (o, set) in self.at_option[k].iter().enumerate() {
                        if options & (1 << o) != 0 {
                            out.iter_mut().zip(set).for_each(|(w, s)| *w |= s);
                        }
                    }
                }
            }
            Cond::All(cs) | Cond::Any(cs) => {
                let all = matches!(cond, Cond::All(_));
                if all {
                    out.fill(u64::MAX);
                    self.trim(out);
                } else {
                    out.fill(0);
                }
                if scratch.len() <= depth {
                    scratch.push(vec![0; self.words()]);
                }
                let mut part = std::mem::take(&mut scratch[depth]);
                for c in cs {
                    self.eval(c, &mut part, scratch, depth + 1);
                    if all {
                        out.iter_mut().zip(&part).for_each(|(w, p)| *w &= p);
                    } else {
                        out.iter_mut().zip(&part).for_each(|(w, p)| *w |= p);
                    }
                }
                scratch[depth] = part;
            }
            Cond::Not(c) => {
                self.eval(c, out, scratch, depth);
                out.iter_mut().for_each(|w| *w = !*w);
                self.trim(out);
            }
            // Everything else is the same for every signed treaty.
            leaf => {
                let mut terms = Terms::EMPTY;
                for a in 0..MAX_ARTICLES {
                    terms.set(a, 0);
                }
                let ending = Ending {
                    treaty: Some(terms),
                    broken_off_by: None,
                };
                out.fill(if leaf.holds(&ending) { u64::MAX } else { 0 });
                self.trim(out);
            }
        }
    }

    /// The terms of combination `c`, for a message.
    fn describe(&self, scenario: &Scenario, mut c: usize) -> Message {
        let listed: Vec<String> = self
            .referenced
            .iter()
            .zip(self.radix)
            .map(|(&a, &r)| {
                let article = &scenario.articles[a as usize];
                let o = c % r;
                c /= r;
                format!("{} = {}", article.id, article.options[o].id)
            })
            .collect();
        treaty_words(&listed)
    }
}

/// An ending without a treaty, for a message.
fn ending_words(broken_off_by: Option<Side>) -> Message {
    match broken_off_by {
        None => msg!("check-coverage-time-runs-out"),
        Some(Side::Japan) => msg!("check-coverage-broken-off-by-japan"),
        Some(Side::Russia) => msg!("check-coverage-broken-off-by-russia"),
    }
}

/// A treaty with these terms ("korea = protectorate"), for a message.
fn treaty_words(listed: &[String]) -> Message {
    if listed.is_empty() {
        msg!("check-coverage-signed-treaty")
    } else {
        msg!("check-coverage-treaty-with", terms = listed.join(", "))
    }
}

/// Up to three examples, in the order found.
fn examples(gaps: &[Message]) -> Message {
    match gaps {
        [first] => msg!("check-coverage-examples-one", first = first.clone()),
        [first, second] => msg!(
            "check-coverage-examples-two",
            first = first.clone(),
            second = second.clone()
        ),
        [first, second, third, ..] => msg!(
            "check-coverage-examples-three",
            first = first.clone(),
            second = second.clone(),
            third = third.clone()
        ),
        [] => Message::empty(),
    }
}

/// Word operations to evaluate a condition over one word of combinations.
fn cost(cond: &Cond) -> u64 {
    match cond {
        Cond::Term(_, options) => 1 + options.count_ones() as u64,
        Cond::All(cs) | Cond::Any(cs) => cs
            .iter()
            .map(cost)
            .fold(1u64, u64::saturating_add)
            .saturating_add(cs.len() as u64),
        Cond::Not(c) => cost(c).saturating_add(1),
        _ => 1,
    }
}

fn first_set(bits: &[u64]) -> Option<usize> {
    first_set_from(bits, 0)
}

fn first_set_from(bits: &[u64], from: usize) -> Option<usize> {
    let mut w = from / 64;
    let mut word = *bits.get(w)? & (u64::MAX << (from % 64));
    loop {
        if word != 0 {
            return Some(w * 64 + word.trailing_zeros() as usize);
        }
        w += 1;
        word = *bits.get(w)?;
    }
}

fn report(
    scenario: &Scenario,
    reached: &[bool],
    shadowed_by: &[Option<usize>],
    gaps: &[Message],
    gap_count: u64,
) -> Vec<CoverageDiagnostic> {
    let mut out = Vec::new();
    if gap_count > 0 {
        out.push(CoverageDiagnostic {
            outcome: None,
            diagnostic: Diagnostic::error(
                "outcome-gap",
                msg!("check-coverage-gap", count = gap_count, examples = examples(gaps)),
                msg!("check-coverage-gap-help"),
            ),
        });
    }
    for (k, outcome) in scenario.outcomes.iter().enumerate() {
        if reached[k] {
            continue;
        }
        let message = match shadowed_by[k] {
            Some(first) => msg!(
                "check-coverage-shadowed",
                outcome = outcome.id.as_str(),
                earlier = scenario.outcomes[first].id.as_str()
            ),
            None => msg!("check-coverage-never-holds", outcome = outcome.id.as_str()),
        };
        out.push(CoverageDiagnostic {
            outcome: Some(k),
            diagnostic: Diagnostic::error("unreachable-outcome", message, msg!("check-coverage-unreachable-help")),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::scenario::model::Outcome;

    /// The proof as it was first written, one treaty at a time: the reference.
    #[allow(clippy::type_complexity)]
    fn by_each_treaty(scenario: &Scenario) -> Vec<CoverageDiagnostic> {
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
                    msg!("check-coverage-not-checked", count = combinations.to_string()),
                    msg!("check-coverage-not-checked-help"),
                ),
            }];
        }

        let n = scenario.outcomes.len();
        let mut reached = vec![false; n];
        let mut shadowed_by: Vec<Option<usize>> = vec![None; n];
        let mut gaps: Vec<Message> = Vec::new();
        let mut gap_count = 0u64;

        let mut visit = |ending: &Ending, describe: &dyn Fn() -> Message| {
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

        for broken_off_by in [None, Some(Side::Japan), Some(Side::Russia)] {
            visit(
                &Ending {
                    treaty: None,
                    broken_off_by,
                },
                &|| ending_words(broken_off_by),
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
                    treaty_words(&listed)
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

    struct Random(u64);

    impl Random {
        fn below(&mut self, n: u64) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0 % n
        }
    }

    fn condition(scenario: &Scenario, articles: &[u8], random: &mut Random, depth: u32) -> Cond {
        let leaf = depth == 0 || random.below(3) == 0;
        if leaf {
            let a = articles[random.below(articles.len() as u64) as usize];
            let options = scenario.articles[a as usize].options.len() as u64;
            return match random.below(8) {
                0 => Cond::Treaty,
                1 => Cond::NoTreaty,
                2 => Cond::BrokenOffBy(if random.below(2) == 0 {
                    Side::Japan
                } else {
                    Side::Russia
                }),
                3 => Cond::Agreed(a),
                _ => Cond::Term(a, (1 + random.below((1 << options) - 1)) as u16),
            };
        }
        let children = (1 + random.below(3)).try_into().unwrap();
        let parts = (0..children)
            .map(|_| condition(scenario, articles, random, depth - 1))
            .collect();
        match random.below(3) {
            0 => Cond::All(parts),
            1 => Cond::Any(parts),
            _ => Cond::Not(Box::new(condition(scenario, articles, random, depth - 1))),
        }
    }

    fn summary(diagnostics: Vec<CoverageDiagnostic>) -> Vec<(Option<usize>, String)> {
        diagnostics
            .into_iter()
            .map(|d| (d.outcome, d.diagnostic.to_string()))
            .collect()
    }

    #[test]
    fn proving_by_words_finds_what_proving_by_each_treaty_finds() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        let loaded = crate::engine::scenario::load(&path).unwrap();
        let mut scenario = std::sync::Arc::try_unwrap(loaded.scenario).unwrap();
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        let mut found = Vec::new();
        for _ in 0..200 {
            let count = 1 + random.below(6) as usize;
            let articles: Vec<u8> = (0..2 + random.below(6))
                .map(|_| random.below(scenario.articles.len() as u64) as u8)
                .collect();
            scenario.public.outcomes = (0..count)
                .map(|k| Outcome {
                    id: format!("o{k}"),
                    title: String::new(),
                    when: condition(&scenario, &articles, &mut random, 3),
                    epilogue: String::new(),
                    aftermath: Vec::new(),
                    sources: Vec::new(),
                    note: None,
                })
                .collect();
            let proved = summary(check(&scenario));
            assert_eq!(
                proved,
                summary(by_each_treaty(&scenario)),
                "{:?}",
                scenario.outcomes.iter().map(|o| &o.when).collect::<Vec<_>>()
            );
            found.extend(proved.into_iter().map(|(_, text)| text));
        }
        // The cases exercise every verdict.
        for rule in ["outcome-gap", "already taken by the earlier outcome", "can never hold"] {
            assert!(found.iter().any(|text| text.contains(rule)), "no case of {rule}");
        }
        assert!(found.len() < 200 * 6, "every case had every problem");
    }
}
