//! Every possible treaty, numbered in mixed radix, with each side's points precomputed.
//! Agents search the per-side tables sorted by utility, so choosing an offer is a
//! binary search and a short scan, with no allocation once the tables exist.

use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{MAX_ARTICLES, NONE, Terms};
use crate::engine::play::side::Side;
use std::sync::{Arc, OnceLock, RwLock};

/// The most options an article may have.
pub const MAX_OPTIONS: usize = 12;
/// The most complete treaties a scenario may allow (the sorted tables hold 4 bytes each).
pub const MAX_SPACE: u64 = 2_000_000;
/// Below this many candidates a search enumerates them directly instead of scanning.
const ENUMERATE_BELOW: u64 = 4_096;
/// How many filtered tables (one per set of instructions met) a space keeps.
const FILTERED_TABLES: usize = 16;
/// Only instructions that rule out more than this share of treaties get a filtered table;
/// for laxer ones the scan of the full table is already short.
const FILTER_BELOW_SHARE: u64 = 4;

/// A treaty as one integer: each article's option in its own bit field. Packed fields (not
/// mixed radix) let a search read an option with a shift and a mask instead of a division.
pub type Code = u64;

/// One side's treaties, best first, with an index by points: `reach[p - min]` is how many
/// treaties score at least `p`, so finding the aspiration band is one load, not a binary
/// search through megabytes.
#[derive(Debug)]
pub struct Sorted {
    codes: Box<[Code]>,
    reach: Box<[u32]>,
    min: i32,
}

impl Sorted {
    /// How many treaties score `target` points or more.
    fn reach(&self, target: i32) -> usize {
        if target <= self.min {
            self.codes.len()
        } else {
            self.reach.get((target - self.min) as usize).map_or(0, |&r| r as usize)
        }
    }
}

/// A side, the options its instructions allow, and the table of treaties they leave.
type FilteredTable = (Side, [OptionSet; MAX_ARTICLES], Arc<Sorted>);

/// Points per article and option for one side (true or believed).
pub type PointTable = [[i32; MAX_OPTIONS]; MAX_ARTICLES];

#[derive(Debug)]
pub struct OutcomeSpace {
    articles: usize,
    radix: [u8; MAX_ARTICLES],
    shift: [u8; MAX_ARTICLES],
    size: u64,
    points: [[[i32; MAX_OPTIONS]; MAX_ARTICLES]; 2],
    /// Each article's options, best first for each side (ties by lower index).
    preference: [[[u8; MAX_OPTIONS]; MAX_ARTICLES]; 2],
    min_total: [i32; 2],
    max_total: [i32; 2],
    /// 1 / (max_total - min_total): utilities multiply instead of divide.
    inverse_span: [f64; 2],
    sorted: [OnceLock<Sorted>; 2],
    /// The full tables restricted to the options some instructions allow, in the same
    /// order, keyed by side and allowed options: delegations meet the same instructions
    /// game after game, and a restricted table needs no skipping.
    filtered: RwLock<Vec<FilteredTable>>,
}

