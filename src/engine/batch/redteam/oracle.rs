//! The one script that knows what it should not: the delegate's valuation, its walk-away
//! (its no-treaty value now) and the options its instructions forbid. The runner reads them
//! from the whole game, which an agent cannot reach through its `SideView`, and hands them
//! over: the valuation when the script is made, the rest through a shared cell before each
//! of the script's turns. It measures the most a player could take who knew exactly where
//! the delegate stands.

use super::toolkit::{Planner, keeper};
use crate::engine::analysis::space::Valuation;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, Terms};
use crate::engine::play::view::SideView;
use std::sync::{Arc, Mutex};

/// Where the delegate stands now, set by the runner from the game before each of the
/// oracle's turns.
#[derive(Debug, Default)]
pub struct WalkAway(Mutex<Standing>);

/// The delegate's walk-away as a utility, and the options its instructions forbid outright.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Standing {
    pub walk_away: f64,
    pub forbidden: [OptionSet; MAX_ARTICLES],
}

impl WalkAway {
    pub fn set(&self, standing: Standing) {
        *self.0.lock().expect("never poisoned: nothing panics holding it") = standing;
    }

    pub fn get(&self) -> Standing {
        *self.0.lock().expect("never poisoned: nothing panics holding it")
    }
}

/// What the oracle knows of the delegate, and its last search.
pub struct Oracle {
    margin: f64,
    delegate: Valuation,
    walk_away: Arc<WalkAway>,
    /// Its own best treaty, for when nothing leaves the delegate above its walk-away.
    planner: Planner,
    last: Option<([OptionSet; MAX_ARTICLES], Standing, Terms)>,
}

impl Oracle {
    pub fn new(margin: f64, delegate: Valuation, walk_away: Arc<WalkAway>) -> Oracle {
        Oracle {
            margin,
            delegate,
            walk_away,
            planner: Planner::default(),
            last: None,
        }
    }

    /// Forgets the last game's search.
    pub fn reset(&mut self) {
        self.last = None;
        self.planner.reset();
    }

    /// The delegate's walk-away now, as the runner last set it.
    pub fn walk_away(&self) -> f64 {
        self.walk_away.get().walk_away
    }

    /// The treaty best for this side among those both sides' instructions allow that leave
    /// the delegate at least `margin` above its walk-away; its best treaty if there is none.
    pub fn plan(&mut self, view: &SideView<'_>) -> Option<Terms> {
        let standing = self.walk_away.get();
        let mut masks = view.search_masks();
        let agreed = view.agreed_terms();
        for (a, mask) in masks.iter_mut().enumerate().take(view.public().articles.len()) {
            if agreed.get(a).is_none() && *mask & !standing.forbidden[a] != 0 {
                *mask &= !standing.forbidden[a];
            }
        }
        if let Some((m, s, plan)) = self.last
            && m == masks
            && s == standing
        {
            return Some(plan);
        }
        let floor = standing.walk_away + self.margin;
        let keep = keeper(view);
        let delegate = &self.delegate;
        let found = view
            .at_or_above_where(i32::MAX, &masks, |t| delegate.utility(t) >= floor && keep(t))
            .filter(|t| delegate.utility(t) >= floor)
            .or_else(|| self.planner.best(view))?;
        self.last = Some((masks, standing, found));
        Some(found)
    }
}
