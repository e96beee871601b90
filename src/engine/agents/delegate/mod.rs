//! The computer delegate: the counterpart a student negotiates with.
//!
//! - It infers the other side's priorities from the public record (`beliefs`: a frequency
//!   model over proposals, acceptances, refusals and firmness, on a firm public prior).
//! - It bids on the Pareto frontier between its own valuations and those beliefs.
//! - Its aim falls from the best treaty its instructions allow to its reservation value on
//!   a time curve whose shape is the persona's firmness, hurried by its pressures (Japan's
//!   finances, the Tsar's patience…). Of the treaties worth its aim it bids the one with
//!   the largest believed Nash product — the one the other side likes best while its aim is
//!   high, its believed fair point once the aim falls below that.
//! - While the other side's offers keep coming towards it, it gives only half the ground its
//!   clock would have it give (`pace`): no concession is needed to keep a moving side moving.
//! - Each game draws its hidden limits (`limits`): how far above walking away it insists on
//!   what it believes fair, its patience, how much pressure moves it, and the day it would
//!   walk out. Its aim never falls below that floor. What it believes fair it works out
//!   from what the world knew of the other side, not from the other side's own moves.
//! - Past its hidden day it stands firm (`standstill`): a side whose offers have stopped
//!   coming towards it finds it insisting on all it believes fair, and ready to leave. At
//!   full strength, so does a side that held back all game and leaps towards it only at its
//!   last answer: it asks what it believes fair, which that side can still sign.
//! - It accepts a package when, with the rest settled as it proposes, the treaty reaches its
//!   aim (AC-next), and what the end of the talks would settle for the open articles does
//!   not leave it below its floor (`settlement`) — never beyond its mandate — unless it can
//!   counter with a trade-off the other side should like as well (Faratin, Sierra and
//!   Jennings 2002) and will have another turn to take the next offer.
//! - It owns its moves (`credibility`): a term it takes back it announces when it does so,
//!   as the price of what it now gives elsewhere, as its instructions' order, or as a plain
//!   step back; it opens where its briefing lets it and never goes back on that written
//!   reply; a side that goes back on a settled term against it costs itself trust for the
//!   rest of the talks (one that reopens a term to give more does not).
//! - Its walk-outs are real (`ultimatum`): on its hidden day, or with its last word, it lays
//!   its terms down as an ultimatum, which the rules enforce; it answers the other side's
//!   ultimatum by accepting, countering or calling it.
//! - On its last proposal the other side can still answer, it meets the other side's latest
//!   offer rather than let the talks fail on its last word.
//! - What it gives for the mediator's terms it has accepted before the other side has, it
//!   links with them: the other side cannot take the price and refuse the mediator.
//! - A side that has stopped moving gets no concession on its own: each comes only within
//!   its whole offer.
//! - On its last proposal, where the other side asks what its instructions forbid, it makes
//!   up for it by reopening an agreed article in their favour, if it can above its floor.
//! - It uses the other moves as the 1905 delegates did: press statements, cables home when
//!   its instructions block a settlement, the mediator when talks stall, an ultimatum on
//!   a written compromise.

mod cables;
mod cache;
mod credibility;
mod curve;
mod limits;
mod pace;
mod reading;
mod settlement;
mod standstill;
mod steps;
mod ultimatum;

pub use limits::{HiddenLimits, draw as draw_limits};

use super::{Agent, Decision, Reason, agent_seed};
use crate::engine::agents::beliefs::believed_points;
use crate::engine::analysis::space::{MAX_OPTIONS, PointTable};
use crate::engine::analysis::{FrontierPoint, frontier_of_unmemoised, frontier_of_unmemoised_as, prune_union};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, SideAction, Terms, Turn};
use crate::engine::play::record::Record;
use crate::engine::play::rng::derive_seed;
use crate::engine::play::side::Side;
use crate::engine::play::view::{ScenarioIdentity, SideView};
use crate::engine::scenario::Difficulty;
use cache::Beliefs;
use curve::Power;
pub(crate) use limits::Level;
use reading::{believed_worth, costliest, newly_yielded, revealed, their_level};
use std::rc::Rc;
use steps::Steps;
pub use ultimatum::UltimatumAnswer;

/// How much better for itself a trade-off must be before it counters an acceptable offer.
const TRADE_OFF_MARGIN: f64 = 0.01;

/// How much worse than the one before an offer may be for the other side still to count
/// as conceding steadily.
const STEADY_SLACK: f64 = 0.02;

/// The share of the believed Nash product it gives up rather than take back a term it has
/// offered. Measured (portsmouth-1905, 200 games a pairing): 0.05, 0.15 and 0.3 cut the
/// retractions in self-play by 15, 22 and 33 %; at 0.3 a red-team script holding nine-tenths of
/// Russia's maximal demand gains +0.030 at Shrewd, at 0.15 no script passes +0.027.
const KEEPS_ITS_WORD: f64 = 0.15;

/// Sessions without a new agreement before the delegate turns to the mediator.
const STALL_SESSIONS: usize = 2;

pub struct Delegate {
    firmness_scale: f64,
    reads_opponent: bool,
    /// At full strength it bargains and threatens: it stops at its believed fair point,
    /// counters acceptable offers with trade-offs and lays down ultimatums. The easier levels
    /// keep conceding and take what is good enough.
    full_strength: bool,
    level: Level,
    /// The game's seed and its side, from which its hidden limits and its words are drawn.
    seed: u64,
    side: Side,
    limits: Option<HiddenLimits>,
    /// What the other side's offers have been worth to it, last first: it counters an
    /// acceptable offer only while they have been improving steadily.
    offers_seen: [Option<f64>; 2],
    /// How the other side's offers have moved, for knowing when it will not move.
    standstill: standstill::Standstill,
    /// The other side's reopenings of settled terms against it.
    reopenings: credibility::Reopenings,
    /// The mediator's terms its last proposal was priced on (accepted by it, still waiting
    /// for the other side): if the other side refuses them, what it gave for them falls too.
    priced_on_mediator: Terms,
    /// The table as the mediator saw it when it last asked him: its own standing offer, the
    /// other side's and the agreed terms. It does not ask again while the table stands so.
    appealed_on: Option<[Terms; 3]>,
    /// Its concession curve's power, kept for its exponent (the same all game).
    power: Option<Power>,
    /// What its search masks make, kept for the masks it was worked out for: they change
    /// only as articles are tabled, agreed or forbidden.
    by_masks: Option<ByMasks>,
    /// How fast it gives ground against a side still coming towards it (at full strength).
    pace: pace::Pace,
    /// The session it last said so: once in two sessions is news, every turn a refrain.
    paced_said: Option<usize>,
    /// The orders it has cabled home about: a line still standing when it cables again was
    /// refused, and it says it asks again.
    cables: cables::Cables,
}

/// What one side of one scenario makes of its search masks: the masks narrowed to its
/// opening (`credibility::with_opening`), and the utility of the best treaty they allow.
struct ByMasks {
    scenario: ScenarioIdentity,
    side: Side,
    masks: [OptionSet; MAX_ARTICLES],
    own_masks: [OptionSet; MAX_ARTICLES],
    /// The conditional red lines active when `top` was found: lifting one may raise it.
    conditional: Vec<usize>,
    top: Option<f64>,
}

/// A treaty the delegate might bid: its own utility and the other side's believed points.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    terms: Terms,
    own: f64,
    theirs: i32,
}

/// The candidates within some masks, with the best of them for itself found once: the
/// decision asks for it several times, and the frontier has hundreds of candidates. Listed
/// as the frontier lists them, best for itself first (`own` never rises along the list), so
/// those worth at least some value to it are the list's beginning.
#[derive(Clone, Debug)]
struct Candidates {
    list: Rc<[Candidate]>,
    /// The last of those best for itself, as `Iterator::max_by` would pick it.
    best: Option<Candidate>,
}

