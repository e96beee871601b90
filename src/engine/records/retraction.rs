//! Retractions: a delegation's new proposal that takes back ground it had offered on an
//! article — a term moved back toward its own side, or a standing term dropped. Which way
//! is "its own side" comes from public knowledge only: the options run from Japan's demand
//! to Russia's position, unless the scenario records that a side was publicly known to
//! favour another option (`known_favourites`). Where both sides were known to favour the
//! same option, no move is a retraction.

use crate::engine::play::moves::{Proposal, Turn};
use crate::engine::play::side::Side;
use crate::engine::records::offers::{Before, Offers};
use crate::engine::records::transcript::{Entry, Transcript, What};
use crate::engine::scenario::PublicScenario;
use crate::i18n::Lang;
use crate::tr;

/// A term a delegation took back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Retraction {
    pub side: Side,
    pub article: usize,
    /// The term it had offered.
    pub from: u8,
    /// What it proposes now; `None` when it dropped the article from its proposal.
    pub to: Option<u8>,
}

/// The option `side` was publicly known to favour on `article`.
pub fn public_favourite(public: &PublicScenario, side: Side, article: usize) -> u8 {
    let known = public.party(side).known_favourites.get(article).copied().flatten();
    known.unwrap_or(match side {
        Side::Japan => 0,
        Side::Russia => (public.articles[article].options.len() as u8).saturating_sub(1),
    })
}

/// Whether moving from `from` to `to` on `article` is a step back toward `side`'s public
/// position and away from the other side's.
pub fn hardens(public: &PublicScenario, side: Side, article: usize, from: u8, to: u8) -> bool {
    let own = public_favourite(public, side, article);
    let theirs = public_favourite(public, side.other(), article);
    let distance = |a: u8, b: u8| a.abs_diff(b);
    distance(to, own) < distance(from, own) && distance(to, theirs) > distance(from, theirs)
}

/// The retractions in a new proposal, beside what its side had offered.
pub fn in_proposal(public: &PublicScenario, before: &Before<'_>) -> Vec<Retraction> {
    // Articles the turn accepts may be settled by it: their packages fall, not withdrawn.
    let mut standing = *before.standing;
    standing.withdraw_packages_touching(before.accepting);
    let mut found = Vec::new();
    for article in 0..public.articles.len() {
        if before.accepting.contains(article) {
            continue;
        }
        let Some(from) = before.offered[article] else {
            continue;
        };
        match before.proposal.terms.get(article) {
            Some(to) if to != from && hardens(public, before.side, article, from, to) => found.push(Retraction {
                side: before.side,
                article,
                from,
                to: Some(to),
            }),
            Some(_) => {}
            None if standing.terms.get(article) == Some(from) => found.push(Retraction {
                side: before.side,
                article,
                from,
                to: None,
            }),
            None => {}
        }
    }
    found
}

/// The retractions the move recorded in `entry` made; none for any other entry, or for an
/// entry not in `transcript`.
pub fn of_entry(public: &PublicScenario, transcript: &Transcript, entry: &Entry) -> Vec<Retraction> {
    let What::Moved { side, turn, .. } = &entry.what else {
        return Vec::new();
    };
    let Some(proposal) = &turn.propose else {
        return Vec::new();
    };
    let Some(earlier) = transcript.before(entry) else {
        return Vec::new();
    };
    let offers = Offers::after(earlier);
    in_proposal(public, &offers.before(*side, proposal, Some(turn)))
}

/// The retractions `side` would make by proposing `proposal` in `turn` now.
pub fn of_draft(
    public: &PublicScenario,
    transcript: &Transcript,
    side: Side,
    proposal: &Proposal,
    turn: &Turn,
) -> Vec<Retraction> {
    let offers = Offers::after(&transcript.entries);
    in_proposal(public, &offers.before(side, proposal, Some(turn)))
}

