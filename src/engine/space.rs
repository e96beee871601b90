//! Every possible treaty, numbered in mixed radix, with each side's points precomputed.
//! Agents search the per-side tables sorted by utility, so choosing an offer is a
//! binary search and a short scan, with no allocation once the tables exist.

use super::condition::OptionSet;
use super::moves::{MAX_ARTICLES, Terms};
use super::side::Side;
use std::sync::OnceLock;

/// The most options an article may have.
pub const MAX_OPTIONS: usize = 12;
/// The most complete treaties a scenario may allow (the sorted tables hold 4 bytes each).
pub const MAX_SPACE: u64 = 2_000_000;
/// Below this many candidates a search enumerates them directly instead of scanning.
const ENUMERATE_BELOW: u64 = 4_096;

#[derive(Debug)]
pub struct OutcomeSpace {
    articles: usize,
    radix: [u8; MAX_ARTICLES],
    stride: [u32; MAX_ARTICLES],
    size: u64,
    points: [[[i32; MAX_OPTIONS]; MAX_ARTICLES]; 2],
    min_total: [i32; 2],
    max_total: [i32; 2],
    sorted: [OnceLock<Box<[u32]>>; 2],
}

impl OutcomeSpace {
    /// `points[side][article][option]`. Callers have validated the sizes.
    pub fn new(options: &[u8], points: [&[Vec<i32>]; 2]) -> OutcomeSpace {
        let articles = options.len();
        let mut space = OutcomeSpace {
            articles,
            radix: [1; MAX_ARTICLES],
            stride: [0; MAX_ARTICLES],
            size: 1,
            points: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            min_total: [0; 2],
            max_total: [0; 2],
            sorted: [OnceLock::new(), OnceLock::new()],
        };
        for (a, &n) in options.iter().enumerate() {
            space.radix[a] = n;
            space.stride[a] = space.size.min(u32::MAX as u64) as u32;
            space.size = space.size.saturating_mul(n as u64);
        }
        for side in Side::BOTH {
            let s = side.index();
            for (a, row) in points[s].iter().enumerate() {
                for (o, &p) in row.iter().enumerate() {
                    space.points[s][a][o] = p;
                }
                space.min_total[s] += row.iter().copied().min().unwrap_or(0);
                space.max_total[s] += row.iter().copied().max().unwrap_or(0);
            }
        }
        space
    }

    pub fn size(&self) -> u64 {
        self.size
    }

    pub fn articles(&self) -> usize {
        self.articles
    }

    pub fn options(&self, article: usize) -> u8 {
        self.radix[article]
    }

    pub fn points(&self, side: Side, article: usize, option: u8) -> i32 {
        self.points[side.index()][article][option as usize]
    }

    pub fn min_total(&self, side: Side) -> i32 {
        self.min_total[side.index()]
    }

    pub fn max_total(&self, side: Side) -> i32 {
        self.max_total[side.index()]
    }

    /// Points to utility in [0, 1]: 0 is the worst treaty for this side, 1 the best.
    pub fn utility_of_points(&self, side: Side, points: f64) -> f64 {
        let s = side.index();
        let span = (self.max_total[s] - self.min_total[s]) as f64;
        (points - self.min_total[s] as f64) / span
    }

    /// Utility to points, the inverse of `utility_of_points`.
    pub fn points_of_utility(&self, side: Side, utility: f64) -> f64 {
        let s = side.index();
        self.min_total[s] as f64 + utility * (self.max_total[s] - self.min_total[s]) as f64
    }

    /// Points of complete terms (every article set).
    pub fn total(&self, side: Side, terms: &Terms) -> i32 {
        let table = &self.points[side.index()];
        let raw = terms.raw();
        (0..self.articles).map(|a| table[a][raw[a] as usize]).sum()
    }

    pub fn utility(&self, side: Side, terms: &Terms) -> f64 {
        self.utility_of_points(side, self.total(side, terms) as f64)
    }

    pub fn encode(&self, terms: &Terms) -> u32 {
        let raw = terms.raw();
        (0..self.articles).map(|a| raw[a] as u32 * self.stride[a]).sum()
    }

    pub fn decode(&self, code: u32) -> Terms {
        let mut terms = Terms::EMPTY;
        for a in 0..self.articles {
            terms.set(a, ((code / self.stride[a]) % self.radix[a] as u32) as u8);
        }
        terms
    }

    fn code_points(&self, side: Side, code: u32) -> i32 {
        let table = &self.points[side.index()];
        (0..self.articles)
            .map(|a| table[a][((code / self.stride[a]) % self.radix[a] as u32) as usize])
            .sum()
    }

    fn code_allowed(&self, code: u32, allowed: &[OptionSet; MAX_ARTICLES]) -> bool {
        (0..self.articles).all(|a| allowed[a] & (1 << ((code / self.stride[a]) % self.radix[a] as u32)) != 0)
    }

    /// Every treaty, best first for `side` (ties in code order). Built on first use.
    pub fn sorted(&self, side: Side) -> &[u32] {
        self.sorted[side.index()].get_or_init(|| {
            let mut scored: Vec<(i32, u32)> = (0..self.size as u32).map(|c| (-self.code_points(side, c), c)).collect();
            scored.sort_unstable();
            scored.into_iter().map(|(_, c)| c).collect()
        })
    }

