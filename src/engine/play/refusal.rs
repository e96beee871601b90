//! Why the rules refuse a move: a reason with its data (which article, which instruction,
//! whose proposal), so the table can grey out a control for its reason and an agent can
//! act on the kind. The words for the player come from `describe`, which looks the names
//! up in the scenario; `Display` says the same with numbers where the names would be.

use crate::engine::play::side::Side;
use crate::engine::play::state::Author;
use crate::engine::records::narrate;
use crate::engine::scenario::Scenario;
use crate::i18n::{self, Lang};
use crate::tr;
use std::fmt;

/// Why a move is not allowed. Articles, options, red lines and press statements are
/// indices into the scenario; sessions are indices too (0 is the first).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveError {
    // Whose turn it is.
    /// The talks have ended: nobody moves.
    ConferenceOver,
    /// `side` tried to move while it is `to_move`'s turn.
    NotYourTurn {
        to_move: Side,
        side: Side,
    },

    // Answers to a proposal.
    /// An answer to `from`'s proposal, when `from` has none on the table.
    NothingToAnswer {
        from: Side,
    },
    /// An answer to the mediator, who has no proposal on the table.
    NoMediatorProposal,
    /// An answer that accepts, rejects and sets aside nothing.
    AnswerNamesNoArticle {
        to: Author,
    },
    /// An answer naming an article index past the scenario's articles.
    AnswerNamesUnknownArticle,
    /// An answer naming an article the proposal does not contain.
    NotInProposal {
        article: usize,
        author: Author,
    },
    /// An article both accepted and rejected (or set aside) in one answer.
    TwoAnswers {
        article: usize,
    },
    /// A linked package answered in part: `article` answered, `linked_with` not alike.
    PackageSplit {
        author: Author,
        article: usize,
        linked_with: usize,
    },
    /// Anything but a whole answer to the mediator's last amendment while it waits.
    LastLookAnswerOnly,
    /// The mediator's terms on an article the answer to `answer_to` already settled.
    SettledByOtherAnswer {
        article: usize,
        answer_to: Side,
    },

    // Proposals.
    EmptyProposal,
    /// A proposal naming an article index past the scenario's articles.
    NoSuchArticle,
    NoSuchOption {
        article: usize,
    },
    /// The article is on a later session's agenda (`comes_up`), or on none.
    NotTabled {
        article: usize,
        comes_up: Option<usize>,
    },
    /// The article was settled by this same turn's answer.
    SettledThisTurn {
        article: usize,
    },
    /// The proposal repeats what is already agreed on the article.
    AlreadyAgreed {
        article: usize,
    },

    // The delegation's instructions.
    /// `red_line` of `side` forbids `act`ing on `option` of `article`; if `unless_linked`,
    /// only unless the terms come linked with terms that meet its condition.
    ForbiddenByInstruction {
        side: Side,
        act: Act,
        article: usize,
        option: u8,
        red_line: usize,
        unless_linked: bool,
    },

    // Actions.
    /// The press statement does not exist or is the other delegation's.
    NoSuchPress {
        press: u8,
    },
    /// The press statement has been given as often as allowed.
    PressUsed {
        press: u8,
    },
    /// A cable about a red line that does not exist or is the other delegation's.
    NoSuchInstruction {
        red_line: u8,
    },
    /// A cable about a red line that no longer binds.
    InstructionLifted {
        red_line: u8,
    },
    /// A cable while `side`'s last one is unanswered.
    CableAwaited {
        side: Side,
    },
    /// A cable in the last session, when no answer could arrive in time.
    NoTimeForCable,
    /// A second appeal to the mediator in one session.
    MediatorAlreadyAsked,
    /// A new ultimatum while the earlier one stands.
    UltimatumStands,
    EmptyUltimatum,
    /// The deadline must be a session from `first` to `last`, counted from 1.
    DeadlineOutOfRange {
        first: usize,
        last: usize,
    },
    /// An ultimatum naming an article or option the scenario does not have.
    UltimatumUnknownTerm,
    UltimatumNotTabled {
        article: usize,
    },
    /// An ultimatum demanding only what is already agreed.
    UltimatumAlreadyAgreed,
}

/// What a delegation would do with terms its instructions may forbid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Act {
    Accept,
    Propose,
    Demand,
}

