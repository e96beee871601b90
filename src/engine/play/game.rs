//! A game in progress: the state, the seeded generator for chance, and the transcript.
//! `play` checks a whole turn, then applies it and everything it sets off: agreements,
//! lapsed offers, events, the end of a session, cables arriving, the end of the talks.

use crate::engine::play::compromises::CompromiseMemo;
use crate::engine::play::condition::{Cond, Facts};
use crate::engine::play::last_look;
use crate::engine::play::mandate;
use crate::engine::play::moves::{ArticleSet, Proposal, Response, SideAction, Terms, Turn};
use crate::engine::play::paths::{Paths, Step};
use crate::engine::play::rng::Rng;
use crate::engine::play::rules::{self, MoveError};
use crate::engine::play::side::Side;
use crate::engine::play::state::{
    Author, BreakCause, Circumstances, Ending, LastLook, MAX_METERS, PendingCable, State, Status,
};
use crate::engine::records::transcript::{Entry, Note, Transcript, What};
use crate::engine::scenario::{Effect, Scenario};
use std::sync::Arc;

/// Sessions without a new agreement after which the mediator steps in unasked.
const STALL_SESSIONS: usize = 3;

/// The rules a game is played by, where they have changed: a save keeps them, so that a game
/// saved before a change replays as it was played.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Rules {
    /// Games saved before stop 65: at a session's opening the capitals answered the cables
    /// before the news of the days between came in.
    AnswersBeforeNews,
    /// The day's news first, then the capitals' answers; none on an order the news lifted,
    /// nor once the talks have ended.
    #[default]
    NewsFirst,
}

/// Cloneable so the window can hand a copy to a computer delegation thinking off the main thread.
pub struct Game {
    scenario: Arc<Scenario>,
    seed: u64,
    rng: Rng,
    state: State,
    /// The state at the opening, before the first session: `reset` copies it.
    initial: State,
    transcript: Transcript,
    /// Off for bulk simulation: nothing is written, nothing allocated per turn.
    recording: bool,
    /// Whether anything an event condition can ask about has changed since events were
    /// last checked (agreements, meters, the session, fired events).
    facts_changed: bool,
    /// The mediator's recent compromises. Kept across `reset`.
    compromises: CompromiseMemo,
    /// Where the steps of earlier games led, for a quiet game. Kept across `reset`.
    paths: Paths,
    /// Whether a quiet game follows and keeps the paths of the games before it.
    walks_paths: bool,
    rules: Rules,
}

impl Game {
    pub fn new(scenario: Arc<Scenario>, seed: u64) -> Game {
        Game::under(scenario, seed, Rules::default())
    }

    /// A game played by `rules`: a save's, when it is replayed.
    pub fn under(scenario: Arc<Scenario>, seed: u64, rules: Rules) -> Game {
        Game::with_recording(scenario, seed, true, rules)
    }

    /// A game that keeps no transcript (for simulation in bulk).
    pub fn quiet(scenario: Arc<Scenario>, seed: u64) -> Game {
        Game::with_recording(scenario, seed, false, Rules::default())
    }

    fn with_recording(scenario: Arc<Scenario>, seed: u64, recording: bool, rules: Rules) -> Game {
        let state = State::new(&scenario);
        let mut game = Game {
            scenario,
            seed,
            rng: Rng::new(seed),
            initial: state.clone(),
            state,
            transcript: Transcript::default(),
            recording,
            facts_changed: true,
            compromises: CompromiseMemo::default(),
            paths: Paths::default(),
            walks_paths: true,
            rules,
        };
        game.open_session();
        game
    }

    /// A quiet game that neither follows nor keeps the paths of the games before it: for
    /// delegations that think at length at every turn, where the rules' share of the work is
    /// small and the kept states, read from all over memory, cost more than they save
    /// (delegate v delegate ran some 20 % slower on the clock with them).
    pub fn without_paths(mut self) -> Game {
        self.walks_paths = false;
        self
    }

    /// A game over `scenario` standing at `state`, nothing played or logged: for
    /// `mirror`, which builds one seat's copy of a game another machine referees.
    pub(super) fn standing_at(scenario: Arc<Scenario>, seed: u64, state: State) -> Game {
        Game {
            scenario,
            seed,
            rng: Rng::new(seed),
            initial: state.clone(),
            state,
            transcript: Transcript::default(),
            recording: true,
            facts_changed: false,
            compromises: CompromiseMemo::default(),
            paths: Paths::default(),
            walks_paths: false,
            // A mirror follows the referee's word, not the rules.
            rules: Rules::default(),
        }
    }