    /// The treaty `side` likes best among the allowed options, article by article
    /// (utilities are additive, so the best of each article is the best overall).
    pub fn best_allowed(&self, side: Side, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Terms> {
        let table = &self.points[side.index()];
        let mut terms = Terms::EMPTY;
        for (a, row) in table.iter().enumerate().take(self.articles) {
            let best = (0..self.radix[a]).filter(|&o| allowed[a] & (1 << o) != 0).max_by_key(|&o| (row[o as usize], std::cmp::Reverse(o)))?;
            terms.set(a, best);
        }
        Some(terms)
    }

    /// The allowed treaty whose points for `side` are the lowest at or above `target`:
    /// the bottom of an aspiration band. If nothing allowed reaches the target, the best
    /// allowed treaty below it.
    pub fn at_or_above(&self, side: Side, target: i32, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Terms> {
        self.at_or_above_where(side, target, allowed, |_| true)
    }

    /// As `at_or_above`, among treaties that also pass `keep` (conditional red lines).
    pub fn at_or_above_where(
        &self,
        side: Side,
        target: i32,
        allowed: &[OptionSet; MAX_ARTICLES],
        keep: impl Fn(&Terms) -> bool,
    ) -> Option<Terms> {
        let candidates: u64 = (0..self.articles).map(|a| allowed[a].count_ones() as u64).product();
        if candidates == 0 {
            return None;
        }
        if candidates <= ENUMERATE_BELOW {
            return self.enumerate_at_or_above(side, target, allowed, &keep);
        }
        let table = self.sorted(side);
        let reach = table.partition_point(|&c| self.code_points(side, c) >= target);
        table[..reach]
            .iter()
            .rev()
            .chain(table[reach..].iter())
            .filter(|&&c| self.code_allowed(c, allowed))
            .map(|&c| self.decode(c))
            .find(|t| keep(t))
    }

    fn enumerate_at_or_above(
        &self,
        side: Side,
        target: i32,
        allowed: &[OptionSet; MAX_ARTICLES],
        keep: &dyn Fn(&Terms) -> bool,
    ) -> Option<Terms> {
        let choices: Vec<Vec<u8>> = (0..self.articles)
            .map(|a| (0..self.radix[a]).filter(|&o| allowed[a] & (1 << o) != 0).collect())
            .collect();
        let mut index = vec![0usize; self.articles];
        // Same order as the sorted table: fewest points at or above target, ties by larger
        // code; otherwise most points below target, ties by smaller code.
        let mut above: Option<(i32, u32)> = None;
        let mut below: Option<(i32, u32)> = None;
        loop {
            let mut terms = Terms::EMPTY;
            for a in 0..self.articles {
                terms.set(a, choices[a][index[a]]);
            }
            let points = self.total(side, &terms);
            let code = self.encode(&terms);
            if keep(&terms) {
                if points >= target {
                    if above.is_none_or(|(p, c)| points < p || (points == p && code > c)) {
                        above = Some((points, code));
                    }
                } else if below.is_none_or(|(p, c)| points > p || (points == p && code < c)) {
                    below = Some((points, code));
                }
            }
            let mut a = 0;
            loop {
                if a == self.articles {
                    return above.or(below).map(|(_, c)| self.decode(c));
                }
                index[a] += 1;
                if index[a] < choices[a].len() {
                    break;
                }
                index[a] = 0;
                a += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn space() -> OutcomeSpace {
        let japan = vec![vec![10, 5, 0], vec![0, 4], vec![6, 3, 1, 0]];
        let russia = vec![vec![0, 5, 10], vec![4, 0], vec![0, 2, 3, 6]];
        OutcomeSpace::new(&[3, 2, 4], [&japan, &russia])
    }

    const ANY: [OptionSet; MAX_ARTICLES] = [u16::MAX; MAX_ARTICLES];

    #[test]
    fn codes_round_trip_and_totals_add_up() {
        let s = space();
        assert_eq!(s.size(), 24);
        for code in 0..24 {
            let t = s.decode(code);
            assert_eq!(s.encode(&t), code);
            assert_eq!(s.total(Side::Japan, &t), s.code_points(Side::Japan, code));
        }
        assert_eq!((s.min_total(Side::Japan), s.max_total(Side::Japan)), (0, 20));
        let sorted = s.sorted(Side::Japan);
        assert!(sorted.windows(2).all(|w| s.code_points(Side::Japan, w[0]) >= s.code_points(Side::Japan, w[1])));
    }

    #[test]
    fn scan_and_enumeration_choose_alike() {
        let s = space();
        let mut restricted = ANY;
        restricted[0] = 0b011;
        for target in -2..24 {
            for allowed in [ANY, restricted] {
                let by_scan = {
                    let table = s.sorted(Side::Japan);
                    let reach = table.partition_point(|&c| s.code_points(Side::Japan, c) >= target);
                    table[..reach]
                        .iter()
                        .rev()
                        .chain(table[reach..].iter())
                        .find(|&&c| s.code_allowed(c, &allowed))
                        .map(|&c| s.decode(c))
                };
                assert_eq!(s.enumerate_at_or_above(Side::Japan, target, &allowed, &|_| true), by_scan, "target {target}");
            }
        }
    }

    #[test]
    fn best_allowed_is_per_article_best() {
        let s = space();
        let mut allowed = ANY;
        allowed[0] = 0b110;
        let best = s.best_allowed(Side::Japan, &allowed).unwrap();
        assert_eq!((best.get(0), best.get(1), best.get(2)), (Some(1), Some(1), Some(0)));
        allowed[1] = 0;
        assert!(s.best_allowed(Side::Japan, &allowed).is_none());
    }
}