impl Candidates {
    fn new(list: Rc<[Candidate]>) -> Candidates {
        debug_assert!(list.windows(2).all(|w| w[0].own.total_cmp(&w[1].own).is_ge()));
        // Best first: the greatest are the list's first run of equals, and `max_by` picks
        // the last of them; the rest, most of the list, need not be read.
        let best = list.first().map(|first| {
            let equals = list.iter().take_while(|c| c.own.total_cmp(&first.own).is_eq()).count();
            list[equals - 1]
        });
        Candidates { list, best }
    }
}

impl std::ops::Deref for Candidates {
    type Target = [Candidate];

    fn deref(&self) -> &[Candidate] {
        &self.list
    }
}

/// Why the delegate did what it did, for `Reason::describe`. The numbers are for tests and
/// analysis; the sentences never show them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DelegateReason {
    /// Which of the ways of saying it (drawn from the seed and the turn).
    pub phrasing: u8,
    pub target: f32,
    /// The least it would settle for, this game.
    pub floor: f32,
    /// The best value to it of a package offered this turn.
    pub offered: Option<f32>,
    pub accepted: bool,
    /// A red line that forbade a package it would otherwise have taken.
    pub blocked_by: Option<u8>,
    /// The offered article that cost it most, when it refused on value.
    pub costly: Option<u8>,
    /// The terms offered on `costly` are no worse for it than its own last proposal there:
    /// it refuses them with the rest of the offer, not as too dear in themselves.
    pub costly_own: bool,
    /// It refused an acceptable offer to propose a trade-off it believes suits both better.
    pub traded: bool,
    /// An open article whose settlement at the end of the talks made it refuse.
    pub unsettled: Option<u8>,
    /// The article where its proposal gives most ground to the other side.
    pub yields: Option<u8>,
    /// Its proposal is the persona's written compromise.
    pub compromise: bool,
    /// Its first proposal, with the terms its briefing concedes from the start.
    pub opening: bool,
    /// (article, red line): its instructions made it take back its term on that article.
    pub retreat: Option<(u8, u8)>,
    /// The `retreat` is forced by the terms now beside it (a red line with a condition the
    /// rest of the package no longer meets), not by new orders: the term alone is allowed.
    pub retreat_linked: bool,
    /// The first article its proposal takes back (asks more on than it offered before, or
    /// leaves out while it stands), as the price of what it gives elsewhere; not one its
    /// instructions force back, which is the `retreat`.
    pub taken_back: Option<u8>,
    /// The other articles it takes back in the same proposal, said with `taken_back`.
    pub taken_back_more: ArticleSet,
    /// An agreed article the other side has just reopened.
    pub reopened: Option<u8>,
    /// The other side has stopped coming towards it: it stands on what it believes fair.
    pub stands_firm: bool,
    /// The other side, having never come towards it, leapt towards it at its last answer: it
    /// refuses the leap as it stands and asks what it believes fair.
    pub held_back: bool,
    /// Its cable home asks again what its capital has refused once already.
    pub cables_again: bool,
    /// An event it has heard of since it last cabled about the same order.
    pub cable_news: Option<u8>,
    /// How it answered the other side's ultimatum.
    pub ultimatum_answer: Option<UltimatumAnswer>,
    /// Its ultimatum is its last word: the talks' end would otherwise leave it short.
    pub last_word: bool,
    pub action: Option<SideAction>,
    /// It breaks off the talks.
    pub walks_out: bool,
    /// Its proposal holds the mediator's terms it accepted, which still wait for the other
    /// side's answer, linked with what it gives for them.
    pub with_mediator: bool,
    /// The other side has stopped coming towards it: a term of the other side's own it now
    /// concedes stays within its whole offer instead of being agreed on its own.
    pub kept_whole: bool,
    /// A concession too large to give on its own, tabled only with the rest of its offer
    /// (the article), against a side that is still moving.
    pub kept_linked: Option<u8>,
    /// (article, agreed articles): the other side asks on the first what its instructions
    /// forbid, and it reopens the others in their favour to make up for it.
    pub makes_up: Option<(u8, ArticleSet)>,
    /// What it takes back (`taken_back`) it had given for the mediator's terms, which the
    /// other side has since refused.
    pub mediator_refused: bool,
    /// It has tabled nothing yet and tables nothing now (a sitting with no article on its
    /// agenda): it has no position to restate.
    pub not_yet: bool,
    /// Its first proposal, with no concessions from its briefing to say (`opening`): it
    /// states its terms, it does not restate them.
    pub first_terms: bool,
    /// The other side's offers keep coming towards it: it gives ground sparingly (`pace`).
    pub paced: bool,
    /// Its last word leaves out the term it asked on this article, which the other side
    /// declared in public it would never accept.
    pub heeds_refusal: Option<u8>,
}

impl DelegateReason {
    /// A reason with nothing to say yet (for tests of the words).
    pub fn blank() -> DelegateReason {
        DelegateReason::new(0, 0.0, 0.0)
    }

    fn new(phrasing: u8, target: f64, floor: f64) -> DelegateReason {
        DelegateReason {
            phrasing,
            target: target as f32,
            floor: floor as f32,
            offered: None,
            accepted: false,
            blocked_by: None,
            costly: None,
            costly_own: false,
            traded: false,
            unsettled: None,
            yields: None,
            compromise: false,
            opening: false,
            retreat: None,
            retreat_linked: false,
            taken_back: None,
            taken_back_more: ArticleSet::EMPTY,
            reopened: None,
            stands_firm: false,
            held_back: false,
            cables_again: false,
            cable_news: None,
            ultimatum_answer: None,
            last_word: false,
            action: None,
            walks_out: false,
            with_mediator: false,
            kept_whole: false,
            kept_linked: None,
            makes_up: None,
            mediator_refused: false,
            not_yet: false,
            first_terms: false,
            paced: false,
            heeds_refusal: None,
        }
    }
}

/// What an offer must reach to be accepted.
#[derive(Clone, Copy, Debug)]
struct Bar {
    target: f64,
    floor: f64,
    /// A trade-off it would rather counter with, worth this much to it.
    hold_out: Option<f64>,
    /// Articles of the other side's ultimatum it has decided to meet: there the floor is enough.
    meet: ArticleSet,
}

impl Delegate {
    /// At full strength: the persona as the scenario writes it.
    pub fn new() -> Delegate {
        Delegate {
            firmness_scale: 1.0,
            reads_opponent: true,
            full_strength: true,
            level: Level::FULL,
            seed: 0,
            side: Side::Japan,
            limits: None,
            offers_seen: [None; 2],
            priced_on_mediator: Terms::EMPTY,
            appealed_on: None,
            standstill: standstill::Standstill::default(),
            reopenings: credibility::Reopenings::default(),
            power: None,
            by_masks: None,
            pace: pace::Pace::default(),
            paced_said: None,
            cables: cables::Cables::default(),
        }
    }

    pub fn at(difficulty: &Difficulty) -> Delegate {
        Delegate {
            firmness_scale: difficulty.firmness,
            reads_opponent: difficulty.reads_opponent,
            full_strength: difficulty.firmness >= 1.0 && difficulty.reads_opponent,
            level: Level::of(difficulty),
            ..Delegate::new()
        }
    }

    /// This game's hidden limits, as its level plays them.
    fn limits(&mut self, view: &SideView<'_>) -> HiddenLimits {
        let (seed, side) = (self.seed, view.side());
        *self
            .limits
            .get_or_insert_with(|| limits::draw(&view.mandate().persona.hidden, seed, side))
    }