    /// The state and transcript to overwrite, for `mirror` only (it follows the referee's
    /// word instead of applying rules).
    pub(super) fn mirrored_parts(&mut self) -> (&mut State, &mut Transcript) {
        self.paths.catch_up(&mut self.state);
        self.paths.lose_track();
        (&mut self.state, &mut self.transcript)
    }

    /// Starts again from the opening with another seed, reusing the allocations.
    pub fn reset(&mut self, seed: u64) {
        self.seed = seed;
        self.rng = Rng::new(seed);
        self.transcript.clear();
        if self.recording || !self.walks_paths {
            // A transcript is written step by step: every step is applied.
            self.paths.catch_up(&mut self.state);
            self.paths.lose_track();
        } else {
            self.paths.restart();
            if let Some(facts_changed) = self.paths.follow(Step::Opening, &mut self.rng) {
                self.facts_changed = facts_changed;
                return;
            }
        }
        // The record's list of revealed preferences keeps its allocation from game to game.
        let mut preferences = std::mem::take(&mut self.state.record.preferences);
        preferences.clear();
        self.state.clone_from(&self.initial);
        self.state.record.preferences = preferences;
        self.paths.begin();
        self.facts_changed = true;
        self.open_session();
        self.paths.took(Step::Opening, &self.state, self.facts_changed);
    }

    /// Plays on with `translated`, the same scenario with its prose in another language (a
    /// saved game read back in the player's language): only if it is the same scenario, by
    /// its digest, so the rules cannot change. Returns whether it was taken.
    pub fn use_translation(&mut self, translated: Arc<Scenario>) -> bool {
        let same = translated.id == self.scenario.id && translated.digest == self.scenario.digest;
        if same {
            self.scenario = translated;
        }
        same
    }

    pub fn scenario(&self) -> &Arc<Scenario> {
        &self.scenario
    }

    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// The rules this game is played by.
    pub fn rules(&self) -> Rules {
        self.rules
    }

    /// The state: the game's own, or the one kept at the end of the known path it is on.
    #[inline]
    pub fn state(&self) -> &State {
        self.paths.ahead().unwrap_or(&self.state)
    }

    pub fn transcript(&self) -> &Transcript {
        &self.transcript
    }

    pub fn is_over(&self) -> bool {
        self.state().is_over()
    }

    pub fn is_recording(&self) -> bool {
        self.recording
    }

    pub fn to_move(&self) -> Option<Side> {
        rules::to_move(&self.scenario, self.state())
    }

    pub fn check(&self, side: Side, turn: &Turn) -> Result<(), MoveError> {
        rules::check_turn(&self.scenario, self.state(), side, turn)
    }

    pub fn play(&mut self, side: Side, turn: Turn) -> Result<(), MoveError> {
        self.play_noted(side, turn, None)
    }

    /// Plays a turn with the words the delegation wrote with it.
    pub fn play_noted(&mut self, side: Side, turn: Turn, note: Option<String>) -> Result<(), MoveError> {
        self.play_turn(side, &turn, note.map(Note::Text))
    }

    /// Plays a turn with what the delegation said with it.
    pub fn play_with(&mut self, side: Side, turn: Turn, note: Option<Note>) -> Result<(), MoveError> {
        self.play_turn(side, &turn, note)
    }

    /// As `play_noted`, for a turn the caller keeps: a turn is a few hundred bytes, and
    /// copying it on every move was a measurable part of a bulk run's time.
    pub(crate) fn play_turn(&mut self, side: Side, turn: &Turn, note: Option<Note>) -> Result<(), MoveError> {
        if let Some(facts_changed) = self.paths.follow(Step::Turn(side, turn), &mut self.rng) {
            // Taken before from here, and allowed then.
            self.facts_changed = facts_changed;
            return Ok(());
        }
        self.check(side, turn)?;
        self.paths.catch_up(&mut self.state);
        self.paths.begin();
        self.apply_turn(side, turn, note);
        self.paths.took(Step::Turn(side, turn), &self.state, self.facts_changed);
        Ok(())
    }

