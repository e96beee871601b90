//! What the end of the talks would settle: the agreed terms, and every open article as the
//! scenario settles unresolved ones. The delegate counts it in everything it accepts, so a
//! student cannot leave it below its walk-away value by agreeing only what suits the
//! student and letting the clock settle the rest.

use crate::engine::play::moves::Terms;
use crate::engine::play::view::SideView;
use crate::engine::scenario::Unresolved;

/// Whether agreeing `agreed` could leave it, should nothing more be agreed, with a treaty
/// worth less than `floor` — or, once the other side has at most one turn left to agree the
/// rest, with one its instructions forbid (the tutorial's Komura, taking Witte's word on the
/// island in the last sitting, let the clock settle the money on the "nothing" Tokyo forbade).
pub(super) fn exposed(view: &SideView<'_>, agreed: &Terms, floor: f64) -> bool {
    let last_chance = view.turns_left(view.side().other()) <= 1;
    view.public()
        .treaty_if_ended(agreed)
        .is_some_and(|t| view.utility(&t) < floor || (last_chance && view.mandate_violation(&t).is_some()))
}

/// The open article whose settlement at the end of the talks would cost it most.
pub(super) fn worst_default(view: &SideView<'_>, agreed: &Terms) -> Option<u8> {
    view.public()
        .articles
        .iter()
        .enumerate()
        .filter(|&(a, _)| agreed.get(a).is_none())
        .filter_map(|(a, article)| match article.unresolved {
            Unresolved::Becomes(o) => {
                let best = (0..article.options.len() as u8).map(|x| view.own_points(a, x)).max()?;
                let loss = best - view.own_points(a, o);
                (loss > 0).then_some((loss, a))
            }
            Unresolved::BlocksTreaty => None,
        })
        .max_by_key(|&(loss, a)| (loss, std::cmp::Reverse(a)))
        .map(|(_, a)| a as u8)
}
