//! Bargaining analysis: the Pareto frontier of a scenario (or of what is still open), the
//! Nash bargaining point, and distances to them.
//!
//! Utilities are additive over articles, so the frontier of all treaties is the frontier of
//! the sums of each article's options. Building it article by article and pruning dominated
//! points at every step keeps it small (hundreds of points) without enumerating the
//! hundreds of thousands of possible treaties.

pub mod estimate;
pub mod gap;
pub mod report;
pub mod space;
pub mod timeline;
pub mod zone;

use crate::engine::analysis::space::{OutcomeSpace, PointTable};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Terms};
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
    WORK.with(|work| match work.try_borrow_mut() {
        Ok(mut work) => work.frontier(tables, options, articles, allowed),
        // Only if a caller's `options` itself builds a frontier: no cache then.
        Err(_) => frontier_with(tables, &options, articles, allowed, &mut Buffers::default(), |p| p),
    })
}

/// As `frontier_of`, built afresh every time (with the thread's working buffers), for a
/// caller that remembers what it makes of a frontier itself: the delegate's candidates are
/// kept by its own memory, so the frontiers under them are seldom asked for twice, and
/// keying and copying them into this memory cost more than the rare hit saved.
pub fn frontier_of_unmemoised(
    tables: [&PointTable; 2],
    options: impl Fn(usize) -> u8,
    articles: usize,
    allowed: &[OptionSet; MAX_ARTICLES],
) -> Vec<FrontierPoint> {
    frontier_of_unmemoised_as(tables, options, articles, allowed, |p| p)
}

/// As `frontier_of_unmemoised`, each point made by `convert` into what the caller keeps of
/// it as the frontier is written out: no list of frontier points is made in between.
pub fn frontier_of_unmemoised_as<C, B: FromIterator<C>>(
    tables: [&PointTable; 2],
    options: impl Fn(usize) -> u8,
    articles: usize,
    allowed: &[OptionSet; MAX_ARTICLES],
    convert: impl FnMut(FrontierPoint) -> C,
) -> B {
    WORK.with(|work| match work.try_borrow_mut() {
        Ok(mut work) => frontier_with(tables, options, articles, allowed, &mut work.buffers, convert),
        Err(_) => frontier_with(tables, &options, articles, allowed, &mut Buffers::default(), convert),
    })
}

thread_local! {
    static WORK: std::cell::RefCell<FrontierWork> = std::cell::RefCell::new(FrontierWork::default());
}

/// How many frontiers a thread remembers.
const MEMO_SLOTS: usize = 8192;

/// Working fronts kept from call to call, and the frontiers lately built, by their exact
/// inputs. The mediator and the delegate build a frontier at nearly every turn; in bulk runs
/// between the same delegations the talks pass through the same positions again and again,
/// and a frontier is a pure function of its inputs.
#[derive(Default)]
struct FrontierWork {
    buffers: Buffers,
    key: Vec<i32>,
    memo: Vec<Option<(Vec<i32>, Vec<FrontierPoint>)>>,
}

impl FrontierWork {
    fn frontier(
        &mut self,
        tables: [&PointTable; 2],
        options: impl Fn(usize) -> u8,
        articles: usize,
        allowed: &[OptionSet; MAX_ARTICLES],
    ) -> Vec<FrontierPoint> {
        // The key: every input the result depends on (the points of options not allowed
        // do not count).
        let key = &mut self.key;
        key.clear();
        key.push(articles as i32);
        for (a, &mask) in allowed.iter().enumerate().take(articles) {
            let n = options(a);
            let mask = mask & ((1u32 << n) - 1) as OptionSet;
            key.push(mask as i32);
            let mut bits = mask;
            while bits != 0 {
                let o = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                key.push(tables[0][a][o]);
                key.push(tables[1][a][o]);
            }
        }
        let hash = key.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &v| {
            (h ^ v as u32 as u64).wrapping_mul(0x0000_0100_0000_01b3)
        });
        let slot = (hash ^ (hash >> 29)) as usize % MEMO_SLOTS;
        if self.memo.is_empty() {
            self.memo.resize_with(MEMO_SLOTS, || None);
        }
        if let Some((k, front)) = &self.memo[slot]
            && k == key
        {
            return front.clone();
        }
        let front: Vec<FrontierPoint> = frontier_with(tables, options, articles, allowed, &mut self.buffers, |p| p);
        match &mut self.memo[slot] {
            Some((k, f)) => {
                k.clone_from(&self.key);
                f.clone_from(&front);
            }
            empty => *empty = Some((self.key.clone(), front.clone())),
        }
        front
    }
}