    /// Applies an allowed turn and all it sets off.
    fn apply_turn(&mut self, side: Side, turn: &Turn, note: Option<Note>) {
        let note = match note {
            Some(note) if self.recording => {
                self.transcript.notes.push(note);
                Some(self.transcript.notes.len() - 1)
            }
            _ => None,
        };
        if self.recording {
            self.log(What::Moved {
                side,
                turn: *turn,
                note,
            });
        }
        self.state.last_turn[side.index()] = Some(*turn);
        if let LastLook::Pending { .. } = self.state.last_look {
            // Outside the sessions: no clock moves, no event fires.
            self.answer_last_look(side, turn);
            return;
        }
        if self.state.following_history {
            let played = self.state.turns_played as usize;
            self.state.following_history = self.scenario.history_turns.get(played) == Some(&(side, *turn));
        }
        self.apply(side, turn);
        self.state.turns_played += 1;
        let looking = matches!(self.state.last_look, LastLook::Pending { .. });
        if !self.is_over() && !looking {
            self.fire_events();
        }
        if !self.is_over() && !looking {
            self.advance(side);
        }
    }

    /// The no-treaty value for `side` now, in its points.
    pub fn no_treaty_points(&self, side: Side) -> f64 {
        let state = self.state();
        self.no_treaty_points_at(side, state.session, &state.meters, state.no_treaty_shift[side.index()])
    }

    fn no_treaty_points_at(&self, side: Side, session: usize, meters: &[i32; MAX_METERS], shift: f64) -> f64 {
        let no_treaty = &self.scenario.mandate(side).no_treaty;
        let mut points = no_treaty.points + no_treaty.per_session * session as f64;
        for &(meter, weight) in &no_treaty.meters {
            let m = meter as usize;
            // In floating point, so that no meter values can overflow the difference.
            points += weight * (meters[m] as f64 - self.scenario.meters[m].start as f64);
        }
        points + shift
    }

    /// The circumstances when the last move was made: as that move left them where an event
    /// at the next session's opening ended the talks, else as they stand.
    pub fn circumstances_at_last_move(&self) -> Circumstances {
        let state = self.state();
        state.ended_at_opening.unwrap_or_else(|| Circumstances::of(state))
    }

    /// The walk-away value for `side` in `circumstances`, as a utility in [0, 1].
    pub fn reservation_in(&self, side: Side, circumstances: &Circumstances) -> f64 {
        let points = self.no_treaty_points_at(
            side,
            circumstances.session,
            &circumstances.meters,
            circumstances.no_treaty_shift[side.index()],
        );
        self.walk_away_of_points(side, points)
    }

    /// The no-treaty value for `side` now, as a utility in [0, 1]: its reservation value.
    pub fn reservation(&self, side: Side) -> f64 {
        self.walk_away_of_points(side, self.no_treaty_points(side))
    }

    fn walk_away_of_points(&self, side: Side, points: f64) -> f64 {
        self.scenario.space.utility_of_points(side, points).clamp(0.0, 1.0)
    }

    /// The treaty the talks would produce if they ended now (unresolved articles settled as
    /// the scenario says), or `None` if an open article blocks a treaty.
    pub fn treaty_if_ended_now(&self) -> Option<Terms> {
        self.scenario.treaty_if_ended(&self.state().agreed_terms())
    }

    /// The signed treaty, once the talks are over.
    pub fn treaty(&self) -> Option<Terms> {
        match self.state().ending? {
            Ending::AllAgreed | Ending::TimeUp => self.treaty_if_ended_now(),
            Ending::BrokenOff { .. } => None,
        }
    }

    /// How many turns `side` has played, and how many it gets in all.
    pub fn turn_progress(&self, side: Side) -> (usize, usize) {
        let total = self.scenario.turns_each();
        let state = self.state();
        let done: usize = self.scenario.exchanges_before[state.session]
            + state.exchange as usize
            + usize::from(state.second_mover && self.scenario.sessions[state.session].initiative == side);
        (done.min(total), total)
    }

    // ---- applying a turn ------------------------------------------------------------------

    fn log(&mut self, what: What) {
        if self.recording {
            self.transcript.entries.push(Entry {
                session: self.state.session,
                what,
            });
        }
    }

