//! The computer delegate's words. It speaks as a diplomat: its reasons cite its
//! instructions, the other side's moves and the state of the talks — never its own numbers
//! or its aim, which a student could read as its limit. Each kind of reason has several
//! wordings; the turn's `phrasing` picks one, so two games do not read alike.

use super::remark::{DelegateRemark, SaidAction};
use super::{DelegateReason, UltimatumAnswer};
use crate::engine::analysis::estimate::words::join_list;
use crate::engine::play::moves::ArticleSet;
use crate::engine::play::side::Side;
use crate::engine::scenario::Scenario;
use crate::i18n::{self, FluentArgs, Lang};
use crate::tr;

/// The kinds of sentence, each with its own offset into the wordings, so that one turn's
/// sentences do not all take the same variant. Each has `WORDINGS` messages in the `words`
/// area: `words-<key>-1` to `words-<key>-3`.
#[derive(Clone, Copy, Debug)]
enum Kind {
    Compromise,
    Opening,
    Retreat,
    TakenBack,
    Reopened,
    Blocked,
    Accepted,
    Refused,
    RefusedOn,
    TradeOff,
    Unsettled,
    Yields,
    Meet,
    Counter,
    Call,
    Ultimatum,
    LastWord,
    WalksOut,
    Press,
    Cable,
    Mediator,
    Restates,
    // Added last, so that the kinds before keep their wordings for the same phrasing.
    StandsFirm,
    AcceptedInPart,
    Hardens,
    WithMediator,
    KeptWhole,
    MakesUp,
    MediatorRefused,
    TakenBackMany,
    HardensMany,
    MediatorRefusedMany,
    Waits,
    HeedsRefusal,
    RetreatLinked,
    FirstTerms,
    KeptLinked,
    Paced,
    HeldBack,
    CableAgain,
    CableAgainNews,
    RefusedOwn,
}

impl Kind {
    #[cfg(test)]
    const ALL: [Kind; 42] = [
        Kind::Compromise,
        Kind::Opening,
        Kind::Retreat,
        Kind::TakenBack,
        Kind::Reopened,
        Kind::Blocked,
        Kind::Accepted,
        Kind::Refused,
        Kind::RefusedOn,
        Kind::TradeOff,
        Kind::Unsettled,
        Kind::Yields,
        Kind::Meet,
        Kind::Counter,
        Kind::Call,
        Kind::Ultimatum,
        Kind::LastWord,
        Kind::WalksOut,
        Kind::Press,
        Kind::Cable,
        Kind::Mediator,
        Kind::Restates,
        Kind::StandsFirm,
        Kind::AcceptedInPart,
        Kind::Hardens,
        Kind::WithMediator,
        Kind::KeptWhole,
        Kind::MakesUp,
        Kind::MediatorRefused,
        Kind::TakenBackMany,
        Kind::HardensMany,
        Kind::MediatorRefusedMany,
        Kind::Waits,
        Kind::HeedsRefusal,
        Kind::RetreatLinked,
        Kind::FirstTerms,
        Kind::KeptLinked,
        Kind::Paced,
        Kind::HeldBack,
        Kind::CableAgain,
        Kind::CableAgainNews,
        Kind::RefusedOwn,
    ];