/// A point of a front under construction: both sides' points, and the terms of the
/// articles with more than one allowed option packed four bits each, the first such
/// article highest, `0xF` for none yet. The other articles have the same terms in every
/// point and are added at the end. Compared as a number, the packed terms order as
/// `Terms::raw` does (options are below 15, `NONE` above all), and a point is half the
/// size of a `FrontierPoint`, which makes the merging twice as quick; in a `u64` (up to
/// sixteen such articles, as in every shipped scenario) a quarter.
#[derive(Clone, Copy)]
struct Partial<T> {
    points: Points,
    terms: T,
}

/// Both sides' points in one number that orders as `partial_order` orders points before
/// their terms: Japan's points in the high half, Russia's plus 2^31 (so that they order as
/// an unsigned number) in the low half. One comparison and one addition instead of two
/// each, in the merge that is most of a frontier's work. While Russia's points stay within
/// `i32`, as the points themselves do, its half never carries into Japan's.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Points(i64);

impl Points {
    const SIGN: u32 = 0x8000_0000;

    #[inline]
    fn of([japan, russia]: [i32; 2]) -> Points {
        Points((i64::from(japan) << 32) | i64::from(russia as u32 ^ Self::SIGN))
    }

    /// Points moved by a gain given as `Points::gain`.
    #[inline]
    fn moved(self, gain: i64) -> Points {
        Points(self.0 + gain)
    }

    /// What `moved` adds for `gain`: exact, as Russia's half stays within its 32 bits.
    fn gain([japan, russia]: [i32; 2]) -> i64 {
        (i64::from(japan) << 32) + i64::from(russia)
    }

    /// Russia's half, in an order that is Russia's points' order.
    #[inline]
    fn russia_order(self) -> u32 {
        self.0 as u32
    }

    #[inline]
    fn unpacked(self) -> [i32; 2] {
        [(self.0 >> 32) as i32, (self.0 as u32 ^ Self::SIGN) as i32]
    }
}

/// The terms of a `Partial`: a `u64` when they fit, else a `u128`.
trait Packed: Copy + Ord {
    const NONE: Self;
    /// Sets the option of the `slot`th packed article.
    fn with(self, slot: u32, option: u32) -> Self;
    fn option(self, slot: u32) -> u8;
}

impl Packed for u64 {
    const NONE: u64 = u64::MAX;

    #[inline]
    fn with(self, slot: u32, option: u32) -> u64 {
        let shift = 60 - 4 * slot;
        (self & !(0xF << shift)) | (u64::from(option) << shift)
    }

    #[inline]
    fn option(self, slot: u32) -> u8 {
        ((self >> (60 - 4 * slot)) & 0xF) as u8
    }
}

impl Packed for u128 {
    const NONE: u128 = u128::MAX;

    #[inline]
    fn with(self, slot: u32, option: u32) -> u128 {
        let shift = 124 - 4 * slot;
        (self & !(0xF << shift)) | (u128::from(option) << shift)
    }

    #[inline]
    fn option(self, slot: u32) -> u8 {
        ((self >> (124 - 4 * slot)) & 0xF) as u8
    }
}

const _: () = assert!(MAX_ARTICLES <= 32 && space::MAX_OPTIONS < 16);

/// Working fronts for both widths of packed terms.
#[derive(Default)]
struct Buffers {
    narrow: [Vec<Partial<u64>>; 3],
    wide: [Vec<Partial<u128>>; 3],
}

fn frontier_with<C, B: FromIterator<C>>(
    tables: [&PointTable; 2],
    options: impl Fn(usize) -> u8,
    articles: usize,
    allowed: &[OptionSet; MAX_ARTICLES],
    buffers: &mut Buffers,
    convert: impl FnMut(FrontierPoint) -> C,
) -> B {
    let varied = allowed
        .iter()
        .enumerate()
        .take(articles)
        .filter(|&(a, &mask)| (mask & ((1u32 << options(a)) - 1) as OptionSet).count_ones() > 1)
        .count();
    if varied <= 16 {
        frontier_packed(tables, options, articles, allowed, &mut buffers.narrow, convert)
    } else {
        frontier_packed(tables, options, articles, allowed, &mut buffers.wide, convert)
    }
}

