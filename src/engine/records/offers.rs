//! What each author has put on the table, as the public transcript tells it: the standing
//! proposals, the term each delegation last offered on each article, and the terms turned
//! down since their author last proposed. Read from the transcript alone, so that a
//! narrator, the minutes and a class server's clients all tell the same story; the game's
//! state and its moves are untouched.

use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Proposal, Terms, Turn};
use crate::engine::play::side::Side;
use crate::engine::play::state::Author;
use crate::engine::records::transcript::{Entry, What};

/// The offers on the table after the transcript's entries seen so far.
#[derive(Clone, Debug, Default)]
pub struct Offers {
    /// Each author's standing proposal, as far as the transcript shows (Japan, Russia,
    /// mediator). A package set aside is taken off the delegations' proposals (the entry
    /// does not say whose it was): what is uncertain counts as withdrawn.
    standing: [Proposal; 3],
    /// Per side and article: the term it last offered, since the article was last agreed.
    offered: [[Option<u8>; MAX_ARTICLES]; 2],
    /// Per author: the terms of its proposal that were rejected since it last proposed.
    turned_down: [Terms; 3],
    /// A delegation's proposal whose turn's answers are still being recorded: a turn
    /// answers first and proposes after, though the transcript lists the move first.
    pending: Option<(Side, Proposal)>,
}

/// One delegation's new proposal, beside what it had offered before.
#[derive(Clone, Copy, Debug)]
pub struct Before<'a> {
    pub side: Side,
    pub proposal: &'a Proposal,
    /// The side's standing proposal just before.
    pub standing: &'a Proposal,
    /// The term the side last offered, per article.
    pub offered: &'a [Option<u8>; MAX_ARTICLES],
    /// Articles the same turn accepts (they may be settled by it, not withdrawn).
    pub accepting: ArticleSet,
}

impl Offers {
    /// The offers after every entry of `entries`.
    pub fn after<'e>(entries: impl IntoIterator<Item = &'e Entry>) -> Offers {
        let mut offers = Offers::default();
        for entry in entries {
            offers.see(entry);
        }
        offers.settle();
        offers
    }

    pub fn standing(&self, author: Author) -> &Proposal {
        &self.standing[author.index()]
    }

    /// The terms of `author`'s proposal turned down since it last proposed (and not agreed
    /// since): shown greyed until its author replaces them.
    pub fn turned_down(&self, author: Author) -> &Terms {
        &self.turned_down[author.index()]
    }

    /// The term `side` last offered on `article`, since the article was last agreed.
    pub fn offered(&self, side: Side, article: usize) -> Option<u8> {
        self.offered[side.index()][article]
    }

    /// `side`'s new `proposal` beside what it had offered, made in a turn that also answers
    /// as `turn` does (a turn's answers come before its proposal).
    pub fn before<'a>(&'a self, side: Side, proposal: &'a Proposal, turn: Option<&Turn>) -> Before<'a> {
        let accepting = turn.map_or(ArticleSet::EMPTY, |t| {
            let accept = |r: &Option<crate::engine::play::moves::Response>| r.map_or(ArticleSet::EMPTY, |r| r.accept);
            accept(&t.reply).union(accept(&t.mediator_reply))
        });
        Before {
            side,
            proposal,
            standing: &self.standing[Author::of(side).index()],
            offered: &self.offered[side.index()],
            accepting,
        }
    }

    /// Puts on the table a proposal whose turn's answers are all recorded.
    fn settle(&mut self) {
        let Some((side, proposal)) = self.pending.take() else {
            return;
        };
        let s = side.index();
        for (a, o) in proposal.terms.iter() {
            self.offered[s][a] = Some(o);
        }
        self.standing[Author::of(side).index()] = proposal;
        self.turned_down[Author::of(side).index()] = Terms::EMPTY;
    }

    /// Takes one more entry into account.
    pub fn see(&mut self, entry: &Entry) {
        // What a turn's answers bring about is recorded after the move; anything else
        // comes after its proposal is on the table.
        let answering = matches!(
            entry.what,
            What::Agreed { .. }
                | What::MediatorAccepted { .. }
                | What::Rejected { .. }
                | What::SetAside { .. }
                | What::Lapsed { .. }
                | What::UltimatumMet { .. }
        );
        if !answering {
            self.settle();
        }
        match &entry.what {
            What::Moved { side, turn, .. } => {
                if let Some(proposal) = &turn.propose {
                    self.pending = Some((*side, *proposal));
                }
            }
            What::MediatorProposed { proposal, .. } => {
                self.standing[Author::Mediator.index()] = *proposal;
                self.turned_down[Author::Mediator.index()] = Terms::EMPTY;
            }
            What::Agreed { article, .. } => {
                let a = *article as usize;
                for standing in &mut self.standing {
                    standing.withdraw_packages_touching(ArticleSet::single(a));
                }
                for turned_down in &mut self.turned_down {
                    turned_down.clear(a);
                }
                for offered in &mut self.offered {
                    offered[a] = None;
                }
            }
            What::Rejected { of, articles, .. } => {
                let standing = &mut self.standing[of.index()];
                let refused = standing.terms_of(*articles);
                for (a, o) in refused.iter() {
                    self.turned_down[of.index()].set(a, o);
                }
                standing.withdraw_packages_touching(*articles);
            }
            What::SetAside { articles, .. } => {
                for standing in &mut self.standing {
                    standing.withdraw_packages_touching(*articles);
                }
            }
            What::Lapsed { author, articles } => {
                self.standing[author.index()].withdraw_packages_touching(*articles);
            }
            _ => {}
        }
    }
}
