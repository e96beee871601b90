//! The class server's wire protocol: JSON text frames over one WebSocket per seat.
//!
//! It follows GeniusWeb's SAOP protocol where the game fits it — the server sends a party
//! `Settings`, `YourTurn`, `ActionDone` and `Finished`; a party answers with `Offer`,
//! `Accept` or `EndNegotiation` — and extends it with this game's own moves (`Turn`, with
//! packages, replies, press, cables home, ultimatums and appeals to the mediator). Every
//! action may carry a `text`: the reason a delegation gives across the table.
//!
//! Messages are externally tagged as GeniusWeb's are: `{"Offer": {"bid": {...}}}`.
//! Articles and options travel by their scenario ids, never by index.
//!
//! A party sees exactly what a student in that seat sees: the public scenario, its own
//! mandate and the talks as its side may see them (`SeatView`), never the other side's.

use crate::engine::play::moves::{Proposal, Terms, TurnSpec, UltimatumSpec};
use crate::engine::play::side::Side;
use crate::engine::play::state::Ending;
use crate::engine::play::view::{SeatState, SeatView, SideView};
use crate::engine::scenario::PublicScenario;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The protocol's version, sent in `Settings`; a party may refuse a version it does not know.
pub const PROTOCOL_VERSION: u32 = 1;

/// The largest frame a party may send, in bytes. A turn written out in full is under 4 KB.
pub const MAX_PARTY_FRAME: usize = 16 * 1024;

/// Terms by article id → option id.
pub type Bid = BTreeMap<String, String>;