/// "Komura withdraws his wording on Korea, “Paramount interests, with safeguards”, and asks
/// instead for “Japan's free hand”."
pub fn sentence(public: &PublicScenario, retraction: &Retraction) -> String {
    sentence_in(Lang::English, public, retraction)
}

/// The retraction in words, in `lang` (its messages are in the `narrate` area).
pub fn sentence_in(lang: Lang, public: &PublicScenario, retraction: &Retraction) -> String {
    let who = public.party(retraction.side).player_title.as_str();
    let article = public.articles[retraction.article].in_sentence();
    let from = public.option_label(retraction.article, retraction.from);
    match retraction.to {
        Some(to) => tr!(
            lang,
            "narrate-withdraws-back-to",
            who = who,
            article = article,
            from = from,
            to = public.option_label(retraction.article, to)
        ),
        None => tr!(lang, "narrate-withdraws", who = who, article = article, from = from),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::play::moves::{ArticleSet, MAX_ARTICLES, Terms};
    use crate::engine::scenario::Scenario;
    use std::sync::Arc;

    fn portsmouth() -> Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        crate::engine::scenario::load(&path)
            .expect("the shipped scenario loads")
            .scenario
    }

    fn index(scenario: &Scenario, id: &str) -> usize {
        scenario.article_index(id).unwrap()
    }

    #[test]
    fn direction_follows_the_public_order_and_known_favourites() {
        let scenario = portsmouth();
        let korea = index(&scenario, "korea");
        // Options run from Japan's demand (0) to Russia's position (last).
        assert!(hardens(&scenario, Side::Japan, korea, 1, 0));
        assert!(!hardens(&scenario, Side::Japan, korea, 0, 1));
        assert!(hardens(&scenario, Side::Russia, korea, 1, 3));
        assert!(!hardens(&scenario, Side::Russia, korea, 3, 1));
        // Russia was publicly known to favour restoration to China, as Japan demanded: no
        // move there is a step back toward one side and away from the other.
        let restoration = index(&scenario, "restoration");
        for (from, to) in [(0, 1), (1, 0)] {
            assert!(!hardens(&scenario, Side::Japan, restoration, from, to));
            assert!(!hardens(&scenario, Side::Russia, restoration, from, to));
        }
    }

    #[test]
    fn a_moved_or_dropped_standing_term_is_a_retraction_an_accepted_one_is_not() {
        let scenario = portsmouth();
        let (korea, sakhalin) = (index(&scenario, "korea"), index(&scenario, "sakhalin"));
        let mut earlier = Terms::EMPTY;
        earlier.set(korea, 1);
        earlier.set(sakhalin, 1);
        let standing = Proposal::separate(earlier);
        let mut offered = [None; MAX_ARTICLES];
        offered[korea] = Some(1);
        offered[sakhalin] = Some(1);
        let mut now = Terms::EMPTY;
        now.set(korea, 0);
        let proposal = Proposal::separate(now);
        let before = Before {
            side: Side::Japan,
            proposal: &proposal,
            standing: &standing,
            offered: &offered,
            accepting: ArticleSet::EMPTY,
        };
        let found = in_proposal(&scenario, &before);
        assert_eq!(
            found,
            vec![
                Retraction {
                    side: Side::Japan,
                    article: korea,
                    from: 1,
                    to: Some(0)
                },
                Retraction {
                    side: Side::Japan,
                    article: sakhalin,
                    from: 1,
                    to: None
                },
            ]
        );
        assert_eq!(
            sentence(&scenario, &found[0]),
            "Komura withdraws his wording on Korea, “Paramount interests, with safeguards”, and asks instead for “Japan's free hand”."
        );
        // Sakhalin accepted in the same turn: settled, not withdrawn.
        let before = Before {
            accepting: ArticleSet::single(sakhalin),
            ..before
        };
        assert_eq!(in_proposal(&scenario, &before).len(), 1);
    }
}
