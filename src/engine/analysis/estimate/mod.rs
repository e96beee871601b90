//! The deal table's estimate: for the player's draft, how the counterpart is likely to
//! receive each article and why, how near the whole draft is to what he would sign, the
//! player's own red lines the draft would breach, and "what would it take" — the nearest
//! counter-draft he would, as estimated, sign now.
//!
//! Everything here is worked out from the player's `SideView`: the public scenario, the
//! public record and the player's own mandate. The view cannot reach the counterpart's
//! valuations, red lines or no-treaty value, so neither can the estimate; how it reads him
//! is set out in `reading`. The reasons are typed values; `describe_in` words them in the
//! reader's language (`describe` in English).

mod nearest;
mod rate;
mod reading;
pub(crate) mod words;

pub use reading::AskSource;

use crate::engine::agents::AgentSpec;
use crate::engine::play::moves::{ArticleSet, Terms};
use crate::engine::play::refusal::{Act, MoveError};
use crate::engine::play::side::Side;
use crate::engine::play::view::SideView;
use crate::engine::records::save::Seat;
use crate::engine::scenario::Difficulty;
use reading::Reading;
use serde::{Deserialize, Serialize};

/// How finely the estimate reads the counterpart.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Precision {
    /// Every distinction: he insists / may give / would accept; four levels for the draft.
    Fine,
    /// Fewer: he insists / may give; the draft far apart or close. The table says so.
    Coarse,
}

impl Precision {
    /// Coarse against the delegate at full strength (the scenario's hardest level, which
    /// holds firm and reads the player), fine against the others.
    pub fn for_level(difficulty: &Difficulty) -> Precision {
        if difficulty.firmness >= 1.0 && difficulty.reads_opponent {
            Precision::Coarse
        } else {
            Precision::Fine
        }
    }

    /// Against whoever sits across the table: a computer delegate's level (its default
    /// persona is at full strength, so coarse); fine against anyone else — a second player,
    /// the 1905 delegation's script, a fixed strategy — since nothing there reads the player.
    pub fn against(seat: &Seat, levels: &[Difficulty]) -> Precision {
        match seat {
            Seat::Computer(AgentSpec::Delegate) => Precision::Coarse,
            Seat::Computer(AgentSpec::DelegateAt(id)) => levels
                .iter()
                .find(|d| d.id == *id)
                .map_or(Precision::Fine, Precision::for_level),
            _ => Precision::Fine,
        }
    }
}

/// How the counterpart is likely to receive one article of the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Reception {
    /// He holds out here: the term asks more of him than he is likely to give now.
    Insists,
    /// It asks something of him that he may give now.
    MayGive,
    /// He asks as much or less himself (not given at coarse precision).
    WouldAccept,
}

/// How near the whole draft is to what he would sign.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Meter {
    /// He has no turn left: the talks end with the player's turn, and nothing proposed in it
    /// can be answered.
    NoAnswer,
    FarApart,
    /// Not far apart, not close (not given at coarse precision).
    Apart,
    Close,
    /// He would likely sign it now (not given at coarse precision: close instead).
    LikelySign,
}

/// A qualitative size, never a number on the screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Weight {
    Heavy,
    Moderate,
    Light,
}

/// How much a term asks of him against his position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Demand {
    Nothing,
    Little,
    Much,
}

/// How far through the talks he is at his next answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Phase {
    Early,
    Middle,
    Late,
    /// His last turn.
    LastWord,
}

/// Why an article is received as it is. Options are indices into the article's options.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ArticleReason {
    /// The article is already agreed, on this option.
    AlreadyAgreed { option: u8 },
    /// His position on the article, and where it comes from.
    HisPosition { option: u8, source: AskSource },
    /// He has refused the draft's term, this many times.
    HeRefusedThis { times: u8 },
    /// The term asks more of him than anything he has proposed or accepted on the article.
    BeyondHisOffers,
    /// He has accepted the draft's term before.
    HeAcceptedThis,
    /// He has proposed the draft's term before (though it is not what he asks now).
    HeProposedThis,
    /// His standing proposal ties the article to these others.
    Linked { with: ArticleSet },
    /// His valuation as the record lets the player's side estimate it: how much the article
    /// weighs with him, and how much the draft's term asks of him there.
    Estimated { weight: Weight, demand: Demand },
    /// How much the article was publicly known to matter to his side.
    KnownPriority { weight: Weight },
    /// The option his side was publicly known to favour.
    KnownFavourite { option: u8 },
    /// He has proposed the same term here again and again.
    HeldFirm { times: u8 },
    /// He has already moved here.
    GaveGround,
    /// The mediator's proposal on the table has this option.
    MediatorProposed { option: u8 },
    /// His side declared in public it would never accept the draft's term, and he has not
    /// proposed or accepted it since (the scenario's `known_refusals`).
    RefusedInPublic,
}

