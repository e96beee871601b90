//! One seat's copy of a game refereed elsewhere (the class server): the screens of the
//! window read an engine `Game`, so a student at a networked table gets one, built from the
//! seat's `SeatView` alone and set to each `SeatState` the server sends.
//!
//! A mirror is never used for rules. The server is authoritative: the student's moves go to
//! it and its refusals are shown as they come; the mirror only draws what the seat may know.
//! It can be built from nothing but a `SeatView`, so it holds nothing the seat was not sent:
//! the other side's mandate is a stand-in made of public knowledge — its public position and
//! the scenario's public priors of what it values — with no briefing, no red lines in force,
//! no press lines, no dispatches and a no-treaty value of nothing. Its red lines and press
//! lines are placeholders that keep the scenario-wide numbering of the seat's own (the view
//! numbers them so): they forbid nothing and are never active.
//!
//! ```
//! # fn demo(view: &portsmouth::engine::play::view::SeatView) {
//! use portsmouth::engine::play::game::Game;
//! let mirror = Game::mirror(view, 1905);
//! assert_eq!(mirror.scenario().mandate(view.side.other()).briefing, "");
//! # }
//! ```

use crate::engine::agents::beliefs::believed_points;
use crate::engine::analysis::space::OutcomeSpace;
use crate::engine::play::game::Game;
use crate::engine::play::moves::{MAX_ARTICLES, Turn};
use crate::engine::play::record::Record;
use crate::engine::play::side::Side;
use crate::engine::play::state::{Ending, State, Status};
use crate::engine::play::view::{SeatState, SeatView};
use crate::engine::records::transcript::{Entry, Note, What};
use crate::engine::scenario::{Mandate, NoTreaty, Persona, PressLine, RedLine, Scenario};
use std::sync::Arc;

impl Game {
    /// A seat's copy of the game, from what the server sent it (see the module's notes).
    pub fn mirror(view: &SeatView, seed: u64) -> Game {
        Game::mirror_saying(view, seed, [None, None])
    }

    /// A seat's copy of the game whose record opens with each side's latest turn and what
    /// it said with it (`said`: Japan's words, Russia's, as the server's `Settings` gives
    /// them), so that the other side's reason stands beside its last move.
    pub fn mirror_saying(view: &SeatView, seed: u64, said: [Option<String>; 2]) -> Game {
        let scenario = Arc::new(mirror_scenario(view));
        let state = State::new(&scenario);
        let mut game = Game::standing_at(scenario, seed, state);
        game.follow(&view.talks, view.side);
        // A seat taken again in the middle of the talks (the game restarted, another
        // machine) has no record of the moves before: its table would say the other side
        // "has said nothing yet" beside that side's proposal. Each side's latest turn, as the
        // seat saw it, opens the record, the side now to move first (it moved longer ago),
        // with what it said.
        let first = game.to_move().unwrap_or(view.side);
        let session = game.state().session;
        let mut said = said;
        for side in [first, first.other()] {
            if let Some(turn) = view.talks.last_turn[side.index()] {
                game.note_move(side, session, turn, said[side.index()].take());
            }
        }
        game
    }

    /// Sets the mirror to the talks as the server says the seat sees them now. The ending,
    /// which a `SeatState` does not carry, is kept (see `end_as`).
    pub fn follow(&mut self, talks: &SeatState, side: Side) {
        let scenario = Arc::clone(self.scenario());
        let mut state = State::new(&scenario);
        state.ending = self.state().ending;
        state.session = talks.session.min(scenario.sessions.len().saturating_sub(1));
        state.turns_played = talks.turns_played;
        // A turn per side per exchange: where in its session the talks stand follows, but
        // for the turn that ended the talks, which moved no clock (its own count says so).
        let before = 2 * scenario.exchanges_before[state.session] as u32;
        let within = talks.turns_played.saturating_sub(before);
        let at = |w: u32| ((w / 2).min(u8::MAX as u32) as u8, w % 2 == 1);
        let own_done = |(exchange, second): (u8, bool)| {
            scenario.exchanges_before[state.session]
                + exchange as usize
                + usize::from(second && scenario.sessions[state.session].initiative == side)
        };
        let (exchange, second_mover) = [within, within.saturating_sub(1)]
            .into_iter()
            .map(at)
            .find(|&clock| own_done(clock).min(talks.turn_progress.1) == talks.turn_progress.0)
            .unwrap_or(at(within));
        state.exchange = exchange;
        state.second_mover = second_mover;
        for (a, status) in talks.statuses.iter().enumerate().take(scenario.articles.len()) {
            match *status {
                Status::Agreed(o) => state.agree(a, o),
                Status::SetAside => state.set_aside(a),
                Status::Open => {}
            }
        }
        state.proposals = talks.proposals;
        state.last_turn = talks.last_turn;
        state.ultimatums = talks.ultimatums;
        for (m, value) in talks.meters.iter().enumerate().take(scenario.meters.len()) {
            if let Some(v) = value {
                state.meters[m] = *v;
            }
        }
        let own = scenario.mandate(side);
        state.red_lines = talks.own_red_lines & own.red_line_indices().fold(0u64, |acc, r| acc | (1 << r));
        state.refresh_forbidden(&scenario);
        for (a, forbidden) in talks.forbidden.iter().enumerate().take(MAX_ARTICLES) {
            state.forbidden[side.index()][a] = *forbidden;
        }
        for (p, left) in own.press_indices().zip(&talks.press_left) {
            let uses = own.press_line(p).map_or(0, |line| line.uses);
            state.press_used[p] = uses.saturating_sub(*left);
        }
        state.cables[side.index()] = talks.cable;
        state.asked_mediator[side.index()] = !talks.may_ask_mediator;
        state.record = talks.record.clone();
        state.last_agreement_session = talks.last_agreement_session;
        state.last_mediation = talks.last_mediation;
        state.last_look = talks.last_look;
        state.fired = talks
            .heard_events
            .iter()
            .filter(|&&e| usize::from(e) < scenario.events.len())
            .fold(0u128, |bits, &e| bits | 1u128 << e);
        let (mine, _) = self.mirrored_parts();
        *mine = state;
        // The reservation the server worked out, whatever hidden meters moved it.
        let target = scenario.space.points_of_utility(side, talks.reservation);
        let shift = target - self.no_treaty_points(side);
        self.mirrored_parts().0.no_treaty_shift[side.index()] = shift;
    }

