//! What one delegation knows: the public scenario, its own mandate, what the world knew of
//! the other side (the scenario's public priors), and the state of the talks as it may see
//! them. Agents decide from this view only.
//!
//! The view holds the game privately and no method returns the game, the whole scenario or
//! the other side's mandate, so an agent written against it has no path to the other side's
//! valuations, red lines, briefing or dispatches — the compiler sees to that:
//!
//! ```
//! use portsmouth::engine::play::view::SideView;
//! // What an agent may read: the public part, its own mandate, the public priors.
//! fn look(view: &SideView<'_>) -> usize {
//!     let priors = &view.known(view.side().other()).known_priorities;
//!     view.public().articles.len() + view.mandate().red_lines.len() + priors.len()
//! }
//! ```
//!
//! ```compile_fail
//! use portsmouth::engine::play::view::SideView;
//! fn peek(view: &SideView<'_>) {
//!     let _ = view.scenario(); // no such method: the whole scenario is not handed out
//! }
//! ```
//!
//! ```compile_fail
//! use portsmouth::engine::play::view::SideView;
//! fn peek(view: &SideView<'_>) {
//!     let _ = &view.public().mandates; // the public part holds no mandates
//! }
//! ```
//!
//! ```compile_fail
//! use portsmouth::engine::play::view::SideView;
//! fn peek(view: &SideView<'_>) {
//!     let _ = view.game; // the game behind the view is private
//! }
//! ```
//!
//! `SeatView` is the same view as an owned snapshot that serialises: what a server would
//! send one delegation's machine.

use crate::engine::analysis::space::{Sorted, Valuation};
use crate::engine::play::condition::OptionSet;
use crate::engine::play::game::Game;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, SideAction, Terms, Turn, Ultimatum};
use crate::engine::play::record::Record;
use crate::engine::play::rules::MoveError;
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, LastLook, MAX_METERS, PendingCable, State, Status};
use crate::engine::scenario::{Mandate, Party, PressLine, PublicScenario, RedLine, Scenario, Unresolved};
use serde::{Deserialize, Serialize};
use std::sync::Arc;

/// See `SideView::reservation_inputs`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct ReservationInputs {
    session: usize,
    meters: [i32; MAX_METERS],
    /// The shift, bit for bit.
    shift: u64,
}

pub struct SideView<'a> {
    game: &'a Game,
    side: Side,
    /// The game's state, looked up once: agents read it many times a turn.
    state: &'a State,
}

impl<'a> SideView<'a> {
    pub fn new(game: &'a Game, side: Side) -> SideView<'a> {
        SideView {
            game,
            side,
            state: game.state(),
        }
    }

    pub fn side(&self) -> Side {
        self.side
    }

    /// The full scenario, for the view's own methods only: never handed out.
    fn whole(&self) -> &'a Scenario {
        self.game.scenario()
    }

