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

/// Per article, the least of its own points a bid may ask there without skipping a step.
pub(super) struct Steps {
    least: [i32; MAX_ARTICLES],
}

impl Steps {
    /// The steps not yet tried: on each article it has made an offer on, the options within
    /// `masks` it has never proposed, worth less to it than that last offer and believed (by
    /// `believed`) to give the other side more. None on its last turn, when there is no
    /// later turn to offer the rest.
    pub fn untried(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &PointTable) -> Steps {
        let mut least = [i32::MIN; MAX_ARTICLES];
        let (done, total) = view.turn_progress();
        if done + 1 >= total {
            return Steps { least };
        }
        let side = view.side().index();
        let record = view.record();
        for (a, least) in least.iter_mut().enumerate().take(view.public().articles.len()) {
            let before = record.last_proposed[side][a];
            if before == NONE {
                continue;
            }
            let from = view.own_points(a, before);
            for y in 0..MAX_OPTIONS as u8 {
                let points = view.own_points(a, y);
                if masks[a] & (1 << y) != 0
                    && record.proposed[side][a][y as usize] == 0
                    && points < from
                    && believed[a][y as usize] > believed[a][before as usize]
                {
                    *least = (*least).max(points);
                }
            }
        }
        Steps { least }
    }

    /// Whether `terms` give up on some article `LARGE_STEP` or more beyond the next step not
    /// yet tried.
    pub fn skipped(&self, view: &SideView<'_>, terms: &Terms) -> bool {
        terms.iter().any(|(a, o)| {
            let beyond = self.least[a].saturating_sub(view.own_points(a, o));
            beyond > 0 && view.utility_of_points(f64::from(beyond)) - view.utility_of_points(0.0) >= LARGE_STEP
        })
    }
}