impl Act {
    pub fn verb(self) -> &'static str {
        match self {
            Act::Accept => "accept",
            Act::Propose => "propose",
            Act::Demand => "demand",
        }
    }
}

impl MoveError {
    /// The refusal in words for the player, with the scenario's names, in English.
    pub fn describe(&self, scenario: &Scenario) -> String {
        self.describe_in(Lang::English, scenario)
    }

    /// The refusal in words for the player in `lang`, with the scenario's names.
    pub fn describe_in(&self, lang: Lang, scenario: &Scenario) -> String {
        let names = ScenarioNames(scenario);
        let side = |side: Side| narrate::side_name(lang, side);
        match *self {
            MoveError::ConferenceOver => tr!(lang, "refusal-conference-over"),
            MoveError::NotYourTurn { to_move, side: mover } => tr!(
                lang,
                "refusal-not-your-turn",
                to_move = side(to_move),
                side = side(mover)
            ),
            MoveError::NothingToAnswer { from } => tr!(lang, "refusal-nothing-to-answer", from = side(from)),
            MoveError::NoMediatorProposal => tr!(lang, "refusal-no-mediator-proposal", mediator = names.mediator()),
            MoveError::LastLookAnswerOnly => tr!(lang, "refusal-last-look-answer-only", mediator = names.mediator()),
            MoveError::AnswerNamesNoArticle { to } => {
                tr!(lang, "refusal-answer-names-no-article", to = names.author(to))
            }
            MoveError::AnswerNamesUnknownArticle => tr!(lang, "refusal-answer-names-unknown-article"),
            MoveError::NotInProposal { article, author } => tr!(
                lang,
                "refusal-not-in-proposal",
                article = names.article(article),
                author = names.author(author)
            ),
            MoveError::TwoAnswers { article } => tr!(lang, "refusal-two-answers", article = names.article(article)),
            MoveError::PackageSplit {
                author,
                article,
                linked_with,
            } => tr!(
                lang,
                "refusal-package-split",
                author = names.author(author),
                article = names.article(article),
                linked = names.article(linked_with)
            ),
            MoveError::SettledByOtherAnswer { article, answer_to } => tr!(
                lang,
                "refusal-settled-by-other-answer",
                article = names.article(article),
                side = side(answer_to)
            ),
            MoveError::EmptyProposal => tr!(lang, "refusal-empty-proposal"),
            MoveError::NoSuchArticle => tr!(lang, "refusal-no-such-article"),
            MoveError::NoSuchOption { article } => {
                tr!(lang, "refusal-no-such-option", article = names.article(article))
            }
            MoveError::NotTabled { article, comes_up } => {
                let article = names.article(article);
                match comes_up.map(|s| (s, scenario.sessions.get(s))) {
                    None => tr!(lang, "refusal-not-tabled-later", article = article),
                    Some((_, Some(session))) => tr!(
                        lang,
                        "refusal-not-tabled-on",
                        article = article,
                        date = i18n::short_date(lang, session.date)
                    ),
                    Some((s, None)) => tr!(lang, "refusal-not-tabled-in-session", article = article, number = s + 1),
                }
            }
            MoveError::SettledThisTurn { article } => {
                tr!(lang, "refusal-settled-this-turn", article = names.article(article))
            }
            MoveError::AlreadyAgreed { article } => {
                tr!(lang, "refusal-already-agreed", article = names.article(article))
            }
            MoveError::ForbiddenByInstruction {
                side: bound,
                act,
                article,
                option,
                red_line,
                unless_linked,
            } => tr!(
                lang,
                "refusal-forbidden",
                capital = names.capital(bound),
                act = act.verb(),
                article = names.article(article),
                option = names.option(article, option),
                linked = if unless_linked { "yes" } else { "no" },
                order = names.red_line(red_line)
            ),
            MoveError::NoSuchPress { .. } => tr!(lang, "refusal-no-such-press"),
            MoveError::PressUsed { press } => tr!(lang, "refusal-press-used", label = names.press(press as usize)),
            MoveError::NoSuchInstruction { .. } => tr!(lang, "refusal-no-such-instruction"),
            MoveError::InstructionLifted { red_line } => tr!(
                lang,
                "refusal-instruction-lifted",
                order = names.red_line(red_line as usize)
            ),
            MoveError::CableAwaited { side: waiting } => {
                tr!(lang, "refusal-cable-awaited", capital = names.capital(waiting))
            }
            MoveError::NoTimeForCable => tr!(lang, "refusal-no-time-for-cable"),
            MoveError::MediatorAlreadyAsked => {
                tr!(lang, "refusal-mediator-already-asked", mediator = names.mediator())
            }
            MoveError::UltimatumStands => tr!(lang, "refusal-ultimatum-stands"),
            MoveError::EmptyUltimatum => tr!(lang, "refusal-empty-ultimatum"),
            MoveError::DeadlineOutOfRange { first, last } => {
                tr!(lang, "refusal-deadline-out-of-range", first = first, last = last)
            }
            MoveError::UltimatumUnknownTerm => tr!(lang, "refusal-ultimatum-unknown-term"),
            MoveError::UltimatumNotTabled { article } => {
                tr!(lang, "refusal-ultimatum-not-tabled", article = names.article(article))
            }
            MoveError::UltimatumAlreadyAgreed => tr!(lang, "refusal-ultimatum-already-agreed"),
        }
    }