    /// What everyone may know: articles, sessions, public positions, the mediator, the public
    /// side of events, meters, outcomes, the documented history.
    pub fn public(&self) -> &'a PublicScenario {
        &self.whole().public
    }

    /// Which scenario the view is of, for caches of what a scenario determines.
    pub fn scenario_identity(&self) -> ScenarioIdentity {
        ScenarioIdentity(Arc::downgrade(self.game.scenario()))
    }

    /// Whether the view is of the scenario `identity` names.
    pub fn is_of(&self, identity: &ScenarioIdentity) -> bool {
        std::ptr::eq(identity.0.as_ptr(), Arc::as_ptr(self.game.scenario()))
    }

    /// This side's own confidential instructions.
    pub fn mandate(&self) -> &'a Mandate {
        self.whole().mandate(self.side)
    }

    /// This side's own valuations.
    pub fn valuation(&self) -> &'a Valuation {
        &self.mandate().valuation
    }

    /// What the world knew of a side: its public position and the scenario's public priors
    /// (`known_priorities`, `known_favourites`).
    pub fn known(&self, side: Side) -> &'a Party {
        self.public().party(side)
    }

    /// Whether the other side declared in public it would never accept `option` on `article`
    /// (`known_refusals`) and has not itself proposed or accepted it since.
    pub fn refused_in_public(&self, article: usize, option: u8) -> bool {
        let other = self.side.other();
        let record = self.record();
        self.known(other)
            .known_refusals
            .get(article)
            .is_some_and(|&m| m & (1 << option) != 0)
            && record.proposed[other.index()][article][option as usize] == 0
            && record.accepted[other.index()][article][option as usize] == 0
    }

    /// Its own red line with this scenario-wide index; `None` for the other side's.
    pub fn red_line(&self, red_line: usize) -> Option<&'a RedLine> {
        self.mandate().red_line(red_line)
    }

    /// Its own press line with this scenario-wide index; `None` for the other side's.
    pub fn press_line(&self, press: usize) -> Option<&'a PressLine> {
        self.mandate().press_line(press)
    }

    pub fn session(&self) -> usize {
        self.state.session
    }

    /// Whether what the agents say is kept: a quiet game (bulk runs, replays) keeps only the
    /// moves, and what an agent works out only to say it need not be worked out.
    pub fn is_heard(&self) -> bool {
        self.game.is_recording()
    }

    pub fn turns_played(&self) -> u32 {
        self.state.turns_played
    }

    /// Own turns played so far, and in all.
    pub fn turn_progress(&self) -> (usize, usize) {
        self.game.turn_progress(self.side)
    }

    /// Whether this is the side's first turn of the current session (public: the calendar).
    pub fn first_turn_of_session(&self) -> bool {
        self.turn_progress().0 <= self.whole().exchanges_before[self.session()]
    }

    /// How far through its turns this side is: 0 at its first, 1 at its last.
    pub fn relative_time(&self) -> f64 {
        let (done, total) = self.turn_progress();
        if total <= 1 {
            1.0
        } else {
            (done as f64 / (total - 1) as f64).min(1.0)
        }
    }

    /// Turns `side` still has, counting one it is about to play.
    pub fn turns_left(&self, side: Side) -> usize {
        let (done, total) = self.game.turn_progress(side);
        total - done
    }

    /// Whether the talks end with this turn: the other side has no turn left, so a
    /// proposal made now cannot be answered (only what this side accepts now is agreed).
    pub fn is_final_turn(&self) -> bool {
        self.turns_left(self.side.other()) == 0
    }

    /// Whether a proposal made this turn is this side's last that the other side can still
    /// answer: the other side has one turn left, after this one. For the side that moves
    /// second in the last session that is its second-to-last turn.
    pub fn is_last_answerable_proposal(&self) -> bool {
        self.turns_left(self.side.other()) == 1
    }

    /// A side's most recent turn, as this side saw it across the table.
    pub fn last_turn(&self, side: Side) -> Option<Turn> {
        let turn = self.state.last_turn[side.index()]?;
        Some(if side == self.side {
            turn
        } else {
            seen_across_the_table(turn)
        })
    }

    pub fn status(&self, article: usize) -> Status {
        self.state.status(article)
    }

    pub fn agreed_terms(&self) -> Terms {
        self.state.agreed_terms()
    }

    /// Articles that may be proposed now.
    pub fn tabled(&self) -> ArticleSet {
        self.public().sessions[self.session()].tabled
    }

    /// Open (or set-aside) articles that may be proposed now.
    pub fn negotiable(&self) -> ArticleSet {
        self.tabled().minus(self.state.agreed_set())
    }

    pub fn opponent_proposal(&self) -> &'a Proposal {
        self.state.proposal(Author::of(self.side.other()))
    }

    pub fn own_proposal(&self) -> &'a Proposal {
        self.state.proposal(Author::of(self.side))
    }

    pub fn mediator_proposal(&self) -> &'a Proposal {
        self.state.proposal(Author::Mediator)
    }

    /// The mediator's standing terms the other side has already accepted (its answers are
    /// public): accepting them too agrees them at once; the rest wait for its answer.
    pub fn mediator_accepted_by_other(&self) -> ArticleSet {
        self.state.mediator_accepted[self.side.other().index()]
    }

    pub fn own_points(&self, article: usize, option: u8) -> i32 {
        self.valuation().points(article, option)
    }

    /// Own utility of complete terms.
    pub fn utility(&self, terms: &Terms) -> f64 {
        self.valuation().utility(terms)
    }

    /// What a treaty would be worth to this side if `draft` were agreed now and the talks
    /// ended: other open articles settled as the scenario settles unresolved ones, or at this
    /// side's worst option where an open article would block a treaty. Lets a player weigh a
    /// package before sending it.
    pub fn value_if_agreed(&self, draft: &Terms) -> f64 {
        let valuation = self.valuation();
        let mut terms = self.agreed_terms().overlaid(draft);
        for (a, article) in self.public().articles.iter().enumerate() {
            if terms.get(a).is_some() {
                continue;
            }
            let option = match article.unresolved {
                Unresolved::Becomes(o) => o,
                Unresolved::BlocksTreaty => (0..article.options.len() as u8)
                    .min_by_key(|&o| valuation.points(a, o))
                    .unwrap_or(0),
            };
            terms.set(a, option);
        }
        self.utility(&terms)
    }

    pub fn utility_of_points(&self, points: f64) -> f64 {
        self.valuation().utility_of_points(points)
    }

    pub fn points_of_utility(&self, utility: f64) -> f64 {
        self.valuation().points_of_utility(utility)
    }

    /// The treaty this side likes best among the allowed options.
    pub fn best_allowed(&self, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Terms> {
        self.whole().space.best_allowed(self.side, allowed)
    }

    /// This side's treaties restricted to the allowed options, when worth a table of their
    /// own (see `OutcomeSpace::restricted_table`); search it with `search_table`.
    pub fn restricted_table(&self, allowed: &[OptionSet; MAX_ARTICLES]) -> Option<Arc<Sorted>> {
        self.whole().space.restricted_table(self.side, allowed)
    }

    /// The lowest treaty at or above `target` own points in a table from `restricted_table`.
    pub fn search_table(&self, table: &Sorted, target: i32, keep: impl Fn(&Terms) -> bool) -> Option<Terms> {
        self.whole().space.search_table(table, target, keep)
    }

    /// The allowed treaty passing `keep` whose own points are the lowest at or above
    /// `target` (see `OutcomeSpace::at_or_above_where`).
    pub fn at_or_above_where(
        &self,
        target: i32,
        allowed: &[OptionSet; MAX_ARTICLES],
        keep: impl Fn(&Terms) -> bool,
    ) -> Option<Terms> {
        self.whole().space.at_or_above_where(self.side, target, allowed, keep)
    }

    /// What breaking off would be worth now, as a utility.
    pub fn reservation(&self) -> f64 {
        self.game.reservation(self.side)
    }

    /// All that `reservation` is worked out from besides the scenario: the session, the
    /// meters and the side's shift of its no-treaty value. Equal inputs give the same
    /// reservation, and comparing them costs less than working it out.
    pub fn reservation_inputs(&self) -> ReservationInputs {
        let state = self.state;
        ReservationInputs {
            session: state.session,
            meters: state.meters,
            shift: state.no_treaty_shift[self.side.index()].to_bits(),
        }
    }

    /// Options the instructions forbid outright for an article.
    pub fn forbidden(&self, article: usize) -> OptionSet {
        self.state.forbidden[self.side.index()][article]
    }

    /// Whether the instructions allow agreeing to these terms on top of what is agreed.
    pub fn may_agree(&self, terms: &Terms) -> bool {
        mandate::check(self.whole(), self.state, self.side, terms).is_ok()
    }

    /// The red line that forbids agreeing to these terms now, if any.
    pub fn mandate_violation(&self, terms: &Terms) -> Option<usize> {
        mandate::check(self.whole(), self.state, self.side, terms)
            .err()
            .map(|v| v.red_line)
    }

    /// Own conditional red lines that are active now (scenario-wide red line indices).
    pub fn active_conditional_red_lines(&self) -> impl Iterator<Item = usize> + '_ {
        self.whole().conditional_red_lines[self.side.index()]
            .iter()
            .copied()
            .filter(|&r| self.red_line_active(r))
    }

    /// Whether an event both sides hear of (its dispatch addressed to both) has fired;
    /// `false` for any other, whose firing one side may not know of.
    pub fn public_event_fired(&self, event: usize) -> bool {
        let heard_by_both = self
            .public()
            .events
            .get(event)
            .and_then(|e| e.dispatch.as_ref())
            .is_some_and(|d| d.to == crate::engine::play::side::Audience::Both);
        heard_by_both && self.state.event_fired(event)
    }

    /// Whether an event has fired whose dispatch reached this side: a public one, or one
    /// addressed to it alone in its own mandate.
    pub fn heard_event(&self, event: usize) -> bool {
        let public = self
            .public()
            .events
            .get(event)
            .and_then(|e| e.dispatch.as_ref())
            .is_some_and(|d| d.to.includes(self.side));
        let own = self.mandate().dispatches.iter().any(|d| d.event == event);
        (public || own) && self.state.event_fired(event)
    }

    /// What both sides have shown across the table so far (public).
    pub fn record(&self) -> &'a Record {
        &self.state.record
    }

    /// The session in which the mediator last stepped in, if he has.
    /// Where the mediator's last look at the complete treaty stands: while his amendment
    /// waits, the only move is to accept it or decline it.
    pub fn last_look(&self) -> LastLook {
        self.state.last_look
    }

    pub fn last_mediation(&self) -> Option<usize> {
        self.state.last_mediation
    }

    /// The session in which an article was last agreed.
    pub fn last_agreement_session(&self) -> usize {
        self.state.last_agreement_session
    }

    /// Whether complete terms respect the conditional red lines (the outright ones are
    /// already excluded by `search_masks`).
    pub fn conditional_ok(&self, terms: &Terms) -> bool {
        mandate::conditional_ok(self.whole(), self.state, self.side, terms)
    }

    pub fn has_conditional_red_lines(&self) -> bool {
        mandate::has_conditional(self.state, self.side)
    }

    /// Per article, the options a complete treaty may take in a search for an offer: the
    /// agreed option; for articles not yet on the table, the one that will most likely be
    /// settled on (the scenario's default, else this side's favourite); otherwise every
    /// option the instructions allow.
    pub fn search_masks(&self) -> [OptionSet; MAX_ARTICLES] {
        let scenario = self.whole();
        let state = self.state;
        let tabled = self.tabled();
        let agreed = state.agreed_terms();
        let forbidden = &state.forbidden[self.side.index()];
        let assumed = &scenario.assumed_before_tabling[self.side.index()];
        let mut masks = [0; MAX_ARTICLES];
        for (a, mask) in masks.iter_mut().enumerate().take(scenario.articles.len()) {
            *mask = match agreed.get(a) {
                Some(o) => 1 << o,
                None if !tabled.contains(a) => assumed[a],
                None => scenario.option_masks[a] & !forbidden[a],
            };
        }
        masks
    }

    /// `search_masks` with the agreed articles open again to every option its instructions
    /// allow: what it might offer were it to reopen them.
    pub fn reopening_masks(&self) -> [OptionSet; MAX_ARTICLES] {
        let scenario = self.whole();
        let state = self.state;
        let forbidden = &state.forbidden[self.side.index()];
        let mut masks = self.search_masks();
        for (a, _) in state.agreed_terms().iter() {
            masks[a] = scenario.option_masks[a] & !forbidden[a];
        }
        masks
    }

    pub fn meter(&self, meter: usize) -> Option<i32> {
        let visible = self.public().meters[meter].visible_to.includes(self.side);
        visible.then(|| self.state.meters[meter])
    }

    /// Uses left of a press line: 0 for the other side's.
    pub fn press_left(&self, press: usize) -> u8 {
        let Some(line) = self.press_line(press) else {
            return 0;
        };
        line.uses.saturating_sub(self.state.press_used[press])
    }

    /// Own active red lines, one bit per scenario red line.
    #[inline]
    pub fn own_red_lines(&self) -> u64 {
        // A side's red lines have consecutive indices: a run of bits, made without a loop
        // (asked on every turn of a time-based delegation).
        let range = self.mandate().red_line_indices();
        let run = 1u64.checked_shl(range.len() as u32).map_or(u64::MAX, |bit| bit - 1);
        let mine = run.checked_shl(range.start as u32).unwrap_or(0);
        self.state.red_lines & mine
    }

    /// Whether a red line is in force: for the other side's, always `false` (not known here).
    pub fn red_line_active(&self, red_line: usize) -> bool {
        self.red_line(red_line).is_some() && self.state.red_line_active(red_line)
    }

    pub fn cable_pending(&self) -> bool {
        self.state.cables[self.side.index()].is_some()
    }

    pub fn may_ask_mediator(&self) -> bool {
        !self.state.asked_mediator[self.side.index()]
    }

    pub fn own_ultimatum(&self) -> Option<Ultimatum> {
        self.state.ultimatums[self.side.index()]
    }

    /// An ultimatum the other side has laid on the table.
    pub fn opponent_ultimatum(&self) -> Option<Ultimatum> {
        self.state.ultimatums[self.side.other().index()]
    }

    /// Whether the game would accept this turn now.
    pub fn check(&self, turn: &Turn) -> Result<(), MoveError> {
        self.game.check(self.side, turn)
    }

    /// The view as an owned snapshot that serialises.
    pub fn snapshot(&self) -> SeatView {
        self.snapshot_in(self.whole())
    }

    /// The view as an owned snapshot with its prose from `words`: the same scenario compiled
    /// with its prose in another language (same id and digest), as a server sends a seat that
    /// reads that language. The talks are the game's, and the mandate is still this side's
    /// own; a scenario that is not the same one is passed over for the game's own words.
    pub fn snapshot_in(&self, words: &Scenario) -> SeatView {
        let whole = self.whole();
        let words = if words.id == whole.id && words.digest == whole.digest {
            words
        } else {
            whole
        };
        SeatView {
            side: self.side,
            public: words.public.clone(),
            mandate: words.mandate(self.side).clone(),
            talks: self.talks(),
        }
    }

    /// The talks alone as an owned snapshot: what changes turn by turn, without the public
    /// scenario and mandate that a server sends a seat once.
    pub fn talks(&self) -> SeatState {
        let state = self.state;
        let articles = self.public().articles.len();
        SeatState {
            session: state.session,
            turns_played: state.turns_played,
            turn_progress: self.turn_progress(),
            statuses: (0..articles).map(|a| self.status(a)).collect(),
            proposals: state.proposals,
            last_turn: Side::BOTH.map(|side| self.last_turn(side)),
            ultimatums: state.ultimatums,
            meters: (0..self.public().meters.len()).map(|m| self.meter(m)).collect(),
            own_red_lines: self.own_red_lines(),
            forbidden: state.forbidden[self.side.index()][..articles].to_vec(),
            press_left: self.mandate().press_indices().map(|p| self.press_left(p)).collect(),
            cable: state.cables[self.side.index()],
            may_ask_mediator: self.may_ask_mediator(),
            reservation: self.reservation(),
            last_agreement_session: state.last_agreement_session,
            last_mediation: state.last_mediation,
            last_look: state.last_look,
            record: state.record.clone(),
            heard_events: (0..self.public().events.len())
                .filter(|&e| self.heard_event(e))
                .map(|e| e as u16)
                .collect(),
        }
    }
}