    /// Its search masks narrowed to its opening, and the utility of the best treaty they
    /// allow, if any (see `by_masks`).
    fn by_masks(
        &mut self,
        view: &SideView<'_>,
        masks: &[OptionSet; MAX_ARTICLES],
    ) -> (&[OptionSet; MAX_ARTICLES], Option<f64>) {
        let known = self.by_masks.as_ref().is_some_and(|m| {
            m.side == view.side()
                && m.masks == *masks
                && view.is_of(&m.scenario)
                && view.active_conditional_red_lines().eq(m.conditional.iter().copied())
        });
        if !known {
            self.by_masks = Some(ByMasks {
                scenario: view.scenario_identity(),
                side: view.side(),
                masks: *masks,
                own_masks: credibility::with_opening(view, masks),
                conditional: view.active_conditional_red_lines().collect(),
                top: best_allowed_by_every_line(view, masks),
            });
        }
        let memo = self.by_masks.as_ref().expect("just kept");
        (&memo.own_masks, memo.top)
    }

    /// Which wording this turn gets: the same for the same game, side and turn. The game's
    /// seed picks where it starts; each turn of its own moves it one on, so a reason it gives
    /// again at its next turn is never word for word the last (Komura refusing Witte's
    /// Sakhalin five turns running read as a machine).
    fn phrasing(&self, view: &SideView<'_>) -> u8 {
        // One byte straight from the seed's SplitMix64 stream: a ChaCha8 generator set up for
        // each decision to draw a single byte cost 3.6 % of a game's instructions.
        let stream = derive_seed(agent_seed(self.seed, self.side), 0x5752_4954);
        // A start below a multiple of the wordings, so that adding a game's turns never wraps.
        let start = (stream >> 56) as u8 % 192;
        let (own_turns, _) = view.turn_progress();
        start.wrapping_add(own_turns as u8)
    }

    /// Treaties on the frontier between its own points and its beliefs about the other
    /// side, within `masks` and its conditional red lines.
    fn candidates(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &Beliefs) -> Candidates {
        cache::candidates(view, masks, believed, || Self::find_candidates(view, masks, believed))
    }

