//! The turn the player is composing at the table: answers to the standing offers, a
//! proposal built article by article and grouped into packages, one side action, and
//! perhaps a walk-out. The engine checks and plays the turn; this only assembles it.

use super::session::{SendTurn, Session};
use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use bevy::prelude::*;

/// Packages a proposal may be split into (A, B, C): enough to offer "this for that".
pub const PACKAGES: u8 = 3;

pub(super) fn plugin(app: &mut App) {
    app.init_resource::<Draft>();
    app.add_systems(PreUpdate, follow_turns.run_if(resource_exists::<Session>));
    app.add_observer(edit);
    app.add_observer(send);
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Answer {
    Accept,
    Reject,
    SetAside,
}

/// The side action of the turn, as the player picks it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum ActionChoice {
    #[default]
    None,
    Press(u8),
    CableHome(u8),
    AskMediator,
    /// An ultimatum on the proposal being drafted, due by this session (0-based).
    Ultimatum(u8),
}

#[derive(Resource, Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// The option chosen for each article, if it is in the proposal.
    pub options: [Option<u8>; MAX_ARTICLES],
    /// The package (0..PACKAGES) each chosen article goes in.
    pub package: [u8; MAX_ARTICLES],
    /// Answers to the other side's standing offer and to the mediator's, by article.
    pub answers: [[Option<Answer>; MAX_ARTICLES]; 2],
    pub action: ActionChoice,
    pub break_off: bool,
    /// The game (its session serial), turn and seat this draft was started for.
    started: Option<(u64, u32, Side)>,
}

/// Whose standing offer an answer goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Offeror {
    Counterpart,
    Mediator,
}

impl Offeror {
    fn index(self) -> usize {
        self as usize
    }

    fn proposal<'a>(self, view: &SideView<'a>) -> &'a Proposal {
        match self {
            Offeror::Counterpart => view.opponent_proposal(),
            Offeror::Mediator => view.mediator_proposal(),
        }
    }
}

/// Every change the table's controls make to the draft.
#[derive(Event, Clone, Copy, Debug, PartialEq)]
pub enum Edit {
    /// Puts an article in the proposal with this option, or (None) takes it out.
    Choose {
        article: usize,
        option: Option<u8>,
    },
    /// Steps through an article's options (and "not proposed") by +1 or -1.
    Step {
        article: usize,
        by: i8,
    },
    /// Moves an article to the next package.
    NextPackage {
        article: usize,
    },
    /// Answers the package of `to`'s offer that contains `article` (None withdraws the answer).
    Answer {
        to: Offeror,
        article: usize,
        answer: Option<Answer>,
    },
    /// Answers every package of `to`'s offer alike.
    AnswerAll {
        to: Offeror,
        answer: Option<Answer>,
    },
    Action(ActionChoice),
    BreakOff(bool),
    /// Starts the proposal from the other side's standing offer, its packages as they are
    /// (answers and the side action are kept): a counter-offer is a few changes away.
    CounterFromOffer,
    /// Puts the player's own standing proposal back in the draft (answers and the side
    /// action are kept).
    RepeatOwn,
    /// Back to the standing proposal and no answers.
    Reset,
    /// Makes the proposal exactly these terms, as one package (the likely answer's
    /// counter-draft, which was estimated as one).
    Adopt(Terms),
}

/// Sends the draft as this turn.
#[derive(Event, Clone, Copy, Debug, Default)]
pub struct SendDraft;

impl Draft {
    /// A fresh draft for the side whose papers are shown: its standing proposal, nothing
    /// answered.
    pub fn starting(session: &Session) -> Draft {
        let view = session.view();
        let mut draft = Draft {
            started: Some((session.serial, view.turns_played(), view.side())),
            ..Draft::default()
        };
        draft.take_proposal(view.own_proposal());
        draft
    }

    /// Replaces the drafted proposal with `proposal`, package for package (packages past
    /// the last letter share it).
    fn take_proposal(&mut self, proposal: &Proposal) {
        self.options = [None; MAX_ARTICLES];
        self.package = [0; MAX_ARTICLES];
        for (p, package) in proposal.packages().enumerate() {
            for a in package.iter() {
                self.options[a] = proposal.terms.get(a);
                self.package[a] = (p as u8).min(PACKAGES - 1);
            }
        }
    }

