//! The mediator's own compromise when no scripted proposal applies: the Nash bargaining
//! point over what is still open, by what he *believes* each side wants.
//!
//! Roosevelt worked from Oyster Bay on what the delegations, Kaneko and his ambassadors told
//! him: he never saw either side's instructions in full. So his beliefs are inferred from the
//! public record of the talks (the same frequency model the computer delegate uses), and
//! his compromise maximises the product of the two sides' believed gains. He does know the
//! capitals' declared limits — they were said in public and through the ambassadors — so he
//! proposes nothing either side's instructions forbid.

use crate::engine::agents::beliefs::{believed_points, utility};
use crate::engine::analysis::space::PointTable;
use crate::engine::analysis::{FrontierPoint, frontier_of};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::mandate;
use crate::engine::play::moves::{MAX_ARTICLES, Proposal, Terms};
use crate::engine::play::side::Side;
use crate::engine::play::state::{State, Status};
use crate::engine::scenario::Scenario;

pub fn compromise(scenario: &Scenario, state: &State) -> Option<Proposal> {
    let space = &scenario.space;
    let tabled = scenario.sessions[state.session].tabled;
    let believed = [
        believed_points(scenario, &state.record, Side::Japan),
        believed_points(scenario, &state.record, Side::Russia),
    ];
    let mut allowed: [OptionSet; MAX_ARTICLES] = [0; MAX_ARTICLES];
    let mut negotiable = Vec::new();
    for (a, article) in scenario.articles.iter().enumerate() {
        let all = scenario.option_masks[a];
        let both_may = all & !state.forbidden[0][a] & !state.forbidden[1][a];
        allowed[a] = match state.status(a) {
            Status::Agreed(o) => 1 << o,
            _ if tabled.contains(a) && both_may != 0 => {
                negotiable.push(a);
                both_may
            }
            // Not yet on the table, or no option both may accept: assume the one that
            // serves both best, and leave it out of the proposal.
            _ => {
                1 << joint_best(
                    &believed,
                    a,
                    if both_may != 0 { both_may } else { all },
                    article.options.len(),
                )
            }
        };
    }
    if negotiable.is_empty() {
        return None;
    }
    let front = frontier_of(
        [&believed[0], &believed[1]],
        |a| space.options(a),
        space.articles(),
        &allowed,
    );
    // What each side could have by simply taking the other's standing offer: his reading of
    // where each would stand without him.
    let fallback = [Side::Japan, Side::Russia].map(|side| {
        let offer = &state.proposals[side.other().index()];
        if offer.is_empty() {
            return 0.0;
        }
        let completed = front.first().map_or(offer.terms, |p| p.terms.overlaid(&offer.terms));
        let table = &believed[side.index()];
        utility(completed.iter().map(|(a, o)| table[a][o as usize]).sum())
    });
    let gain = |p: &FrontierPoint| {
        let u = [utility(p.points[0]), utility(p.points[1])];
        (u[0] - fallback[0]).max(0.0) * (u[1] - fallback[1]).max(0.0) + 1e-9 * (u[0] + u[1])
    };
    let proposal_of = |point: &FrontierPoint| {
        let mut terms = Terms::EMPTY;
        for &a in &negotiable {
            terms.set(a, point.terms.get(a).expect("frontier points are complete"));
        }
        let allowed = Side::BOTH
            .iter()
            .all(|&s| mandate::check(scenario, state, s, &terms).is_ok());
        allowed.then(|| Proposal::linked(terms))
    };
    // The best point usually passes both mandates: try it before ordering them all. Of
    // equal gains the first on the frontier, as the stable sort below would have it.
    let gains: Vec<f64> = front.iter().map(gain).collect();
    let best = (0..front.len()).reduce(|b, i| if gains[i].total_cmp(&gains[b]).is_gt() { i } else { b })?;
    if let Some(proposal) = proposal_of(&front[best]) {
        return Some(proposal);
    }
    let mut candidates: Vec<usize> = (0..front.len()).collect();
    candidates.sort_by(|&x, &y| gains[y].total_cmp(&gains[x]));
    candidates.into_iter().find_map(|i| proposal_of(&front[i]))
}

fn joint_best(believed: &[PointTable; 2], article: usize, options: OptionSet, count: usize) -> u8 {
    (0..count as u8)
        .filter(|o| options & (1 << o) != 0)
        .max_by(|&x, &y| {
            let sum = |o: u8| believed[0][article][o as usize] + believed[1][article][o as usize];
            sum(x).cmp(&sum(y)).then(y.cmp(&x))
        })
        .unwrap_or(0)
}