    /// The article the refusal is about, if one: the control to mark at the table.
    pub fn article(&self) -> Option<usize> {
        match *self {
            MoveError::NotInProposal { article, .. }
            | MoveError::TwoAnswers { article }
            | MoveError::PackageSplit { article, .. }
            | MoveError::SettledByOtherAnswer { article, .. }
            | MoveError::NoSuchOption { article }
            | MoveError::NotTabled { article, .. }
            | MoveError::SettledThisTurn { article }
            | MoveError::AlreadyAgreed { article }
            | MoveError::ForbiddenByInstruction { article, .. }
            | MoveError::UltimatumNotTabled { article } => Some(article),
            _ => None,
        }
    }

    fn write(&self, f: &mut impl fmt::Write, names: &dyn Names) -> fmt::Result {
        match *self {
            MoveError::ConferenceOver => write!(f, "The conference is over."),
            MoveError::NotYourTurn { to_move, side } => write!(f, "It is {to_move}'s turn, not {side}'s."),
            MoveError::NothingToAnswer { from } => write!(f, "{from} has no proposal on the table to answer."),
            MoveError::NoMediatorProposal => write!(f, "{} has no proposal on the table.", names.mediator()),
            MoveError::LastLookAnswerOnly => write!(
                f,
                "The treaty is complete: accept or decline {}'s amendment as a whole, and nothing else.",
                names.mediator()
            ),
            MoveError::AnswerNamesNoArticle { to } => {
                write!(f, "The answer to {} names no article.", names.author(to))
            }
            MoveError::AnswerNamesUnknownArticle => {
                write!(f, "The answer names an article this conference does not have.")
            }
            MoveError::NotInProposal { article, author } => write!(
                f,
                "{} is not part of {}'s proposal.",
                names.article(article),
                names.author(author)
            ),
            MoveError::TwoAnswers { article } => {
                write!(f, "{} is given two different answers.", names.article(article))
            }
            MoveError::PackageSplit {
                author,
                article,
                linked_with,
            } => write!(
                f,
                "{} linked {} with {}: they must be answered together.",
                names.author(author),
                names.article(article),
                names.article(linked_with)
            ),
            MoveError::SettledByOtherAnswer { article, answer_to } => write!(
                f,
                "{} is already settled this turn by your answer to {answer_to}.",
                names.article(article)
            ),
            MoveError::EmptyProposal => write!(f, "A proposal needs at least one term."),
            MoveError::NoSuchArticle => write!(f, "No such article."),
            MoveError::NoSuchOption { article } => write!(f, "{} has no such option.", names.article(article)),
            MoveError::NotTabled { article, comes_up } => write!(
                f,
                "{} is not on the table yet: it comes up {}.",
                names.article(article),
                comes_up.map_or("later".to_string(), |s| names.on_session(s))
            ),
            MoveError::SettledThisTurn { article } => {
                write!(f, "{} was settled by your answer this turn.", names.article(article))
            }
            MoveError::AlreadyAgreed { article } => {
                write!(f, "{} is already agreed on exactly that.", names.article(article))
            }
            MoveError::ForbiddenByInstruction {
                side,
                act,
                article,
                option,
                red_line,
                unless_linked,
            } => write!(
                f,
                "Your instructions from {} forbid you to {} {}: {}{} (“{}”). A cable home may change them.",
                names.capital(side),
                act.verb(),
                names.article(article),
                names.option(article, option),
                if unless_linked {
                    " unless it comes linked with terms that meet them"
                } else {
                    ""
                },
                names.red_line(red_line),
            ),
            MoveError::NoSuchPress { .. } => write!(f, "No such press statement for your delegation."),
            MoveError::PressUsed { press } => write!(
                f,
                "You have already given the statement “{}”.",
                names.press(press as usize)
            ),
            MoveError::NoSuchInstruction { .. } => write!(f, "No such instruction to ask about."),
            MoveError::InstructionLifted { red_line } => {
                write!(f, "“{}” no longer binds you.", names.red_line(red_line as usize))
            }
            MoveError::CableAwaited { side } => write!(
                f,
                "You are still waiting for {}'s answer to your last cable.",
                names.capital(side)
            ),
            MoveError::NoTimeForCable => write!(f, "No answer could arrive before the last session ends."),
            MoveError::MediatorAlreadyAsked => {
                write!(f, "You have already appealed to {} in this session.", names.mediator())
            }
            MoveError::UltimatumStands => write!(f, "Your earlier ultimatum still stands."),
            MoveError::EmptyUltimatum => write!(f, "An ultimatum must name the terms it demands."),
            MoveError::DeadlineOutOfRange { first, last } => {
                write!(f, "The deadline must be a session from {first} to {last}.")
            }
            MoveError::UltimatumUnknownTerm => write!(f, "The ultimatum names an unknown term."),
            MoveError::UltimatumNotTabled { article } => {
                write!(f, "{} is not on the table yet.", names.article(article))
            }
            MoveError::UltimatumAlreadyAgreed => write!(f, "Those terms are already agreed."),
        }
    }
}

