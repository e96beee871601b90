//! Bargaining analysis: the Pareto frontier of a scenario (or of what is still open), the
//! Nash bargaining point, and distances to them.
//!
//! Utilities are additive over articles, so the frontier of all treaties is the frontier of
//! the sums of each article's options. Building it article by article and pruning dominated
//! points at every step keeps it small (hundreds of points) without enumerating the
//! hundreds of thousands of possible treaties.

pub mod estimate;
pub mod report;
pub mod space;
pub mod timeline;
pub mod zone;

use crate::engine::analysis::space::{OutcomeSpace, PointTable};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, Terms};
use crate::engine::play::side::Side;

/// A treaty on the frontier, with both sides' points.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FrontierPoint {
    /// Points for Japan and Russia.
    pub points: [i32; 2],
    pub terms: Terms,
}

/// The Pareto frontier over the allowed options of every article, best for Japan first.
pub fn frontier(space: &OutcomeSpace, allowed: &[OptionSet; MAX_ARTICLES]) -> Vec<FrontierPoint> {
    frontier_of(
        [space.table(Side::Japan), space.table(Side::Russia)],
        |a| space.options(a),
        space.articles(),
        allowed,
    )
}

/// The Pareto frontier between two tables of points (true or believed valuations), best
/// for the first table first. `points[0]` and `points[1]` of each result are its totals
/// in the two tables.
pub fn frontier_of(
    tables: [&PointTable; 2],
    options: impl Fn(usize) -> u8,
    articles: usize,
    allowed: &[OptionSet; MAX_ARTICLES],
) -> Vec<FrontierPoint> {
    let mut front = vec![FrontierPoint {
        points: [0, 0],
        terms: Terms::EMPTY,
    }];
    let mut next = Vec::new();
    for (a, &mask) in allowed.iter().enumerate().take(articles) {
        next.clear();
        for point in &front {
            for o in 0..options(a) {
                if mask & (1 << o) == 0 {
                    continue;
                }
                let mut terms = point.terms;
                terms.set(a, o);
                next.push(FrontierPoint {
                    points: [
                        point.points[0] + tables[0][a][o as usize],
                        point.points[1] + tables[1][a][o as usize],
                    ],
                    terms,
                });
            }
        }
        if next.is_empty() {
            return Vec::new();
        }
        prune(&mut next);
        std::mem::swap(&mut front, &mut next);
    }
    front
}

/// Keeps the points no other point beats for both sides; of equal points, the first
/// in a fixed order, so the result never depends on how the candidates were listed.
pub fn prune(points: &mut Vec<FrontierPoint>) {
    points.sort_unstable_by(|x, y| {
        y.points[0]
            .cmp(&x.points[0])
            .then(y.points[1].cmp(&x.points[1]))
            .then(x.terms.raw().cmp(y.terms.raw()))
    });
    let mut best_russia = i32::MIN;
    points.retain(|p| {
        let keep = p.points[1] > best_russia;
        if keep {
            best_russia = p.points[1];
        }
        keep
    });
}

/// Both sides' utilities of a frontier point.
pub fn utilities(space: &OutcomeSpace, points: [i32; 2]) -> [f64; 2] {
    [
        space.utility_of_points(Side::Japan, points[0] as f64),
        space.utility_of_points(Side::Russia, points[1] as f64),
    ]
}

/// The Nash bargaining point: the frontier point that maximises the product of both
/// sides' gains over what no treaty would give them (`disagreement`, in utilities).
/// `None` if no treaty on the frontier is better than no treaty for both.
pub fn nash(space: &OutcomeSpace, front: &[FrontierPoint], disagreement: [f64; 2]) -> Option<FrontierPoint> {
    front
        .iter()
        .map(|p| (p, utilities(space, p.points)))
        .filter(|(_, u)| u[0] >= disagreement[0] && u[1] >= disagreement[1])
        .max_by(|(_, u), (_, v)| {
            let gain_u = (u[0] - disagreement[0]) * (u[1] - disagreement[1]);
            let gain_v = (v[0] - disagreement[0]) * (v[1] - disagreement[1]);
            gain_u.total_cmp(&gain_v)
        })
        .map(|(p, _)| *p)
}

/// Euclidean distance in utility space.
pub fn distance(a: [f64; 2], b: [f64; 2]) -> f64 {
    ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt()
}

/// Distance from a pair of utilities to the nearest frontier point.
pub fn frontier_distance(space: &OutcomeSpace, front: &[FrontierPoint], u: [f64; 2]) -> f64 {
    front
        .iter()
        .map(|p| distance(utilities(space, p.points), u))
        .fold(f64::INFINITY, f64::min)
}

/// Whether no treaty is at least as good for both and better for one.
pub fn is_pareto_optimal(front: &[FrontierPoint], points: [i32; 2]) -> bool {
    !front
        .iter()
        .any(|p| p.points[0] >= points[0] && p.points[1] >= points[1] && p.points != points)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn brute_force(space: &OutcomeSpace) -> Vec<[i32; 2]> {
        let all: Vec<[i32; 2]> = space
            .treaties()
            .map(|t| [space.total(Side::Japan, &t), space.total(Side::Russia, &t)])
            .collect();
        let mut front: Vec<[i32; 2]> = all
            .iter()
            .filter(|p| !all.iter().any(|q| q[0] >= p[0] && q[1] >= p[1] && q != *p))
            .copied()
            .collect();
        front.sort_unstable_by(|x, y| y.cmp(x));
        front.dedup();
        front
    }

    #[test]
    fn incremental_frontier_equals_brute_force() {
        let japan = vec![vec![10, 5, 0], vec![0, 4, 2], vec![6, 3, 1, 0], vec![3, 3]];
        let russia = vec![vec![0, 5, 10], vec![4, 0, 1], vec![0, 2, 3, 6], vec![0, 2]];
        let space = OutcomeSpace::new(&[3, 3, 4, 2], [&japan, &russia]);
        let front = frontier(&space, &[u16::MAX; MAX_ARTICLES]);
        let points: Vec<[i32; 2]> = front.iter().map(|p| p.points).collect();
        assert_eq!(points, brute_force(&space));
        for p in &front {
            assert_eq!(space.total(Side::Japan, &p.terms), p.points[0]);
            assert!(is_pareto_optimal(&front, p.points));
        }
        let nash = nash(&space, &front, [0.0, 0.0]).unwrap();
        let best = front
            .iter()
            .map(|p| {
                let u = utilities(&space, p.points);
                u[0] * u[1]
            })
            .fold(0.0, f64::max);
        let u = utilities(&space, nash.points);
        assert_eq!(u[0] * u[1], best);
        assert!(super::nash(&space, &front, [0.99, 0.99]).is_none());
    }
}
