//! Keeping its word: it does not take back a term it has offered unless its instructions
//! force it (and then says so), it opens where its briefing lets it, and it remembers a
//! side that reopens what was settled.

use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, NONE};
use crate::engine::play::view::SideView;

/// How much resolve each reopening by the other side adds, up to three.
const RESOLVE_PER_REOPENING: f64 = 0.15;

/// `masks` narrowed to the terms its briefing concedes from the start (Witte's written
/// reply): a written concession is not taken back.
pub(super) fn with_opening(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES]) -> [OptionSet; MAX_ARTICLES] {
    let opening = &view.mandate().persona.opening;
    let mut out = *masks;
    for (a, o) in opening.iter() {
        let cap = view.own_points(a, o);
        let narrowed = (0..MAX_OPTIONS)
            .filter(|&x| out[a] & (1 << x) != 0 && view.own_points(a, x as u8) <= cap)
            .fold(0, |m, x| m | (1 << x));
        if narrowed != 0 {
            out[a] = narrowed;
        }
    }
    out
}

/// An article on which `proposal` asks more for itself than it has offered before: a term
/// taken back, which it must name (as the price of what it gives elsewhere).
pub(super) fn taken_back(view: &SideView<'_>, proposal: &crate::engine::play::moves::Terms) -> Option<u8> {
    let proposed = &view.record().proposed[view.side().index()];
    proposal.iter().find_map(|(a, o)| {
        let most_generous = (0..MAX_OPTIONS)
            .filter(|&x| proposed[a][x] > 0)
            .map(|x| view.own_points(a, x as u8))
            .min()?;
        (view.own_points(a, o) > most_generous).then_some(a as u8)
    })
}

/// An article of its last proposal that its instructions now forbid: the retreat it must
/// announce.
pub(super) fn forced_retreat(view: &SideView<'_>) -> Option<(u8, u8)> {
    let side = view.side().index();
    let last = &view.record().last_proposed[side];
    // Without conditional red lines only a term forbidden outright breaks the mandate: seen
    // from the masks before a package is built and checked (at every decision, for every
    // article it has proposed).
    let conditional = view.has_conditional_red_lines();
    (0..view.public().articles.len()).find_map(|a| {
        let o = last[a];
        if o == NONE || matches!(view.status(a), crate::engine::play::state::Status::Agreed(_)) {
            return None;
        }
        if !conditional && view.forbidden(a) & (1 << o) == 0 {
            return None;
        }
        let mut single = crate::engine::play::moves::Terms::EMPTY;
        single.set(a, o);
        view.mandate_violation(&single).map(|r| (a as u8, r as u8))
    })
}

/// An agreed article the other side's standing proposal reopens.
pub(super) fn reopened_now(view: &SideView<'_>) -> Option<u8> {
    let agreed = view.agreed_terms();
    view.opponent_proposal()
        .terms
        .iter()
        .find(|&(a, o)| agreed.get(a).is_some_and(|x| x != o))
        .map(|(a, _)| a as u8)
}

/// The resolve it adds for the other side's reopenings so far.
pub(super) fn distrust(view: &SideView<'_>) -> f64 {
    let times = view.record().reopened[view.side().other().index()].min(3);
    f64::from(times) * RESOLVE_PER_REOPENING
}
