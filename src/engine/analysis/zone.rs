//! The teacher's eye: what neither delegation can see — both sides' hidden limits (what
//! breaking off is worth to each now, and the instructions that bind them) and, article by
//! article, the zone of possible agreement set against the standing offers.
//!
//! An option of an article is in the zone when some complete treaty with that option, the
//! articles already agreed, and only terms both sides' instructions now allow, is worth at
//! least breaking off to both sides. Utilities add up article by article, so the question
//! is answered on Pareto frontiers (as in `analysis`) rather than over every treaty.

use crate::engine::analysis;
use crate::engine::play::condition::OptionSet;
use crate::engine::play::game::Game;
use crate::engine::play::mandate;
use crate::engine::play::moves::MAX_ARTICLES;
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, Status};

/// Both sides' hidden limits and the zone per article, for one moment of a game.
#[derive(Clone, Debug, PartialEq)]
pub struct TeacherView {
    /// What breaking off now is worth to each side, as a utility (its reservation value).
    pub reservation: [f64; 2],
    /// The red lines binding each side now (indices into the scenario's red lines).
    pub red_lines: [Vec<usize>; 2],
    /// What each side's standing offer, whole, would be worth to each side — the gap
    /// between the two offers in utilities. `None` where a side has nothing on the table.
    pub offers_worth: [Option<[f64; 2]>; 2],
    pub articles: Vec<ArticleZone>,
    /// Whether any treaty both sides' instructions allow is worth breaking off to both.
    pub agreement_possible: bool,
}

/// One article: the options in the zone, what each side's instructions forbid, and the
/// standing offers (Japan's, Russia's, the mediator's).
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleZone {
    pub article: usize,
    pub agreed: Option<u8>,
    pub zone: OptionSet,
    /// Options in the zone if neither side's instructions bound it: what both prefer to
    /// breaking off. Wider than `zone` where a red line closes the way.
    pub by_value: OptionSet,
    pub forbidden: [OptionSet; 2],
    pub offers: [Option<u8>; 3],
}

impl ArticleZone {
    pub fn in_zone(&self, option: u8) -> bool {
        self.zone & (1 << option) != 0
    }

    /// How many options apart the two delegations' offers are (options run from Japan's
    /// demand to Russia's position), when both have one on the table.
    pub fn gap(&self) -> Option<u8> {
        match (self.offers[0], self.offers[1]) {
            (Some(j), Some(r)) => Some(j.abs_diff(r)),
            _ => None,
        }
    }
}

impl TeacherView {
    pub fn of(game: &Game) -> TeacherView {
        let scenario = game.scenario();
        let state = game.state();
        let space = &scenario.space;
        let articles = scenario.articles.len();
        // Options both sides may still agree to: each article's own options, the agreed
        // option where one is agreed, minus what either side's instructions forbid outright.
        let mut allowed = scenario.option_masks;
        for (a, mask) in allowed.iter_mut().enumerate().take(articles) {
            match state.status(a) {
                Status::Agreed(o) => *mask &= 1 << o,
                _ => *mask &= !(state.forbidden[0][a] | state.forbidden[1][a]),
            }
        }
        let conditional = scenario
            .red_lines()
            .enumerate()
            .filter(|(r, line)| line.unless.is_some() && state.red_line_active(*r))
            .map(|(_, line)| line);
        let masks = mandate::frontier_masks(&allowed, conditional);
        // The same question on value alone: what both would prefer to breaking off if their
        // instructions allowed it — where a cable home or a mediator's push could lead.
        let mut unbound = scenario.option_masks;
        for (a, mask) in unbound.iter_mut().enumerate().take(articles) {
            if let Status::Agreed(o) = state.status(a) {
                *mask &= 1 << o;
            }
        }
        let floor = Side::BOTH.map(|side| game.no_treaty_points(side));
        let zone = zones(space, articles, &masks, floor);
        let by_value = zones(space, articles, &[unbound], floor);
        let zones = (0..articles)
            .map(|a| ArticleZone {
                article: a,
                agreed: state.agreed(a),
                zone: zone[a],
                by_value: by_value[a],
                forbidden: [state.forbidden[0][a], state.forbidden[1][a]],
                offers: [Author::Japan, Author::Russia, Author::Mediator]
                    .map(|author| state.proposals[author.index()].terms.get(a)),
            })
            .collect();
        let offers_worth = Side::BOTH.map(|side| {
            let terms = state.proposals[side.index()].terms;
            (!terms.articles().is_empty()).then(|| {
                // The offer with the agreed articles: what signing it now would give each side.
                let mut whole = terms;
                for a in 0..articles {
                    if let Some(o) = state.agreed(a) {
                        whole.set(a, o);
                    }
                }
                Side::BOTH.map(|judge| {
                    // Unmentioned open articles count at the judge's worst, as a cautious reading.
                    let points: i32 = (0..articles)
                        .map(|a| match whole.get(a) {
                            Some(o) => space.points(judge, a, o),
                            None => (0..space.options(a))
                                .map(|o| space.points(judge, a, o))
                                .min()
                                .unwrap_or(0),
                        })
                        .sum();
                    space.utility_of_points(judge, points as f64).clamp(0.0, 1.0)
                })
            })
        });
        TeacherView {
            reservation: [game.reservation(Side::Japan), game.reservation(Side::Russia)],
            red_lines: Side::BOTH.map(|side| {
                (0..scenario.red_line_count())
                    .filter(|&r| scenario.red_line(r).side == side && state.red_line_active(r))
                    .collect()
            }),
            offers_worth,
            agreement_possible: zone.iter().any(|&z| z != 0),
            articles: zones,
        }
    }
}

/// Per article, the options some treaty within `masks` has that is worth `floor` points to
/// both sides.
fn zones(
    space: &crate::engine::analysis::space::OutcomeSpace,
    articles: usize,
    masks: &[[OptionSet; MAX_ARTICLES]],
    floor: [f64; 2],
) -> Vec<OptionSet> {
    if !acceptable(space, masks.iter().copied(), floor) {
        return vec![0; articles];
    }
    (0..articles)
        .map(|a| {
            let mut zone: OptionSet = 0;
            for o in 0..space.options(a) {
                let fixed = masks.iter().filter(|m| m[a] & (1 << o) != 0).map(|m| {
                    let mut m = *m;
                    m[a] = 1 << o;
                    m
                });
                if acceptable(space, fixed, floor) {
                    zone |= 1 << o;
                }
            }
            zone
        })
        .collect()
}

/// Whether some treaty within one of `masks` is worth `floor` points to both sides.
fn acceptable(
    space: &crate::engine::analysis::space::OutcomeSpace,
    masks: impl IntoIterator<Item = [OptionSet; MAX_ARTICLES]>,
    floor: [f64; 2],
) -> bool {
    masks.into_iter().any(|m| {
        analysis::frontier(space, &m)
            .iter()
            .any(|p| p.points[0] as f64 >= floor[0] && p.points[1] as f64 >= floor[1])
    })
}