    fn apply(&mut self, side: Side, turn: &Turn) {
        let mut settled = ArticleSet::EMPTY;
        let s = side.index();
        // Read in place: proposals are over a hundred bytes, and copying them on every
        // turn showed in bulk runs.
        let state = &mut self.state;
        let own = &state.proposals[s];
        if let Some(reply) = &turn.reply {
            state
                .record
                .answer(s, &state.proposals[side.other().index()], reply, own);
        }
        if let Some(reply) = &turn.mediator_reply {
            state
                .record
                .answer(s, &state.proposals[Author::Mediator.index()], reply, own);
        }
        if let Some(reply) = &turn.reply {
            settled = settled.union(self.answer(side, Author::of(side.other()), reply));
        }
        if let Some(reply) = &turn.mediator_reply {
            settled = settled.union(self.answer(side, Author::Mediator, reply));
        }
        if !settled.is_empty() {
            self.state.last_agreement_session = self.state.session;
            self.after_agreement(settled, side);
        }
        if matches!(self.state.last_look, LastLook::Pending { .. }) {
            // The treaty is complete: the rest of the turn was meant for talks that are over.
            return;
        }
        if let Some(proposal) = &turn.propose {
            // Only articles already agreed can be reopened: usually none are offered.
            let agreed = self.state.agreed_terms();
            let both = proposal.terms.articles().intersect(agreed.articles());
            if both.iter().any(|a| proposal.terms.get(a) != agreed.get(a)) {
                self.state.record.reopening(s);
            }
            self.state.record.proposal(s, proposal);
            self.state.proposals[side.index()] = *proposal;
        }
        if let Some(action) = turn.action {
            self.act(side, action);
        }
        if turn.break_off && !self.is_over() {
            self.end(Ending::BrokenOff {
                by: side,
                cause: BreakCause::Walkout,
            });
        }
    }

    /// Applies an answer to a standing proposal; returns the articles it settled.
    fn answer(&mut self, side: Side, author: Author, reply: &Response) -> ArticleSet {
        // Read in place, not copied: only the terms are needed once the state changes.
        let proposal = &self.state.proposals[author.index()];
        let terms = proposal.terms;
        let accepted_by_other = self.state.mediator_accepted[side.other().index()];
        let mut accepted_by_side = self.state.mediator_accepted[side.index()];
        let mut settled = ArticleSet::EMPTY;
        let mut rejected = ArticleSet::EMPTY;
        let mut set_aside = ArticleSet::EMPTY;
        let mut mediator_accepted = ArticleSet::EMPTY;
        for package in proposal.packages() {
            if package.minus(reply.accept).is_empty() {
                if author == Author::Mediator {
                    accepted_by_side = accepted_by_side.union(package);
                    if package.minus(accepted_by_other).is_empty() {
                        settled = settled.union(package);
                    } else {
                        mediator_accepted = mediator_accepted.union(package);
                    }
                } else {
                    settled = settled.union(package);
                }
            } else if package.minus(reply.reject).is_empty() {
                rejected = rejected.union(package);
            } else if package.minus(reply.set_aside).is_empty() {
                set_aside = set_aside.union(package);
            }
        }
        self.state.mediator_accepted[side.index()] = accepted_by_side;
        if !settled.union(set_aside).is_empty() {
            self.facts_changed = true;
        }
        for a in settled.iter() {
            let option = terms.get(a).expect("settled articles were offered");
            let reopened = self.state.agreed(a).is_some();
            self.state.agree(a, option);
            self.log(What::Agreed {
                article: a as u8,
                option,
                proposed_by: author,
                reopened,
            });
        }
        if !mediator_accepted.is_empty() {
            self.log(What::MediatorAccepted {
                by: side,
                articles: mediator_accepted,
            });
        }
        if author == Author::Mediator && !rejected.union(set_aside).is_empty() {
            self.mediator_presses(side);
        }
        if !rejected.is_empty() {
            self.withdraw(author, rejected);
            self.log(What::Rejected {
                by: side,
                of: author,
                articles: rejected,
            });
        }
        if !set_aside.is_empty() {
            self.withdraw(author, set_aside);
            for a in set_aside.iter() {
                self.state.set_aside(a);
            }
            self.log(What::SetAside {
                by: side,
                articles: set_aside,
            });
        }
        settled
    }

