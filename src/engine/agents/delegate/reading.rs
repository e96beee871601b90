//! Reading the other side's offers through the delegate's beliefs: how much an offer gives
//! the other side, what it has shown it can live with, which terms cost the delegate most
//! and where its own proposal gives new ground.

use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, NONE, Proposal, Terms};
use crate::engine::play::view::SideView;

/// `masks` narrowed, article by article, to the options the other side is believed to like
/// at least as well as the worst it has proposed there (unchanged where it has proposed
/// nothing, or where nothing would be left).
pub(super) fn revealed(
    view: &SideView<'_>,
    believed: &PointTable,
    masks: &[OptionSet; MAX_ARTICLES],
) -> [OptionSet; MAX_ARTICLES] {
    let proposed = &view.record().proposed[view.side().other().index()];
    let mut out = *masks;
    for (a, mask) in out.iter_mut().enumerate().take(view.public().articles.len()) {
        let Some(floor) = (0..MAX_OPTIONS)
            .filter(|&o| proposed[a][o] > 0)
            .map(|o| believed[a][o])
            .min()
        else {
            continue;
        };
        let narrowed = (0..MAX_OPTIONS)
            .filter(|&o| *mask & (1 << o) != 0 && believed[a][o] >= floor)
            .fold(0, |m, o| m | (1 << o));
        if narrowed != 0 {
            *mask = narrowed;
        }
    }
    out
}

/// What the other side's standing offer (completed with `plan`) is worth to it, as believed;
/// where it names a term the instructions (`masks`) rule out, the allowed term the other
/// side likes best counts instead — the most that could be given there.
pub(super) fn their_level(
    believed: &PointTable,
    masks: &[OptionSet; MAX_ARTICLES],
    plan: &Terms,
    offer: &Proposal,
) -> i32 {
    plan.overlaid(&offer.terms)
        .iter()
        .map(|(a, o)| {
            if masks[a] & (1 << o) != 0 {
                believed[a][o as usize]
            } else {
                (0..MAX_OPTIONS)
                    .filter(|&x| masks[a] & (1 << x) != 0)
                    .map(|x| believed[a][x])
                    .max()
                    .unwrap_or(0)
            }
        })
        .sum()
}

/// What `terms` are worth to the other side, as believed.
pub(super) fn believed_worth(believed: &PointTable, terms: &Terms) -> i32 {
    terms.iter().map(|(a, o)| believed[a][o as usize]).sum()
}

/// The offered article whose term costs it most against its plan, and whether that term is
/// no worse for it than its own last proposal there. An article where the other side only
/// takes up its own terms is named last: "too heavy a price" of terms it had offered itself
/// would read as bad faith.
pub(super) fn costliest(view: &SideView<'_>, plan: &Terms, offered: &Terms) -> Option<(u8, bool)> {
    let last = &view.record().last_proposed[view.side().index()];
    offered
        .iter()
        .filter_map(|(a, o)| {
            let planned = plan.get(a)?;
            let loss = view.own_points(a, planned) - view.own_points(a, o);
            let own = last[a] != NONE && view.own_points(a, o) >= view.own_points(a, last[a]);
            (loss > 0).then_some((!own, loss, a))
        })
        .max_by_key(|&(not_own, loss, a)| (not_own, loss, std::cmp::Reverse(a)))
        .map(|(not_own, _, a)| (a as u8, !not_own))
}

/// The article where `bid` gives the other side most (by belief) beyond what its last
/// proposal (`last`, `NONE` where it proposed nothing) offered there: the ground it gives
/// this turn. Ground given costs it something: a term worth more to itself than the last is
/// a step back, whatever its moves taught it of the other side's tastes (a student reading
/// "gives ground" checks it against the options' order). None if it gives no new ground on
/// an article it had proposed before.
pub(super) fn newly_yielded(
    view: &SideView<'_>,
    believed: &PointTable,
    last: &[u8; MAX_ARTICLES],
    bid: &Terms,
    open: ArticleSet,
) -> Option<u8> {
    open.iter()
        .filter_map(|a| {
            let before = last[a];
            if before == NONE {
                return None;
            }
            let now = bid.get(a)?;
            let gain = believed[a][now as usize] - believed[a][before as usize];
            let costs_it = view.own_points(a, now) < view.own_points(a, before);
            (gain > 0 && costs_it).then_some((gain, a))
        })
        .max_by_key(|&(gain, a)| (gain, std::cmp::Reverse(a)))
        .map(|(_, a)| a as u8)
}
