//! The counterpart as the player's side can read him: from the public scenario and the
//! public record only, through a `SideView` (which cannot reach his mandate).
//!
//! - What he values: `beliefs::believed_points` refined by `beliefs::refine` over the record
//!   (the public prior of his priorities and favourites, moved by what he has proposed,
//!   accepted and refused), in believed points (a whole treaty at his best is about
//!   `beliefs::SCALE`).
//! - What he asks on each open article: his standing proposal; else what he last proposed
//!   there; else the option he is believed to like best.
//! - How far he would go by the end: down to the believed fair point — the treaty on the
//!   frontier between the player's own points and his believed points with the largest
//!   product of gains (the player's over its own reservation, his over what the player's
//!   best treaty leaves him). His private no-treaty value and red lines are not known; the
//!   public scenario holds no figure for them, so the fair point stands in for his floor.
//! - How far he would go now: that whole concession spread over his turns on an assumed
//!   curve (`CONCEDED_BY`: t², between steady and firm, since how firm he is is private),
//!   less what his asks have already given up. The estimate's whole idea of his
//!   acceptance level is `room`: the believed points he would give up, against his asks,
//!   on his next answer.
//! - Where he would not go: on each article he has proposed or accepted terms on, nothing
//!   he is believed to like less than the least of those (`beyond_shown`). A delegation
//!   bound by instructions never offers beyond them, so this is where the record shows
//!   red lines the player's side cannot read.

use crate::engine::agents::beliefs::{believed_points, refine};
use crate::engine::analysis::space::PointTable;
use crate::engine::analysis::{FrontierPoint, frontier_of, prune};
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, NONE, Terms};
use crate::engine::play::side::Side;
use crate::engine::play::state::Status;
use crate::engine::play::view::SideView;
use serde::{Deserialize, Serialize};

/// A margin in believed points (1% of a whole treaty) within which a draft counts as
/// meeting his level: the beliefs are rounded, and his own offers are not exact either.
pub(super) const SLACK: i32 = 10;

/// Where his position on an article comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum AskSource {
    /// His proposal on the table now.
    Standing,
    /// What he last proposed for the article, no longer on the table.
    Earlier,
    /// He has proposed nothing there: the option he is believed to like best.
    Presumed,
}

pub(super) struct Reading {
    pub other: Side,
    pub believed: PointTable,
    /// Per article not yet agreed, the option he asks for; `NONE` where agreed.
    pub asks: [u8; MAX_ARTICLES],
    pub ask_source: [AskSource; MAX_ARTICLES],
    /// The believed points he would give up, against his asks, on his next answer.
    pub room: i32,
    /// His relative time (0 at his first turn, 1 at his last) at his next answer.
    pub time: f64,
    /// Per article, the least he is believed to have put up with there: the lowest believed
    /// points of the terms he has proposed or accepted; `None` where he has done neither.
    pub shown: [Option<i32>; MAX_ARTICLES],
}

/// The share of his whole concession made by relative time `t`.
fn conceded_by(t: f64) -> f64 {
    t * t
}

impl Reading {
    pub fn of(view: &SideView<'_>) -> Reading {
        let other = view.side().other();
        let public = view.public();
        let record = view.record();
        let mut believed = believed_points(public, record, other);
        refine(&mut believed, record, other);
        let articles = public.articles.len();
        let standing = view.opponent_proposal().terms;
        let mut asks = [NONE; MAX_ARTICLES];
        let mut ask_source = [AskSource::Presumed; MAX_ARTICLES];
        for a in 0..articles {
            if matches!(view.status(a), Status::Agreed(_)) {
                continue;
            }
            let last = record.last_proposed[other.index()][a];
            (asks[a], ask_source[a]) = match standing.get(a) {
                Some(o) => (o, AskSource::Standing),
                None if last != NONE => (last, AskSource::Earlier),
                None => (favourite(&believed, a, option_count(view, a)), AskSource::Presumed),
            };
        }
        let time = his_next_time(view, other);
        let negotiable = view.negotiable();
        let best: i32 = negotiable
            .iter()
            .map(|a| believed[a][favourite(&believed, a, option_count(view, a)) as usize])
            .sum();
        let asked: i32 = negotiable.iter().map(|a| believed[a][asks[a] as usize]).sum();
        let room = match fair_point(view, &believed) {
            Some(fair) => {
                let floor: i32 = negotiable
                    .iter()
                    .filter_map(|a| fair.get(a).map(|o| believed[a][o as usize]))
                    .sum();
                let whole = (best - floor).max(0) as f64;
                let by_now = (whole * conceded_by(time)).round() as i32;
                (by_now - (best - asked)).max(0)
            }
            None => 0,
        };
        let mut shown = [None; MAX_ARTICLES];
        for (a, least) in shown.iter_mut().enumerate().take(articles) {
            *least = (0..option_count(view, a))
                .filter(|&o| record.proposed[other.index()][a][o] > 0 || record.accepted[other.index()][a][o] > 0)
                .map(|o| believed[a][o])
                .min();
        }
        Reading {
            other,
            believed,
            asks,
            ask_source,
            room: room + SLACK,
            time,
            shown,
        }
    }