    fn withdraw(&mut self, author: Author, articles: ArticleSet) -> ArticleSet {
        let dropped = self.state.proposals[author.index()].withdraw_packages_touching(articles);
        if author == Author::Mediator {
            for accepted in &mut self.state.mediator_accepted {
                *accepted = accepted.minus(dropped);
            }
        }
        dropped
    }

    /// Settled articles leave every standing proposal (a linked package falls with them);
    /// ultimatums may be met; the treaty may be complete (by `mover`'s turn).
    fn after_agreement(&mut self, settled: ArticleSet, mover: Side) {
        for author in [Author::Japan, Author::Russia, Author::Mediator] {
            let before = self.state.proposals[author.index()];
            let mut lapsed = self.withdraw(author, settled);
            // A term agreed as this author proposed it was met, not lost.
            for a in lapsed.iter() {
                if before.terms.get(a) == self.state.agreed(a) {
                    lapsed.remove(a);
                }
            }
            if !lapsed.is_empty() {
                self.log(What::Lapsed {
                    author,
                    articles: lapsed,
                });
            }
        }
        for side in Side::BOTH {
            // Met once every article it names is settled: on its terms, or on others its author
            // has accepted since (an answered counter-offer ends the threat as surely).
            if let Some(u) = self.state.ultimatums[side.index()]
                && u.terms.articles().minus(self.state.agreed_set()).is_empty()
            {
                self.state.ultimatums[side.index()] = None;
                // Its author may have settled for less: the record must not call that met.
                let as_demanded = u.terms.iter().all(|(a, o)| self.state.agreed(a) == Some(o));
                self.log(What::UltimatumMet { side, as_demanded });
            }
        }
        if self.state.agreed_set() == ArticleSet::all(self.scenario.articles.len())
            && !self.take_last_look(mover, Ending::AllAgreed)
        {
            self.end(Ending::AllAgreed);
        }
    }

    /// The mediator's last look at the treaty the talks are about to end in (`ending`), once
    /// a game and if the scenario has it: tables his amendment, if he finds one, for the side
    /// that did not move last to answer first. Returns whether one is now on the table.
    fn take_last_look(&mut self, mover: Side, ending: Ending) -> bool {
        if self.state.last_look != LastLook::NotYet || !self.scenario.mediator.last_look {
            return false;
        }
        self.state.last_look = LastLook::Done;
        let Some(treaty) = self.treaty_if_ended_now() else {
            return false;
        };
        let Some(amendment) = last_look::amendment(&self.scenario, &self.state, &treaty) else {
            return false;
        };
        let proposal = Proposal::linked(amendment);
        self.state.proposals[Author::Mediator.index()] = proposal;
        self.state.mediator_accepted = [ArticleSet::EMPTY; 2];
        self.state.last_look = LastLook::Pending {
            first: mover.other(),
            answered: [false; 2],
            ending,
        };
        self.log(What::LastLook { proposal });
        true
    }

    /// A side's answer to the mediator's amendment (the rules allow nothing else then): the
    /// treaty is signed as amended once both accept, as agreed once either declines.
    fn answer_last_look(&mut self, side: Side, turn: &Turn) {
        let LastLook::Pending {
            first,
            mut answered,
            ending,
        } = self.state.last_look
        else {
            return;
        };
        let amendment = self.state.proposals[Author::Mediator.index()];
        let articles = amendment.terms.articles();
        let accepted = turn.mediator_reply.is_some_and(|r| r.accept == articles);
        answered[side.index()] = true;
        if !accepted {
            self.log(What::LastLookDeclined { by: side });
        } else if !answered[side.other().index()] {
            self.state.mediator_accepted[side.index()] = articles;
            self.state.last_look = LastLook::Pending {
                first,
                answered,
                ending,
            };
            self.log(What::MediatorAccepted { by: side, articles });
            return;
        } else {
            for (a, option) in amendment.terms.iter() {
                self.state.agree(a, option);
                self.log(What::Agreed {
                    article: a as u8,
                    option,
                    proposed_by: Author::Mediator,
                    reopened: true,
                });
            }
        }
        self.state.proposals[Author::Mediator.index()] = Proposal::default();
        self.state.mediator_accepted = [ArticleSet::EMPTY; 2];
        self.state.last_look = LastLook::Done;
        self.end(ending);
    }