/// Names one scenario in memory without handing it out. It keeps the scenario's allocation
/// (not its contents) while held, so no other scenario can be given its address and be
/// taken for it; a scenario in use is never changed (it is shared read-only).
#[derive(Clone, Debug)]
pub struct ScenarioIdentity(std::sync::Weak<Scenario>);

/// A turn as the other delegation sees it: a cable home passes between a delegation and its
/// capital, not across the table.
pub fn seen_across_the_table(turn: Turn) -> Turn {
    match turn.action {
        Some(SideAction::CableHome(_)) => Turn { action: None, ..turn },
        _ => turn,
    }
}

/// One delegation's view as owned data: the public scenario, its own mandate (the public
/// priors of both sides are in `public.parties`), and the talks as it may see them.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SeatView {
    pub side: Side,
    pub public: PublicScenario,
    pub mandate: Mandate,
    pub talks: SeatState,
}

/// The state of the talks as one delegation may see it: what is on the table, the meters
/// shown to it, its own red lines, press lines, cable and reservation, and the public record.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SeatState {
    pub session: usize,
    pub turns_played: u32,
    /// Own turns played so far, and in all.
    pub turn_progress: (usize, usize),
    /// Per article.
    pub statuses: Vec<Status>,
    /// Standing proposals: Japan's, Russia's, the mediator's.
    pub proposals: [Proposal; 3],
    /// Each side's most recent turn, as this side saw it (see `seen_across_the_table`).
    pub last_turn: [Option<Turn>; 2],
    /// Ultimatums laid on the table, by side.
    pub ultimatums: [Option<Ultimatum>; 2],
    /// Per meter, its value where shown to this side.
    pub meters: Vec<Option<i32>>,
    /// Own active red lines, one bit per scenario red line.
    pub own_red_lines: u64,
    /// Per article, the options its instructions forbid outright.
    pub forbidden: Vec<OptionSet>,
    /// Per own press line (in mandate order), uses left.
    pub press_left: Vec<u8>,
    pub cable: Option<PendingCable>,
    pub may_ask_mediator: bool,
    /// What breaking off would be worth now, as a utility.
    pub reservation: f64,
    pub last_agreement_session: usize,
    pub last_mediation: Option<usize>,
    /// Where the mediator's last look at a complete treaty stands. Absent from older servers.
    #[serde(default)]
    pub last_look: LastLook,
    pub record: Record,
    /// Events that have fired and whose dispatch reached this side (event indices), so a
    /// seat's copy of the game knows what its side has heard. Absent from older servers.
    #[serde(default)]
    pub heard_events: Vec<u16>,
}