    /// Writes a move the server reported into the mirror's transcript, with its reason, so
    /// the table can show it as a local game shows the last move.
    pub fn note_move(&mut self, side: Side, session: usize, turn: Turn, note: Option<String>) {
        let (_, transcript) = self.mirrored_parts();
        let note = note.map(|text| {
            transcript.notes.push(Note::Text(text));
            transcript.notes.len() - 1
        });
        transcript.entries.push(Entry {
            session,
            what: What::Moved { side, turn, note },
        });
    }

    /// Ends the mirror as the server said the talks ended.
    pub fn end_as(&mut self, ending: Ending) {
        self.mirrored_parts().0.ending = Some(ending);
    }
}

/// The scenario as one seat may know it: the public part, its own mandate, and the other
/// side's stand-in (see the module's notes).
pub fn mirror_scenario(view: &SeatView) -> Scenario {
    let side = view.side;
    let other = side.other();
    let own = view.mandate.clone();
    let stand_in = Mandate::new(
        other,
        String::new(),
        NoTreaty {
            points: 0.0,
            per_session: 0.0,
            meters: Vec::new(),
            text: String::new(),
        },
        Persona::default(),
    );
    // Placeholders keep the numbering: the other side's lines come first when it is Japan.
    let (other_red_lines, other_press) = match other {
        Side::Japan => (own.red_line_base, own.press_base),
        Side::Russia => (0, 0),
    };
    let hidden_red_lines = (0..other_red_lines).map(|i| RedLine {
        id: format!("undisclosed_{}", i + 1),
        side: other,
        text: String::new(),
        forbids: [0; MAX_ARTICLES],
        articles: Default::default(),
        unless: None,
        active: false,
        cable: None,
        source: None,
    });
    let hidden_press = (0..other_press).map(|i| PressLine {
        id: format!("undisclosed_{}", i + 1),
        side: other,
        label: String::new(),
        text: String::new(),
        effects: Vec::new(),
        uses: 0,
        source: None,
    });
    let (red_lines, press): (Vec<RedLine>, Vec<PressLine>) = match other {
        Side::Japan => (
            hidden_red_lines.chain(own.red_lines.iter().cloned()).collect(),
            hidden_press.chain(own.press.iter().cloned()).collect(),
        ),
        Side::Russia => (own.red_lines.clone(), own.press.clone()),
    };
    let articles = &view.public.articles;
    let options: Vec<u8> = articles.iter().map(|a| a.options.len() as u8).collect();
    let own_points: Vec<Vec<i32>> = (0..articles.len())
        .map(|a| (0..options[a]).map(|o| own.valuation.points(a, o)).collect())
        .collect();
    // What the world knew of the other side's values, with nothing yet seen at the table.
    let believed = believed_points(&view.public, &Record::default(), other);
    let their_points: Vec<Vec<i32>> = (0..articles.len())
        .map(|a| believed[a][..options[a] as usize].to_vec())
        .collect();
    let points = match side {
        Side::Japan => [own_points.as_slice(), their_points.as_slice()],
        Side::Russia => [their_points.as_slice(), own_points.as_slice()],
    };
    let space = OutcomeSpace::new(&options, points);
    let mut mandates = [own.clone(), stand_in.clone()];
    if side == Side::Russia {
        mandates.swap(0, 1);
    }
    let mut scenario = Scenario::new(view.public.clone(), mandates, red_lines, press, space);
    // `Scenario::new` takes one-sided dispatches and meter names out of the public part;
    // the view's public part has none left, and its own mandate already holds its own.
    scenario.mandates[side.index()].dispatches = own.dispatches;
    scenario.mandates[side.index()].meters = own.meters;
    scenario.mandates[other.index()].dispatches.clear();
    scenario.mandates[other.index()].meters.clear();
    scenario
}
