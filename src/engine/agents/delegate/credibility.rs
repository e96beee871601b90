//! Keeping its word: it does not take back a term it has offered unless its instructions
//! force it (and then says so), it opens where its briefing lets it, and it remembers a
//! side that reopens what was settled.

use crate::engine::analysis::space::MAX_OPTIONS;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, NONE, Proposal, Terms};
use crate::engine::play::state::Status;
use crate::engine::play::view::SideView;
use crate::engine::records::offers::Before;
use crate::engine::records::retraction;

/// How much resolve each reopening by the other side adds, up to three.
const RESOLVE_PER_REOPENING: f64 = 0.15;

/// `masks` narrowed to the terms its briefing concedes from the start (Witte's written
/// reply): a written concession is not taken back.
pub(super) fn with_opening(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES]) -> [OptionSet; MAX_ARTICLES] {
    let opening = &view.mandate().persona.opening;
    let mut out = *masks;
    for (a, o) in opening.iter() {
        let cap = view.own_points(a, o);
        // Only the options the masks allow are looked up, bit by bit.
        let mut allowed = out[a] & ((1u32 << MAX_OPTIONS) - 1) as OptionSet;
        let mut narrowed: OptionSet = 0;
        while allowed != 0 {
            let x = allowed.trailing_zeros();
            allowed &= allowed - 1;
            if view.own_points(a, x as u8) <= cap {
                narrowed |= 1 << x;
            }
        }
        if narrowed != 0 {
            out[a] = narrowed;
        }
    }
    out
}

/// Whether `proposal` asks more for itself on some article than its last proposal did:
/// a term taken back, which it keeps from doing unless it pays (see `Delegate::bid`).
pub(super) fn takes_back(view: &SideView<'_>, proposal: &Terms) -> bool {
    let last = &view.record().last_proposed[view.side().index()];
    proposal.iter().any(|(a, o)| {
        let before = last[a];
        before != NONE && view.own_points(a, o) > view.own_points(a, before)
    })
}

/// Every article `proposal`, made in a turn that accepts `accepting`, takes back: where it
/// asks more for itself than its last proposal did, and where the record will announce a
/// withdrawal (a step back toward its public position, or a standing term dropped). It
/// names them all, so that no withdrawal the other side reads goes unexplained. Said when
/// it happens, not again at every turn the harder term stands.
pub(super) fn taken_back(view: &SideView<'_>, proposal: &Proposal, accepting: ArticleSet) -> ArticleSet {
    let side = view.side();
    let last = &view.record().last_proposed[side.index()];
    let agreed = view.agreed_terms();
    let mut back = ArticleSet::EMPTY;
    let mut offered = [None; MAX_ARTICLES];
    for (a, offer) in offered.iter_mut().enumerate().take(view.public().articles.len()) {
        let before = last[a];
        if before == NONE {
            continue;
        }
        if let Some(now) = proposal.terms.get(a)
            && view.own_points(a, now) > view.own_points(a, before)
        {
            back.insert(a);
        }
        // As the board's offers do (`records::offers`), only what was offered since the article
        // was last agreed counts; the game's record keeps it past an agreement.
        if agreed.get(a).is_none() {
            *offer = Some(before);
        }
    }
    let announced = retraction::in_proposal(
        view.public(),
        &Before {
            side,
            proposal,
            standing: view.own_proposal(),
            offered: &offered,
            accepting,
        },
    );
    for r in announced {
        back.insert(r.article);
    }
    back
}

/// An article where `proposal` changes the term of its last proposal because its
/// instructions now forbid that term beside the rest of `proposal`: the retreat it must
/// announce. A term forbidden only without the rest (a conditional red line the proposal
/// meets) is no retreat, and neither is one it keeps.
pub(super) fn forced_retreat(view: &SideView<'_>, proposal: &Terms) -> Option<(u8, u8)> {
    let side = view.side().index();
    let last = &view.record().last_proposed[side];
    // Without conditional red lines only a term forbidden outright breaks the mandate: seen
    // from the masks before a package is built and checked.
    let conditional = view.has_conditional_red_lines();
    (0..view.public().articles.len()).find_map(|a| {
        let before = last[a];
        let now = proposal.get(a)?;
        if before == NONE || now == before || matches!(view.status(a), Status::Agreed(_)) {
            return None;
        }
        if !conditional && view.forbidden(a) & (1 << before) == 0 {
            return None;
        }
        let mut as_before = *proposal;
        as_before.set(a, before);
        view.mandate_violation(&as_before).map(|r| (a as u8, r as u8))
    })
}

/// An agreed article the other side's standing proposal reopens against it: a settled term
/// it now asks more for. One reopened in its favour is a gift, not a breach.
pub(super) fn reopened_now(view: &SideView<'_>) -> Option<u8> {
    let agreed = view.agreed_terms();
    view.opponent_proposal()
        .terms
        .iter()
        .find(|&(a, o)| {
            agreed
                .get(a)
                .is_some_and(|x| view.own_points(a, o) < view.own_points(a, x))
        })
        .map(|(a, _)| a as u8)
}

/// The other side's reopenings it has seen in the record, and how many of them went back on
/// a settled term against it: only those cost the other side its trust.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Reopenings {
    seen: u8,
    against: u8,
}

impl Reopenings {
    /// Counts a reopening the record shows since it last looked, if it was against it.
    pub(super) fn observe(&mut self, view: &SideView<'_>) {
        let now = view.record().reopened[view.side().other().index()];
        if now > self.seen && reopened_now(view).is_some() {
            self.against = self.against.saturating_add(1);
        }
        self.seen = now;
    }

    /// The resolve it adds for them, up to three.
    pub(super) fn distrust(self) -> f64 {
        f64::from(self.against.min(3)) * RESOLVE_PER_REOPENING
    }
}