    /// The middle of the kind's message keys.
    fn key(self) -> &'static str {
        match self {
            Kind::Compromise => "compromise",
            Kind::Opening => "opening",
            Kind::Retreat => "retreat",
            Kind::TakenBack => "taken-back",
            Kind::Reopened => "reopened",
            Kind::StandsFirm => "stands-firm",
            Kind::Blocked => "blocked",
            Kind::Accepted => "accepted",
            Kind::AcceptedInPart => "accepted-in-part",
            Kind::Hardens => "hardens",
            Kind::WithMediator => "with-mediator",
            Kind::KeptWhole => "kept-whole",
            Kind::MakesUp => "makes-up",
            Kind::MediatorRefused => "mediator-refused",
            Kind::TakenBackMany => "taken-back-many",
            Kind::HardensMany => "hardens-many",
            Kind::MediatorRefusedMany => "mediator-refused-many",
            Kind::Refused => "refused",
            Kind::RefusedOn => "refused-on",
            Kind::RefusedOwn => "refused-own",
            Kind::TradeOff => "trade-off",
            Kind::Unsettled => "unsettled",
            Kind::Yields => "yields",
            Kind::Meet => "meet",
            Kind::Counter => "counter",
            Kind::Call => "call",
            Kind::Ultimatum => "ultimatum",
            Kind::LastWord => "last-word",
            Kind::WalksOut => "walks-out",
            Kind::Press => "press",
            Kind::Cable => "cable",
            Kind::Mediator => "mediator",
            Kind::Restates => "restates",
            Kind::Waits => "waits",
            Kind::HeedsRefusal => "heeds-refusal",
            Kind::RetreatLinked => "retreat-linked",
            Kind::FirstTerms => "first-terms",
            Kind::KeptLinked => "kept-linked",
            Kind::Paced => "paced",
            Kind::HeldBack => "held-back",
            Kind::CableAgain => "cable-again",
            Kind::CableAgainNews => "cable-again-news",
        }
    }

    /// The message of the `wording`th phrasing (0-based).
    fn message(self, wording: usize) -> String {
        format!("words-{}-{}", self.key(), wording + 1)
    }

    /// Whether its sentence quotes the speaker's instructions: across the table it has
    /// wordings of its own that do not.
    fn quotes_orders(self) -> bool {
        matches!(self, Kind::Retreat | Kind::RetreatLinked | Kind::Blocked)
    }

    /// The message of the `wording`th phrasing as `hearer` hears it.
    fn message_to(self, wording: usize, hearer: Hearer) -> String {
        if hearer == Hearer::Across && self.quotes_orders() {
            format!("words-{}-across-{}", self.key(), wording + 1)
        } else {
            self.message(wording)
        }
    }
}

/// Every kind of sentence has at least this many wordings (a test checks it).
pub const WORDINGS: usize = 3;

/// The sentence of `kind` in the wording the turn's `phrasing` picks.
fn pick(lang: Lang, why: &DelegateRemark, kind: Kind, args: &FluentArgs, hearer: Hearer) -> String {
    let wording = (usize::from(why.phrasing) + kind as usize * 7) % WORDINGS;
    i18n::text_with(lang, &kind.message_to(wording, hearer), args)
}

/// The delegate's turn in sentences, in English. See [`describe_delegate_in`].
// Kept for the callers of the English version while they move to the language-taking one.
#[allow(dead_code)]
pub fn describe_delegate(scenario: &Scenario, side: Side, why: &DelegateReason) -> String {
    describe_delegate_in(Lang::English, scenario, side, why)
}

/// The delegate's reason in sentences, in `lang`; see [`say_in`].
pub fn describe_delegate_in(lang: Lang, scenario: &Scenario, side: Side, why: &DelegateReason) -> String {
    say_in(lang, scenario, side, &why.remark())
}

/// Who hears a delegate's reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hearer {
    /// Its own delegation, or the teacher: every word.
    Own,
    /// The other delegation, or the class on the projector: the cable home is the speaker's
    /// own business (the turn across the table does not show it), so it goes unsaid, and its
    /// instructions are cited without their words.
    Across,
}

/// What the delegate said with its turn, in sentences in `lang`: its answer and why, what
/// its proposal gives, and its other move. Where the instructions decided, it quotes them to
/// its own side.
pub fn say_in(lang: Lang, scenario: &Scenario, side: Side, why: &DelegateRemark) -> String {
    say_to(lang, scenario, side, why, Hearer::Own)
}