fn frontier_packed<T: Packed, C, B: FromIterator<C>>(
    tables: [&PointTable; 2],
    options: impl Fn(usize) -> u8,
    articles: usize,
    allowed: &[OptionSet; MAX_ARTICLES],
    [front, next, merged]: &mut [Vec<Partial<T>>; 3],
    mut convert: impl FnMut(FrontierPoint) -> C,
) -> B {
    // Articles with one allowed option move every point alike and change no comparison
    // (their terms are the same in every point): they are added at the end.
    let mut base = [0, 0];
    let mut fixed = Terms::EMPTY;
    let mut varied = ArticleSet::EMPTY;
    front.clear();
    front.push(Partial {
        points: Points::of([0, 0]),
        terms: T::NONE,
    });
    for (a, &mask) in allowed.iter().enumerate().take(articles) {
        let mask = mask & ((1u32 << options(a)) - 1) as OptionSet;
        if mask == 0 {
            return std::iter::empty().collect();
        }
        if mask.count_ones() == 1 {
            let o = mask.trailing_zeros() as usize;
            base[0] += tables[0][a][o];
            base[1] += tables[1][a][o];
            fixed.set(a, o as u8);
            continue;
        }
        let slot = varied.len() as u32;
        varied.insert(a);
        next.clear();
        let mut first = true;
        let mut bits = mask;
        while bits != 0 {
            let o = bits.trailing_zeros();
            bits &= bits - 1;
            let gain = Points::gain([tables[0][a][o as usize], tables[1][a][o as usize]]);
            let moved = |p: &Partial<T>| Partial {
                points: p.points.moved(gain),
                terms: p.terms.with(slot, o),
            };
            if first {
                next.extend(front.iter().map(moved));
                first = false;
            } else {
                // The front moved by one option's points is still a pruned front: merge it
                // into what the earlier options gave, pruning as we go. Pruning the parts
                // and then their union keeps exactly what pruning all the candidates would.
                merged.clear();
                merge_pruned(next, front, moved, merged);
                std::mem::swap(next, merged);
            }
        }
        std::mem::swap(front, next);
    }
    // Every point names the same articles: they are set once, and each point's options
    // written over a copy.
    let mut template = fixed;
    let mut slots = [0u8; 32];
    for (slot, a) in varied.iter().enumerate() {
        template.set(a, 0);
        slots[slot] = a as u8;
    }
    let slots = &slots[..varied.len()];
    front
        .iter()
        .map(|p| {
            let mut terms = template;
            for (slot, &a) in slots.iter().enumerate() {
                terms.replace(a as usize, p.terms.option(slot as u32));
            }
            convert(FrontierPoint {
                points: {
                    let [japan, russia] = p.points.unpacked();
                    [japan + base[0], russia + base[1]]
                },
                terms,
            })
        })
        .collect()
}

/// The order `prune` sorts in: best for the first side first, then for the second, then
/// by terms. Terms are compared only between equal points, which is rare.
#[inline]
fn frontier_order(x: &FrontierPoint, y: &FrontierPoint) -> std::cmp::Ordering {
    y.points[0]
        .cmp(&x.points[0])
        .then(y.points[1].cmp(&x.points[1]))
        .then_with(|| x.terms.raw().cmp(y.terms.raw()))
}

/// `frontier_order` for points under construction.
#[inline]
fn partial_order<T: Packed>(x: &Partial<T>, y: &Partial<T>) -> std::cmp::Ordering {
    y.points.cmp(&x.points).then(x.terms.cmp(&y.terms))
}

