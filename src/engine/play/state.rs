//! Everything that changes during a game, in fixed-size fields so a game can be reset
//! and replayed without allocating.

use crate::engine::play::condition::OptionSet;
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Terms, Turn, Ultimatum};
use crate::engine::play::record::Record;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;

pub const MAX_METERS: usize = crate::engine::scenario::limits::MAX_METERS;
pub const MAX_PRESS: usize = crate::engine::scenario::limits::MAX_PRESS;

/// Who tabled a proposal.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Author {
    Japan,
    Russia,
    Mediator,
}

impl Author {
    pub fn of(side: Side) -> Author {
        match side {
            Side::Japan => Author::Japan,
            Side::Russia => Author::Russia,
        }
    }

    pub fn index(self) -> usize {
        self as usize
    }

    pub fn side(self) -> Option<Side> {
        match self {
            Author::Japan => Some(Side::Japan),
            Author::Russia => Some(Side::Russia),
            Author::Mediator => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Status {
    Open,
    Agreed(u8),
    /// Discussed without agreement and set aside; still open to later proposals.
    SetAside,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum BreakCause {
    /// The delegation walked out.
    Walkout,
    /// Its ultimatum ran out unmet.
    Ultimatum,
    /// Its government recalled it (an event).
    Recalled,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Ending {
    /// Every article agreed: the treaty is signed at once.
    AllAgreed,
    /// The last session ended: a treaty of what was agreed, unless an open article blocks it.
    TimeUp,
    BrokenOff {
        by: Side,
        cause: BreakCause,
    },
}

/// Where the mediator's last look at a complete treaty stands (see `play::last_look`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum LastLook {
    /// The treaty is not complete yet.
    #[default]
    NotYet,
    /// His amendment is on the table: `first` answers first, then the other side; then the
    /// talks end with `ending`.
    Pending {
        first: Side,
        answered: [bool; 2],
        ending: Ending,
    },
    /// He has looked: he found nothing to amend, or both sides have answered.
    Done,
}

impl LastLook {
    /// The side whose answer is awaited, while an amendment is on the table.
    pub fn awaiting(self) -> Option<Side> {
        match self {
            LastLook::Pending { first, answered, .. } => {
                [first, first.other()].into_iter().find(|s| !answered[s.index()])
            }
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub struct PendingCable {
    pub red_line: u8,
    /// Session index at whose opening the answer arrives.
    pub arrives: usize,
}

/// What the walk-away values and the instructions in force rest on: the session, the meters,
/// the active red lines and the shifts of the no-treaty values.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Circumstances {
    pub session: usize,
    pub meters: [i32; MAX_METERS],
    pub red_lines: u64,
    pub no_treaty_shift: [f64; 2],
}

impl Circumstances {
    pub fn of(state: &State) -> Circumstances {
        Circumstances {
            session: state.session,
            meters: state.meters,
            red_lines: state.red_lines,
            no_treaty_shift: state.no_treaty_shift,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub session: usize,
    pub exchange: u8,
    /// Whether the side without the initiative is to move in this exchange.
    pub second_mover: bool,
    pub turns_played: u32,
    /// The agreed articles' options.
    agreed: Terms,
    /// Articles discussed without agreement and set aside (until agreed).
    set_aside: ArticleSet,
    /// Standing proposals by author: Japan's, Russia's, the mediator's.
    pub proposals: [Proposal; 3],
    /// Terms of the mediator's proposal each side has accepted.
    pub mediator_accepted: [ArticleSet; 2],
    pub meters: [i32; MAX_METERS],
    /// Active red lines, one bit per scenario red line.
    pub red_lines: u64,
    /// Options forbidden outright per side and article, from the active red lines without
    /// an `unless` exception (those are checked per package by `mandate`).
    pub forbidden: [[OptionSet; MAX_ARTICLES]; 2],
    /// Whether each side has an active red line with an `unless` exception.
    pub conditional: [bool; 2],
    pub no_treaty_shift: [f64; 2],
    pub fired: u128,
    /// Events whose chance failed; they never fire.
    pub missed: u128,
    /// Whether every turn so far is the one the 1905 script has at that point: while it is,
    /// an event with a chance happens as it did in 1905, so that replaying history shows
    /// history. The first turn that differs leaves it for the rest of the game.
    pub following_history: bool,
    pub press_used: [u8; MAX_PRESS],
    pub cables: [Option<PendingCable>; 2],
    pub ultimatums: [Option<Ultimatum>; 2],
    /// Scripted mediator proposals already made.
    pub mediator_made: u32,
    /// Whether each side has asked the mediator in the current session.
    pub asked_mediator: [bool; 2],
    /// Each side's most recent turn.
    pub last_turn: [Option<Turn>; 2],
    /// What each side has shown of its priorities, for inference by the other side and the mediator.
    pub record: Record,
    /// The session in which the last article was agreed (the mediator steps in when talks stall);
    /// before any, the first session with articles on its agenda, since a sitting on procedure
    /// alone cannot stall.
    pub last_agreement_session: usize,
    /// The session in which the mediator last stepped in.
    pub last_mediation: Option<usize>,
    /// The mediator's look at the complete treaty before it is signed.
    pub last_look: LastLook,
    pub ending: Option<Ending>,
    /// Set where an event at a session's opening ended the talks before any move of it: the
    /// circumstances the last move left. Whether a treaty was still possible is asked of
    /// them: a zone of agreement that opens with the very dispatch that recalls a delegation
    /// was never one to agree in.
    pub ended_at_opening: Option<Circumstances>,
}

impl State {
    pub fn new(scenario: &Scenario) -> State {
        let mut state = State {
            session: 0,
            exchange: 0,
            second_mover: false,
            turns_played: 0,
            agreed: Terms::EMPTY,
            set_aside: ArticleSet::EMPTY,
            proposals: [Proposal::default(); 3],
            mediator_accepted: [ArticleSet::EMPTY; 2],
            meters: [0; MAX_METERS],
            red_lines: 0,
            forbidden: [[0; MAX_ARTICLES]; 2],
            conditional: [false; 2],
            no_treaty_shift: [0.0; 2],
            fired: 0,
            missed: 0,
            following_history: scenario.public.history.is_some(),
            press_used: [0; MAX_PRESS],
            cables: [None; 2],
            ultimatums: [None; 2],
            mediator_made: 0,
            asked_mediator: [false; 2],
            last_turn: [None; 2],
            record: Record::default(),
            last_agreement_session: scenario.sessions.iter().position(|s| !s.tabled.is_empty()).unwrap_or(0),
            last_mediation: None,
            last_look: LastLook::NotYet,
            ending: None,
            ended_at_opening: None,
        };
        for (i, meter) in scenario.meters.iter().enumerate() {
            state.meters[i] = meter.start;
        }
        for (i, red_line) in scenario.red_lines().enumerate() {
            if red_line.active {
                state.red_lines |= 1 << i;
            }
        }
        state.refresh_forbidden(scenario);
        state
    }

    pub fn refresh_forbidden(&mut self, scenario: &Scenario) {
        self.forbidden = [[0; MAX_ARTICLES]; 2];
        self.conditional = [false; 2];
        for (i, red_line) in scenario.red_lines().enumerate() {
            if self.red_lines & (1 << i) == 0 {
                continue;
            }
            let s = red_line.side.index();
            if red_line.unless.is_some() {
                self.conditional[s] = true;
            } else {
                // Only the articles it touches: the rest of its masks are empty.
                for a in red_line.articles.iter() {
                    self.forbidden[s][a] |= red_line.forbids[a];
                }
            }
        }
    }

    pub fn is_forbidden(&self, side: Side, article: usize, option: u8) -> bool {
        self.forbidden[side.index()][article] & (1 << option) != 0
    }

    #[inline]
    pub fn agreed(&self, article: usize) -> Option<u8> {
        self.agreed.get(article)
    }

    pub fn agreed_set(&self) -> ArticleSet {
        self.agreed.articles()
    }

    /// The agreed terms so far.
    /// The articles set aside and not agreed since.
    pub fn set_aside_set(&self) -> ArticleSet {
        self.set_aside
    }

    pub fn agreed_terms(&self) -> Terms {
        self.agreed
    }

    /// Records an agreement (or a reopened one).
    pub fn agree(&mut self, article: usize, option: u8) {
        self.agreed.set(article, option);
        self.set_aside.remove(article);
    }

    /// Records that an open article was set aside.
    pub fn set_aside(&mut self, article: usize) {
        if self.agreed(article).is_none() {
            self.set_aside.insert(article);
        }
    }

    pub fn status(&self, article: usize) -> Status {
        match self.agreed(article) {
            Some(o) => Status::Agreed(o),
            None if self.set_aside.contains(article) => Status::SetAside,
            None => Status::Open,
        }
    }

    pub fn proposal(&self, author: Author) -> &Proposal {
        &self.proposals[author.index()]
    }

    pub fn is_over(&self) -> bool {
        self.ending.is_some()
    }

    pub fn event_fired(&self, event: usize) -> bool {
        self.fired & (1 << event) != 0
    }

    pub fn red_line_active(&self, red_line: usize) -> bool {
        self.red_lines & (1 << red_line) != 0
    }
}