    fn find_candidates(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES], believed: &PointTable) -> Candidates {
        let articles = &view.public().articles;
        let tables = [view.valuation().table(), believed];
        let options = |a: usize| articles[a].options.len() as u8;
        let n = articles.len();
        let mut conditional = view
            .active_conditional_red_lines()
            .filter_map(|r| view.red_line(r))
            .peekable();
        // A frontier point's first total is its own points summed over every article, as
        // `utility` would sum them (in integers: the same whatever the order).
        let candidate = |p: FrontierPoint| Candidate {
            terms: p.terms,
            own: view.utility_of_points(p.points[0] as f64),
            theirs: p.points[1],
        };
        // Without conditional red lines the masks are searched as they are: no list of
        // variants is made (`frontier_masks` would give just them).
        if conditional.peek().is_none() {
            return Candidates::new(frontier_of_unmemoised_as(tables, options, n, masks, candidate));
        }
        let variants = mandate::frontier_masks(masks, conditional);
        let front: Vec<FrontierPoint> = match variants.as_slice() {
            // Made into candidates as the frontier is written out.
            [only] => return Candidates::new(frontier_of_unmemoised_as(tables, options, n, only, candidate)),
            [strict, excepted @ ..] => {
                // The strict masks leave out every option an active conditional red line
                // forbids: its points need no check. Each frontier is in `prune`'s order, and
                // stays so filtered, so they are merged rather than sorted together.
                let mut front = frontier_of_unmemoised(tables, options, n, strict);
                for m in excepted {
                    let mut more = frontier_of_unmemoised(tables, options, n, m);
                    more.retain(|p| view.conditional_ok(&p.terms));
                    front = prune_union(&front, &more);
                }
                front
            }
            [] => Vec::new(),
        };
        Candidates::new(front.into_iter().map(candidate).collect())
    }

    /// The product of both sides' gains as it believes them: its own over its reservation,
    /// theirs over what its best treaty leaves them.
    fn nash_product(c: &Candidate, best: &Candidate, reservation: f64) -> f64 {
        (c.own - reservation).max(0.0) * f64::from(c.theirs - best.theirs).max(0.0)
    }

    /// What it believes a fair treaty is worth to it: the believed Nash point.
    fn fair(candidates: &[Candidate], best: &Candidate, reservation: f64) -> f64 {
        last_greatest(
            candidates.iter().take_while(|c| c.own >= reservation),
            |c| (Self::nash_product(c, best, reservation), c.own),
            |x, y| x.0.total_cmp(&y.0).then(x.1.total_cmp(&y.1)),
        )
        .map_or(reservation, |c| c.own)
    }

    /// Its fair point as what the world knew of the other side makes it, not as the other
    /// side's own moves have taught it: a side that holds its maximal demand session after
    /// session would otherwise teach it that everything matters to them, and talk its idea of
    /// a fair treaty (and with it its floor) down to that demand. Both delegations reckon
    /// from the same public knowledge, so their fair points also lie nearer each other.
    fn fair_by_public_knowledge(
        view: &SideView<'_>,
        masks: &[OptionSet; MAX_ARTICLES],
        best: Candidate,
        reservation: f64,
    ) -> f64 {
        let conditional = view.active_conditional_red_lines().fold(0u64, |bits, r| bits | 1 << r);
        cache::public_fair(view, masks, conditional, reservation, || {
            Self::work_out_public_fair(view, masks, best, reservation)
        })
    }

    fn work_out_public_fair(
        view: &SideView<'_>,
        masks: &[OptionSet; MAX_ARTICLES],
        best: Candidate,
        reservation: f64,
    ) -> f64 {
        let public = Self::public_beliefs(view);
        let candidates = Self::candidates(view, masks, &public);
        let best = candidates.best.unwrap_or(best);
        Self::fair(&candidates, &best, reservation)
    }

    /// What the world knew of the other side's values, before any move of theirs.
    fn public_beliefs(view: &SideView<'_>) -> Rc<Beliefs> {
        let other = view.side().other();
        cache::beliefs(view, false, || {
            believed_points(view.public(), &Record::default(), other)
        })
    }

    /// Of the candidates worth at least `target` to it, the one with the largest believed
    /// Nash product: while the target is high that is the one it believes the other side
    /// likes best; once the target falls below its believed Nash point it stays there rather
    /// than give away what the other side is not believed to need. The best for itself if
    /// none reaches the target. (The easier levels, which do not bargain, keep conceding
    /// down to their target.)
    #[allow(clippy::too_many_arguments)]
    fn bid(
        &self,
        view: &SideView<'_>,
        candidates: &Candidates,
        masks: &[OptionSet; MAX_ARTICLES],
        believed: &PointTable,
        target: f64,
        floor: f64,
    ) -> Option<Candidate> {
        let best = &candidates.best?;
        let product = |c: &Candidate| {
            if self.full_strength {
                Self::nash_product(c, best, floor)
            } else {
                f64::from(c.theirs)
            }
        };
        let key = |c: &Candidate| (product(c), c.theirs, c.own);
        let compare = |x: &(f64, i32, f64), y: &(f64, i32, f64)| {
            x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)).then(x.2.total_cmp(&y.2))
        };
        // At full strength it concedes a step at a time (see `steps`) where some bid within
        // its target does; the steps are worked out only if the bid it would make could skip one.
        let reachable = || candidates.iter().take_while(|c| c.own >= target);
        let own = view.valuation().table();
        let steps = std::cell::OnceCell::new();
        let steps = || steps.get_or_init(|| Steps::untried(view, masks, believed));
        let stepwise = || reachable().filter(|c| !self.full_strength || !steps().skipped(own, &c.terms));
        let mut found = last_greatest(reachable(), key, compare);
        if self.full_strength
            && let Some(bid) = found
            && Steps::might_be_skipped(view, &bid.terms)
            && steps().skipped(own, &bid.terms)
        {
            found = last_greatest(stepwise(), key, compare).or(found);
        }
        // A bid that takes back a term of its last proposal reads, across the table, as going
        // back on its word: it keeps its offered terms unless that costs a real share of the
        // believed Nash product, rather than swap concessions to and fro as its beliefs shift.
        // Only at full strength: the easier levels rank by the other side's points alone,
        // and their concessions are meant to be easy to collect.
        if self.full_strength
            && let Some(found) = found
            && credibility::takes_back(view, &found.terms)
        {
            let keeping = last_greatest(
                stepwise().filter(|c| !credibility::takes_back(view, &c.terms)),
                key,
                compare,
            );
            if let Some(keeping) = keeping
                && product(keeping) >= product(found) * (1.0 - KEEPS_ITS_WORD)
            {
                return Some(*keeping);
            }
        }
        found.or(Some(best)).copied()
    }

    /// How far along the talks are for this side, hurried or slowed by its pressures.
    fn time(view: &SideView<'_>, sensitivity: f64) -> f64 {
        let (done, total) = view.turn_progress();
        let t = view.relative_time();
        let meters = &view.public().meters;
        let persona = &view.mandate().persona;
        let pressure: f64 = persona
            .pressures
            .iter()
            .filter_map(|&(m, weight)| {
                view.meter(m as usize)
                    .map(|value| weight * (value - meters[m as usize].start) as f64)
            })
            .sum();
        // Pressure brings the end nearer, never past it; the last turn is always the last.
        if done + 1 >= total {
            1.0
        } else {
            (t + pressure * sensitivity).clamp(0.0, 1.0)
        }
    }

    fn believed(&self, view: &SideView<'_>) -> Rc<Beliefs> {
        let other = view.side().other();
        cache::beliefs(view, self.reads_opponent, || {
            if self.reads_opponent {
                let mut table = believed_points(view.public(), view.record(), other);
                crate::engine::agents::beliefs::refine(&mut table, view.record(), other);
                table
            } else {
                believed_points(view.public(), &Record::default(), other)
            }
        })
    }

    /// Answers a proposal package by package: accept what reaches the bar within the
    /// mandate (with the rest as planned) and leaves it safe should the talks end, refuse
    /// the rest. Updates `accepted`; what only its words say it works out only when `speaks`.
    #[allow(clippy::too_many_arguments)]
    fn answer(
        view: &SideView<'_>,
        proposal: &Proposal,
        skip: ArticleSet,
        plan: &Terms,
        bar: Bar,
        accepted: &mut Terms,
        why: &mut DelegateReason,
        speaks: bool,
    ) -> Option<Response> {
        let reservation = view.reservation();
        let agreed = view.agreed_terms();
        let mut reply = Response::default();
        for package in proposal.packages().filter(|p| p.intersect(skip).is_empty()) {
            let terms = proposal.terms_of(package);
            let trial = accepted.overlaid(&terms);
            // A package that costs it something against its plan is weighed with the rest of
            // the other side's demands, not with its own plan for the rest: taking their terms
            // one small package at a time must not add up to more than their whole offer.
            let costs = terms.iter().any(|(a, o)| {
                plan.get(a)
                    .is_some_and(|p| view.own_points(a, o) < view.own_points(a, p))
            });
            let rest = if costs { plan.overlaid(&proposal.terms) } else { *plan };
            let value = view.utility(&rest.overlaid(&trial));
            why.offered = Some(why.offered.map_or(value as f32, |o| o.max(value as f32)));
            let meets_ultimatum = !package.intersect(bar.meet).is_empty();
            let aim = if meets_ultimatum {
                bar.floor
            } else {
                bar.target.max(bar.floor)
            };
            let can_do_better = !meets_ultimatum && bar.hold_out.is_some_and(|h| h > value);
            // Terms no worse for it, article by article, than its own plan asks it takes,
            // whatever its aim: it is about to table them itself. (Witte refused Komura's
            // separate terms on China, the open door and the lease in session 3 of every game,
            // then proposed the same terms in the same turn.)
            let its_own_terms = terms.iter().all(|(a, o)| {
                plan.get(a)
                    .is_some_and(|p| view.own_points(a, o) >= view.own_points(a, p))
            });
            if (value >= aim || (its_own_terms && value >= bar.floor)) && value >= reservation && !can_do_better {
                if settlement::exposed(view, &agreed.overlaid(&trial), bar.floor) {
                    if speaks {
                        why.unsettled = settlement::worst_default(view, &agreed.overlaid(&trial)).or(why.unsettled);
                    }
                } else {
                    match view.mandate_violation(&trial) {
                        None => {
                            reply.accept = reply.accept.union(package);
                            *accepted = trial;
                            why.accepted = true;
                            continue;
                        }
                        Some(r) => why.blocked_by = Some(r as u8),
                    }
                }
            } else if can_do_better && value >= aim {
                // An offer its instructions forbid is not one it is "close to": it says what
                // forbids it rather than that it counters with a better exchange.
                match view.mandate_violation(&trial) {
                    None => why.traded = true,
                    Some(r) => why.blocked_by = Some(r as u8),
                }
            } else if speaks && let Some((article, own)) = costliest(view, plan, &terms) {
                (why.costly, why.costly_own) = (Some(article), own);
            }
            reply.reject = reply.reject.union(package);
        }
        (!reply.answered().is_empty()).then_some(reply)
    }

    /// One move beside the answers and the proposal, as the persona and the moment suggest.
    /// `blocked_by`: what in its instructions stood in the way of the last terms it answered.
    fn action(&self, view: &SideView<'_>, blocked_by: Option<u8>, table: &[Terms; 3]) -> Option<SideAction> {
        let scenario = view.public();
        let persona = &view.mandate().persona;
        let session = view.session();
        let last_session = scenario.sessions.len() - 1;
        // Cable home when the instructions stand in the way: they forbade a package it
        // would have taken, or the other side's offer asks what only the capital can give.
        // Any such term counts, not only the first the offer breaks: a red line no cable can
        // lift (Korea, in the tutorial) must not hide one that a cable can (the money).
        let can_cable = |r: &u8| view.red_line(*r as usize).is_some_and(|l| l.cable.is_some());
        let asked_of_capital = || {
            let offer = view.opponent_proposal().terms;
            offer
                .iter()
                .find_map(|(a, o)| {
                    let mut term = Terms::EMPTY;
                    term.set(a, o);
                    view.mandate_violation(&term).map(|r| r as u8).filter(can_cable)
                })
                .or_else(|| view.mandate_violation(&offer).map(|r| r as u8).filter(can_cable))
        };
        // The offer's terms are checked against the instructions only when it may cable.
        if !view.cable_pending()
            && session >= persona.cable_from
            && session < last_session
            && let Some(r) = blocked_by.filter(can_cable).or_else(asked_of_capital)
        {
            return Some(SideAction::CableHome(r));
        }
        if session >= 2
            && session - view.last_agreement_session() >= STALL_SESSIONS
            && view.may_ask_mediator()
            && view.last_mediation().is_none_or(|m| session - m >= STALL_SESSIONS)
            && view.mediator_proposal().is_empty()
            && !view.negotiable().is_empty()
            && self.appealed_on.as_ref() != Some(table)
        {
            return Some(SideAction::AskMediator);
        }
        // The same statement twice running reads as a stammer, not a campaign: Witte said
        // "Russia is not defeated" at both his turns of one sitting in every game.
        let said_last = view.last_turn(view.side()).and_then(|t| t.action);
        persona
            .press
            .iter()
            .find(|&&(line, from)| {
                session >= from && view.press_left(line as usize) > 0 && said_last != Some(SideAction::Press(line))
            })
            .map(|&(line, _)| SideAction::Press(line))
    }
}