/// Merges two pruned fronts, `left` and `right` moved by `shift` (each in `frontier_order`),
/// into `out`, keeping what `prune` would keep of their union.
fn merge_pruned<T: Packed>(
    left: &[Partial<T>],
    right: &[Partial<T>],
    shift: impl Fn(&Partial<T>) -> Partial<T>,
    out: &mut Vec<Partial<T>>,
) {
    out.reserve(left.len() + right.len());
    // Russia's least points, `i32::MIN`, in `russia_order`.
    let mut best_russia = 0;
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        let r = shift(&right[j]);
        let l = left[i];
        let p = if partial_order(&l, &r).is_le() {
            i += 1;
            l
        } else {
            j += 1;
            r
        };
        if p.points.russia_order() > best_russia {
            best_russia = p.points.russia_order();
            out.push(p);
        }
    }
    let rest = left[i..].iter().copied().chain(right[j..].iter().map(shift));
    for p in rest {
        if p.points.russia_order() > best_russia {
            best_russia = p.points.russia_order();
            out.push(p);
        }
    }
}

/// Keeps the points no other point beats for both sides; of equal points, the first
/// in a fixed order, so the result never depends on how the candidates were listed.
pub fn prune(points: &mut Vec<FrontierPoint>) {
    // Points that compare equal are equal whole, so a stable sort gives the same result;
    // it finds the sorted runs that a concatenation of fronts is made of and merges them.
    points.sort_by(frontier_order);
    let mut best_russia = i32::MIN;
    points.retain(|p| {
        let keep = p.points[1] > best_russia;
        if keep {
            best_russia = p.points[1];
        }
        keep
    });
}

/// What `prune` keeps of the union of two lists each already in its order (as frontiers
/// are, and stay when filtered): one merge instead of a sort. Points that compare equal
/// are equal whole, so the merge lists them as the stable sort would.
pub fn prune_union(left: &[FrontierPoint], right: &[FrontierPoint]) -> Vec<FrontierPoint> {
    let mut out = Vec::with_capacity(left.len() + right.len());
    let mut best_russia = i32::MIN;
    let mut keep = |p: &FrontierPoint| {
        if p.points[1] > best_russia {
            best_russia = p.points[1];
            out.push(*p);
        }
    };
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if frontier_order(&left[i], &right[j]).is_le() {
            keep(&left[i]);
            i += 1;
        } else {
            keep(&right[j]);
            j += 1;
        }
    }
    left[i..].iter().chain(&right[j..]).for_each(keep);
    out
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

    /// The frontier as first written: every candidate of each article listed, then sorted
    /// and pruned. The merging version must give exactly the same points, terms and order.
    fn sorted_frontier(
        tables: [&PointTable; 2],
        options: &[u8],
        allowed: &[OptionSet; MAX_ARTICLES],
    ) -> Vec<FrontierPoint> {
        let mut front = vec![FrontierPoint {
            points: [0, 0],
            terms: Terms::EMPTY,
        }];
        for (a, &n) in options.iter().enumerate() {
            let mut next = Vec::new();
            for point in &front {
                for o in (0..n).filter(|&o| allowed[a] & (1 << o) != 0) {
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
                return next;
            }
            prune(&mut next);
            front = next;
        }
        front
    }

    #[test]
    fn merged_frontier_equals_sorted_frontier() {
        use crate::engine::play::rng::Rng;
        let mut rng = Rng::new(7);
        for case in 0..300 {
            // Up to every article a scenario may have (each option packed in four bits).
            let articles = 1 + rng.below(MAX_ARTICLES as u32) as usize;
            let most = if articles > 9 { 3 } else { space::MAX_OPTIONS as u32 };
            let options: Vec<u8> = (0..articles).map(|_| 1 + rng.below(most) as u8).collect();
            // Few distinct values, so that equal points (and the tie-break on terms) are common.
            let spread = if case % 2 == 0 { 4 } else { 60 };
            let mut tables: [PointTable; 2] = [[[0; space::MAX_OPTIONS]; MAX_ARTICLES]; 2];
            let mut allowed = [0; MAX_ARTICLES];
            for a in 0..articles {
                for table in &mut tables {
                    for points in table[a].iter_mut().take(options[a] as usize) {
                        *points = rng.below(spread) as i32;
                    }
                }
                allowed[a] = (rng.below(1 << options[a]) as OptionSet) | if case % 5 == 0 { 0 } else { 1 };
            }
            let merged = frontier_of([&tables[0], &tables[1]], |a| options[a], articles, &allowed);
            let sorted = sorted_frontier([&tables[0], &tables[1]], &options, &allowed);
            assert_eq!(merged, sorted, "case {case}");
        }
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