/// Without the scenario: numbers where the names would be (for logs and debugging; the
/// player is shown `describe`).
impl fmt::Display for MoveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.write(f, &Numbers)
    }
}

impl std::error::Error for MoveError {}

/// Where a refusal's names come from.
trait Names {
    fn article(&self, article: usize) -> String;
    fn option(&self, article: usize, option: u8) -> String;
    /// A proposal's author as the answer addresses it.
    fn author(&self, author: Author) -> String;
    fn capital(&self, side: Side) -> String;
    fn red_line(&self, red_line: usize) -> String;
    fn press(&self, press: usize) -> String;
    fn mediator(&self) -> String;
    /// When a session meets, as "on <date>".
    fn on_session(&self, session: usize) -> String;
}

/// Names from the scenario; an index it does not have (a refusal from another scenario,
/// or from a peer) is named by number rather than trusted.
struct ScenarioNames<'a>(&'a Scenario);

impl Names for ScenarioNames<'_> {
    fn article(&self, article: usize) -> String {
        self.0
            .articles
            .get(article)
            .map_or_else(|| Numbers.article(article), |a| a.title.clone())
    }
    fn option(&self, article: usize, option: u8) -> String {
        self.0
            .articles
            .get(article)
            .and_then(|a| a.options.get(option as usize))
            .map_or_else(|| Numbers.option(article, option), |o| o.label.clone())
    }
    fn author(&self, author: Author) -> String {
        match author.side() {
            Some(side) => self.0.party(side).player_title.clone(),
            None => self.0.mediator.name.clone(),
        }
    }
    fn capital(&self, side: Side) -> String {
        self.0.party(side).capital.clone()
    }
    fn red_line(&self, red_line: usize) -> String {
        self.0
            .get_red_line(red_line)
            .map_or_else(|| Numbers.red_line(red_line), |r| r.text.clone())
    }
    fn press(&self, press: usize) -> String {
        self.0
            .get_press_line(press)
            .map_or_else(|| Numbers.press(press), |p| p.label.clone())
    }
    fn mediator(&self) -> String {
        self.0.mediator.name.clone()
    }
    fn on_session(&self, session: usize) -> String {
        self.0
            .sessions
            .get(session)
            .map_or_else(|| Numbers.on_session(session), |s| format!("on {}", s.date.short()))
    }
}

struct Numbers;