impl OutcomeSpace {
    /// `points[side][article][option]`. Callers have validated the sizes.
    pub fn new(options: &[u8], points: [&[Vec<i32>]; 2]) -> OutcomeSpace {
        let articles = options.len();
        let mut space = OutcomeSpace {
            articles,
            radix: [1; MAX_ARTICLES],
            shift: [0; MAX_ARTICLES],
            size: 1,
            points: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            preference: [[[0; MAX_OPTIONS]; MAX_ARTICLES]; 2],
            min_total: [0; 2],
            max_total: [0; 2],
            inverse_span: [0.0; 2],
            sorted: [OnceLock::new(), OnceLock::new()],
            filtered: RwLock::new(Vec::new()),
        };
        let mut bits = 0u32;
        for (a, &n) in options.iter().enumerate() {
            space.radix[a] = n;
            space.shift[a] = bits.min(63) as u8;
            bits += field_bits(n);
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
                let mut order: Vec<u8> = (0..row.len() as u8).collect();
                order.sort_by_key(|&o| (std::cmp::Reverse(row[o as usize]), o));
                space.preference[s][a][..order.len()].copy_from_slice(&order);
            }
            space.inverse_span[s] = 1.0 / (space.max_total[s] - space.min_total[s]).max(1) as f64;
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

    /// One side's points for every article and option.
    pub fn table(&self, side: Side) -> &PointTable {
        &self.points[side.index()]
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
        (points - self.min_total[s] as f64) * self.inverse_span[s]
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

    pub fn encode(&self, terms: &Terms) -> Code {
        let raw = terms.raw();
        (0..self.articles).map(|a| (raw[a] as Code) << self.shift[a]).sum()
    }

    #[inline]
    fn option_of(&self, code: Code, article: usize) -> u8 {
        ((code >> self.shift[article]) & field_mask(self.radix[article])) as u8
    }

    pub fn decode(&self, code: Code) -> Terms {
        let mut option = [NONE; MAX_ARTICLES];
        for (a, o) in option.iter_mut().enumerate().take(self.articles) {
            *o = self.option_of(code, a);
        }
        Terms::complete(option, self.articles)
    }

    #[cfg(test)]
    fn code_allowed(&self, code: Code, allowed: &[OptionSet; MAX_ARTICLES]) -> bool {
        (0..self.articles).all(|a| allowed[a] >> self.option_of(code, a) & 1 != 0)
    }

    /// Every complete treaty, in a fixed order.
    pub fn treaties(&self) -> impl Iterator<Item = Terms> + '_ {
        let mut digits = [0u8; MAX_ARTICLES];
        let mut done = false;
        std::iter::from_fn(move || {
            if done {
                return None;
            }
            let mut terms = Terms::EMPTY;
            for (a, &d) in digits.iter().enumerate().take(self.articles) {
                terms.set(a, d);
            }
            done = !next_combination(&mut digits[..self.articles], |a| self.radix[a]);
            Some(terms)
        })
    }

    /// Every treaty, best first for `side` (ties in code order). Built on first use.
    fn sorted(&self, side: Side) -> &Sorted {
        self.sorted[side.index()].get_or_init(|| {
            let mut scored: Vec<(i32, Code)> = self
                .treaties()
                .map(|t| (-self.total(side, &t), self.encode(&t)))
                .collect();
            scored.sort_unstable();
            let points: Box<[i32]> = scored.iter().map(|&(p, _)| -p).collect();
            let (min, max) = (self.min_total[side.index()], self.max_total[side.index()]);
            let reach = (min..=max)
                .map(|p| points.partition_point(|&q| q >= p) as u32)
                .collect();
            Sorted {
                codes: scored.iter().map(|&(_, c)| c).collect(),
                reach,
                min,
            }
        })
    }

    /// A table holding only the treaties these options allow, when the restriction is
    /// strong enough to be worth one; a caller searching repeatedly under the same
    /// instructions may keep the handle and use `search_table`.
    pub fn restricted_table(&self, side: Side, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Arc<Sorted>> {
        let candidates: u64 = (0..self.articles).map(|a| allowed[a].count_ones() as u64).product();
        if candidates <= ENUMERATE_BELOW {
            return None;
        }
        self.table_for(side, allowed, candidates)
    }

    fn table_for(&self, side: Side, allowed: &[OptionSet; MAX_ARTICLES], candidates: u64) -> Option<Arc<Sorted>> {
        if candidates * FILTER_BELOW_SHARE < self.size {
            self.filtered(side, allowed)
        } else {
            None
        }
    }

    /// `at_or_above_where` within a table from `restricted_table`.
    pub fn search_table(&self, table: &Sorted, target: i32, keep: impl Fn(&Terms) -> bool) -> Option<Terms> {
        let reach = table.reach(target);
        table.codes[..reach]
            .iter()
            .rev()
            .chain(table.codes[reach..].iter())
            .map(|&c| self.decode(c))
            .find(|t| keep(t))
    }

    /// The table of allowed treaties for these instructions, built on first use; `None` once
    /// the cache is full (the caller scans the full table instead).
    fn filtered(&self, side: Side, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Arc<Sorted>> {
        let find = |tables: &Vec<FilteredTable>| {
            tables
                .iter()
                .find(|(s, a, _)| *s == side && a[..self.articles] == allowed[..self.articles])
                .map(|(_, _, t)| Arc::clone(t))
        };
        if let Some(table) = find(&*self.filtered.read().ok()?) {
            return Some(table);
        }
        let mut tables = self.filtered.write().ok()?;
        if let Some(table) = find(&tables) {
            return Some(table);
        }
        if tables.len() >= FILTERED_TABLES {
            return None;
        }
        let full = self.sorted(side);
        let filter = Filter::new(self, allowed);
        let codes: Box<[Code]> = full.codes.iter().copied().filter(|&c| filter.allows(c)).collect();
        let (min, max) = (self.min_total[side.index()], self.max_total[side.index()]);
        let points: Vec<i32> = codes.iter().map(|&c| self.code_total(side, c)).collect();
        let reach = (min..=max)
            .map(|p| points.partition_point(|&q| q >= p) as u32)
            .collect();
        let table = Arc::new(Sorted { codes, reach, min });
        tables.push((side, *allowed, Arc::clone(&table)));
        Some(table)
    }

    fn code_total(&self, side: Side, code: Code) -> i32 {
        let table = &self.points[side.index()];
        (0..self.articles)
            .map(|a| table[a][self.option_of(code, a) as usize])
            .sum()
    }

    /// The treaty `side` likes best among the allowed options, article by article
    /// (utilities are additive, so the best of each article is the best overall).
    pub fn best_allowed(&self, side: Side, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Terms> {
        let preference = &self.preference[side.index()];
        let mut terms = Terms::EMPTY;
        for a in 0..self.articles {
            let best = preference[a][..self.radix[a] as usize]
                .iter()
                .copied()
                .find(|&o| allowed[a] & (1 << o) != 0)?;
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
        if let Some(table) = self.table_for(side, allowed, candidates) {
            return self.search_table(&table, target, keep);
        }
        let filter = Filter::new(self, allowed);
        let table = self.sorted(side);
        let reach = table.reach(target);
        table.codes[..reach]
            .iter()
            .rev()
            .chain(table.codes[reach..].iter())
            .filter(|&&c| filter.allows(c))
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
        let mut choices = [[0u8; MAX_OPTIONS]; MAX_ARTICLES];
        let mut counts = [0u8; MAX_ARTICLES];
        for a in 0..self.articles {
            for o in (0..self.radix[a]).filter(|&o| allowed[a] & (1 << o) != 0) {
                choices[a][counts[a] as usize] = o;
                counts[a] += 1;
            }
        }
        let table = &self.points[side.index()];
        let mut index = [0u8; MAX_ARTICLES];
        // The points and code of the combination at hand, kept up to date as one digit moves
        // at a time (the first fastest), rather than summed afresh for each.
        let mut points: i32 = (0..self.articles).map(|a| table[a][choices[a][0] as usize]).sum();
        let mut code: Code = (0..self.articles)
            .map(|a| (choices[a][0] as Code) << self.shift[a])
            .sum();
        // Same order as the sorted table: fewest points at or above target, ties by larger
        // code; otherwise most points below target, ties by smaller code. `keep` is asked
        // only about a combination that would be the best so far: the others change nothing.
        let mut above: Option<(i32, Code)> = None;
        let mut below: Option<(i32, Code)> = None;
        loop {
            let better = if points >= target {
                above.is_none_or(|(p, c)| points < p || (points == p && code > c))
            } else {
                below.is_none_or(|(p, c)| points > p || (points == p && code < c))
            };
            if better {
                let mut terms = Terms::EMPTY;
                for a in 0..self.articles {
                    terms.set(a, choices[a][index[a] as usize]);
                }
                if keep(&terms) {
                    if points >= target {
                        above = Some((points, code));
                    } else {
                        below = Some((points, code));
                    }
                }
            }
            // The next combination, in `next_combination`'s order.
            let mut a = 0;
            loop {
                if a == self.articles {
                    return above.or(below).map(|(_, c)| self.decode(c));
                }
                let old = choices[a][index[a] as usize];
                index[a] += 1;
                if index[a] >= counts[a] {
                    index[a] = 0;
                }
                let new = choices[a][index[a] as usize];
                points += table[a][new as usize] - table[a][old as usize];
                code = code - ((old as Code) << self.shift[a]) + ((new as Code) << self.shift[a]);
                if index[a] != 0 {
                    break;
                }
                a += 1;
            }
        }
    }
}

/// The allowed options as (shift, field mask, allowed set) per restricted article, most
/// restrictive first: most treaties in a scan fail on the first test or two.
struct Filter {
    tests: [(u8, Code, OptionSet); MAX_ARTICLES],
    count: usize,
}

impl Filter {
    fn new(space: &OutcomeSpace, allowed: &[OptionSet; MAX_ARTICLES]) -> Filter {
        let mut tests = [(0, 0, 0); MAX_ARTICLES];
        let mut count = 0;
        for (a, &set) in allowed.iter().enumerate().take(space.articles) {
            let all: OptionSet = (1 << space.radix[a]) - 1;
            if set & all != all {
                tests[count] = (space.shift[a], field_mask(space.radix[a]), set);
                count += 1;
            }
        }
        // Articles where at most half the options are allowed first: they reject most.
        let mut strict = 0;
        for i in 0..count {
            let (_, mask, set) = tests[i];
            if 2 * set.count_ones() <= mask as u32 + 1 {
                tests.swap(strict, i);
                strict += 1;
            }
        }
        Filter { tests, count }
    }

    #[inline]
    fn allows(&self, code: Code) -> bool {
        self.tests[..self.count]
            .iter()
            .all(|&(shift, mask, set)| set >> ((code >> shift) & mask) & 1 != 0)
    }
}

/// Bits for a field holding options 0..n.
/// One side's own valuations: its points per article and option and the utility they give,
/// without the other side's. What a delegation's mandate carries and its view hands out;
/// the numbers are the ones `OutcomeSpace` uses for the same side, so either gives the same
/// utility to the bit.
#[derive(Clone, Debug, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Valuation {
    articles: usize,
    points: PointTable,
    min_total: i32,
    max_total: i32,
    inverse_span: f64,
}

impl Valuation {
    /// `side`'s valuations as the space holds them.
    pub fn of(space: &OutcomeSpace, side: Side) -> Valuation {
        let s = side.index();
        Valuation {
            articles: space.articles,
            points: space.points[s],
            min_total: space.min_total[s],
            max_total: space.max_total[s],
            inverse_span: space.inverse_span[s],
        }
    }

    pub fn points(&self, article: usize, option: u8) -> i32 {
        self.points[article][option as usize]
    }

    /// Points for every article and option.
    pub fn table(&self) -> &PointTable {
        &self.points
    }

    pub fn min_total(&self) -> i32 {
        self.min_total
    }

    pub fn max_total(&self) -> i32 {
        self.max_total
    }

    /// Points to utility in [0, 1], as `OutcomeSpace::utility_of_points`.
    pub fn utility_of_points(&self, points: f64) -> f64 {
        (points - self.min_total as f64) * self.inverse_span
    }

    /// Utility to points, as `OutcomeSpace::points_of_utility`.
    pub fn points_of_utility(&self, utility: f64) -> f64 {
        self.min_total as f64 + utility * (self.max_total - self.min_total) as f64
    }

    /// Points of complete terms (every article set).
    pub fn total(&self, terms: &Terms) -> i32 {
        let raw = terms.raw();
        (0..self.articles).map(|a| self.points[a][raw[a] as usize]).sum()
    }

    pub fn utility(&self, terms: &Terms) -> f64 {
        self.utility_of_points(self.total(terms) as f64)
    }
}

fn field_bits(n: u8) -> u32 {
    u8::BITS - n.saturating_sub(1).leading_zeros()
}

fn field_mask(n: u8) -> Code {
    (1 << field_bits(n)) - 1
}

/// Advances mixed-radix digits (first digit fastest); false after the last combination.
fn next_combination(digits: &mut [u8], radix: impl Fn(usize) -> u8) -> bool {
    for (a, d) in digits.iter_mut().enumerate() {
        *d += 1;
        if *d < radix(a) {
            return true;
        }
        *d = 0;
    }
    false
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
        let sorted = s.sorted(Side::Japan);
        assert_eq!(sorted.codes.len(), 24);
        let points: Vec<i32> = sorted.codes.iter().map(|&c| s.code_total(Side::Japan, c)).collect();
        for &code in sorted.codes.iter() {
            let t = s.decode(code);
            assert_eq!(s.encode(&t), code);
            assert_eq!(s.total(Side::Japan, &t), s.code_total(Side::Japan, code));
        }
        assert_eq!((s.min_total(Side::Japan), s.max_total(Side::Japan)), (0, 20));
        assert!(points.windows(2).all(|w| w[0] >= w[1]));
        for target in -3..25 {
            assert_eq!(
                sorted.reach(target),
                points.partition_point(|&p| p >= target),
                "{target}"
            );
        }
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
                    let reach = table.reach(target);
                    table.codes[..reach]
                        .iter()
                        .rev()
                        .chain(table.codes[reach..].iter())
                        .find(|&&c| s.code_allowed(c, &allowed))
                        .map(|&c| s.decode(c))
                };
                assert_eq!(
                    s.enumerate_at_or_above(Side::Japan, target, &allowed, &|_| true),
                    by_scan,
                    "target {target}"
                );
            }
        }
    }