// ---------------------------------------------------------------------------------------
// Party → server

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
#[serde(deny_unknown_fields)]
pub enum PartyMessage {
    /// A student joins a table by its short code, under a name; with `side`, asks for that
    /// delegation (else the first free seat). Answered by `Settings` (with the seat's token).
    /// `lang`, optional: see `Connect`.
    Join {
        code: String,
        name: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        side: Option<Side>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// Takes a seat by its token: a student reconnecting, or an outside agent the teacher
    /// gave a seat to. Answered by `Settings`, then `YourTurn` if it is the seat's turn.
    ///
    /// `lang`, optional in both: the language of the server's words for people on this
    /// connection (`Error.message`, `Notice.text`, `SeatTaken.reason`, `lines`) and of the
    /// scenario's prose it is sent (`Settings.view`, `Profile.issues[].title`,
    /// `Finished.outcome`) where the scenario has a translation: a language tag, `en`, `ja`,
    /// `ru` or `da` (`ja-JP` reads as `ja`). Absent, or a language the server does not speak:
    /// English, as before the field existed. Ids, numbers and `kind`s never change.
    Connect {
        token: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        lang: Option<String>,
    },
    /// The people on this connection now read another language (a student changed it in
    /// the game's settings): `lang` as in `Connect`, and as there a language the server does
    /// not speak reads as English. Seated, answered as a reconnection is: `Settings` again,
    /// with the view's prose and the whole transcript in the new language (a client replaces
    /// what it had), then `YourTurn` or `Finished` as they stand, and `Paused` if the class
    /// is paused; the server's later words come in it too. Before a seat is taken it only
    /// sets the language of the refusals, and is not answered.
    Language { lang: String },
    /// SAOP's offer: table these terms as one linked package (all or nothing).
    Offer {
        bid: Bid,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// SAOP's accept: accept every package of the other side's standing proposal — or,
    /// while the mediator's last amendment waits (`Standing::last_look`), that amendment.
    Accept {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// SAOP's end of negotiation: break off the talks.
    EndNegotiation {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// The game's full move, in the readable form saves use (see docs/scenario-format.md).
    Turn {
        turn: TurnSpec,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
    },
    /// Keeps an idle connection open; answered by `Pong`.
    Ping,
}

// ---------------------------------------------------------------------------------------
// Server → party

#[derive(Serialize, Deserialize, Debug, Clone)]
pub enum ServerMessage {
    /// Sent once a seat is taken: who the party is, its profile and everything its side may
    /// know at the start (or, on reconnecting, now).
    Settings(Box<Settings>),
    /// It is this seat's turn; the talks as it may see them now, and the same in ids
    /// (`standing`) for an agent that reads no engine state.
    YourTurn {
        state: Box<SeatState>,
        #[serde(default)]
        standing: Box<Standing>,
    },
    /// A delegation moved (either side, this one included), as this seat saw it.
    ActionDone(Box<ActionDone>),
    /// The talks are over.
    Finished(Box<Finished>),
    /// The teacher paused or resumed the class (moves are refused while paused).
    Paused {
        paused: bool,
    },
    /// The teacher handed this seat to the computer: the connection closes after this.
    SeatTaken {
        reason: String,
    },
    /// News of the class for the people at this seat, in words: for instance that nobody
    /// took the other seat and the computer plays it now. Nothing to answer.
    Notice {
        text: String,
    },
    /// A message was refused; the connection and the game go on. `kind` is stable for
    /// programs (`malformed`, `too_large`, `too_fast`, `not_your_turn`, `refused`,
    /// `unknown_code`, `table_full`, `bad_token`, `seat_in_use`, `paused`, `finished`,
    /// `not_joined`); `message` is for people.
    Error {
        kind: String,
        message: String,
    },
    Pong,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Settings {
    pub protocol: u32,
    /// The table's name on the teacher's dashboard.
    pub table: String,
    pub side: Side,
    /// The seat's secret: reconnect with `Connect { token }`. Keep it to yourself.
    pub token: String,
    /// The name the seat's player gave.
    pub name: String,
    pub seed: u64,
    pub profile: Profile,
    /// The seat's whole view: public scenario, own mandate, the talks so far.
    pub view: SeatView,
    /// The whole transcript so far as this seat may read it — also on reconnecting, so a
    /// client replaces what it had; later lines come with each `ActionDone`. Absent from
    /// older servers: read as empty.
    #[serde(default)]
    pub lines: Vec<String>,
    /// What each side said with its latest turn (Japan, Russia), in the seat's words, as
    /// `ActionDone.text` gave it: a seat taken in the middle of the talks shows the reason
    /// beside the other side's last move. Absent from older servers: read as nothing said.
    #[serde(default)]
    pub last_said: [Option<String>; 2],
}

/// The seat's own utility function in GeniusWeb's spirit: per article, per option, its
/// points; a treaty's utility is `(sum of points − min_total) / (max_total − min_total)`.
#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Profile {
    pub issues: Vec<Issue>,
    pub min_total: i32,
    pub max_total: i32,
    /// What breaking off is worth to this side now, as a utility (it changes with events).
    pub reservation: f64,
    /// Sessions in the talks, and this side's turns in all.
    pub sessions: usize,
    pub turns: usize,
}

#[derive(Serialize, Deserialize, Debug, Clone, PartialEq)]
pub struct Issue {
    pub id: String,
    pub title: String,
    /// Option id → points for this side.
    pub values: BTreeMap<String, i32>,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct ActionDone {
    pub by: Side,
    /// 1-based session in which the move was made.
    pub session: usize,
    /// The move as this seat may see it (a cable home stays between a delegation and its
    /// capital).
    pub turn: TurnSpec,
    /// The reason its delegation gave, in words.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// New lines of the transcript this seat may read.
    pub lines: Vec<String>,
    pub state: SeatState,
}

#[derive(Serialize, Deserialize, Debug, Clone)]
pub struct Finished {
    /// The outcome's title in the scenario (or "No treaty"), in the seat's language.
    pub outcome: String,
    /// How the talks ended: `"AllAgreed"`, `"TimeUp"`, or
    /// `{"BrokenOff": {"by": "Russia", "cause": "Walkout" | "Ultimatum" | "Recalled"}}`.
    /// Absent from older servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ending: Option<Ending>,
    /// The treaty, if one was signed: article id → option id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agreement: Option<Bid>,
    /// What the end is worth to this side, as a utility.
    pub utility: f64,
    /// The same for the treaty of 1905, for comparison.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility_1905: Option<f64>,
    pub state: SeatState,
}

/// The table in ids, for agents written in any language: what is agreed, what stands on the
/// table from each side and the mediator, and what this side's instructions allow now.
#[derive(Serialize, Deserialize, Debug, Clone, Default, PartialEq)]
pub struct Standing {
    /// 1-based session now being held.
    pub session: usize,
    /// This side's turns left, counting this one.
    pub turns_left: usize,
    pub agreed: Bid,
    /// The other side's standing proposal, one map per package (accepted or refused whole).
    pub their_offer: Vec<Bid>,
    pub own_offer: Vec<Bid>,
    pub mediator_offer: Vec<Bid>,
    /// Per article open and on the table now, the options this side's instructions do not
    /// forbid outright (a conditional red line may still refuse a combination).
    pub allowed: BTreeMap<String, Vec<String>>,
    /// The other side's ultimatum, if one lies on the table.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub their_ultimatum: Option<UltimatumSpec>,
    /// What breaking off is worth to this side now, as a utility.
    pub reservation: f64,
    /// Every article is agreed and the mediator's amendment (`mediator_offer`) waits for
    /// this side's answer: `Accept` takes it; a pass (an empty `Turn`) or a `Turn` whose
    /// `mediator_reply` rejects it keeps the treaty as agreed; nothing else is allowed.
    /// Absent from older servers.
    #[serde(default, skip_serializing_if = "is_false")]
    pub last_look: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Standing {
    pub fn of(view: &SideView<'_>) -> Standing {
        let public = view.public();
        let in_ids = |terms: &Terms| terms_in_ids(terms, public);
        let allowed = view
            .negotiable()
            .iter()
            .map(|a| {
                let article = &public.articles[a];
                let forbidden = view.forbidden(a);
                let options = article
                    .options
                    .iter()
                    .enumerate()
                    .filter(|&(o, _)| forbidden & (1 << o) == 0)
                    .map(|(_, option)| option.id.clone())
                    .collect();
                (article.id.clone(), options)
            })
            .collect();
        Standing {
            session: view.session() + 1,
            turns_left: view.turns_left(view.side()),
            agreed: in_ids(&view.agreed_terms()),
            their_offer: packages_in_ids(view.opponent_proposal(), public),
            own_offer: packages_in_ids(view.own_proposal(), public),
            mediator_offer: packages_in_ids(view.mediator_proposal(), public),
            allowed,
            their_ultimatum: view.opponent_ultimatum().map(|u| UltimatumSpec {
                terms: in_ids(&u.terms),
                by_session: u.by_session + 1,
            }),
            reservation: view.reservation(),
            last_look: view.last_look().awaiting() == Some(view.side()),
        }
    }
}

impl Profile {
    /// The profile a seat's view gives it.
    pub fn of(view: &SeatView) -> Profile {
        let valuation = &view.mandate.valuation;
        let issues = view
            .public
            .articles
            .iter()
            .enumerate()
            .map(|(a, article)| Issue {
                id: article.id.clone(),
                title: article.title.clone(),
                values: article
                    .options
                    .iter()
                    .enumerate()
                    .map(|(o, option)| (option.id.clone(), valuation.points(a, o as u8)))
                    .collect(),
            })
            .collect();
        Profile {
            issues,
            min_total: valuation.min_total(),
            max_total: valuation.max_total(),
            reservation: view.talks.reservation,
            sessions: view.public.sessions.len(),
            turns: view.talks.turn_progress.1,
        }
    }
}

/// A proposal in ids: one map per package, as `TurnSpec::propose` writes it.
pub fn packages_in_ids(proposal: &Proposal, public: &PublicScenario) -> Vec<Bid> {
    proposal
        .packages()
        .map(|package| terms_in_ids(&proposal.terms_of(package), public))
        .collect()
}

/// Terms in ids: article id → option id.
pub fn terms_in_ids(terms: &Terms, public: &PublicScenario) -> Bid {
    terms
        .iter()
        .map(|(a, o)| {
            let article = &public.articles[a];
            (article.id.clone(), article.options[o as usize].id.clone())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_are_tagged_as_geniusweb_tags_them() {
        let offer = PartyMessage::Offer {
            bid: Bid::from([("korea".to_string(), "free_hand".to_string())]),
            text: None,
        };
        let json = serde_json::to_string(&offer).unwrap();
        assert_eq!(json, r#"{"Offer":{"bid":{"korea":"free_hand"}}}"#);
        let back: PartyMessage = serde_json::from_str(&json).unwrap();
        assert_eq!(back, offer);
        let accept: PartyMessage = serde_json::from_str(r#"{"Accept":{}}"#).unwrap();
        assert_eq!(accept, PartyMessage::Accept { text: None });
    }

    #[test]
    fn unknown_fields_are_refused() {
        assert!(serde_json::from_str::<PartyMessage>(r#"{"Accept":{"txt":"typo"}}"#).is_err());
        assert!(serde_json::from_str::<PartyMessage>(r#"{"Join":{"code":"AB","name":"x","admin":true}}"#).is_err());
    }

    #[test]
    fn the_language_is_optional_and_left_out_when_absent() {
        let old: PartyMessage = serde_json::from_str(r#"{"Join":{"code":"AB","name":"x"}}"#).unwrap();
        assert!(matches!(old, PartyMessage::Join { lang: None, .. }));
        let new: PartyMessage = serde_json::from_str(r#"{"Connect":{"token":"t","lang":"ru"}}"#).unwrap();
        assert_eq!(
            new,
            PartyMessage::Connect {
                token: "t".into(),
                lang: Some("ru".into())
            }
        );
        let written = serde_json::to_string(&PartyMessage::Connect {
            token: "t".into(),
            lang: None,
        })
        .unwrap();
        assert_eq!(written, r#"{"Connect":{"token":"t"}}"#);
    }

    #[test]
    fn a_change_of_language_is_its_own_message() {
        let change: PartyMessage = serde_json::from_str(r#"{"Language":{"lang":"ru"}}"#).unwrap();
        assert_eq!(change, PartyMessage::Language { lang: "ru".into() });
        assert_eq!(serde_json::to_string(&change).unwrap(), r#"{"Language":{"lang":"ru"}}"#);
        // The language is required, and nothing else is taken.
        assert!(serde_json::from_str::<PartyMessage>(r#"{"Language":{}}"#).is_err());
        assert!(serde_json::from_str::<PartyMessage>(r#"{"Language":{"lang":"ru","token":"t"}}"#).is_err());
    }
}
