//! "What would it take?": the counter-draft nearest the player's that the counterpart
//! would, as estimated, sign now.
//!
//! Nearest means fewest articles changed, then the smallest loss to the player. Each
//! article of the draft either keeps its option or changes to another the player's
//! instructions allow; a change costs the player one change and some points and gives the
//! counterpart some believed points. Both add up article by article, so the search is a
//! frontier between two tables (`analysis::frontier_of`): the player's score, where each
//! change counts for more than any loss of points could, and his believed gain. The best
//! score among frontier points whose gain covers what the draft lacks is the answer —
//! any treaty off the frontier is beaten by one on it with at least the same gain. The
//! frontier stays small (hundreds of points), so this takes well under a millisecond.

use super::reading::Reading;
use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::analysis::{frontier_of, prune};
use crate::engine::play::mandate;
use crate::engine::play::moves::{MAX_ARTICLES, Terms};
use crate::engine::play::view::SideView;

/// The nearest counter-draft to `draft` whose cost to him fits `reading.room`, on the
/// draft's articles that are still open, within the player's instructions.
pub(super) fn nearest(view: &SideView<'_>, draft: &Terms, reading: &Reading) -> Option<Terms> {
    let public = view.public();
    let articles = public.articles.len();
    let open = draft.articles().intersect(view.negotiable());
    // Nothing is signed from a proposal on the last turn: he has no turn to answer it.
    if view.is_final_turn() || open.is_empty() || open != draft.articles() {
        // Agreed articles cannot be reopened and untabled ones not yet proposed: a draft
        // naming them is refused at the table, whatever it offers.
        return None;
    }
    let needed = reading.cost_of(draft) - reading.room;
    let valuation = view.valuation();
    // More than any loss of points across the whole draft, so that changes count first.
    let per_change = valuation.max_total() - valuation.min_total() + 1;
    let mut score: PointTable = [[0; MAX_OPTIONS]; MAX_ARTICLES];
    let mut gain: PointTable = [[0; MAX_OPTIONS]; MAX_ARTICLES];
    let mut masks = [1u16; MAX_ARTICLES];
    for (a, kept) in draft.iter() {
        let options = public.articles[a].options.len();
        // Within the player's instructions, and nothing beyond what he has shown he can
        // live with there, nor what his side refused in public (so a counter-draft may have
        // to move an article the player's draft already pushed past it).
        let shown = (0..options as u8)
            .filter(|&o| !reading.beyond_shown(a, o) && !view.refused_in_public(a, o))
            .fold(0u16, |m, o| m | (1 << o));
        masks[a] = ((1u16 << options) - 1) & !view.forbidden(a) & shown;
        for o in 0..options as u8 {
            let changed = if o == kept { 0 } else { per_change };
            score[a][o as usize] = -changed - (view.own_points(a, kept) - view.own_points(a, o));
            gain[a][o as usize] = reading.believed[a][o as usize] - reading.believed[a][kept as usize];
        }
    }
    let conditional = view.active_conditional_red_lines().filter_map(|r| view.red_line(r));
    let variants = mandate::frontier_masks(&masks, conditional);
    let options = |a: usize| {
        if draft.articles().contains(a) {
            public.articles[a].options.len() as u8
        } else {
            1
        }
    };
    let mut front = Vec::new();
    for m in &variants {
        // Articles outside the draft stay at a placeholder option worth nothing to either.
        let mut m = *m;
        for (a, mask) in m.iter_mut().enumerate().take(articles) {
            if !draft.articles().contains(a) {
                *mask = 1;
            }
        }
        front.extend(frontier_of([&score, &gain], options, articles, &m));
    }
    let restrict = |terms: &Terms| {
        let mut out = Terms::EMPTY;
        for a in draft.articles().iter() {
            if let Some(o) = terms.get(a) {
                out.set(a, o);
            }
        }
        out
    };
    front.retain(|p| view.may_agree(&restrict(&p.terms)));
    prune(&mut front);
    // Best score first: the first that covers the shortfall is the nearest.
    front.iter().find(|p| p.points[1] >= needed).map(|p| restrict(&p.terms))
}