/// Whether the answers of `turn` settle every article still open: its acceptance of the other
/// side's terms, and of the mediator's terms the other side has already accepted.
fn completes_treaty(view: &SideView<'_>, turn: &Turn) -> bool {
    let accepts = |reply: Option<Response>| reply.map_or(ArticleSet::EMPTY, |r| r.accept);
    let settled = view
        .agreed_terms()
        .articles()
        .union(accepts(turn.reply))
        .union(accepts(turn.mediator_reply).intersect(view.mediator_accepted_by_other()));
    settled == ArticleSet::all(view.public().articles.len())
}

/// Its proposal: each term the other side itself proposes as a package of its own, so that
/// what both already want can be agreed at once (as Korea, Manchuria and the lease were in
/// 1905), and the rest linked, all or nothing. A term `split_off` refuses stays linked too;
/// the flag says whether any did.
fn common_ground_first(terms: &Terms, theirs: &Terms, split_off: impl Fn(usize, u8) -> bool) -> (Proposal, bool) {
    let mut rest = *terms;
    // Listed by article, as they are found: terms, not a list that must be allocated.
    let mut common = Terms::EMPTY;
    let mut kept = false;
    for (a, o) in terms.iter() {
        if theirs.get(a) == Some(o) {
            if split_off(a, o) {
                rest.clear(a);
                common.set(a, o);
            } else {
                kept = true;
            }
        }
    }
    // A term kept back that would be left alone in its package is open to taking alone all
    // the same: it stays linked with the whole, or, where it is the whole, nothing is kept.
    if kept && rest.articles().len() < 2 {
        return (Proposal::linked(*terms), terms.articles().len() > 1);
    }
    let mut proposal = if rest.is_empty() {
        Proposal::default()
    } else {
        Proposal::linked(rest)
    };
    for term in common.iter() {
        proposal.add_package(&[term]);
    }
    (proposal, kept)
}

/// The first article on which `terms` ask the other side for a term it declared in public
/// it would never accept (`known_refusals`), and has not itself proposed or accepted since.
fn declared_refusal_asked(view: &SideView<'_>, terms: &Terms) -> Option<usize> {
    terms
        .iter()
        .find_map(|(a, o)| view.refused_in_public(a, o).then_some(a))
}

/// `masks` without the terms the other side declared in public it would never accept, and has
/// not itself proposed or accepted since.
fn without_refusals(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES]) -> [OptionSet; MAX_ARTICLES] {
    let mut signable = *masks;
    for (article, mask) in signable.iter_mut().enumerate().take(view.public().articles.len()) {
        for option in 0..MAX_OPTIONS as u8 {
            if view.refused_in_public(article, option) {
                *mask &= !(1 << option);
            }
        }
    }
    signable
}

/// Whether `option` gives nothing on `article` beyond what it may best ask there: its written
/// reply's term, where its briefing has one, else its own best allowed option.
fn no_concession(view: &SideView<'_>, own_masks: &[OptionSet; MAX_ARTICLES], article: usize, option: u8) -> bool {
    points_given(view, own_masks, article, option) == 0
}

/// A concession at least this large (in its utility, 0 to 1) is never tabled on its own,
/// where the other side could take it without the rest. INVENTED.
const LARGE_CONCESSION: f64 = 0.15;

/// At full strength its last word gives from the top of its curve at most this many times the
/// ground the other side's offers have come towards it: step for step, with a little over.
/// INVENTED.
const RECIPROCITY: f64 = 1.2;

/// What `option` on `article` gives up, in its utility, against the best it may ask there.
fn concession_cost(view: &SideView<'_>, own_masks: &[OptionSet; MAX_ARTICLES], article: usize, option: u8) -> f64 {
    utility_given(view, points_given(view, own_masks, article, option))
}

/// What giving up `points` of its own costs it in utility (0 to 1).
fn utility_given(view: &SideView<'_>, points: i32) -> f64 {
    view.utility_of_points(f64::from(points)) - view.utility_of_points(0.0)
}

/// Its points on `article` that `option` gives up against the best option `own_masks` allow
/// there (none where it asks the best, or where nothing is allowed).
fn points_given(view: &SideView<'_>, own_masks: &[OptionSet; MAX_ARTICLES], article: usize, option: u8) -> i32 {
    let best = (0..MAX_OPTIONS as u8)
        .filter(|&x| own_masks[article] & (1 << x) != 0)
        .map(|x| view.own_points(article, x))
        .max();
    best.map_or(0, |best| (best - view.own_points(article, option)).max(0))
}

impl Default for Delegate {
    fn default() -> Self {
        Delegate::new()
    }
}

/// The last of the greatest candidates by `key`, as `Iterator::max_by` comparing keys
/// would pick, with each key worked out once (not once per comparison: the frontier has
/// hundreds of candidates, and this runs several times a decision).
fn last_greatest<'a, K>(
    candidates: impl Iterator<Item = &'a Candidate>,
    key: impl Fn(&Candidate) -> K,
    compare: impl Fn(&K, &K) -> std::cmp::Ordering,
) -> Option<&'a Candidate> {
    let mut greatest: Option<(&'a Candidate, K)> = None;
    for c in candidates {
        let k = key(c);
        // `max_by` keeps the later of equals: only a strictly greater one stays ahead.
        if greatest.as_ref().is_none_or(|(_, g)| compare(g, &k).is_le()) {
            greatest = Some((c, k));
        }
    }
    greatest.map(|(c, _)| c)
}