    #[test]
    fn enumeration_chooses_as_the_scan_with_ties_and_a_filter() {
        use crate::engine::play::rng::Rng;
        let mut rng = Rng::new(11);
        for case in 0..40 {
            let articles = 1 + rng.below(6) as usize;
            let options: Vec<u8> = (0..articles).map(|_| 1 + rng.below(4) as u8).collect();
            // Few distinct points, so that equal totals (and the tie-break on codes) are common.
            let table = |rng: &mut Rng| -> Vec<Vec<i32>> {
                options
                    .iter()
                    .map(|&n| (0..n).map(|_| rng.below(4) as i32).collect())
                    .collect()
            };
            let (japan, russia) = (table(&mut rng), table(&mut rng));
            let s = OutcomeSpace::new(&options, [&japan, &russia]);
            let mut allowed = ANY;
            for (a, &n) in options.iter().enumerate() {
                allowed[a] = (rng.below(1 << n) as OptionSet) | 1;
            }
            // Refuses some treaties, as a conditional red line would.
            let keep = |t: &Terms| t.get(0) != Some(1) || t.get(articles - 1) == Some(0);
            for target in -1..(s.max_total(Side::Japan) + 2) {
                let table = s.sorted(Side::Japan);
                let reach = table.reach(target);
                let by_scan = table.codes[..reach]
                    .iter()
                    .rev()
                    .chain(table.codes[reach..].iter())
                    .filter(|&&c| s.code_allowed(c, &allowed))
                    .map(|&c| s.decode(c))
                    .find(keep);
                assert_eq!(
                    s.enumerate_at_or_above(Side::Japan, target, &allowed, &keep),
                    by_scan,
                    "case {case}, target {target}"
                );
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
