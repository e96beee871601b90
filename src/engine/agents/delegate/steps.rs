//! Conceding a step at a time: on an article where it has made an offer, it does not jump
//! far past a term it has never offered that would have met the other side part of the
//! way, while turns remain to offer it. A diplomat tries "the south of the island" before
//! he gives the whole of it: a step skipped is a concession the other side might never
//! have asked for.

use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, NONE, Terms};
use crate::engine::play::view::SideView;

/// How much further than a step not yet tried (in its utility, 0 to 1) it never goes at
/// once: smaller steps between terms it may take as its bargaining finds them, as it
/// did before (the variety of delegate against delegate rests on them). INVENTED.
const LARGE_STEP: f64 = 0.05;

/// Per article, the points below which a bid skips a large step (`i32::MIN` where none).
pub(super) struct Steps {
    below: [i32; MAX_ARTICLES],
    any: bool,
}

impl Steps {
    /// The steps not yet tried: on each article it has made an offer on, the options within
    /// `masks` it has never proposed, worth less to it than that last offer and believed (by
    /// `believed`) to give the other side more. None on its last turn, when there is no
    /// later turn to offer the rest.
    pub fn untried(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &PointTable) -> Steps {
        let mut steps = Steps {
            below: [i32::MIN; MAX_ARTICLES],
            any: false,
        };
        let (done, total) = view.turn_progress();
        if done + 1 >= total {
            return steps;
        }
        let Some(large) = large_step_in_points(view) else {
            return steps;
        };
        let side = view.side().index();
        let record = view.record();
        let own = view.valuation().table();
        for (a, below) in steps.below.iter_mut().enumerate().take(view.public().articles.len()) {
            let before = record.last_proposed[side][a];
            if before == NONE {
                continue;
            }
            let (from, theirs) = (own[a][before as usize], believed[a][before as usize]);
            // Only the options the masks allow are looked at, bit by bit.
            let mut allowed = masks[a] & ((1u32 << MAX_OPTIONS) - 1) as OptionSet;
            let mut least = i32::MIN;
            while allowed != 0 {
                let y = allowed.trailing_zeros() as usize;
                allowed &= allowed - 1;
                if record.proposed[side][a][y] == 0 && own[a][y] < from && believed[a][y] > theirs {
                    least = least.max(own[a][y]);
                }
            }
            if least > i32::MIN {
                *below = least.saturating_sub(large - 1);
                steps.any = true;
            }
        }
        steps
    }

    /// Whether `terms` could skip a step, before the steps are looked for: they give up on
    /// some article more than `LARGE_STEP` below its last offer there. (Only then are the
    /// steps worked out: that reads the beliefs, often from far memory.)
    pub fn might_be_skipped(view: &SideView<'_>, terms: &Terms) -> bool {
        let Some(large) = large_step_in_points(view) else {
            return false;
        };
        let last = &view.record().last_proposed[view.side().index()];
        let own = view.valuation().table();
        terms.iter().any(|(a, o)| {
            let before = last[a];
            before != NONE && own[a][o as usize].saturating_add(large) < own[a][before as usize]
        })
    }

    /// Whether `terms` give up on some article `LARGE_STEP` or more beyond the next step not
    /// yet tried, by its own points `own`. (Read for every candidate of a bid: one comparison
    /// an article.)
    pub fn skipped(&self, own: &PointTable, terms: &Terms) -> bool {
        self.any && terms.iter().any(|(a, o)| own[a][o as usize] < self.below[a])
    }
}

/// The fewest points whose loss costs it `LARGE_STEP` of its utility, if any do.
fn large_step_in_points(view: &SideView<'_>) -> Option<i32> {
    let costs = |points: i32| super::utility_given(view, points) >= LARGE_STEP;
    let span = view.points_of_utility(1.0) - view.points_of_utility(0.0);
    if !(span.is_finite() && span > 0.0) {
        return None;
    }
    // From the estimate, the exact least number the utility's own arithmetic agrees on.
    let mut points = ((LARGE_STEP * span).ceil() as i32).max(1);
    while points > 1 && costs(points - 1) {
        points -= 1;
    }
    while !costs(points) {
        points = points.checked_add(1)?;
    }
    Some(points)
}