impl Agent for Delegate {
    fn name(&self) -> &'static str {
        "delegate"
    }

    fn reset(&mut self, seed: u64, side: Side) {
        self.seed = seed;
        self.side = side;
        self.limits = None;
        self.offers_seen = [None; 2];
        self.standstill.clear();
        self.reopenings = credibility::Reopenings::default();
        self.priced_on_mediator = Terms::EMPTY;
        self.appealed_on = None;
        self.by_masks = None;
        self.pace = pace::Pace::default();
        self.paced_said = None;
        self.cables = cables::Cables::default();
    }

    fn decide(&mut self, view: &SideView<'_>) -> Decision {
        if let Some(answer) = crate::engine::agents::answer_last_look(view) {
            return answer;
        }
        let side = view.side();
        self.reopenings.observe(view);
        let mediator_refused = std::mem::replace(&mut self.priced_on_mediator, Terms::EMPTY)
            .iter()
            .any(|(a, o)| view.mediator_proposal().terms.get(a) != Some(o) && view.agreed_terms().get(a).is_none());
        let persona = &view.mandate().persona;
        let limits = self.limits(view).at(self.level);
        let believed = self.believed(view);
        let masks = view.search_masks();
        let (own_masks, top_allowed) = self.by_masks(view, &masks);
        let own_masks = *own_masks;
        let candidates = Self::candidates(view, &own_masks, &believed);
        let Some(best) = candidates.best else {
            return Decision::new(Turn::PASS, Reason::None);
        };
        let reservation = view.reservation();
        // The top of its curve is the best its instructions allow, whatever it has conceded.
        let top = top_allowed.unwrap_or(best.own).max(best.own);
        let fair = Self::fair_by_public_knowledge(view, &own_masks, best, reservation);
        let offer = *view.opponent_proposal();
        let worth = (!offer.is_empty()).then(|| view.utility(&best.terms.overlaid(&offer.terms)));
        // At full strength, a side that held back all through the talks and leaps towards it
        // only at its last answer, when it can still propose and be answered, gets its fair
        // point to sign, not the leap taken as it stands. (A script holding nine-tenths of
        // Russia's demand, each article its own package, then dropping to a fifth in the last
        // session, took 0.662 at Shrewd, seed 1905: the best of the red team there.)
        let held_back = self.full_strength
            && view.turns_left(side) == 1
            && view.turns_left(side.other()) >= 1
            && worth.is_some_and(|w| self.standstill.leaps_to(w));
        if let Some(worth) = worth {
            self.standstill.note(view.session(), worth, worth - reservation);
        }
        // On or after the day it would walk out, a side that has stopped coming towards it
        // finds it standing on all it believes fair; so, at full strength, does a side that has
        // never come towards it at all, at its last word, whether or not it would walk out (a
        // script holding nine-tenths of Russia's best treaty to the end, never moving, gained
        // +0.028 at Shrewd, seed 11, from the games where Komura would not have walked out).
        let never_moved_to_the_end = self.full_strength && view.turns_left(side) == 1 && self.standstill.never_came();
        let stands_firm = !offer.is_empty()
            && (limits.walk_out.is_some_and(|day| view.session() >= day) || never_moved_to_the_end)
            && self.standstill.stood_still(view.session());
        let resolve = if stands_firm || held_back {
            1.0
        } else {
            (limits.resolve + self.reopenings.distrust()).min(1.0)
        };
        let floor = reservation + resolve * (fair - reservation).max(0.0);
        let firmness = persona.firmness * self.firmness_scale * limits.patience;
        let power = match self.power {
            Some(power) if power.is_of(firmness) => power,
            _ => *self.power.insert(Power::new(firmness)),
        };
        // With no room between its floor and the top of its curve, it stands at its floor
        // whatever the time (and the curve's roots need not be drawn).
        let room = (top - floor).max(0.0);
        let mut target = if room > 0.0 {
            (top - room * power.of(Self::time(view, limits.pressure))).max(floor)
        } else {
            top.max(floor)
        };
        let mut kept_back = 0.0;
        if let Some(worth) = worth
            && self.full_strength
        {
            (target, kept_back) = self.pace.aim(target, worth, top, view.turns_left(side) >= 2);
        }
        // It bargains from its floor, not from walking away: where it settles depends on
        // how much it insists on this game.
        let mut plan = self
            .bid(view, &candidates, &own_masks, &believed, target, floor)
            .unwrap_or(best);
        let mut why = DelegateReason::new(self.phrasing(view), target, floor);
        // A side that has just leapt towards it has not stood still.
        why.stands_firm = stands_firm && !held_back;
        why.held_back = held_back;
        // What it says is worked out only where it is kept: in bulk runs nobody hears it.
        let speaks = view.is_heard();
        if speaks {
            why.reopened = credibility::reopened_now(view);
        }
        let never_proposed = view.record().proposed[side.index()]
            .iter()
            .all(|a| a.iter().all(|&n| n == 0));
        why.opening = never_proposed && !persona.opening.is_empty();
        // For counter-offers, only terms the other side has shown it can live with: on each
        // article, nothing it believes worse for the other side than the worst the other side
        // has itself proposed.
        let within = || Self::candidates(view, &revealed(view, &believed, &own_masks), &believed);
        // Its last proposal that the other side can still answer: if the other side has not
        // come down to what it offers them, meet the other side's own latest offer if that
        // leaves it above its floor; else give all it may above its floor, its last word.
        let mut make_up_for = None;
        if view.turns_left(side) == 1 && view.turns_left(side.other()) >= 1 && !offer.is_empty() {
            let level = their_level(&believed, &own_masks, &plan.terms, &offer);
            if plan.theirs < level {
                // A demand held these last sessions is not met at the end: its last word to a
                // side standing still is all it may give, whatever that side holds out for, so
                // that holding out for more does not get more.
                let standing_still = self.standstill.stood_still(view.session());
                // At full strength it gives at the end no more than the other side has come
                // towards it, and a little over: a side that came a short way and held there
                // (a script holding four-fifths of Russia's demand, its walk-away falling with
                // the events) does not have its demand met for that step.
                let last_floor = if self.full_strength {
                    floor.max(top - RECIPROCITY * self.standstill.came())
                } else {
                    floor
                };
                let meets = candidates
                    .iter()
                    .filter(|c| !standing_still && c.theirs >= level && c.own >= last_floor)
                    .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)));
                // All it may give is for a side that has given ground itself: one that has
                // never moved, or stands still never having offered it more than at first
                // (its terms shuffled around one demand), gets its bid at the floor, as its
                // last word; at full strength, so does one that stands still having come only a
                // little way. (A script holding nine-tenths of Russia's demand, each article
                // its own package, gained +0.031 at Shrewd while only moves counted; while
                // any step of 0.03 counted, the step its walk-away's fall with the Tsar's
                // consent made was enough, and it took 0.665 at Shrewd, seed 1905.)
                let they_moved = view.record().moved[side.other().index()].iter().any(|&n| n > 0);
                let came_too_little = if self.full_strength {
                    self.standstill.came_little()
                } else {
                    self.standstill.never_came()
                };
                let gave_ground = they_moved && !(standing_still && came_too_little);
                let most = candidates
                    .iter()
                    .filter(|c| c.own >= last_floor && gave_ground)
                    .max_by(|x, y| x.theirs.cmp(&y.theirs).then(x.own.total_cmp(&y.own)));
                if let Some(c) = meets.or(most) {
                    plan = *c;
                }
            }
            // Its last word is one the other side can sign: not a term that side declared in
            // public it would never accept, unless it has since proposed or accepted it
            // (Komura dropped the price of the north so on 29 August).
            // Standing firm against a side that has stopped moving, it asks on the rest what
            // makes up for the terms it lets go: of the treaties worth no less to that side, as
            // it believes, than the plan it stood on, the best for itself (on a tie, the least
            // for them). Holding out then wins that side no more, as it believes, than that
            // plan. (It stood on the refused terms before, and `hardheaded` met a walk-out in
            // two games of three; dropping them with nothing asked in their place let a script
            // holding nine-tenths of its demand gain +0.032 at Shrewd.)
            if let Some(article) = declared_refusal_asked(view, &plan.terms) {
                let least = if stands_firm { reservation } else { floor };
                let last_word = candidates
                    .iter()
                    .filter(|c| c.own >= least && (!stands_firm || c.theirs >= plan.theirs))
                    .filter(|c| declared_refusal_asked(view, &c.terms).is_none())
                    .max_by(|x, y| {
                        let theirs = if stands_firm {
                            y.theirs.cmp(&x.theirs)
                        } else {
                            x.theirs.cmp(&y.theirs)
                        };
                        x.own.total_cmp(&y.own).then(theirs)
                    });
                // Nothing above its floor leaves the refused terms out: rather than end the talks
                // on terms that cannot be signed, it asks the most it can without them, if that
                // beats walking away (in the tutorial Komura, firm on a ceded island Witte may not
                // give, ended half his games against `hardheaded` without a treaty though one was
                // worth more to both than the war). It searches the signable treaties alone: on
                // the frontier of all of them a refused term may seem to dominate a signable
                // treaty (the south of the island hid the trade rights).
                let below_floor = || {
                    Self::candidates(view, &without_refusals(view, &own_masks), &believed)
                        .iter()
                        .filter(|c| c.own >= reservation)
                        .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)))
                        .copied()
                };
                if let Some(c) = last_word.copied().or_else(below_floor) {
                    plan = c;
                    why.heeds_refusal = Some(article as u8);
                }
            }
            // The other side asks what its instructions forbid: meeting it on the rest leaves
            // them short by what the forbidden term was worth to them (the talks failed so
            // against `conceder`, which had agreed early what left it no room). It makes that up,
            // where it can above its floor, by reopening agreed articles, each only towards them:
            // a make-up that took back elsewhere would be no make-up.
            let forbidden = offer.terms.iter().find(|&(a, o)| view.forbidden(a) & (1 << o) != 0);
            let asked = believed_worth(&believed, &plan.terms.overlaid(&offer.terms));
            if let Some((article, _)) = forbidden
                && plan.theirs < asked
            {
                let mut masks = view.reopening_masks();
                for (a, agreed) in view.agreed_terms().iter() {
                    let agreed = agreed as usize;
                    let towards_them = (0..MAX_OPTIONS)
                        .filter(|&x| x == agreed || believed[a][x] > believed[a][agreed])
                        .fold(0, |m, x| m | (1 << x));
                    masks[a] &= towards_them;
                }
                let masks = credibility::with_opening(view, &masks);
                let make_up = Self::candidates(view, &masks, &believed)
                    .iter()
                    .filter(|c| c.theirs >= asked && c.own >= floor)
                    .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)))
                    .copied();
                // What their moves alone taught it can make a step back look like a gift (a
                // random side's moves, say): a make-up that reopens any article against them as
                // the world knew them is no make-up, and it offers none.
                let public = Self::public_beliefs(view);
                let gives_only = |c: &Candidate| {
                    view.agreed_terms().iter().all(|(a, agreed)| {
                        c.terms
                            .get(a)
                            .is_none_or(|o| o == agreed || public[a][o as usize] > public[a][agreed as usize])
                    })
                };
                if let Some(c) = make_up.filter(gives_only) {
                    plan = c;
                    make_up_for = Some(article as u8);
                }
            }
        }
        // The other side's ultimatum: meet it, counter it, or call it.
        let mut meet = ArticleSet::EMPTY;
        if let Some((answer, met)) = ultimatum::answer_theirs(view, &own_masks, floor, &plan.terms) {
            why.ultimatum_answer = Some(answer);
            if let Some(met) = met {
                meet = met.terms.articles().minus(view.agreed_terms().articles());
                plan = Candidate {
                    terms: met.terms,
                    own: met.own,
                    theirs: plan.theirs,
                };
            }
        }
        // The trade-off (Faratin, Sierra and Jennings 2002): rather than take an acceptable
        // offer, counter with what it believes the other side likes as well and it likes
        // better — when it will have another turn to take the other side's next offer.
        let mut hold_out = None;
        let offered = (!offer.is_empty()).then(|| view.utility(&plan.terms.overlaid(&offer.terms)));
        if offered != self.offers_seen[0] {
            self.offers_seen = [offered, self.offers_seen[0]];
        }
        let steady = match self.offers_seen {
            [Some(now), Some(before)] => now >= before - STEADY_SLACK,
            _ => false,
        };
        if let Some(offered) = offered
            && self.full_strength
            && steady
            && meet.is_empty()
            && view.turns_left(side) >= 2
            && offered >= target
        {
            // Only an acceptable offer is countered: the frontier within what the other side
            // has shown it can live with is not worked out for any other.
            let level = their_level(&believed, &own_masks, &plan.terms, &offer);
            let counter = within()
                .iter()
                .copied()
                .filter(|c| c.theirs >= level)
                .max_by(|x, y| x.own.total_cmp(&y.own).then(x.theirs.cmp(&y.theirs)));
            if let Some(counter) = counter
                && counter.own > offered + TRADE_OFF_MARGIN
            {
                plan = counter;
                hold_out = Some(counter.own);
            }
        }
        let bar = Bar {
            target,
            floor,
            hold_out,
            meet,
        };
        let mut turn = Turn::PASS;
        let mut accepted = Terms::EMPTY;
        if !offer.is_empty() {
            turn.reply = Self::answer(
                view,
                &offer,
                ArticleSet::EMPTY,
                &plan.terms,
                bar,
                &mut accepted,
                &mut why,
                speaks,
            );
        }
        let mediator = *view.mediator_proposal();
        // What stands in the way of the last terms it answered, which it may cable home about.
        let mut blocked_by = why.blocked_by;
        if !mediator.is_empty() {
            let skip = accepted.articles();
            let bar = Bar {
                hold_out: None,
                meet: ArticleSet::EMPTY,
                ..bar
            };
            // Its words speak of the other side's offer; what it does with the mediator's terms
            // the record says by name. Komura, taking Roosevelt's terms and refusing all of
            // Witte's, used to say he "accepts part of Witte's offer". An instruction in the way
            // of the mediator's terms is said only beside an offer it took nothing of.
            let mut heard = why;
            turn.mediator_reply = Self::answer(
                view,
                &mediator,
                skip,
                &plan.terms,
                bar,
                &mut accepted,
                &mut heard,
                speaks,
            );
            blocked_by = heard.blocked_by;
            if !why.accepted {
                why.blocked_by = why.blocked_by.or(heard.blocked_by);
                why.unsettled = why.unsettled.or(heard.unsettled);
            }
        }

        // The mediator's terms it accepted that still wait for the other side's answer are not
        // yet won: where it may propose, it tables them again, linked with what it gives for
        // them, so that a concession priced on them cannot be taken alone should the other side
        // refuse them; on articles not yet on the table it does not count on them at all.
        let pending = turn
            .mediator_reply
            .map_or(ArticleSet::EMPTY, |r| r.accept.minus(view.mediator_accepted_by_other()));
        let counted_on = accepted.articles().minus(pending.minus(view.negotiable()));
        // What is still open, bid again around what it has just accepted — but a last word
        // that already holds what it accepted stands: bidding again would throw it away for
        // the bid of an ordinary turn (Komura, having taken Witte's word on the money, asked
        // again for the whole Harbin branch, and the talks failed).
        let holds_accepted = view.turns_left(side) == 1
            && accepted
                .iter()
                .filter(|&(a, _)| counted_on.contains(a))
                .all(|(a, o)| plan.terms.get(a) == Some(o));
        let plan = if counted_on.is_empty() || holds_accepted {
            plan
        } else {
            let mut fixed = own_masks;
            for (a, o) in accepted.iter().filter(|&(a, _)| counted_on.contains(a)) {
                fixed[a] = 1 << o;
            }
            self.bid(
                view,
                &Self::candidates(view, &fixed, &believed),
                &own_masks,
                &believed,
                target,
                floor,
            )
            .unwrap_or(plan)
        };
        // The agreed articles it reopens in the other side's favour, to make up for a term its
        // instructions forbid; they go in the one package with the rest.
        let mut reopened = ArticleSet::EMPTY;
        if make_up_for.is_some() {
            for (a, o) in view.agreed_terms().iter() {
                if plan.terms.get(a).is_some_and(|p| p != o) {
                    reopened.insert(a);
                }
            }
        }
        // On the last turn of the talks nothing it proposed could be answered: it answers,
        // and its terms stand as they were, rather than table new ones no one will read.
        let open = if view.is_final_turn() {
            ArticleSet::EMPTY
        } else {
            view.negotiable()
                .minus(accepted.articles().minus(pending))
                .union(reopened)
        };
        let last_proposed = &view.record().last_proposed[side.index()];
        if !open.is_empty() {
            let mut terms = Terms::EMPTY;
            for a in open.iter() {
                let source = if pending.contains(a) { &accepted } else { &plan.terms };
                if let Some(o) = source.get(a) {
                    terms.set(a, o);
                }
            }
            if !terms.is_empty() {
                // Splitting off the common ground may unlink terms an instruction allows only
                // together (no money, if linked with a price for the north): then all linked.
                // Beside the mediator's pending terms nothing is split off: even a term the other
                // side proposed is, in its plan, paid for by them.
                // A side that has stopped coming towards it may take what both want, but no
                // concession on its own: each comes only with the whole offer, so that standing
                // still does not bank its steps one at a time.
                let standing_still = self.standstill.stood_still(view.session());
                // Nor is a concession as large as the island or the money given on its own: it
                // is what the rest of its offer is asked for (in the credit what-if Komura,
                // free to give up Sakhalin, tabled it apart, and Russia banked it at once).
                let large = |a: usize, o: u8| concession_cost(view, &own_masks, a, o) >= LARGE_CONCESSION;
                let (split, kept_whole) = common_ground_first(&terms, &offer.terms, |a, o| {
                    no_concession(view, &own_masks, a, o) || (!standing_still && !large(a, o))
                });
                let kept_large = terms
                    .iter()
                    .find(|&(a, o)| {
                        offer.terms.get(a) == Some(o) && !no_concession(view, &own_masks, a, o) && large(a, o)
                    })
                    .map(|(a, _)| a as u8);
                // With nothing split off, the check decides only what it says.
                let linked = Proposal::linked(terms);
                let allowed = pending.is_empty()
                    && reopened.is_empty()
                    && (speaks || split != linked)
                    && view
                        .check(&Turn {
                            propose: Some(split),
                            ..Turn::PASS
                        })
                        .is_ok();
                turn.propose = Some(if allowed { split } else { linked });
                why.kept_whole = allowed && kept_whole && standing_still;
                why.kept_linked = kept_large.filter(|_| allowed && kept_whole && !standing_still);
                why.makes_up = make_up_for.filter(|_| !reopened.is_empty()).map(|a| (a, reopened));
                why.with_mediator = !pending.intersect(open).is_empty() && !open.minus(pending).is_empty();
                if speaks {
                    why.yields = newly_yielded(view, &believed, last_proposed, &plan.terms, open);
                }
                // Its written compromise is tabled once, at its session's first turn.
                why.compromise = view.first_turn_of_session()
                    && persona
                        .compromise
                        .as_ref()
                        .is_some_and(|(from, _)| view.session() == *from);
            }
        }
        // Its opening concessions are said with the proposal that makes them: a sitting with
        // nothing on its agenda tables nothing, and has nothing to restate.
        why.opening &= turn.propose.is_some();
        why.not_yet = never_proposed && turn.propose.is_none();
        why.first_terms = never_proposed && turn.propose.is_some() && !why.opening;
        // Said with a proposal it makes while the other side moves: not beside "they have
        // stopped coming", nor when it takes the offer.
        why.paced = kept_back >= pace::WORTH_SAYING
            && turn.propose.is_some()
            && !why.stands_firm
            && !why.accepted
            && self.paced_said.is_none_or(|s| view.session() >= s + 2);
        if why.paced {
            self.paced_said = Some(view.session());
        }
        // Said only where what it tables no longer asks anything of the kind there (the
        // mediator's terms it tables again may, as may a term the other side offered itself).
        let refused = &view.known(side.other()).known_refusals;
        why.heeds_refusal = why.heeds_refusal.filter(|&a| {
            let asked = turn.propose.and_then(|p| p.terms.get(a as usize));
            asked.is_some_and(|o| refused.get(a as usize).is_none_or(|&m| m & (1 << o) == 0))
        });
        why.retreat = turn
            .propose
            .filter(|_| speaks)
            .and_then(|p| credibility::forced_retreat(view, &p.terms));
        // Its last term was allowed when it tabled it: if no order forbids it outright now, what
        // forbids it is the company it would keep, not new orders from home.
        why.retreat_linked = why.retreat.is_some_and(|(a, _)| {
            let before = view.record().last_proposed[side.index()][a as usize];
            view.forbidden(a as usize) & (1 << before) == 0
        });
        // Every term it takes back is named; one its instructions force is said as such.
        let accepting = [turn.reply, turn.mediator_reply]
            .iter()
            .flatten()
            .fold(ArticleSet::EMPTY, |set, r| set.union(r.accept));
        // An ultimatum whose every article this turn settles falls away (the record says so):
        // it is neither called nor countered. Komura used to accept Witte's whole offer in the
        // last sitting and say in the same breath that he let Witte's ultimatum stand.
        if matches!(
            why.ultimatum_answer,
            Some(UltimatumAnswer::Call | UltimatumAnswer::Counter)
        ) && let Some(theirs) = view.opponent_ultimatum()
        {
            let with_mediator = turn.mediator_reply.map_or(ArticleSet::EMPTY, |r| {
                r.accept.intersect(view.mediator_accepted_by_other())
            });
            let settled_now = view
                .agreed_terms()
                .articles()
                .union(turn.reply.map_or(ArticleSet::EMPTY, |r| r.accept))
                .union(with_mediator);
            if theirs.terms.articles().minus(settled_now).is_empty() {
                why.ultimatum_answer = None;
            }
        }
        let forced = why
            .retreat
            .map_or(ArticleSet::EMPTY, |(a, _)| ArticleSet::single(a as usize));
        let back = turn
            .propose
            .filter(|_| speaks)
            .map_or(ArticleSet::EMPTY, |p| credibility::taken_back(view, &p, accepting))
            .minus(forced);
        why.taken_back = back.iter().next().map(|a| a as u8);
        why.taken_back_more = why
            .taken_back
            .map_or(ArticleSet::EMPTY, |a| back.minus(ArticleSet::single(a as usize)));
        why.mediator_refused = mediator_refused && why.taken_back.is_some();
        if why.with_mediator {
            for a in pending.intersect(open).iter() {
                if let Some(o) = mediator.terms.get(a) {
                    self.priced_on_mediator.set(a, o);
                }
            }
        }
        // What it takes back is the price of what it gives elsewhere, not on the same articles.
        if let Some(yields) = why.yields
            && back.contains(yields as usize)
        {
            why.yields = newly_yielded(view, &believed, last_proposed, &plan.terms, open.minus(back));
        }
        let settled = view.agreed_terms().overlaid(&accepted);
        let threat = ultimatum::own_move(
            view,
            &ultimatum::Stance {
                floor,
                limits,
                full_strength: self.full_strength,
                steady,
                offered,
            },
            &settled,
            turn.propose.as_ref(),
        );
        // What the mediator would see if asked now. Asked again with nothing new on the table,
        // he would see no more than before: Witte used to appeal every other session against a
        // Komura who did not move, and Roosevelt declined each time.
        let table = [
            turn.propose.map_or(view.own_proposal().terms, |p| p.terms),
            view.opponent_proposal().terms,
            view.agreed_terms(),
        ];
        let action = match threat {
            Some(ultimatum::Threat::BreakOff) => {
                turn.break_off = true;
                why.walks_out = true;
                None
            }
            Some(ultimatum::Threat::Ultimatum { ultimatum, last_word }) => {
                why.last_word = last_word;
                Some(SideAction::Ultimatum(ultimatum))
            }
            // The turn whose answers complete the treaty has nothing left to ask or press for:
            // Witte used to accept the terms that closed the talks and, in the same breath,
            // appeal to Roosevelt because nothing had been agreed for two sessions.
            None if completes_treaty(view, &turn) => None,
            None => self.action(view, blocked_by, &table),
        };
        if let Some(action) = action {
            let mut with = turn;
            with.action = Some(action);
            if view.check(&with).is_ok() {
                turn = with;
                why.action = Some(action);
                match action {
                    SideAction::AskMediator => self.appealed_on = Some(table),
                    SideAction::CableHome(r) => {
                        let asking = self.cables.ask(view, r);
                        why.cables_again = asking.again;
                        why.cable_news = asking.news;
                    }
                    _ => {}
                }
            }
        }
        // Standing on a fair peace explains what it refuses or still asks; a turn that only
        // accepts the other side's terms has nothing to stand on.
        let refuses = [turn.reply, turn.mediator_reply]
            .iter()
            .flatten()
            .any(|r| !r.reject.is_empty());
        why.stands_firm &= turn.propose.is_some() || refuses || turn.break_off;
        why.held_back &= refuses;
        Decision {
            turn,
            drop_proposal_if_refused: true,
            reason: Reason::Delegate(why),
        }
    }
}

/// The utility of the best treaty `masks` allow that no conditional red line forbids: the
/// best option on each article may be one such a line allows only without another (Japan's
/// price of the north, asked only in place of the war's costs).
fn best_allowed_by_every_line(view: &SideView<'_>, masks: &[OptionSet; MAX_ARTICLES]) -> Option<f64> {
    let conditional = view.active_conditional_red_lines().filter_map(|r| view.red_line(r));
    mandate::frontier_masks(masks, conditional)
        .iter()
        .filter_map(|m| view.best_allowed(m))
        .filter(|t| view.conditional_ok(t))
        .map(|t| view.utility(&t))
        .max_by(f64::total_cmp)
}
