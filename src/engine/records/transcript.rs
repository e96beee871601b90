//! The record of a game: every move and every consequence, in order, with its session.
//! Entries hold indices, not text; `render` writes them out as prose.

use crate::engine::agents::{Hearer, Remark};
use crate::engine::play::moves::{ArticleSet, Proposal, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::state::{Author, Ending};
use crate::engine::records::confidential;
use crate::engine::scenario::Scenario;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// 0-based session index.
    pub session: usize,
    pub what: What,
}

#[derive(Clone, Debug, PartialEq)]
pub enum What {
    SessionOpened,
    /// A delegation's turn, with the reason it gave (an index into `Transcript::notes`).
    Moved {
        side: Side,
        turn: Turn,
        note: Option<usize>,
    },
    Agreed {
        article: u8,
        option: u8,
        proposed_by: Author,
        reopened: bool,
    },
    Rejected {
        by: Side,
        of: Author,
        articles: ArticleSet,
    },
    SetAside {
        by: Side,
        articles: ArticleSet,
    },
    /// The mediator's terms one side has accepted, waiting for the other.
    MediatorAccepted {
        by: Side,
        articles: ArticleSet,
    },
    /// Parts of a standing proposal withdrawn: settled another way, or now forbidden.
    Lapsed {
        author: Author,
        articles: ArticleSet,
    },
    Event {
        event: u8,
    },
    CableAnswered {
        side: Side,
        red_line: u8,
        granted: bool,
    },
    MandateChanged {
        red_line: u8,
        active: bool,
    },
    /// The mediator tabled terms: a scripted proposal (`Some(index)`) or a computed compromise.
    MediatorProposed {
        asked_by: Option<Side>,
        scripted: Option<u8>,
        proposal: Proposal,
    },
    MediatorDeclined {
        asked_by: Side,
    },
    /// The treaty complete, the mediator tables an amendment before the signing.
    LastLook {
        proposal: Proposal,
    },
    /// A side keeps the treaty as agreed rather than take the mediator's amendment.
    LastLookDeclined {
        by: Side,
    },
    /// Every article an ultimatum named is settled: `as_demanded` if each on the terms it
    /// demanded, else on other terms its author accepted, which end the threat as surely.
    UltimatumMet {
        side: Side,
        as_demanded: bool,
    },
    Ended {
        ending: Ending,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Transcript {
    pub entries: Vec<Entry>,
    /// Reasons given with moves.
    pub notes: Vec<Note>,
}

/// What a delegation said with a move.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// A computer delegation's reason, kept as what it said, so each reader gets it in
    /// their own language.
    Said(Remark),
    /// Words as written: a player's own, a network peer's, or an older save's.
    Text(String),
}

impl Note {
    /// The note as `side`'s delegation said it, in `lang` (words as written stay as they are).
    pub fn text_in(&self, lang: Lang, scenario: &Scenario, side: Side) -> String {
        self.text_to(lang, scenario, side, Hearer::Own)
    }

    /// The note of `side`'s delegation as `hearer` hears it: across the table without its
    /// cable home and with its confidential texts withheld; empty if nothing is left to say.
    pub fn text_to(&self, lang: Lang, scenario: &Scenario, side: Side, hearer: Hearer) -> String {
        let said = match self {
            Note::Said(remark) => remark.describe_to(lang, scenario, side, hearer).unwrap_or_default(),
            Note::Text(text) => text.clone(),
        };
        match hearer {
            Hearer::Own => said,
            Hearer::Across => confidential::scrub(lang, &said, &confidential::secrets(scenario)[side.index()]),
        }
    }
}

impl Transcript {
    /// The entries before `entry`, which must be one of this transcript's own (an entry equal
    /// to another is not the same one); `None` for an entry from elsewhere.
    pub fn before(&self, entry: &Entry) -> Option<&[Entry]> {
        let at = self.entries.iter().position(|e| std::ptr::eq(e, entry))?;
        Some(&self.entries[..at])
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.notes.clear();
    }

    /// `side`'s latest move, if it has moved.
    pub fn last_move(&self, side: Side) -> Option<&Entry> {
        self.entries
            .iter()
            .rev()
            .find(|e| matches!(e.what, What::Moved { side: s, .. } if s == side))
    }

    /// The turns played, in order, with their notes: what a save stores.
    pub fn moves(&self) -> impl Iterator<Item = (Side, &Turn, Option<&Note>)> + '_ {
        self.entries.iter().filter_map(|e| match &e.what {
            What::Moved { side, turn, note } => Some((*side, turn, note.map(|n| &self.notes[n]))),
            _ => None,
        })
    }
}