    /// Where `<` and `>` start on an article not yet in the draft: the term standing on the
    /// table for it, the other side's first, else the player's own.
    pub fn standing_term(view: &SideView<'_>, article: usize) -> Option<u8> {
        view.opponent_proposal()
            .terms
            .get(article)
            .or_else(|| view.own_proposal().terms.get(article))
    }

    /// Where an arrow takes an article not yet in the draft. The arrow that points toward
    /// the term standing on the table starts there; the other starts at the player's own
    /// best term that the instructions allow. So Witte's arrow toward Japan's side starts at
    /// Komura's term, not at Japan's demand, and Komura's toward Japan's side at his own
    /// demand, not at the far end of Witte's offer. With nothing on the table, both start at
    /// the player's best.
    fn entry_point(view: &SideView<'_>, allowed: &[Option<u8>], article: usize, by: i8) -> Option<u8> {
        let best = allowed
            .iter()
            .flatten()
            .copied()
            .max_by_key(|&o| (view.own_points(article, o), std::cmp::Reverse(o)))?;
        let Some(standing) = Draft::standing_term(view, article) else {
            return Some(best);
        };
        let toward_standing = (i32::from(standing) - i32::from(best)).signum();
        if toward_standing == 0 || i32::from(by.signum()) == toward_standing {
            Draft::allowed_from(allowed, standing, by).or(Some(best))
        } else {
            Some(best)
        }
    }

    /// The first option allowed from `term` on in the direction of `by`: the term itself if
    /// the instructions allow it.
    fn allowed_from(allowed: &[Option<u8>], term: u8, by: i8) -> Option<u8> {
        let options = allowed.iter().flatten().copied();
        if by >= 0 {
            options.filter(|&o| o >= term).min()
        } else {
            options.filter(|&o| o <= term).max()
        }
    }

    pub fn terms(&self) -> Terms {
        let mut terms = Terms::EMPTY;
        for (a, o) in self.options.iter().enumerate() {
            if let Some(o) = o {
                terms.set(a, *o);
            }
        }
        terms
    }

    pub fn proposal(&self) -> Proposal {
        let mut proposal = Proposal::default();
        for p in 0..PACKAGES {
            let package: Vec<(usize, u8)> = self
                .options
                .iter()
                .enumerate()
                .filter_map(|(a, o)| o.filter(|_| self.package[a] == p).map(|o| (a, o)))
                .collect();
            proposal.add_package(&package);
        }
        proposal
    }

    /// Whether the drafted proposal differs from the one already on the table.
    pub fn proposal_changed(&self, view: &SideView<'_>) -> bool {
        let own = view.own_proposal();
        let mine = self.proposal();
        mine.terms != own.terms || !mine.packages().eq(own.packages())
    }

    fn response(&self, to: Offeror, view: &SideView<'_>) -> Option<Response> {
        let offered = to.proposal(view).terms.articles();
        let mut response = Response::default();
        for a in offered.iter() {
            match self.answers[to.index()][a] {
                Some(Answer::Accept) => response.accept.insert(a),
                Some(Answer::Reject) => response.reject.insert(a),
                Some(Answer::SetAside) => response.set_aside.insert(a),
                None => {}
            }
        }
        (!response.answered().is_empty()).then_some(response)
    }

    /// The turn this draft makes.
    pub fn turn(&self, view: &SideView<'_>) -> Turn {
        let action = match self.action {
            ActionChoice::None => None,
            ActionChoice::Press(p) => Some(SideAction::Press(p)),
            ActionChoice::CableHome(r) => Some(SideAction::CableHome(r)),
            ActionChoice::AskMediator => Some(SideAction::AskMediator),
            ActionChoice::Ultimatum(by) => Some(SideAction::Ultimatum(Ultimatum {
                terms: self.terms(),
                by_session: by,
            })),
        };
        Turn {
            reply: self.response(Offeror::Counterpart, view),
            mediator_reply: self.response(Offeror::Mediator, view),
            propose: (self.proposal_changed(view) && !self.terms().is_empty()).then(|| self.proposal()),
            action,
            break_off: self.break_off,
        }
    }