    fn act(&mut self, side: Side, action: SideAction) {
        match action {
            SideAction::Press(i) => {
                self.state.press_used[i as usize] += 1;
                let scenario = Arc::clone(&self.scenario);
                for effect in &scenario.press_line(i as usize).effects {
                    self.effect(effect);
                }
            }
            SideAction::CableHome(red_line) => {
                self.state.cables[side.index()] = Some(PendingCable {
                    red_line,
                    arrives: self.state.session + 1,
                });
            }
            SideAction::AskMediator => {
                self.state.asked_mediator[side.index()] = true;
                self.mediate(Some(side));
            }
            SideAction::Ultimatum(u) => {
                self.state.ultimatums[side.index()] = Some(u);
            }
        }
    }

    fn effect(&mut self, effect: &Effect) {
        self.facts_changed = true;
        match *effect {
            Effect::Meter(m, delta) => {
                let meter = &self.scenario.meters[m as usize];
                let value = &mut self.state.meters[m as usize];
                *value = value.saturating_add(delta).clamp(meter.min, meter.max);
            }
            Effect::NoTreatyPoints(side, points) => self.state.no_treaty_shift[side.index()] += points,
            Effect::Lift(r) => self.set_red_line(r, false),
            Effect::Impose(r) => self.set_red_line(r, true),
            Effect::MediatorProposal(p) => self.table_mediator_proposal(p as usize, None),
            Effect::EndTalks(side) => {
                if !self.is_over() {
                    self.end(Ending::BrokenOff {
                        by: side,
                        cause: BreakCause::Recalled,
                    });
                }
            }
        }
    }

    fn set_red_line(&mut self, r: u8, active: bool) {
        if self.state.red_line_active(r as usize) == active {
            return;
        }
        if active {
            self.state.red_lines |= 1 << r;
        } else {
            self.state.red_lines &= !(1 << r);
        }
        self.state.refresh_forbidden(&self.scenario);
        self.log(What::MandateChanged { red_line: r, active });
        if active {
            // A delegation may not keep offering, or have accepted, what it is now forbidden.
            let side = self.scenario.red_line(r as usize).side;
            let author = Author::of(side);
            let now_forbidden = self.packages_breaching(side, author, ArticleSet::all(self.scenario.articles.len()));
            let dropped = self.withdraw(author, now_forbidden);
            if !dropped.is_empty() {
                self.log(What::Lapsed {
                    author,
                    articles: dropped,
                });
            }
            let accepted = self.state.mediator_accepted[side.index()];
            let withdrawn = self.packages_breaching(side, Author::Mediator, accepted);
            self.state.mediator_accepted[side.index()] = accepted.minus(withdrawn);
        }
    }

    /// The packages of `author`'s standing proposal, among `within`, that `side` may no
    /// longer agree to.
    fn packages_breaching(&self, side: Side, author: Author, within: ArticleSet) -> ArticleSet {
        let proposal = self.state.proposals[author.index()];
        let mut breaching = ArticleSet::EMPTY;
        for package in proposal.packages().filter(|p| !p.intersect(within).is_empty()) {
            if mandate::check(&self.scenario, &self.state, side, &proposal.terms_of(package)).is_err() {
                breaching = breaching.union(package);
            }
        }
        breaching
    }

    /// The mediator tables a compromise: the next scripted proposal that applies, or one
    /// computed from what he can see of the two sides' positions.
    fn mediate(&mut self, asked_by: Option<Side>) {
        self.state.last_mediation = Some(self.state.session);
        let scenario = Arc::clone(&self.scenario);
        let scripted = scenario.mediator.proposals.iter().enumerate().position(|(i, p)| {
            self.state.mediator_made & (1 << i) == 0
                && p.available.holds(&Live(self))
                && p.terms.iter().any(|(a, o)| self.state.agreed(a) != Some(o))
        });
        match scripted {
            Some(p) => self.table_mediator_proposal(p, asked_by),
            None => match self.compromises.compromise(&scenario, &self.state) {
                Some(proposal) if proposal != self.state.proposals[Author::Mediator.index()] => {
                    self.state.proposals[Author::Mediator.index()] = proposal;
                    self.state.mediator_accepted = [ArticleSet::EMPTY; 2];
                    self.log(What::MediatorProposed {
                        asked_by,
                        scripted: None,
                        proposal,
                    });
                }
                _ => {
                    if let Some(side) = asked_by {
                        self.log(What::MediatorDeclined { asked_by: side });
                    }
                }
            },
        }
    }