/// Why the whole draft is rated as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum DraftReason {
    /// His side's public position (the scenario's text).
    PublicPosition,
    /// A public dispatch from his capital during the talks (an event's, by index).
    PublicStatement {
        event: usize,
    },
    Phase(Phase),
    /// He has proposed nothing yet: the reading rests on the public priors.
    NothingProposedYet,
    /// The draft asks no more of him, in all, than he is likely to give now.
    WithinWhatHeGives,
    /// Articles where he is likely to hold out.
    HeInsistsOn {
        articles: ArticleSet,
    },
    /// Articles where the draft asks more than he has ever offered: at best close.
    NeverOffered {
        articles: ArticleSet,
    },
    /// Articles where everything the player's instructions allow asks more than he has ever
    /// offered: no counter-draft on them can be signed now (a cable home, or time, may
    /// change that).
    NoCommonGround {
        articles: ArticleSet,
    },
    /// Articles where the draft gives him more than he asks.
    YouGiveMoreOn {
        articles: ArticleSet,
    },
    /// The reading is coarse at this level.
    CoarseReading,
    /// He has no turn left: the talks end with this one, so he cannot answer a proposal.
    NoTurnLeft,
}

/// A term of the draft the player's own instructions forbid.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Breach {
    pub article: usize,
    pub option: u8,
    /// Scenario-wide index of the player's red line.
    pub red_line: usize,
    /// Allowed if linked with terms that meet the red line's exception.
    pub unless_linked: bool,
}

impl Breach {
    /// The refusal the table would give if the draft were sent.
    pub fn refusal(&self, side: Side) -> MoveError {
        MoveError::ForbiddenByInstruction {
            side,
            act: Act::Propose,
            article: self.article,
            option: self.option,
            red_line: self.red_line,
            unless_linked: self.unless_linked,
        }
    }
}

/// One article of the draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ArticleEstimate {
    pub article: usize,
    pub option: u8,
    pub reception: Reception,
    /// Most telling first.
    pub reasons: Vec<ArticleReason>,
}

/// The estimate of a draft.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Estimate {
    pub counterpart: Side,
    /// `Coarse`: the table says the reading is coarser.
    pub precision: Precision,
    pub meter: Meter,
    pub reasons: Vec<DraftReason>,
    /// In article order.
    pub articles: Vec<ArticleEstimate>,
    /// The player's own red lines the draft breaches, flagged before it is sent.
    pub breaches: Vec<Breach>,
}

impl Estimate {
    pub fn is_coarse(&self) -> bool {
        self.precision == Precision::Coarse
    }
}

/// How the counterpart is likely to receive `draft` (terms for some articles, taken as one
/// linked package), read from the player's view only.
///
/// His level is the believed points he would give up now against his asks (see
/// `reading`); a draft whose cost to him, in all, is within it is likely signed. An article
/// he asks as much or less on he would accept; one whose cost fits his level together with
/// what the draft gives him elsewhere he may give; otherwise he insists. A draft asking more
/// on some article than he has ever offered there is at best close. An empty draft asks
/// nothing of him: likely signed, with no articles.
pub fn estimate(view: &SideView<'_>, draft: &Terms, precision: Precision) -> Estimate {
    let reading = Reading::of(view);
    rate::rate(view, draft, precision, &reading)
}

/// The counter-draft nearest `draft` (fewest articles changed, then the smallest loss of
/// the player's own points) that the counterpart would, as estimated, sign now and that the
/// player's instructions allow: `estimate` rates it `LikelySign` at fine precision (close at
/// coarse) with no breach. The draft itself when it already is one. `None` when no change
/// to the draft's articles would do, or the draft names articles that are agreed or not yet
/// on the table. The precision does not change the search (only how the result is shown).
pub fn what_would_it_take(view: &SideView<'_>, draft: &Terms, _precision: Precision) -> Option<Terms> {
    let reading = Reading::of(view);
    nearest::nearest(view, draft, &reading)
}

/// The estimate and the nearest counter-draft, reading the counterpart once.
pub fn estimate_and_nearest(view: &SideView<'_>, draft: &Terms, precision: Precision) -> (Estimate, Option<Terms>) {
    let reading = Reading::of(view);
    (
        rate::rate(view, draft, precision, &reading),
        nearest::nearest(view, draft, &reading),
    )
}