impl Names for Numbers {
    fn article(&self, article: usize) -> String {
        format!("Article #{article}")
    }
    fn option(&self, _article: usize, option: u8) -> String {
        format!("option #{option}")
    }
    fn author(&self, author: Author) -> String {
        match author.side() {
            Some(side) => side.to_string(),
            None => "the mediator".to_string(),
        }
    }
    fn capital(&self, side: Side) -> String {
        format!("{side}'s capital")
    }
    fn red_line(&self, red_line: usize) -> String {
        format!("red line #{red_line}")
    }
    fn press(&self, press: usize) -> String {
        format!("press statement #{press}")
    }
    fn mediator(&self) -> String {
        "the mediator".to_string()
    }
    fn on_session(&self, session: usize) -> String {
        format!("in session {}", session + 1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> std::sync::Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        crate::engine::scenario::load(&path).unwrap().scenario
    }

    /// Every refusal, with data the shipped scenario has (and a few it has not).
    fn every_refusal() -> Vec<MoveError> {
        let mut all = vec![
            MoveError::ConferenceOver,
            MoveError::NotYourTurn {
                to_move: Side::Japan,
                side: Side::Russia,
            },
            MoveError::NothingToAnswer { from: Side::Russia },
            MoveError::NoMediatorProposal,
            MoveError::LastLookAnswerOnly,
            MoveError::AnswerNamesNoArticle { to: Author::Mediator },
            MoveError::AnswerNamesNoArticle { to: Author::Japan },
            MoveError::AnswerNamesUnknownArticle,
            MoveError::NotInProposal {
                article: 2,
                author: Author::Russia,
            },
            MoveError::TwoAnswers { article: 4 },
            MoveError::PackageSplit {
                author: Author::Japan,
                article: 1,
                linked_with: 4,
            },
            MoveError::SettledByOtherAnswer {
                article: 3,
                answer_to: Side::Japan,
            },
            MoveError::EmptyProposal,
            MoveError::NoSuchArticle,
            MoveError::NoSuchOption { article: 0 },
            MoveError::NotTabled {
                article: 8,
                comes_up: Some(4),
            },
            MoveError::NotTabled {
                article: 8,
                comes_up: None,
            },
            MoveError::NotTabled {
                article: 8,
                comes_up: Some(99),
            },
            MoveError::SettledThisTurn { article: 5 },
            MoveError::AlreadyAgreed { article: 6 },
            MoveError::NoSuchPress { press: 0 },
            MoveError::PressUsed { press: 0 },
            MoveError::NoSuchInstruction { red_line: 0 },
            MoveError::InstructionLifted { red_line: 0 },
            MoveError::CableAwaited { side: Side::Russia },
            MoveError::NoTimeForCable,
            MoveError::MediatorAlreadyAsked,
            MoveError::UltimatumStands,
            MoveError::EmptyUltimatum,
            MoveError::DeadlineOutOfRange { first: 3, last: 12 },
            MoveError::UltimatumUnknownTerm,
            MoveError::UltimatumNotTabled { article: 9 },
            MoveError::UltimatumAlreadyAgreed,
            MoveError::TwoAnswers { article: 200 },
        ];
        for act in [Act::Accept, Act::Propose, Act::Demand] {
            for unless_linked in [false, true] {
                all.push(MoveError::ForbiddenByInstruction {
                    side: Side::Japan,
                    act,
                    article: 4,
                    option: 1,
                    red_line: 0,
                    unless_linked,
                });
            }
        }
        all
    }

    #[test]
    fn the_english_refusals_are_byte_for_byte_those_written_before_fluent() {
        let scenario = scenario();
        for refusal in every_refusal() {
            let mut before = String::new();
            refusal.write(&mut before, &ScenarioNames(&scenario)).unwrap();
            assert_eq!(refusal.describe(&scenario), before);
        }
    }

    #[test]
    fn every_refusal_is_said_in_japanese_russian_and_danish() {
        let scenario = scenario();
        for refusal in every_refusal() {
            let english = refusal.describe(&scenario);
            for lang in [Lang::Japanese, Lang::Russian, Lang::Danish] {
                let said = refusal.describe_in(lang, &scenario);
                assert!(!said.trim().is_empty());
                assert_ne!(said, english, "{lang}: {refusal:?}");
                assert!(!said.contains("{$") && !said.contains("refusal-"), "{lang}: {said}");
                for marker in [
                    "is not",
                    "your answer",
                    "instructions",
                    "already",
                    "proposal",
                    "No such",
                ] {
                    assert!(!said.contains(marker), "{lang}: English \"{marker}\": {said}");
                }
            }
        }
    }
}