    /// The mediator presses a capital that refused him: the first of his pressures on it
    /// not yet used.
    fn mediator_presses(&mut self, side: Side) {
        let scenario = Arc::clone(&self.scenario);
        let Some(&(_, event)) = scenario
            .mediator
            .pressure
            .iter()
            .find(|&&(on, e)| on == side && !self.state.event_fired(e as usize))
        else {
            return;
        };
        self.state.fired |= 1u128 << event;
        self.facts_changed = true;
        self.log(What::Event { event });
        for effect in &scenario.events[event as usize].effects {
            self.effect(effect);
        }
    }

    /// When no article has been agreed for a while, the mediator steps in unasked.
    fn mediate_if_stalled(&mut self) {
        let session = self.state.session;
        let stalled = session >= 2 && session - self.state.last_agreement_session >= STALL_SESSIONS;
        let recently = self.state.last_mediation.is_some_and(|m| session - m < STALL_SESSIONS);
        let open = !self.scenario.sessions[session]
            .tabled
            .minus(self.state.agreed_set())
            .is_empty();
        if stalled && !recently && open && self.state.proposals[Author::Mediator.index()].is_empty() {
            self.mediate(None);
        }
    }

    fn table_mediator_proposal(&mut self, index: usize, asked_by: Option<Side>) {
        self.state.mediator_made |= 1 << index;
        let mut terms = self.scenario.mediator.proposals[index].terms;
        for (a, o) in self.scenario.mediator.proposals[index].terms.iter() {
            if self.state.agreed(a) == Some(o) {
                terms.clear(a);
            }
        }
        if terms.is_empty() {
            return;
        }
        let proposal = Proposal::linked(terms);
        self.state.proposals[Author::Mediator.index()] = proposal;
        self.state.mediator_accepted = [ArticleSet::EMPTY; 2];
        self.log(What::MediatorProposed {
            asked_by,
            scripted: Some(index as u8),
            proposal,
        });
    }

    // ---- time ---------------------------------------------------------------------------

    /// Moves the clock on after `mover`'s turn.
    fn advance(&mut self, mover: Side) {
        if !self.state.second_mover {
            self.state.second_mover = true;
            return;
        }
        self.state.second_mover = false;
        self.state.exchange += 1;
        if self.state.exchange < self.scenario.sessions[self.state.session].exchanges {
            return;
        }
        // The session is over: ultimatums fall due, then the next session opens.
        for side in Side::BOTH {
            if let Some(u) = self.state.ultimatums[side.index()]
                && u.by_session as usize <= self.state.session
                && !self.is_over()
            {
                self.state.ultimatums[side.index()] = None;
                self.end(Ending::BrokenOff {
                    by: side,
                    cause: BreakCause::Ultimatum,
                });
            }
        }
        if self.is_over() {
            return;
        }
        if self.state.session + 1 == self.scenario.sessions.len() {
            if !self.take_last_look(mover, Ending::TimeUp) {
                self.end(Ending::TimeUp);
            }
            return;
        }
        let before_opening = Circumstances::of(&self.state);
        self.state.session += 1;
        self.state.exchange = 0;
        self.state.asked_mediator = [false; 2];
        self.open_session();
        if self.is_over() {
            self.state.ended_at_opening = Some(before_opening);
        }
    }

    fn open_session(&mut self) {
        self.facts_changed = true;
        self.log(What::SessionOpened);
        if self.state.session > 0 {
            for (m, meter) in self.scenario.meters.iter().enumerate() {
                let value = &mut self.state.meters[m];
                *value = value.saturating_add(meter.per_session).clamp(meter.min, meter.max);
            }
        }
        // The news of the days between the sittings comes before the capitals' answers: an
        // answer read before the dispatch that explains it ("you may conclude without
        // reimbursement" before the cabinet met) or against it ("not an inch" beside the
        // Tsar's consent to cede the south) reads as a contradiction. An order the news has
        // already lifted needs no answer: the dispatch gave it.
        let news_first = self.rules == Rules::NewsFirst;
        if news_first {
            self.fire_events();
        }
        for side in Side::BOTH {
            if let Some(cable) = self.state.cables[side.index()]
                && cable.arrives <= self.state.session
            {
                self.state.cables[side.index()] = None;
                let stands = self.state.red_line_active(cable.red_line as usize);
                if !news_first || (!self.is_over() && stands) {
                    self.answer_cable(side, cable.red_line);
                }
            }
        }
        if !news_first {
            self.fire_events();
        }
        if !self.is_over() {
            self.mediate_if_stalled();
        }
    }