/// [`say_in`] as `hearer` hears it.
pub fn say_to(lang: Lang, scenario: &Scenario, side: Side, why: &DelegateRemark, hearer: Hearer) -> String {
    let party = scenario.party(side);
    let article = |a: u8| scenario.articles[a as usize].in_sentence();
    // The names every sentence may use; each sentence adds its own.
    let base = || {
        let mut args = FluentArgs::new();
        args.set("title", party.player_title.as_str());
        args.set("other", scenario.party(side.other()).player_title.as_str());
        args.set("capital", party.capital.as_str());
        args.set("nation", party.name.as_str());
        args
    };
    let with = |extra: &[(&'static str, String)]| {
        let mut args = base();
        for (name, value) in extra {
            args.set(*name, value.clone());
        }
        args
    };
    let say = |kind: Kind, extra: &[(&'static str, String)]| pick(lang, why, kind, &with(extra), hearer);
    let order = |r: u8| scenario.red_line(r as usize).text.trim_end_matches('.').to_string();
    let mut out = Vec::new();
    // A first proposal states terms; "he holds to what he has proposed" would be untrue.
    if why.first_terms {
        out.push(say(Kind::FirstTerms, &[]));
    }
    if why.compromise
        && let Some((_, note)) = &scenario.mandate(side).persona.compromise
    {
        out.push(say(Kind::Compromise, &[("note", note.clone())]));
    }
    if why.opening {
        let terms: Vec<String> = scenario
            .mandate(side)
            .persona
            .opening
            .iter()
            .map(|(a, o)| {
                let article = &scenario.articles[a];
                tr!(
                    lang,
                    "words-opening-term",
                    article = article.in_sentence(),
                    option = article.options[o as usize].label.as_str()
                )
            })
            .collect();
        let terms = terms.join(&tr!(lang, "words-opening-list"));
        out.push(say(Kind::Opening, &[("terms", terms)]));
    }
    // New orders are said as new; a term the rest of the package no longer lets stand is
    // not: Komura's instructions on the money had not changed when he took Witte's Sakhalin.
    if let Some((a, r)) = why.retreat {
        out.push(say(
            if why.retreat_linked {
                Kind::RetreatLinked
            } else {
                Kind::Retreat
            },
            &[("order", order(r)), ("article", article(a).to_string())],
        ));
    }
    if why.stands_firm {
        out.push(say(Kind::StandsFirm, &[]));
    }
    if why.held_back {
        out.push(say(Kind::HeldBack, &[]));
    }
    if why.paced {
        out.push(say(Kind::Paced, &[]));
    }
    if let Some(a) = why.heeds_refusal {
        out.push(say(Kind::HeedsRefusal, &[("article", article(a).to_string())]));
    }
    // A term taken back is the price of new ground elsewhere, or, where none is given, a
    // plain step back it owns to. Every one is named: several in the plural, as a list.
    let said_back = |one: Kind, many: Kind, a: u8, extra: &[(&'static str, String)]| {
        let more = why.taken_back_more.minus(ArticleSet::single(a as usize));
        let (kind, back) = if more.is_empty() {
            (one, article(a).to_string())
        } else {
            let names = std::iter::once(a as usize).chain(more.iter());
            (
                many,
                join_list(lang, names.map(|b| article(b as u8).to_string()).collect()),
            )
        };
        let mut args = with(extra);
        args.set("back", back);
        pick(lang, why, kind, &args, hearer)
    };
    if let Some(a) = why.taken_back
        && why.mediator_refused
    {
        out.push(said_back(
            Kind::MediatorRefused,
            Kind::MediatorRefusedMany,
            a,
            &[("mediator", scenario.mediator.name.clone())],
        ));
    } else if let Some(a) = why.taken_back {
        out.push(match why.yields {
            Some(g) => said_back(
                Kind::TakenBack,
                Kind::TakenBackMany,
                a,
                &[("given", tr!(lang, "words-given-article", article = article(g)))],
            ),
            None => said_back(Kind::Hardens, Kind::HardensMany, a, &[]),
        });
    }
    if let Some(a) = why.reopened {
        out.push(say(Kind::Reopened, &[("article", article(a).to_string())]));
    }
    // The order its retreat has just quoted is not quoted twice in one breath.
    if let Some(r) = why
        .blocked_by
        .filter(|&r| why.retreat.is_none_or(|(_, forced)| forced != r))
    {
        out.push(say(Kind::Blocked, &[("order", order(r))]));
    }
    // Taking some packages while refusing others is said as such: "he takes it" beside "Tokyo
    // forbids it" would read as a contradiction. Calling an ultimatum refuses the ultimatum's
    // terms, not the offer (its sentence names the ultimatum): an offer taken whole is said
    // as taken, not "in part" with "the rest left on the table" when nothing was left.
    let in_part = why.blocked_by.is_some() || why.costly.is_some() || why.unsettled.is_some() || why.traded;
    match (why.offered, why.accepted) {
        (true, true) if in_part => out.push(say(Kind::AcceptedInPart, &[])),
        (true, true) => out.push(say(Kind::Accepted, &[])),
        (true, false) if why.blocked_by.is_none() && why.unsettled.is_none() => {
            out.push(match (why.traded, why.costly) {
                (true, _) => say(Kind::TradeOff, &[]),
                (false, Some(a)) if why.costly_own => say(Kind::RefusedOwn, &[("article", article(a).to_string())]),
                (false, Some(a)) => say(Kind::RefusedOn, &[("article", article(a).to_string())]),
                (false, None) => say(Kind::Refused, &[]),
            });
        }
        _ => {}
    }
    if let Some(a) = why.unsettled {
        out.push(say(Kind::Unsettled, &[("article", article(a).to_string())]));
    }
    match why.ultimatum_answer {
        Some(UltimatumAnswer::Meet) => out.push(say(Kind::Meet, &[])),
        Some(UltimatumAnswer::Counter) => out.push(say(Kind::Counter, &[])),
        Some(UltimatumAnswer::Call) => out.push(say(Kind::Call, &[])),
        None => {}
    }
    // A term taken back already names what it gives in exchange (unless it fell with the
    // mediator's terms, which gives nothing).
    if let Some(a) = why.yields
        && (why.taken_back.is_none() || why.mediator_refused)
    {
        out.push(say(Kind::Yields, &[("article", article(a).to_string())]));
    }
    if why.with_mediator {
        out.push(say(Kind::WithMediator, &[("mediator", scenario.mediator.name.clone())]));
    }
    if why.kept_whole {
        out.push(say(Kind::KeptWhole, &[]));
    }
    if let Some(a) = why.kept_linked {
        out.push(say(Kind::KeptLinked, &[("article", article(a).to_string())]));
    }
    if let Some((a, reopened)) = why.makes_up {
        out.push(say(
            Kind::MakesUp,
            &[
                ("article", article(a).to_string()),
                (
                    "reopened",
                    join_list(lang, reopened.iter().map(|r| article(r as u8).to_string()).collect()),
                ),
            ],
        ));
    }
    match why.action {
        Some(SaidAction::Press(i)) => {
            let label = scenario.press_line(i as usize).label.clone();
            out.push(say(Kind::Press, &[("label", label)]));
        }
        Some(SaidAction::Cable(r)) if hearer == Hearer::Own => {
            // The cable quotes the instruction whole, full stop and all.
            let order = scenario.red_line(r as usize).text.clone();
            // Asked again after a "no", it says so: the same request worded as new, session
            // after session, reads as a delegate who has not heard its capital's answer.
            match (why.cables_again, why.cable_news) {
                (true, Some(e)) => {
                    let news = scenario.event_title(e as usize).to_string();
                    out.push(say(Kind::CableAgainNews, &[("order", order), ("news", news)]));
                }
                (true, None) => out.push(say(Kind::CableAgain, &[("order", order)])),
                (false, _) => out.push(say(Kind::Cable, &[("order", order)])),
            }
        }
        Some(SaidAction::Cable(_)) => {}
        Some(SaidAction::Ultimatum { by_session }) => {
            let date = i18n::short_date(lang, scenario.sessions[by_session as usize].date);
            let kind = if why.last_word { Kind::LastWord } else { Kind::Ultimatum };
            out.push(say(kind, &[("date", date)]));
        }
        Some(SaidAction::Mediator) => {
            out.push(say(Kind::Mediator, &[("mediator", scenario.mediator.name.clone())]));
        }
        None => {}
    }
    if why.walks_out {
        out.push(say(Kind::WalksOut, &[]));
    }
    if out.is_empty() {
        out.push(say(if why.not_yet { Kind::Waits } else { Kind::Restates }, &[]));
    }
    out.join(&tr!(lang, "words-join"))
}

#[cfg(test)]
#[path = "words_before.rs"]
mod before;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::play::moves::{SideAction, Ultimatum};
    use crate::engine::scenario;

    fn scenario() -> std::sync::Arc<Scenario> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios/portsmouth-1905.ron");
        scenario::load(&path).unwrap().scenario
    }

    /// One reason of each kind the delegate gives.
    fn kinds() -> Vec<DelegateReason> {
        let base = DelegateReason::blank();
        let with = |f: &dyn Fn(&mut DelegateReason)| {
            let mut r = base;
            f(&mut r);
            r
        };
        vec![
            with(&|r| r.compromise = true),
            with(&|r| r.opening = true),
            with(&|r| r.retreat = Some((8, 3))),
            with(&|r| {
                r.retreat = Some((8, 3));
                r.retreat_linked = true
            }),
            with(&|r| r.taken_back = Some(1)),
            with(&|r| {
                r.taken_back = Some(1);
                r.yields = Some(6)
            }),
            with(&|r| r.reopened = Some(0)),
            with(&|r| r.stands_firm = true),
            with(&|r| r.held_back = true),
            with(&|r| r.blocked_by = Some(0)),
            with(&|r| {
                r.offered = Some(0.7);
                r.accepted = true
            }),
            with(&|r| {
                r.offered = Some(0.7);
                r.accepted = true;
                r.blocked_by = Some(0)
            }),
            with(&|r| r.offered = Some(0.3)),
            with(&|r| {
                r.offered = Some(0.3);
                r.costly = Some(4)
            }),
            with(&|r| {
                r.offered = Some(0.3);
                r.costly = Some(4);
                r.costly_own = true
            }),
            with(&|r| {
                r.offered = Some(0.7);
                r.traded = true
            }),
            with(&|r| r.unsettled = Some(8)),
            with(&|r| r.yields = Some(6)),
            with(&|r| r.with_mediator = true),
            with(&|r| r.kept_whole = true),
            with(&|r| r.kept_linked = Some(4)),
            with(&|r| r.not_yet = true),
            with(&|r| r.first_terms = true),
            with(&|r| r.paced = true),
            with(&|r| r.heeds_refusal = Some(4)),
            with(&|r| r.makes_up = Some((4, crate::engine::play::moves::ArticleSet(1 << 11 | 1 << 2)))),
            with(&|r| {
                r.taken_back = Some(8);
                r.mediator_refused = true
            }),
            with(&|r| {
                r.taken_back = Some(6);
                r.taken_back_more = crate::engine::play::moves::ArticleSet(1 << 8 | 1 << 11);
            }),
            with(&|r| {
                r.taken_back = Some(6);
                r.taken_back_more = crate::engine::play::moves::ArticleSet(1 << 8);
                r.yields = Some(0)
            }),
            with(&|r| {
                r.taken_back = Some(6);
                r.taken_back_more = crate::engine::play::moves::ArticleSet(1 << 8);
                r.mediator_refused = true
            }),
            with(&|r| r.ultimatum_answer = Some(UltimatumAnswer::Meet)),
            with(&|r| r.ultimatum_answer = Some(UltimatumAnswer::Counter)),
            with(&|r| r.ultimatum_answer = Some(UltimatumAnswer::Call)),
            with(&|r| {
                r.action = Some(SideAction::Ultimatum(Ultimatum {
                    terms: crate::engine::play::moves::Terms::EMPTY,
                    by_session: 11,
                }))
            }),
            with(&|r| {
                r.last_word = true;
                r.action = Some(SideAction::Ultimatum(Ultimatum {
                    terms: crate::engine::play::moves::Terms::EMPTY,
                    by_session: 11,
                }))
            }),
            with(&|r| r.walks_out = true),
            with(&|r| r.action = Some(SideAction::Press(0))),
            with(&|r| r.action = Some(SideAction::CableHome(3))),
            with(&|r| {
                r.cables_again = true;
                r.action = Some(SideAction::CableHome(3))
            }),
            with(&|r| {
                r.cables_again = true;
                r.cable_news = Some(5);
                r.action = Some(SideAction::CableHome(3))
            }),
            with(&|r| r.action = Some(SideAction::AskMediator)),
            base,
        ]
    }

    #[test]
    fn every_kind_of_reason_has_three_wordings_and_no_numbers() {
        let scenario = scenario();
        for lang in Lang::OFFERED {
            for side in Side::BOTH {
                for (k, reason) in kinds().into_iter().enumerate() {
                    let said: std::collections::BTreeSet<String> = (0..=255u8)
                        .map(|phrasing| {
                            describe_delegate_in(lang, &scenario, side, &DelegateReason { phrasing, ..reason })
                        })
                        .collect();
                    assert!(said.len() >= WORDINGS, "{lang}: kind {k} for {side}: {said:?}");
                    for sentence in &said {
                        assert!(!sentence.contains('%'), "{sentence}");
                        assert!(!sentence.contains("aim"), "{sentence}");
                        assert!(!sentence.contains("0."), "{sentence}");
                        assert!(!sentence.contains("{$") && !sentence.contains("words-"), "{sentence}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_other_side_hears_nothing_of_a_cable_home_in_any_language() {
        let scenario = scenario();
        let red_lines: Vec<usize> = (0..scenario.red_lines().count()).collect();
        for lang in Lang::OFFERED {
            for side in Side::BOTH {
                let own_cabled = red_lines
                    .iter()
                    .copied()
                    .filter(|&r| scenario.mandate(side).red_line(r).is_some_and(|l| l.cable.is_some()));
                for r in own_cabled {
                    for (phrasing, cables_again) in (0..WORDINGS as u8).flat_map(|p| [(p, false), (p, true)]) {
                        let reason = DelegateReason {
                            phrasing,
                            stands_firm: true,
                            cables_again,
                            action: Some(SideAction::CableHome(r as u8)),
                            ..DelegateReason::blank()
                        };
                        let words =
                            |reason: &DelegateReason, hearer| say_to(lang, &scenario, side, &reason.remark(), hearer);
                        let order = scenario.red_line(r).text.trim_end_matches('.');
                        let own = words(&reason, Hearer::Own);
                        assert!(own.contains(order), "{lang}: {own}");
                        // Across the table it is as if no cable had gone.
                        let across = words(&reason, Hearer::Across);
                        let no_cable = DelegateReason { action: None, ..reason };
                        assert_eq!(across, words(&no_cable, Hearer::Own), "{lang}");
                        assert!(!across.contains(order) && across.len() < own.len(), "{lang}: {across}");
                    }
                }
            }
        }
    }

    #[test]
    fn every_language_has_three_different_wordings_of_every_kind() {
        for lang in Lang::OFFERED {
            for hearer in [Hearer::Own, Hearer::Across] {
                for kind in Kind::ALL {
                    let wordings: std::collections::BTreeSet<String> = (0..WORDINGS)
                        .map(|w| {
                            let key = kind.message_to(w, hearer);
                            assert!(crate::i18n::catalog::has(&key), "English lacks {key}");
                            i18n::text(lang, &key)
                        })
                        .collect();
                    assert_eq!(wordings.len(), WORDINGS, "{lang}: {kind:?}: {wordings:?}");
                }
            }
        }
    }

    #[test]
    fn across_the_table_no_instruction_is_quoted_in_any_language() {
        let scenario = scenario();
        for lang in Lang::OFFERED {
            for side in Side::BOTH {
                let red_line = (0..scenario.red_lines().count())
                    .find(|&r| scenario.mandate(side).red_line(r).is_some())
                    .expect("each side has instructions") as u8;
                let order = scenario.red_line(red_line as usize).text.trim_end_matches('.');
                let quoting = [
                    DelegateReason {
                        blocked_by: Some(red_line),
                        ..DelegateReason::blank()
                    },
                    DelegateReason {
                        retreat: Some((8, red_line)),
                        ..DelegateReason::blank()
                    },
                    DelegateReason {
                        retreat: Some((8, red_line)),
                        retreat_linked: true,
                        ..DelegateReason::blank()
                    },
                ];
                for reason in quoting {
                    for phrasing in 0..WORDINGS as u8 {
                        let remark = DelegateReason { phrasing, ..reason }.remark();
                        let own = say_to(lang, &scenario, side, &remark, Hearer::Own);
                        let across = say_to(lang, &scenario, side, &remark, Hearer::Across);
                        assert!(own.contains(order), "{lang}: {own}");
                        assert!(!across.contains(order), "{lang}: {across}");
                        assert!(!across.contains("{$") && !across.contains("words-"), "{lang}: {across}");
                        // Its own sentence, not the quote with the text cut out of it.
                        for quote in ["\"\"", "«»", "»«", "「」", "“”", ": ."] {
                            assert!(!across.contains(quote), "{lang}: {across}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn the_english_words_are_byte_for_byte_those_written_before_fluent() {
        let scenario = scenario();
        for side in Side::BOTH {
            // The mediator's refused terms, several terms taken back at once, a retreat the rest
            // of the package forces and the later kinds were first said after the move to Fluent.
            for reason in kinds().into_iter().filter(|r| {
                !r.mediator_refused
                    && r.taken_back_more.is_empty()
                    && !r.not_yet
                    && !r.first_terms
                    && r.heeds_refusal.is_none()
                    && !r.retreat_linked
                    && r.kept_linked.is_none()
                    && !r.paced
                    && !r.held_back
                    && !r.cables_again
            }) {
                for phrasing in 0..=255u8 {
                    let why = DelegateReason { phrasing, ..reason };
                    assert_eq!(
                        describe_delegate(&scenario, side, &why),
                        super::before::describe_delegate(&scenario, side, &why)
                    );
                }
            }
        }
    }

    #[test]
    fn several_terms_taken_back_are_all_named_in_every_language() {
        let scenario = scenario();
        for lang in Lang::OFFERED {
            for reason in kinds().into_iter().filter(|r| !r.taken_back_more.is_empty()) {
                let back: Vec<usize> = reason
                    .taken_back
                    .map(usize::from)
                    .into_iter()
                    .chain(reason.taken_back_more.iter())
                    .collect();
                for phrasing in 0..=255u8 {
                    let said =
                        describe_delegate_in(lang, &scenario, Side::Russia, &DelegateReason { phrasing, ..reason });
                    for &a in &back {
                        assert!(said.contains(scenario.articles[a].in_sentence()), "{lang}: {said}");
                    }
                    // The grammar counts them: no singular beside a list, no quotes doubled.
                    if lang == Lang::Russian {
                        assert!(!said.contains("««"), "{said}");
                        for &a in &back {
                            let singular = format!("по статье «{}»", scenario.articles[a].in_sentence());
                            assert!(!said.contains(&singular), "{said}");
                        }
                    }
                    if lang == Lang::English {
                        assert!(
                            !said.contains("earlier term on") && !said.contains("earlier demand on"),
                            "{said}"
                        );
                    }
                }
            }
        }
        let two = DelegateReason {
            taken_back: Some(6),
            taken_back_more: crate::engine::play::moves::ArticleSet(1 << 8),
            ..DelegateReason::blank()
        };
        let said: std::collections::BTreeSet<String> = (0..=255u8)
            .map(|phrasing| describe_delegate(&scenario, Side::Russia, &DelegateReason { phrasing, ..two }))
            .collect();
        let expected = format!(
            "Witte goes back to his earlier demands on {} and {}.",
            scenario.articles[6].in_sentence(),
            scenario.articles[8].in_sentence()
        );
        assert!(said.contains(&expected), "{said:?}");
    }

    #[test]
    fn the_english_words_are_those_of_before() {
        let scenario = scenario();
        let said = |reason: DelegateReason| describe_delegate(&scenario, Side::Japan, &reason);
        let base = DelegateReason::blank();
        assert_eq!(said(base), "Komura restates his position.");
        assert_eq!(
            said(DelegateReason {
                reopened: Some(0),
                phrasing: 0,
                ..base
            }),
            format!(
                "Komura protests that {} was agreed and Witte now goes back on it: he will be harder to move from here on.",
                scenario.articles[0].in_sentence()
            )
        );
    }
}