    /// The options of `article` the player's instructions allow, in order.
    fn allowed(view: &SideView<'_>, article: usize) -> Vec<Option<u8>> {
        let forbidden = view.forbidden(article);
        let count = view.public().articles[article].options.len() as u8;
        std::iter::once(None)
            .chain((0..count).filter(|o| forbidden & (1 << o) == 0).map(Some))
            .collect()
    }

    fn apply(&mut self, edit: Edit, session: &Session) {
        let view = &session.view();
        match edit {
            Edit::Choose { article, option } => self.options[article] = option,
            Edit::Step { article, by } => {
                let allowed = Draft::allowed(view, article);
                if self.options[article].is_none()
                    && let Some(start) = Draft::entry_point(view, &allowed, article, by)
                {
                    self.options[article] = Some(start);
                    return;
                }
                let at = allowed.iter().position(|o| *o == self.options[article]).unwrap_or(0) as i32;
                let n = allowed.len() as i32;
                self.options[article] = allowed[(at + by as i32).rem_euclid(n) as usize];
            }
            Edit::NextPackage { article } => self.package[article] = (self.package[article] + 1) % PACKAGES,
            Edit::Answer { to, article, answer } => {
                for a in to.proposal(view).package_of(article).iter() {
                    self.answers[to.index()][a] = answer;
                }
            }
            Edit::AnswerAll { to, answer } => {
                for a in to.proposal(view).terms.articles().iter() {
                    self.answers[to.index()][a] = answer;
                }
            }
            Edit::Action(action) => self.action = action,
            Edit::BreakOff(on) => self.break_off = on,
            Edit::CounterFromOffer => {
                // Only what may be proposed now: agreed articles stay out.
                let mut offer = *view.opponent_proposal();
                offer.withdraw_packages_touching(ArticleSet::all(MAX_ARTICLES).minus(view.negotiable()));
                self.take_proposal(&offer);
            }
            Edit::RepeatOwn => self.take_proposal(view.own_proposal()),
            Edit::Reset => *self = Draft::starting(session),
            Edit::Adopt(terms) => {
                for a in 0..MAX_ARTICLES {
                    self.options[a] = terms.get(a);
                    self.package[a] = 0;
                }
            }
        }
    }
}

/// Starts a fresh draft whenever a new turn comes to the player at the table.
fn follow_turns(session: Res<Session>, mut draft: ResMut<Draft>) {
    let view = session.view();
    // The game's serial too: a new or loaded game may start at the old draft's turn and side.
    if draft.started != Some((session.serial, view.turns_played(), view.side())) {
        *draft = Draft::starting(&session);
    }
}

fn edit(event: On<Edit>, session: Option<ResMut<Session>>, mut draft: ResMut<Draft>) {
    let Some(mut session) = session else { return };
    // Compared only while a refusal stands: most edits need not build the turn twice.
    let before = session.refusal.is_some().then(|| draft.turn(&session.view()));
    draft.apply(*event.event(), &session);
    // A refusal speaks of the draft as it was sent; once the draft changes it is stale. The
    // read-back is drawn again with the draft, so the game's own change flag stays unset.
    if before.is_some_and(|before| draft.turn(&session.view()) != before) {
        let session = session.bypass_change_detection();
        if session.notice == session.refusal {
            session.notice = None;
        }
        session.refusal = None;
    }
}

fn send(_: On<SendDraft>, mut commands: Commands, session: Option<Res<Session>>, draft: Res<Draft>) {
    let Some(session) = session else { return };
    commands.trigger(SendTurn(draft.turn(&session.view())));
}

/// The articles of `to`'s offer, by package, with the answer drafted for each.
pub fn packages_with_answers(draft: &Draft, to: Offeror, view: &SideView<'_>) -> Vec<(ArticleSet, Option<Answer>)> {
    to.proposal(view)
        .packages()
        .map(|p| (p, p.iter().next().and_then(|a| draft.answers[to.index()][a])))
        .collect()
}