    /// What a term costs him against his ask on the article, in believed points (negative
    /// when it gives him more than he asks).
    pub fn cost(&self, article: usize, option: u8) -> i32 {
        match self.asks[article] {
            NONE => 0,
            ask => self.believed[article][ask as usize] - self.believed[article][option as usize],
        }
    }

    /// Whether a term asks more of him than anything he has proposed or accepted on the
    /// article: he may have reasons (instructions) not to go there that his value does not show.
    pub fn beyond_shown(&self, article: usize, option: u8) -> bool {
        self.shown[article].is_some_and(|least| self.believed[article][option as usize] < least)
    }

    /// What a draft costs him in all, on the articles not yet agreed.
    pub fn cost_of(&self, draft: &Terms) -> i32 {
        draft.iter().map(|(a, o)| self.cost(a, o)).sum()
    }

    /// How much an article is believed to weigh with him: its span of believed points.
    pub fn weight(&self, article: usize, options: usize) -> i32 {
        let row = &self.believed[article][..options];
        row.iter().max().copied().unwrap_or(0) - row.iter().min().copied().unwrap_or(0)
    }
}

pub(super) fn option_count(view: &SideView<'_>, article: usize) -> usize {
    view.public().articles[article].options.len()
}

/// The option he is believed to like best (the first of equals).
pub(super) fn favourite(believed: &PointTable, article: usize, options: usize) -> u8 {
    (0..options)
        .max_by_key(|&o| (believed[article][o], std::cmp::Reverse(o)))
        .unwrap_or(0) as u8
}

/// His relative time at his next turn, from the public calendar.
fn his_next_time(view: &SideView<'_>, other: Side) -> f64 {
    let total: usize = view.public().sessions.iter().map(|s| s.exchanges as usize).sum();
    if total <= 1 {
        return 1.0;
    }
    let done = total.saturating_sub(view.turns_left(other));
    (done as f64 / (total - 1) as f64).min(1.0)
}

/// The believed fair point: on the frontier between the player's own points and his
/// believed points, within what the player's instructions allow, the treaty with the
/// largest product of gains — the player's over its reservation, his over what the
/// player's best treaty leaves him. `None` when the player's instructions allow nothing.
fn fair_point(view: &SideView<'_>, believed: &PointTable) -> Option<Terms> {
    let front = frontier(view, believed);
    let players_best = front.first()?;
    let reservation = view.reservation();
    let product = |p: &FrontierPoint| {
        (view.utility(&p.terms) - reservation).max(0.0) * f64::from(p.points[1] - players_best.points[1]).max(0.0)
    };
    let fair = front
        .iter()
        .max_by(|x, y| product(x).total_cmp(&product(y)).then(y.points[1].cmp(&x.points[1])))?;
    if product(fair) > 0.0 {
        return Some(fair.terms);
    }
    // No treaty gains both: the most he could be given without going below the player's
    // reservation, or the player's best if nothing clears it.
    front
        .iter()
        .filter(|p| view.utility(&p.terms) >= reservation)
        .max_by_key(|p| p.points[1])
        .or(Some(players_best))
        .map(|p| p.terms)
}

/// The frontier between the player's points and his believed points over what the
/// player's instructions allow (conditional red lines met as `mandate::frontier_masks`
/// describes), best for the player first.
fn frontier(view: &SideView<'_>, believed: &PointTable) -> Vec<FrontierPoint> {
    let articles = &view.public().articles;
    let options = |a: usize| articles[a].options.len() as u8;
    let masks = view.search_masks();
    let conditional = view.active_conditional_red_lines().filter_map(|r| view.red_line(r));
    let variants = mandate::frontier_masks(&masks, conditional);
    let mut front = Vec::new();
    for m in &variants {
        front.extend(frontier_of(
            [view.valuation().table(), believed],
            options,
            articles.len(),
            m,
        ));
    }
    if variants.len() > 1 {
        front.retain(|p| view.conditional_ok(&p.terms));
        prune(&mut front);
    }
    front
}

/// The articles his standing proposal ties to `article` (without it), if any.
pub(super) fn linked_in_his_proposal(view: &SideView<'_>, article: usize) -> ArticleSet {
    let package = view.opponent_proposal().package_of(article);
    let mut others = package;
    others.remove(article);
    others
}
