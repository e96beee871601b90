//! What a delegation's instructions allow. Most red lines forbid options outright; a red
//! line with an `unless` condition forbids them only in treaties where the condition fails
//! (Japan may drop reimbursement only if northern Sakhalin is paid for). Such terms must
//! come linked in one package with what makes them acceptable.

use crate::engine::play::condition::{Cond, Facts, OptionSet};
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::play::moves::Terms;
use crate::engine::play::side::Side;
use crate::engine::play::state::State;
use crate::engine::scenario::{RedLine, Scenario};

/// A term the instructions forbid, and the red line that forbids it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Violation {
    pub article: usize,
    pub option: u8,
    pub red_line: usize,
}

/// Whether `side` may agree to `package` on top of what is already agreed.
pub fn check(scenario: &Scenario, state: &State, side: Side, package: &Terms) -> Result<(), Violation> {
    if package.is_empty() {
        return Ok(());
    }
    for (a, o) in package.iter() {
        if state.is_forbidden(side, a, o) {
            let red_line = unconditional_forbidder(scenario, state, side, a, o).expect("a red line sets the mask");
            return Err(Violation {
                article: a,
                option: o,
                red_line,
            });
        }
    }
    conditional_check(scenario, state, side, package)
}

/// The conditional half of `check`: whether `package`, whose terms no red line forbids
/// outright, keeps `side` within its active conditional red lines.
pub fn conditional_check(scenario: &Scenario, state: &State, side: Side, package: &Terms) -> Result<(), Violation> {
    if !has_conditional(state, side) {
        return Ok(());
    }
    let before = state.agreed_terms();
    let after = before.overlaid(package);
    for &r in &scenario.conditional_red_lines[side.index()] {
        if !state.red_line_active(r) {
            continue;
        }
        let red_line = scenario.red_line(r);
        // A package may not create a breach; it is not blamed for one that already stood.
        if let Some((article, option)) = breach(red_line, &after)
            && breach(red_line, &before).is_none()
        {
            return Err(Violation {
                article,
                option,
                red_line: r,
            });
        }
    }
    Ok(())
}

/// Whether complete terms stay within `side`'s active conditional red lines, given the
/// agreed terms (for searches over whole treaties; plain masks are checked by the caller).
pub fn conditional_ok(scenario: &Scenario, state: &State, side: Side, terms: &Terms) -> bool {
    scenario.conditional_red_lines[side.index()]
        .iter()
        .all(|&r| !state.red_line_active(r) || breach(scenario.red_line(r), terms).is_none())
}

/// The option masks to search so that a frontier over `masks` respects `conditional` red
/// lines: utilities add up article by article, but a conditional red line couples two
/// articles, so search once without the conditionally forbidden options and once with each
/// exception's terms imposed, and merge the results. Just `masks` when there are none.
pub fn frontier_masks<'a>(
    masks: &[OptionSet; MAX_ARTICLES],
    conditional: impl IntoIterator<Item = &'a RedLine>,
) -> Vec<[OptionSet; MAX_ARTICLES]> {
    let mut strict = *masks;
    let mut excepted = Vec::new();
    for red_line in conditional {
        for a in red_line.articles.iter() {
            strict[a] &= !red_line.forbids[a];
        }
        if let Some(Cond::Term(a, set)) = &red_line.unless {
            let mut m = *masks;
            m[*a as usize] &= set;
            excepted.push(m);
        }
    }
    if strict == *masks && excepted.is_empty() {
        return vec![*masks];
    }
    std::iter::once(strict).chain(excepted).collect()
}

/// Whether `side` has any active conditional red line (searches can skip the check if not).
pub fn has_conditional(state: &State, side: Side) -> bool {
    state.conditional[side.index()]
}

/// The first forbidden term in `terms` if the red line's exception does not hold there.
fn breach(red_line: &RedLine, terms: &Terms) -> Option<(usize, u8)> {
    let hit = red_line.articles.iter().find_map(|a| {
        terms
            .get(a)
            .filter(|&o| red_line.forbids[a] & (1 << o) != 0)
            .map(|o| (a, o))
    })?;
    let excused = red_line.unless.as_ref().is_some_and(|c| c.holds(&TermsOnly(terms)));
    (!excused).then_some(hit)
}

fn unconditional_forbidder(
    scenario: &Scenario,
    state: &State,
    side: Side,
    article: usize,
    option: u8,
) -> Option<usize> {
    scenario.red_lines().enumerate().position(|(r, l)| {
        l.side == side && l.unless.is_none() && state.red_line_active(r) && l.forbids[article] & (1 << option) != 0
    })
}

/// Conditions over terms alone.
struct TermsOnly<'a>(&'a Terms);

impl Facts for TermsOnly<'_> {
    fn term(&self, article: usize) -> Option<u8> {
        self.0.get(article)
    }
}