    fn answer_cable(&mut self, side: Side, red_line: u8) {
        let scenario = Arc::clone(&self.scenario);
        let granted = match &scenario.red_line(red_line as usize).cable {
            None => false,
            Some(cable) => cable.grant_if.holds(&Live(self)) && self.chance(cable.chance),
        };
        self.log(What::CableAnswered {
            side,
            red_line,
            granted,
        });
        if let (true, Some(cable)) = (granted, &scenario.red_line(red_line as usize).cable) {
            for effect in &cable.effects {
                self.effect(effect);
            }
        }
    }

    /// Fires, in file order, every event whose date has come and whose condition holds.
    /// Asked after every turn, and most turns change no fact an event reads: that check is
    /// inlined, the pass is not.
    #[inline]
    fn fire_events(&mut self) {
        if self.facts_changed {
            self.fire_due_events();
        }
    }

    // Kept out of line, so that the check above stays small enough to inline.
    #[inline(never)]
    fn fire_due_events(&mut self) {
        self.facts_changed = false;
        // Whether an event was found not due before another fired: the facts it was found on
        // may have changed since, so the next pass must look again. One found not due after
        // the last to fire saw the facts as they stand, and would be found so again.
        let mut found_not_due = false;
        let mut look_again = false;
        let mut pending = self.scenario.events_due[self.state.session] & !(self.state.fired | self.state.missed);
        while pending != 0 && !self.is_over() {
            let e = pending.trailing_zeros() as usize;
            pending &= pending - 1;
            let due = self.scenario.events[e]
                .when
                .as_ref()
                .is_none_or(|c: &Cond| c.holds(&Live(self)));
            if !due {
                found_not_due = true;
                continue;
            }
            let bit = 1u128 << e;
            // An event with a chance is one that happened in 1905 but might not have: the
            // chance is rolled only once a game has left 1905's turns. A chance of 0 is an
            // event that cannot happen in this scenario, history or not.
            let chance = match self.scenario.events[e].chance {
                c if self.state.following_history && c > 0.0 => 1.0,
                c => c,
            };
            if !self.chance(chance) {
                self.state.missed |= bit;
                continue;
            }
            self.state.fired |= bit;
            look_again |= found_not_due;
            self.log(What::Event { event: e as u8 });
            let scenario = Arc::clone(&self.scenario);
            for effect in &scenario.events[e].effects {
                self.effect(effect);
            }
        }
        // The effects above mark the facts changed; only those found before them matter.
        self.facts_changed = look_again;
    }

    /// Rolls a chance, noted for the paths.
    fn chance(&mut self, p: f64) -> bool {
        let outcome = self.rng.chance(p);
        self.paths.rolled(p, outcome);
        outcome
    }

    fn end(&mut self, ending: Ending) {
        self.state.ending = Some(ending);
        self.log(What::Ended { ending });
    }
}

/// A copy stands where the game stands, with its own state caught up, and starts without
/// the paths (only a saving, which a game handed to another thread need not carry).
impl Clone for Game {
    fn clone(&self) -> Game {
        Game {
            scenario: Arc::clone(&self.scenario),
            seed: self.seed,
            rng: self.rng.clone(),
            state: self.state().clone(),
            initial: self.initial.clone(),
            transcript: self.transcript.clone(),
            recording: self.recording,
            facts_changed: self.facts_changed,
            compromises: self.compromises.clone(),
            paths: Paths::default(),
            walks_paths: self.walks_paths,
            rules: self.rules,
        }
    }
}

/// What conditions see during the talks.
struct Live<'a>(&'a Game);

impl Facts for Live<'_> {
    fn term(&self, article: usize) -> Option<u8> {
        self.0.state.agreed(article)
    }
    fn set_aside(&self, article: usize) -> bool {
        self.0.state.status(article) == Status::SetAside
    }
    fn meter(&self, meter: usize) -> i32 {
        self.0.state.meters[meter]
    }
    fn session(&self) -> usize {
        self.0.state.session
    }
    fn fired(&self, event: usize) -> bool {
        self.0.state.event_fired(event)
    }
}
