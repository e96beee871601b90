//! The computer delegate: its guarantees (mandate, reservation, reasons) as properties over
//! many games, its calibration on the 1905 scenario, and the tournament's output.

use crate::common::{self, load, play};
use portsmouth::engine::agents::{self, Agent, AgentSpec, Decision, Reason, Remark};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::analysis::utilities;
use portsmouth::engine::batch::simulate::{self, Setup};
use portsmouth::engine::batch::tournament;
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::mandate;
use portsmouth::engine::play::moves::{ArticleSet, Proposal, SideAction, Terms, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::{Author, BreakCause, Circumstances, Ending};
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::transcript::{Note, What};
use portsmouth::engine::scenario::{self, Scenario};
use portsmouth::i18n::Lang;
use proptest::prelude::*;
use std::fs;
use std::sync::Arc;

const SCENARIOS: [&str; 4] = [
    "portsmouth-1905.ron",
    "tutorial.ron",
    "tsar-holds-firm.ron",
    "japan-credit-runs-out.ron",
];

/// Plays the delegate on `side` against `opponent`, checking every acceptance it makes
/// against the state it was made in.
fn play_watching_the_delegate(scenario: &Arc<Scenario>, side: Side, opponent: &str, seed: u64) -> Game {
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut delegate: Box<dyn Agent> = common::agent("delegate", side, seed, scenario);
    let mut other: Box<dyn Agent> = common::agent(opponent, side.other(), seed, scenario);
    let mut compromise_tabled = None;
    // The mediator's pending terms its last proposal was linked with.
    let mut priced_on_mediator: Option<Terms> = None;
    while let Some(mover) = game.to_move() {
        let decision = {
            let view = SideView::new(&game, mover);
            if mover == side {
                delegate.decide(&view)
            } else {
                other.decide(&view)
            }
        };
        if mover == side && SideView::new(&game, side).is_final_turn() {
            assert!(
                decision.turn.propose.is_none(),
                "seed {seed}: a proposal on the last turn of the talks, which nothing can answer"
            );
        }
        let before = game.state().clone();
        let negotiable = SideView::new(&game, side).negotiable();
        let reservation = game.reservation(side);
        let last_proposed = SideView::new(&game, side).record().last_proposed[side.index()];
        // Whether the ground it says it gives costs it something by its own values: a term
        // worth more to itself is a step back, whatever it believes of the other side.
        let yield_costs_it = match (&decision.reason, decision.turn.propose) {
            (Reason::Delegate(why), Some(p)) if mover == side => why.yields.and_then(|a| {
                let a = a as usize;
                let view = SideView::new(&game, side);
                let now = p.terms.get(a)?;
                Some(view.own_points(a, now) < view.own_points(a, last_proposed[a]))
            }),
            _ => None,
        };
        let mediator_before = before.proposals[Author::Mediator.index()].terms;
        let offer_takeable = {
            let view = SideView::new(&game, side);
            let offer = view.opponent_proposal();
            offer
                .packages()
                .any(|p| view.mandate_violation(&offer.terms_of(p)).is_none())
        };
        let stood = agents::play_decision(&mut game, mover, &decision);
        if mover != side {
            continue;
        }
        assert!(stood, "seed {seed}: the delegate made a move the rules refuse");
        if let Reason::Delegate(why) = &decision.reason {
            let proposed = decision.turn.propose.map(|p| p.terms);
            // A retreat it announces is one it makes: the article's term changes.
            if let Some((a, _)) = why.retreat {
                let now = proposed.and_then(|t| t.get(a as usize));
                assert!(
                    now.is_some() && now != Some(last_proposed[a as usize]),
                    "seed {seed}: it announces a retreat on article {a} but proposes {now:?} as before"
                );
            }
            // Its written compromise is tabled once.
            if why.compromise {
                assert!(
                    compromise_tabled.replace(before.session).is_none(),
                    "seed {seed}: the written compromise said twice in session {}",
                    before.session
                );
            }
            // What it says it gives or takes back this turn, it changes this turn (a term taken
            // back may also be dropped from its proposal).
            if let Some(a) = why.yields {
                let a = a as usize;
                let now = proposed.and_then(|t| t.get(a));
                assert!(
                    now.is_some() && now != Some(last_proposed[a]),
                    "seed {seed}: it says it gives ground on article {a} but proposes {now:?} as before"
                );
            }
            let back = why
                .taken_back
                .map(usize::from)
                .into_iter()
                .chain(why.taken_back_more.iter());
            for a in back {
                let now = proposed.and_then(|t| t.get(a));
                assert_ne!(
                    now,
                    Some(last_proposed[a]),
                    "seed {seed}: it says it takes back article {a} but proposes it as before"
                );
                assert!(
                    why.yields != Some(a as u8),
                    "seed {seed}: taken back and given on article {a}"
                );
            }
            assert!(why.taken_back_more.is_empty() || why.taken_back.is_some());
            assert_ne!(
                yield_costs_it,
                Some(false),
                "seed {seed}: it says it gives ground on article {:?} with a term worth more to itself",
                why.yields
            );
            // Terms that fell with the mediator's refused terms: it takes something back, and
            // the mediator's terms it had tabled again are no longer all standing.
            // An exchange it counters with is offered for terms it could take: one its
            // instructions forbid is refused as such.
            if why.traded {
                assert!(
                    offer_takeable,
                    "seed {seed}: it calls an offer its instructions forbid close to its own"
                );
            }
            let priced_on = priced_on_mediator.take();
            if why.mediator_refused {
                let back = why.taken_back.expect("what fell is named") as usize;
                assert_ne!(proposed.and_then(|t| t.get(back)), Some(last_proposed[back]));
                let fell = priced_on.is_some_and(|terms: Terms| {
                    terms
                        .iter()
                        .any(|(a, o)| mediator_before.get(a) != Some(o) && before.agreed(a).is_none())
                });
                assert!(
                    fell,
                    "seed {seed}: it says the mediator's terms fell, but they stand: {mediator_before:?}"
                );
            }
            // What it takes back is the price of ground given on another article.
            if let Some(back) = why.taken_back {
                assert_ne!(
                    why.yields,
                    Some(back),
                    "seed {seed}: taken back and given on one article"
                );
            }
        }
        // The mediator's terms it accepts that still wait for the other side's answer it tables
        // again where it may propose, linked with all else it proposes: a concession priced on
        // them must not be open to taking alone.
        if let (Some(reply), Some(proposal)) = (decision.turn.mediator_reply, decision.turn.propose) {
            let pending = reply
                .accept
                .minus(before.mediator_accepted[side.other().index()])
                .intersect(negotiable);
            if !pending.is_empty() {
                let mediator = &before.proposals[Author::Mediator.index()];
                for a in pending.iter() {
                    assert_eq!(
                        proposal.terms.get(a),
                        mediator.terms.get(a),
                        "seed {seed}: the mediator's pending term on article {a} is not tabled again"
                    );
                }
                assert_eq!(
                    proposal.packages().count(),
                    1,
                    "seed {seed}: a term stands apart from the mediator's pending terms"
                );
                // And it says so, when it gives anything with them.
                if let Reason::Delegate(why) = &decision.reason {
                    if why.with_mediator {
                        let mut terms = Terms::EMPTY;
                        for a in pending.iter() {
                            terms.set(a, mediator.terms.get(a).expect("pending on the mediator's terms"));
                        }
                        priced_on_mediator = Some(terms);
                    }
                    assert_eq!(
                        why.with_mediator,
                        !proposal.terms.articles().minus(pending).is_empty(),
                        "seed {seed}: what it links with the mediator's terms goes unsaid"
                    );
                }
            }
        }
        // When it says it keeps a concession within its whole offer, it does: a term the other
        // side itself proposes stands in a package with others, not alone.
        if let (Reason::Delegate(why), Some(proposal)) = (&decision.reason, decision.turn.propose)
            && why.kept_whole
        {
            let theirs = &before.proposals[Author::of(side.other()).index()].terms;
            let kept = proposal.packages().any(|package| {
                package.len() > 1
                    && package
                        .iter()
                        .any(|a| theirs.get(a).is_some() && theirs.get(a) == proposal.terms.get(a))
            });
            assert!(kept, "seed {seed}: it says it keeps a concession whole, but none is");
        }
        // A large concession it says it keeps linked stands in a package with others.
        if let (Reason::Delegate(why), Some(proposal)) = (&decision.reason, decision.turn.propose)
            && let Some(a) = why.kept_linked
        {
            let linked = proposal
                .packages()
                .any(|package| package.len() > 1 && package.contains(a as usize));
            assert!(
                linked,
                "seed {seed}: it says it keeps article {a} linked, but it stands alone"
            );
        }
        // What it reopens to make up for a term its instructions forbid, it reopens in the
        // other side's favour, every article of it, in the one package with the rest, against an
        // offer that asked that term.
        if let (Reason::Delegate(why), Some(proposal)) = (&decision.reason, decision.turn.propose)
            && let Some((asked, reopened)) = why.makes_up
        {
            assert!(!reopened.is_empty(), "seed {seed}: it names nothing it reopens");
            for a in reopened.iter() {
                let agreed = before.agreed(a).expect("an agreed article");
                let now = proposal.terms.get(a).expect("the reopened article is proposed");
                let theirs = |o: u8| scenario.space.points(side.other(), a, o);
                assert!(
                    theirs(now) > theirs(agreed),
                    "seed {seed}: article {a} reopened against the other side"
                );
            }
            let changed = proposal
                .terms
                .iter()
                .filter(|&(a, o)| before.agreed(a).is_some_and(|x| x != o))
                .count();
            assert_eq!(changed, reopened.len(), "seed {seed}: it reopens what it does not name");
            assert_eq!(proposal.packages().count(), 1, "seed {seed}: the make-up stands apart");
            let asked = asked as usize;
            let offered = before.proposals[Author::of(side.other()).index()].terms.get(asked);
            assert!(
                offered.is_some_and(|o| before.forbidden[side.index()][asked] & (1 << o) != 0),
                "seed {seed}: nothing forbidden was asked on article {asked}"
            );
        }
        for (author, reply) in [
            (Author::of(side.other()), decision.turn.reply),
            (Author::Mediator, decision.turn.mediator_reply),
        ] {
            let Some(reply) = reply else { continue };
            let accepted = before.proposals[author.index()].terms_of(reply.accept);
            assert!(
                mandate::check(scenario, &before, side, &accepted).is_ok(),
                "seed {seed}: the delegate accepted what its instructions forbid"
            );
        }
        // When its acceptance completes the treaty, the treaty is worth its reservation.
        if game.state().ending == Some(Ending::AllAgreed) && game.state().agreed_set() != before.agreed_set() {
            let treaty = game.treaty().expect("all agreed");
            let worth = scenario.space.utility(side, &treaty);
            assert!(
                worth + 1e-9 >= reservation,
                "seed {seed}: the delegate signed a treaty worth {worth:.3}, below its reservation {reservation:.3}"
            );
        }
    }
    // However the talks end — open articles settled by the clock included — never below its
    // walk-away value.
    if let Some(treaty) = game.treaty() {
        let worth = scenario.space.utility(side, &treaty);
        let walk_away = game.reservation(side);
        assert!(
            worth + 1e-9 >= walk_away,
            "seed {seed}: the talks left the delegate at {worth:.3}, below its walk-away {walk_away:.3}"
        );
    }
    game
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn the_delegate_never_accepts_beyond_its_mandate_or_below_its_reservation(
        scenario in 0..SCENARIOS.len(),
        japan in any::<bool>(),
        opponent in 0..agents::BUILT_IN.len(),
        seed in any::<u64>(),
    ) {
        let scenario = load(SCENARIOS[scenario]);
        let side = if japan { Side::Japan } else { Side::Russia };
        play_watching_the_delegate(&scenario, side, &agents::BUILT_IN[opponent].to_string(), seed);
    }
}

#[test]
fn every_delegate_move_carries_a_reason_and_instructions_are_quoted_where_they_decide() {
    let scenario = load("portsmouth-1905.ron");
    let mut quoted = false;
    for opponent in ["conceder", "linear", "historical", "random"] {
        for seed in 0..4 {
            let game = play(&scenario, "delegate", opponent, seed);
            for (side, _, note) in game.transcript().moves() {
                if side == Side::Japan {
                    let note = note
                        .unwrap_or_else(|| panic!("a delegate move without a reason ({opponent}, seed {seed})"))
                        .text_in(Lang::English, &scenario, side);
                    assert!(
                        note.ends_with('.') || note.ends_with('"') || note.ends_with('?'),
                        "not a sentence: {note}"
                    );
                    // "Tokyo forbids it: ‘<the red line, word for word>’."
                    if let Some(rest) = note.split("Tokyo forbids it: ‘").nth(1) {
                        assert!(
                            scenario
                                .red_lines()
                                .any(|r| r.side == Side::Japan && rest.starts_with(r.text.trim_end_matches('.'))),
                            "{note}"
                        );
                        quoted = true;
                    }
                }
            }
        }
    }
    assert!(quoted, "no reply cited Tokyo's instructions");
}

/// Delegate against delegate on the 1905 scenario, with the historical personas and their
/// hidden limits drawn afresh for every game and the Tsar's word to Meyer left to chance: the
/// seed changes the game, Sakhalin divided without payment stays the usual end (with the
/// treaty as signed among them), and some games end otherwise. Guards the calibration against later changes (measured over 1000 games in the
/// closing note of the counterpart's issue).
#[test]
fn the_seed_changes_the_game_and_the_1905_settlement_stays_the_usual_end() {
    let scenario = load("portsmouth-1905.ron");
    let setup = Setup {
        japan: AgentSpec::Delegate,
        russia: AgentSpec::Delegate,
        games: 120,
        seed: 1905,
    };
    let mut records = Vec::new();
    let summary = simulate::run(&scenario, &setup, |record| {
        records.push(format!("{:?}", record.report.treaty));
    })
    .unwrap();
    assert!(
        summary.agreement_rate() >= 0.85,
        "agreement {}",
        summary.agreement_rate()
    );
    let count = |id: &str| summary.outcomes[scenario.outcomes.iter().position(|o| o.id == id).unwrap()];
    let divided = count("as_signed") + count("portsmouth_variant");
    assert!(
        divided as f64 > 0.7 * summary.games as f64,
        "Sakhalin divided without payment in {divided} of {} games; outcomes {:?}",
        summary.games,
        summary.outcomes
    );
    assert!(
        count("as_signed") as f64 >= 0.3 * summary.games as f64,
        "the treaty as signed in {} of {} games: {:?}",
        count("as_signed"),
        summary.games,
        summary.outcomes
    );
    // Of the treaties signed, the one of 1905 article for article is the most frequent.
    let mut treaties = std::collections::BTreeMap::new();
    for record in &records {
        *treaties.entry(record.clone()).or_insert(0) += 1;
    }
    let signed = treaties
        .get(&format!(
            "{:?}",
            Some(
                scenario
                    .history
                    .as_ref()
                    .expect("the 1905 scenario has its history")
                    .treaty
            )
        ))
        .copied()
        .unwrap_or(0);
    assert!(
        treaties.values().all(|&n| n <= signed),
        "the treaty of 1905 signed in {signed} games, another more often: {treaties:?}"
    );
    let reached = summary.outcomes.iter().filter(|&&n| n > 0).count();
    assert!(reached >= 3, "only {reached} outcomes: {:?}", summary.outcomes);
    // At least four outcomes in 2 % of games or more, among them the peace without Sakhalin
    // of a Tsar who refused Meyer (8.2 % over 1000 games).
    let common = |n: u64| n as f64 >= 0.02 * summary.games as f64;
    let frequent = summary.outcomes.iter().filter(|&&n| common(n)).count();
    assert!(
        frequent >= 4,
        "only {frequent} outcomes reach 2 %: {:?}",
        summary.outcomes
    );
    assert!(common(count("no_sakhalin")), "{:?}", summary.outcomes);
    assert!(treaties.len() >= 3, "only {} distinct treaties", treaties.len());
    assert_eq!(summary.refused_moves, 0);
}

#[test]
fn counterfactuals_move_the_delegates_outcome() {
    let outcome = |file: &str| {
        let scenario = load(file);
        let setup = Setup {
            japan: AgentSpec::Delegate,
            russia: AgentSpec::Delegate,
            games: 20,
            seed: 1905,
        };
        let summary = simulate::run(&scenario, &setup, |_| {}).unwrap();
        let (most, _) = summary.outcomes.iter().enumerate().max_by_key(|&(_, n)| *n).unwrap();
        scenario.outcomes.get(most).map(|o| o.id.clone())
    };
    // The delegates, with the 1905 personas, most often sign a Portsmouth peace: the treaty
    // of 1905 article for article, or with the railway only to Japan's lines, as Witte first
    // offered (which of the two is the more frequent treaty is guarded over more games above).
    assert!(matches!(
        outcome("portsmouth-1905.ron").as_deref(),
        Some("as_signed" | "portsmouth_variant")
    ));
    // A Tsar who never yields Sakhalin: Tokyo's decision of 28 August, no longer revised on
    // news of his consent, lets Komura give up the island for peace.
    assert_eq!(outcome("tsar-holds-firm.ron").as_deref(), Some("no_sakhalin"));
    // And if Tokyo never allowed that either, no treaty is possible: Witte's packed bags or
    // the clock end it.
    assert!(matches!(
        outcome("../tests/data/neither-gives-way.ron").as_deref(),
        Some("russia_breaks_off" | "collapse")
    ));
    // Japan without credit gives up the island for peace.
    assert_eq!(outcome("japan-credit-runs-out.ron").as_deref(), Some("no_sakhalin"));
}

#[test]
fn the_tournament_is_the_same_on_one_thread_or_two() {
    let scenario = load("tutorial.ron");
    let names = [AgentSpec::Delegate, AgentSpec::Boulware, AgentSpec::TitForTat];
    let one = tournament::run(&scenario, &names, 6, 42, 1, &|_| {}).unwrap();
    let two = tournament::run(&scenario, &names, 6, 42, 2, &|_| {}).unwrap();
    assert_eq!(one, two);
    assert_eq!(one.len(), 9);
    let mut csv = Vec::new();
    tournament::write_csv(&mut csv, &one).unwrap();
    let csv = String::from_utf8(csv).unwrap();
    assert!(csv.starts_with(
        "agent_japan,agent_russia,games,seed,agreement_rate,mean_utility_japan,mean_utility_russia,pareto_share,nash_distance,mean_sessions"
    ));
    assert_eq!(csv.lines().count(), 10);
    assert!(csv.lines().nth(1).unwrap().starts_with("delegate,delegate,6,"));
    assert!(
        csv.lines()
            .next()
            .unwrap()
            .ends_with(",zone_share,agreement_where_zone,pareto_distance")
    );
}

/// The quality target counts agreement only where a treaty was possible: a game counts as
/// having a zone of agreement when, as the last move left them, some treaty both sides'
/// instructions allow is worth breaking off to each. With the Tsar holding firm and Tokyo never letting
/// Komura give up Sakhalin there is none in any game (and no treaty); with the Tsar alone
/// holding firm, Tokyo's leave of 28 August opens one wherever Komura cabled for it; in 1905
/// there is one in every game the historical delegation plays.
#[test]
fn agreement_is_also_counted_over_the_games_where_a_zone_of_agreement_existed() {
    let (neither, reports) = twelve_games("../tests/data/neither-gives-way.ron", ["delegate", "delegate"]);
    assert_eq!((neither.zone_games, neither.agreements), (0, 0));
    assert!(reports.iter().all(|r| !r.zone_at_last_move));
    assert_eq!(neither.agreement_where_zone(), 0.0);

    let (firm, reports) = twelve_games("tsar-holds-firm.ron", ["delegate", "delegate"]);
    assert!(firm.zone_games >= 9, "{}", firm.zone_games);
    assert!(reports.iter().all(|r| r.zone_at_last_move || !r.ratified));
    assert!(
        firm.agreements > 0 && firm.agreements <= firm.zone_games,
        "{}",
        firm.agreements
    );

    let (history, reports) = twelve_games("portsmouth-1905.ron", ["delegate", "historical"]);
    assert_eq!(history.zone_games, 12);
    assert!(reports.iter().all(|r| r.zone_at_last_move && r.ratified));
    assert_eq!(history.agreement_where_zone(), 1.0);
}

/// A zone of agreement that opens only with the dispatch that recalls a delegation is not
/// counted: with the Tsar holding firm, a baseline Witte keeps nothing of his patience and is
/// recalled at the opening of the last sitting. Judged as the last move left the talks, no
/// zone existed, and the delegate is not charged with failing to sign. (Tokyo's leave to give
/// up the island once came by cable with the recall; now the day's news comes first, and no
/// cable is answered once the talks have ended.)
#[test]
fn a_zone_that_opens_with_the_recall_came_too_late_to_count() {
    let scenario = load("tsar-holds-firm.ron");
    let mut recalled_at_opening = 0;
    for seed in 0..12 {
        let game = play(&scenario, "delegate", "boulware", seed);
        let report = Report::of(&game).unwrap();
        let state = game.state();
        let Some(before) = state.ended_at_opening else {
            continue;
        };
        recalled_at_opening += 1;
        assert!(matches!(
            report.ending,
            Ending::BrokenOff {
                by: Side::Russia,
                cause: BreakCause::Recalled
            }
        ));
        let zone_in = |circumstances: &Circumstances| {
            let reservation = Side::BOTH.map(|side| game.reservation_in(side, circumstances));
            scenario.feasible_frontier(circumstances.red_lines).iter().any(|p| {
                let u = utilities(&scenario.space, p.points);
                u[0] >= reservation[0] && u[1] >= reservation[1]
            })
        };
        assert!(!zone_in(&before), "seed {seed}: none when the last move was made");
        assert!(!report.zone_at_last_move, "seed {seed}");
        // No cable is answered once the recall has ended the talks.
        let recall = game
            .transcript()
            .entries
            .iter()
            .rposition(|e| matches!(e.what, What::Event { .. }))
            .unwrap();
        assert!(
            game.transcript().entries[recall..]
                .iter()
                .all(|e| !matches!(e.what, What::CableAnswered { .. })),
            "seed {seed}: a cable answered after the recall"
        );
    }
    assert!(
        recalled_at_opening >= 10,
        "{recalled_at_opening} of 12 recalled at an opening"
    );
    // Where the talks end on a move, the circumstances at the last move are those at the end.
    let game = play(&load("portsmouth-1905.ron"), "delegate", "delegate", 1);
    assert_eq!(game.state().ended_at_opening, None);
    assert_eq!(game.circumstances_at_last_move(), Circumstances::of(game.state()));
}

/// The mean distance from the Pareto frontier is taken over agreements only, and says how
/// much the agreements that are not Pareto-optimal left on the table: nothing where every
/// agreement is on the frontier, something where some are not.
#[test]
fn agreements_off_the_pareto_frontier_show_how_far_off_they_lie() {
    let (history, _) = twelve_games("portsmouth-1905.ron", ["historical", "historical"]);
    assert_eq!((history.agreements, history.pareto_share()), (12, 1.0));
    assert_eq!(history.mean_pareto_distance(), 0.0);

    // Where the Tsar refused Meyer, these baselines never cable for leave: no treaty there.
    let (boulware, reports) = twelve_games("portsmouth-1905.ron", ["boulware", "conceder"]);
    assert!(boulware.agreements >= 6, "{}", boulware.agreements);
    assert!(boulware.pareto_share() < 1.0, "{}", boulware.pareto_share());
    let agreed: Vec<_> = reports.iter().filter(|r| r.ratified).collect();
    assert_eq!(agreed.len() as u64, boulware.agreements);
    let mean = agreed.iter().map(|r| r.pareto_distance).sum::<f64>() / agreed.len() as f64;
    assert!((boulware.mean_pareto_distance() - mean).abs() < 1e-12);
    assert!(boulware.mean_pareto_distance() > 0.0);

    // A game without a treaty adds nothing to it.
    let (none, _) = twelve_games("../tests/data/neither-gives-way.ron", ["delegate", "delegate"]);
    assert_eq!((none.agreements, none.mean_pareto_distance()), (0, 0.0));
}

/// A class that sets one side to the easiest level must still see a treaty: the full delegate
/// does not break the talks against its own Yielding or Steady level, in either role, wherever
/// a treaty both instructions allow exists. (Before the delegate's hidden limits and last word,
/// the full delegate as Japan against Yielding Russia collapsed in every game.)
#[test]
fn the_full_delegate_reaches_a_treaty_with_its_own_easier_levels() {
    for file in ["portsmouth-1905.ron", "tutorial.ron", "japan-credit-runs-out.ron"] {
        let scenario = load(file);
        for level in ["delegate:yielding", "delegate:steady"] {
            for (japan, russia) in [("delegate", level), (level, "delegate")] {
                let summary = run_games(&scenario, [japan, russia], 40);
                assert!(
                    summary.zone_games >= 36,
                    "{file} {japan} v {russia}: a zone in {} of 40",
                    summary.zone_games
                );
                assert!(
                    summary.agreement_where_zone() >= 0.9,
                    "{file} {japan} v {russia}: agreement where a zone existed {:.3}",
                    summary.agreement_where_zone()
                );
            }
        }
    }
}

/// Its last word stands when it takes part of the other side's offer in the same turn. It used
/// to bid again around what it took, as on an ordinary turn, and ask for more (Komura, having
/// taken Witte's word on the money, asked again for the whole Harbin branch): the tutorial's
/// delegates then parted without a treaty in about a fifth of their games.
#[test]
fn its_last_word_stands_when_it_takes_part_of_the_offer_in_the_same_turn() {
    let summary = run_games(&load("tutorial.ron"), ["delegate", "delegate"], 200);
    assert!(
        summary.agreement_rate() >= 0.88,
        "tutorial, delegate v delegate: agreement {:.3}",
        summary.agreement_rate()
    );
}

/// The tutorial settles Korea first, alone, then Sakhalin and the money. Its delegates used to
/// leave four treaties in ten off the frontier: Korea at Japan's free hand and Sakhalin kept by
/// Russia with trade rights, when the south ceded with safeguards in Korea was worth more to
/// Japan and no less to Russia. Roosevelt's last look now tables that swap, though it makes
/// the Portsmouth bargain of what was Russia keeping Sakhalin, and both take it.
#[test]
fn the_tutorial_delegates_sign_only_treaties_on_the_frontier_most_often_the_portsmouth_bargain() {
    let scenario = load("tutorial.ron");
    let summary = run_games(&scenario, ["delegate", "delegate"], 200);
    assert_eq!(
        summary.pareto_optimal, summary.agreements,
        "{} of {} agreements Pareto-optimal",
        summary.pareto_optimal, summary.agreements
    );
    let bargain = scenario.outcomes.iter().position(|o| o.id == "as_signed").unwrap();
    let most = (0..summary.outcomes.len())
        .max_by_key(|&o| summary.outcomes[o])
        .unwrap();
    assert_eq!(most, bargain, "outcomes {:?}", summary.outcomes);
}

/// Against the time-based baselines the delegate usually reaches a treaty; where it does not,
/// its hidden resolve held out for more than the baseline would give before time ran out.
/// `hardheaded` as Russia, which tables its maximal demand every session and moves only on its
/// own last turn, was left out here while Komura stood on terms St Petersburg had refused in
/// public and broke off in most games; his last word now leaves them out.
#[test]
fn the_delegate_agrees_with_the_time_based_baselines_on_the_1905_scenario() {
    let scenario = load("portsmouth-1905.ron");
    for opponent in ["boulware", "linear", "conceder", "hardheaded", "tit-for-tat"] {
        for (japan, russia) in [("delegate", opponent), (opponent, "delegate")] {
            let summary = simulate::run(
                &scenario,
                &Setup {
                    japan: japan.parse().unwrap(),
                    russia: russia.parse().unwrap(),
                    games: 10,
                    seed: 7,
                },
                |_| {},
            )
            .unwrap();
            assert!(
                summary.agreement_rate() >= 0.5,
                "{japan} v {russia}: {}",
                summary.agreement_rate()
            );
        }
    }
}

/// Its last word is one the other side can sign: Komura does not make the price of the north
/// or an indemnity his last proposal, which St Petersburg refused in public (`known_refusals`)
/// and the other side never offered. Against `hardheaded`, which gives way only on its own
/// last turn, the talks used to fail in every game on exactly that. Past his hidden day,
/// standing firm against a side that does not move, he too leaves them out, and asks their
/// worth on the other articles instead.
#[test]
fn its_last_word_leaves_out_what_the_other_side_refused_in_public() {
    let scenario = load("portsmouth-1905.ron");
    let refused = &scenario.party(Side::Russia).known_refusals;
    assert!(
        refused.iter().any(|&m| m != 0),
        "the scenario lists Russia's public refusals"
    );
    let last_session = scenario.sessions.len() - 1;
    let (mut treaties, mut last_words, mut heeded) = (0, 0, 0);
    for seed in 0..24 {
        let game = play(&scenario, "delegate", "hardheaded", seed);
        // Its last word: its last proposal in the last session (a game it broke off earlier has none).
        let last_word = game
            .transcript()
            .entries
            .iter()
            .rev()
            .filter(|e| e.session == last_session)
            .find_map(|e| match &e.what {
                What::Moved {
                    side: Side::Japan,
                    turn,
                    ..
                } => turn.propose.map(|p| p.terms),
                _ => None,
            });
        // Even past his hidden day, standing on what he believes fair against a side that does
        // not move, he asks what Russia refused in public no more: he asks its worth elsewhere.
        if let Some(last_word) = last_word {
            last_words += 1;
            for (a, o) in last_word.iter() {
                assert_eq!(
                    refused[a] & (1 << o),
                    0,
                    "seed {seed}: Komura's last word asks {} — {}, which Russia refused in public",
                    scenario.articles[a].title,
                    scenario.option_label(a, o)
                );
            }
        }
        treaties += usize::from(Report::of(&game).is_some_and(|r| r.treaty.is_some()));
        // It says why it let the term go, naming the article.
        heeded += game
            .transcript()
            .moves()
            .filter_map(|(side, _, note)| match note {
                Some(Note::Said(Remark::Delegate(said))) if side == Side::Japan => said.heeds_refusal,
                _ => None,
            })
            .inspect(|&a| assert_ne!(refused[a as usize], 0, "seed {seed}: names an article never refused"))
            .count();
    }
    assert!(
        heeded >= 4,
        "Komura said only {heeded} times why he let a refused term go"
    );
    assert!(
        last_words >= 4,
        "Komura reached the last session in only {last_words} of 24 games"
    );
    // Before, standing firm, it kept the refused terms: a third of the games against
    // hardheaded ended in a treaty (the tournament's 35 %); 24 of 24 now, the issue's 90 %
    // where a zone of agreement exists.
    assert!(treaties >= 22, "{treaties} treaties in 24 games against hardheaded");
}

/// The tutorial's Russia says in public it will pay nothing and cede nothing, and lists it
/// (`known_refusals`). Against a Witte who never moves, and so never cables for the Tsar's leave
/// to cede the south, Komura's last word asked for the island every game and no treaty was
/// signed in 200. Later it signed in about half, where his floor allowed Sakhalin to stay
/// Russian; where it did not, he stood on the island though a treaty without it was worth more
/// to him than the war. He now asks the most he can without the refused terms, down to his
/// walk-away: the issue's 90 % where a zone of agreement exists, against every time-based
/// baseline in both roles.
#[test]
fn in_the_tutorial_its_last_word_gives_up_the_cession_russia_refused_in_public() {
    let scenario = load("tutorial.ron");
    for opponent in ["boulware", "linear", "conceder", "hardheaded", "tit-for-tat"] {
        for (japan, russia) in [("delegate", opponent), (opponent, "delegate")] {
            let treaties = (0..40)
                .filter(|&seed| {
                    let game = play(&scenario, japan, russia, seed);
                    Report::of(&game).is_some_and(|r| r.treaty.is_some())
                })
                .count();
            assert!(
                treaties >= 36,
                "{treaties} treaties in 40 tutorial games, {japan} v {russia}"
            );
        }
    }
}

/// Every turn the delegate decides is one the rules accept as it stands: a proposal the
/// rules refused used to be dropped silently while its words still told of it. Meeting an
/// ultimatum once made Komura table "no payment" without the price of the north his
/// instructions tie it to, and say he gave way while the rules left him waiting.
#[test]
fn the_rules_accept_every_turn_the_delegate_decides() {
    let scenario = load("portsmouth-1905.ron");
    for opponent in ["random", "delegate", "hardheaded"] {
        for seed in 0..8 {
            let mut game = Game::new(Arc::clone(&scenario), seed);
            let mut seats = [
                common::agent("delegate", Side::Japan, seed, &scenario),
                common::agent(opponent, Side::Russia, seed, &scenario),
            ];
            while let Some(side) = game.to_move() {
                let decision = seats[side.index()].decide(&SideView::new(&game, side));
                if side == Side::Japan {
                    let checked = game.check(side, &decision.turn);
                    assert!(
                        checked.is_ok(),
                        "v {opponent}, seed {seed}, session {}: {}",
                        game.state().session + 1,
                        checked.unwrap_err().describe(&scenario)
                    );
                }
                assert!(agents::play_decision(&mut game, side, &decision));
            }
        }
    }
}

/// Over many games the delegate's reasons never show its numbers or its aim, and the seed
/// changes their wording: the same kind of reply reads differently from game to game.
#[test]
fn the_delegates_reasons_cite_moves_not_numbers_and_vary_with_the_seed() {
    let scenario = load("portsmouth-1905.ron");
    let mut notes = std::collections::BTreeSet::new();
    for opponent in ["boulware", "conceder", "random"] {
        for seed in 0..6 {
            let game = play(&scenario, "delegate", opponent, seed);
            for (side, _, note) in game.transcript().moves() {
                if side != Side::Japan {
                    continue;
                }
                let note = note
                    .expect("every delegate move has a reason")
                    .text_in(Lang::English, &scenario, side);
                assert!(!note.contains('%'), "a number in a reason: {note}");
                assert!(!note.contains(" aim"), "its aim in a reason: {note}");
                notes.insert(note);
            }
        }
    }
    // Refusals on value: at least three ways of saying so.
    let refusals = [
        "cannot accept",
        "still asks more than",
        "too heavy a price",
        "does not yet go far enough",
        "not one he can take",
        "will have to move further",
    ];
    let used = refusals.iter().filter(|r| notes.iter().any(|n| n.contains(*r))).count();
    assert!(
        used >= 3,
        "only {used} wordings of a refusal in {} reasons",
        notes.len()
    );
}

/// The ground the delegate gives is said as a step towards the other side, never as what the
/// other side cares for most: it gives on different articles from turn to turn, and its words
/// used to rank each of them first. In 1905 self-play (seeds 1–60), in 93 of 116 games where
/// a delegate said so, it named two or more different articles as the one the other side
/// "seems to care most" about or "appears to value above the rest" — Witte's first concern
/// Sakhalin in one session and the fishing rights in the next.
#[test]
fn the_delegate_gives_ground_without_ranking_what_the_other_side_values() {
    use portsmouth::engine::agents::Remark;
    use portsmouth::engine::records::transcript::Note;
    // The superlatives of the old wordings, language by language.
    let ranking = [
        (Lang::English, &["most", "above the rest"][..]),
        (Lang::Danish, &["mest", "over alt andet"][..]),
        (Lang::Japanese, &["最も", "何よりも"][..]),
        (Lang::Russian, &["важнее всего", "выше прочих"][..]),
    ];
    let scenario = load("portsmouth-1905.ron");
    let mut steps = 0;
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("delegate", "linear"),
        ("boulware", "delegate"),
    ] {
        for seed in 1..=10 {
            let game = play(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            for (side, _, note) in transcript.moves() {
                let Some(note @ Note::Said(Remark::Delegate(remark))) = note else {
                    continue;
                };
                let Some(article) = remark.yields else {
                    continue;
                };
                steps += 1;
                let title = scenario.articles[usize::from(article)].in_sentence();
                for (lang, superlatives) in ranking {
                    let text = note.text_in(lang, &scenario, side);
                    if lang == Lang::English {
                        assert!(text.contains(title), "seed {seed}: the step is not named: {text}");
                    }
                    for word in superlatives {
                        assert!(
                            !text.contains(word),
                            "{japan} v {russia}, seed {seed}: {side} ranks {title} first ({lang:?}): {text}"
                        );
                    }
                }
            }
        }
    }
    assert!(steps >= 100, "only {steps} steps said in 30 games");
}

/// When the delegate turns to the mediator it says why as the record shows it: no article
/// agreed in these two sessions. It used to say the talks had stalled, or that nothing
/// was moving, while the offers kept changing: in 122 of its 202 appeals in 1905 self-play
/// (seeds 1–60) a term of one side's proposal had changed in the sessions before. Nor does it
/// count the opening sitting on procedure, which has nothing to agree: Witte used to appeal at
/// the start of the third session, after a single sitting of bargaining, in every game.
#[test]
fn the_delegate_turns_to_the_mediator_for_the_reason_the_record_shows() {
    use portsmouth::engine::records::transcript::What;
    let scenario = load("portsmouth-1905.ron");
    let first_agenda = scenario
        .sessions
        .iter()
        .position(|s| !s.tabled.is_empty())
        .expect("a session with articles on its agenda");
    assert!(first_agenda > 0, "the 1905 scenario opens with a sitting on procedure");
    let mut appeals = 0;
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("delegate", "boulware"),
        ("hardheaded", "delegate"),
    ] {
        for seed in 1..=15 {
            let game = play(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            let mut last_agreed = None;
            for entry in &transcript.entries {
                match &entry.what {
                    What::Agreed { .. } => last_agreed = Some(entry.session),
                    What::Moved {
                        side,
                        turn,
                        note: Some(n),
                    } if turn.action == Some(SideAction::AskMediator) => {
                        appeals += 1;
                        assert!(
                            last_agreed.unwrap_or(first_agenda) + 2 <= entry.session,
                            "{japan} v {russia}, seed {seed}: {side} asks the mediator in session {} with an article agreed in session {last_agreed:?}",
                            entry.session + 1
                        );
                        let said = transcript.notes[*n].text_in(Lang::English, &scenario, *side);
                        assert!(said.contains("these two sessions"), "{said}");
                        for claim in ["stalled", "deadlock", "nothing moving"] {
                            assert!(!said.contains(claim), "{japan} v {russia}, seed {seed}: {said}");
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(appeals >= 20, "only {appeals} appeals to the mediator in 45 games");
}

/// Komura under Tokyo's conditional order on the money (none, unless it is the price of
/// northern Sakhalin): a game in which he once announced a retreat on the money while
/// proposing the same term, which the order allowed beside his Sakhalin terms. In every
/// game he used to read out his note of 18 August at both his turns of that session.
#[test]
fn the_delegate_announces_a_retreat_it_makes_and_its_compromise_once() {
    let scenario = load("portsmouth-1905.ron");
    for seed in [17_911_839_290_282_890_590, 1, 2, 3] {
        play_watching_the_delegate(&scenario, Side::Japan, "conceder", seed);
    }
}

/// A conditional red line that forbids each side's best option on one article beside its
/// best on another: the best treaty by article is one the line forbids. A scenario author
/// writing Japan's order "the price of northern Sakhalin only in place of reimbursement of
/// war costs" saw Komura repeat his opening, unmoved, for six sessions of self-play: the top
/// of his curve was that forbidden treaty, so his aim stayed above anything he could ask.
#[test]
fn the_delegate_concedes_from_the_best_its_conditional_red_lines_allow() {
    let text = fs::read_to_string(common::scenario_path("portsmouth-1905.ron")).unwrap();
    let anchor = "                    id: \"keep_sakhalin\",";
    assert!(text.contains(anchor));
    let one_sum = r#"                    id: "one_sum",
                    text: "Ask the price of northern Sakhalin only in place of reimbursement of war costs",
                    forbids: {"sakhalin": ["south_and_payment", "south_and_commission"]},
                    unless: Term("reparations", ["prisoners", "nothing"]),
                    source: "ISHII",
                ),
                (
"#;
    let files = vec![(
        "one_sum.ron".to_string(),
        text.replacen(anchor, &format!("{one_sum}{anchor}"), 1),
    )];
    let scenario = match scenario::load_from("one_sum.ron", &scenario::InMemory(&files)) {
        Ok(loaded) => loaded.scenario,
        Err(errors) => panic!("{errors:?}"),
    };
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    let payment = scenario.option_index(sakhalin, "south_and_payment").unwrap();
    for seed in [1, 2, 3, 8_628_051_795_617_713_688] {
        let mut proposals: Vec<(usize, Terms)> = Vec::new();
        play_noting(&scenario, ["delegate", "delegate"], seed, |view, decision| {
            if view.side() == Side::Japan
                && let Some(p) = &decision.turn.propose
            {
                proposals.push((view.session(), p.terms));
            }
        });
        let (_, opening) = proposals[0];
        // The twelve conditions: all of the island and the money, not the north's price on top.
        assert_ne!(opening.get(sakhalin), Some(payment), "seed {seed}");
        // Sessions count from 0: by the fifth he has given ground on some article (he used
        // to stand unmoved until the eighth).
        let moved = proposals
            .iter()
            .find(|(_, terms)| terms.iter().any(|(a, o)| opening.get(a) != Some(o)))
            .map(|(session, _)| *session);
        assert!(
            moved.is_some_and(|s| s <= 4),
            "seed {seed}: Komura first moved in session {moved:?}"
        );
    }
}

/// In the tutorial Witte's offers ask both for no recognition of Japan in Korea (a red line no
/// cable lifts) and for no payment (one Tokyo lifts on request from the second session). The
/// delegate used to look only at the first red line an offer broke, so it never cabled for
/// the money, kept asking for war costs Russia would never pay, and against a firm Witte the
/// talks failed in every game.
#[test]
fn the_delegate_cables_home_for_a_red_line_a_cable_can_lift_beside_one_it_cannot() {
    let scenario = load("tutorial.ron");
    let money = (0..scenario.red_line_count())
        .find(|&r| scenario.red_line(r).id == "money")
        .expect("the tutorial's red line on the money") as u8;
    for seed in [5, 6, 7] {
        let mut cabled = false;
        play_noting(&scenario, ["delegate", "boulware"], seed, |view, decision| {
            cabled |= view.side() == Side::Japan
                && decision.turn.action == Some(portsmouth::engine::play::moves::SideAction::CableHome(money));
        });
        assert!(cabled, "seed {seed}: Komura cables home for leave to give up the money");
    }
    let summary = run_games(&scenario, ["delegate", "boulware"], 40);
    assert!(summary.agreement_rate() >= 0.75, "{}", summary.agreement_rate());
}

/// Seed 12214606849823611937, self-play on the 1905 scenario: in session 9 Komura accepted
/// Roosevelt's terms on Sakhalin and the money and, counting on them, offered the railway only
/// to Japan's lines — Witte's own term, so split off as common ground — as a package of its
/// own; Witte refused Roosevelt's terms and took the railway. In 397 of 1000 self-play games
/// the railway went no further than Japan's lines (95 now).
#[test]
fn a_concession_priced_on_the_mediators_pending_terms_is_linked_with_them() {
    let scenario = load("portsmouth-1905.ron");
    for side in Side::BOTH {
        play_watching_the_delegate(&scenario, side, "delegate", 12_214_606_849_823_611_937);
    }
}

/// Komura links a concession with Roosevelt's terms (session 9 of this game); Witte refuses
/// them, and Komura's next proposal takes that concession back. He used to call it the price
/// of "ground given" on the money — where he asked more than before. He now says what happened.
#[test]
fn what_was_given_for_the_mediators_refused_terms_falls_with_them_and_is_said_so() {
    let scenario = load("portsmouth-1905.ron");
    play_watching_the_delegate(&scenario, Side::Japan, "delegate", 1);
    let mut said = Vec::new();
    play_noting(&scenario, ["delegate", "delegate"], 1, |view, decision| {
        if let Reason::Delegate(why) = &decision.reason
            && why.mediator_refused
        {
            said.push(
                decision
                    .reason
                    .describe_in(Lang::English, &scenario, view.side())
                    .unwrap_or_default(),
            );
        }
    });
    assert!(!said.is_empty(), "no concession fell with the mediator's terms");
    for words in said {
        assert!(words.contains("Theodore Roosevelt"), "{words}");
        assert!(
            !words.contains("give ground") && !words.contains("gives ground"),
            "{words}"
        );
    }
}

/// Its offered terms are its word: it takes one back only when keeping them would cost a real
/// share of what it believes the best bid (it used to swap concessions to and fro as its
/// beliefs shifted — Korea given, then the fishing, then Korea again).
#[test]
fn the_delegate_keeps_its_offered_terms_unless_taking_one_back_is_worth_it() {
    let scenario = load("portsmouth-1905.ron");
    let games = 40;
    let mut taken_back = 0;
    for seed in 1..=games {
        play_noting(&scenario, ["delegate", "delegate"], seed, |_, decision| {
            if let Reason::Delegate(why) = &decision.reason
                && why.taken_back.is_some()
            {
                taken_back += 1;
            }
        });
    }
    // 3.98 a game over these seeds when it took the best bid whatever it took back; 3.05 now.
    let per_game = f64::from(taken_back) / games as f64;
    assert!(per_game < 3.5, "{per_game:.2} terms taken back a game");
}

/// `hardheaded` as Japan never moves before its last turn. Witte used to table each term of
/// Japan's own he came to concede as a package of its own (Korea, the evacuation), which the
/// script took one by one before tabling, at its very last turn, the least it would sign with
/// those already won: Witte ended at 0.607, below what `boulware` takes from the same script
/// (0.661). A side that stands still now gets his concessions only with his whole offer.
#[test]
fn a_side_that_stands_still_gets_no_concession_on_its_own() {
    let scenario = load("portsmouth-1905.ron");
    let mut said = false;
    for seed in [5, 6, 7] {
        play_noting(&scenario, ["hardheaded", "delegate"], seed, |_, decision| {
            if let Reason::Delegate(why) = &decision.reason {
                said |= why.kept_whole;
            }
        });
    }
    assert!(said, "Witte says he keeps his concessions within his whole offer");
    let summary = run_games(&scenario, ["hardheaded", "delegate"], 40);
    let russia = summary.mean_utility(Side::Russia);
    assert!(summary.agreement_rate() >= 0.95, "{}", summary.agreement_rate());
    assert!(
        russia >= 0.65,
        "Witte's mean utility against a side that stands still: {russia:.3}"
    );
}

/// `conceder` as Russia agrees early to terms that leave it, at the end, no treaty worth its
/// walk-away that Komura's instructions allow — Sakhalin must be at least half Japan's, and the
/// rest was settled: 55 of 300 games failed so, every failure of the pairing. On its last
/// proposal Komura now makes up for the forbidden term by reopening a settled article in
/// Russia's favour (seed 17911839290282890590 was such a failure; it now ends in a treaty).
#[test]
fn the_delegate_makes_up_for_a_forbidden_term_by_reopening_a_settled_article() {
    let scenario = load("portsmouth-1905.ron");
    let seed = 13_757_245_211_066_428_519;
    let game = play_watching_the_delegate(&scenario, Side::Japan, "conceder", seed);
    assert!(game.treaty().is_some(), "seed {seed}: a treaty");
    let mut said = false;
    play_noting(&scenario, ["delegate", "conceder"], seed, |_, decision| {
        if let Reason::Delegate(why) = &decision.reason {
            said |= why.makes_up.is_some();
        }
    });
    assert!(said, "seed {seed}: Komura says what he reopens to make up for Sakhalin");
    let summary = run_games(&scenario, ["delegate", "conceder"], 200);
    // 81.5 % of these games ended in a treaty before the make-up, 88 % with it; 90 % since the
    // delegate keeps back half its ground against a side still coming towards it.
    assert!(summary.agreement_rate() >= 0.86, "{}", summary.agreement_rate());
}

/// Against a side that keeps conceding, the delegate keeps back part of its own ground and
/// says so — as news, not as a refrain: at most once in two sessions, never beside "they
/// have stopped coming" or with the offer taken, and never at the weaker levels, which do
/// not pace themselves.
#[test]
fn the_delegate_says_it_is_in_no_hurry_while_the_other_side_comes_and_not_every_turn() {
    let scenario = load("portsmouth-1905.ron");
    // The sessions in which the delegate of `spec` said it, in one game against `opponent`.
    let said_in = |spec: &str, side: Side, opponent: &str, seed: u64| {
        let mut agents = [spec, opponent];
        if side == Side::Russia {
            agents.reverse();
        }
        let mut sessions = Vec::new();
        play_noting(&scenario, agents, seed, |view, decision| {
            if let Reason::Delegate(why) = &decision.reason
                && view.side() == side
                && why.paced
            {
                assert!(!why.stands_firm && !why.accepted, "seed {seed}: {why:?}");
                assert!(decision.turn.propose.is_some(), "seed {seed}: said without a proposal");
                sessions.push(view.session());
            }
        });
        sessions
    };
    let mut said = 0;
    for seed in 1..=12 {
        for (side, opponent) in [(Side::Japan, "linear"), (Side::Russia, "tit-for-tat")] {
            let sessions = said_in("delegate", side, opponent, seed);
            assert!(
                sessions.windows(2).all(|w| w[1] >= w[0] + 2),
                "seed {seed}: {sessions:?}"
            );
            said += sessions.len();
        }
    }
    assert!(said >= 12, "said {said} times in 24 games");
    for level in ["delegate:yielding", "delegate:steady"] {
        for seed in 1..=4 {
            assert!(
                said_in(level, Side::Japan, "linear", seed).is_empty(),
                "{level}, seed {seed}"
            );
        }
    }
}

/// Reopening a settled article costs the other side the delegate's trust only when it goes
/// back on the term against the delegate. A student who offers Witte more on an article
/// already agreed, to break a deadlock, used to be met as if he had broken his word — and a
/// delegate's own make-up, which only gives, counted against it the same way.
#[test]
fn a_settled_article_reopened_in_the_delegates_favour_costs_no_trust() {
    let scenario = load("portsmouth-1905.ron");
    let spec: AgentSpec = "delegate".parse().unwrap();
    let russia = |a: usize, o: u8| scenario.space.points(Side::Russia, a, o);
    let mut compared = 0;
    for seed in 1..=6 {
        let mut game = Game::new(Arc::clone(&scenario), seed);
        let mut komura = common::agent("historical", Side::Japan, seed, &scenario);
        let mut witte = common::agent("delegate", Side::Russia, seed, &scenario);
        // Until four articles are agreed: the three Witte takes first (China's rights, the open
        // door and the lease, in session 3) leave Komura nothing his instructions let him give.
        while let Some(side) = game.to_move() {
            if side == Side::Japan && game.state().agreed_terms().iter().count() >= 4 {
                break;
            }
            let agent = if side == Side::Japan { &mut komura } else { &mut witte };
            let decision = agent.decide(&SideView::new(&game, side));
            assert!(agents::play_decision(&mut game, side, &decision), "a legal move");
        }
        if game.to_move() != Some(Side::Japan) {
            continue;
        }
        // Witte's answer after Japan's turn: his stated reopening and the floor he holds.
        let answer = |variant: &Game| {
            let mut witte = agents::resume(&spec, Side::Russia, variant).unwrap();
            match witte.decide(&SideView::new(variant, Side::Russia)).reason {
                Reason::Delegate(why) => (why.reopened, why.floor),
                other => panic!("seed {seed}: {other:?}"),
            }
        };
        let reopening = |better_for_russia: bool| {
            game.state().agreed_terms().iter().find_map(|(a, agreed)| {
                (0..scenario.articles[a].options.len() as u8)
                    .filter(|&o| (russia(a, o) > russia(a, agreed)) == better_for_russia && o != agreed)
                    .find_map(|o| {
                        let mut terms = Terms::EMPTY;
                        terms.set(a, o);
                        let mut variant = game.clone();
                        let turn = Turn {
                            propose: Some(Proposal::linked(terms)),
                            ..Turn::PASS
                        };
                        variant.play(Side::Japan, turn).ok().map(|()| (a, variant))
                    })
            })
        };
        let mut passed = game.clone();
        passed.play(Side::Japan, Turn::PASS).unwrap();
        let (none, floor) = answer(&passed);
        assert_eq!(none, None, "seed {seed}: nothing reopened");
        if let Some((a, gift)) = reopening(true) {
            let (said, gift_floor) = answer(&gift);
            assert_eq!(said, None, "seed {seed}: a gift on article {a} is called a reopening");
            assert_eq!(gift_floor, floor, "seed {seed}: a gift on article {a} raised his floor");
            compared += 1;
        }
        if let Some((a, breach)) = reopening(false) {
            let (said, breach_floor) = answer(&breach);
            assert_eq!(said, Some(a as u8), "seed {seed}: he does not name the breach");
            assert!(breach_floor >= floor, "seed {seed}: a breach lowered his floor");
        }
    }
    assert!(compared >= 3, "only {compared} games had a gift to offer");
}

/// Plays one game between two named agents (Japan's first), showing `note` each decision
/// with the view it was made from, before it is played.
fn play_noting(
    scenario: &Arc<Scenario>,
    agents: [&str; 2],
    seed: u64,
    mut note: impl FnMut(&SideView<'_>, &Decision),
) -> Game {
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut seats = Side::BOTH.map(|side| common::agent(agents[side.index()], side, seed, scenario));
    while let Some(side) = game.to_move() {
        let view = SideView::new(&game, side);
        let decision = seats[side.index()].decide(&view);
        note(&view, &decision);
        assert!(
            agents::play_decision(&mut game, side, &decision),
            "seed {seed}: a legal move"
        );
    }
    game
}

/// `games` games between two named agents (Japan's first), run seed 1.
fn run_games(scenario: &Arc<Scenario>, agents: [&str; 2], games: u64) -> simulate::Summary {
    let setup = Setup {
        japan: agents[0].parse().unwrap(),
        russia: agents[1].parse().unwrap(),
        games,
        seed: 1,
    };
    simulate::run(scenario, &setup, |_| {}).unwrap()
}

/// Twelve games of a scenario (seed 5), with each game's report.
fn twelve_games(file: &str, agents: [&str; 2]) -> (simulate::Summary, Vec<Report>) {
    let setup = Setup {
        japan: agents[0].parse().unwrap(),
        russia: agents[1].parse().unwrap(),
        games: 12,
        seed: 5,
    };
    let mut reports = Vec::new();
    let summary = simulate::run(&load(file), &setup, |r| reports.push(r.report.clone())).unwrap();
    (summary, reports)
}

/// On the last turn of the talks (the second mover's last) nothing it proposed could be
/// answered: it answers and tables nothing new, so the minutes do not end on an offer no one
/// read. Checked over self-play where the talks run to that turn.
#[test]
fn it_tables_nothing_on_the_last_turn_of_the_talks() {
    let mut final_turns = 0;
    for name in ["portsmouth-1905.ron", "tutorial.ron"] {
        let scenario = load(name);
        for seed in 0..40 {
            let mut game = Game::quiet(Arc::clone(&scenario), seed);
            let mut agents = Side::BOTH.map(|side| common::agent("delegate", side, seed, &scenario));
            while let Some(mover) = game.to_move() {
                let view = SideView::new(&game, mover);
                let decision = agents[mover.index()].decide(&view);
                if view.is_final_turn() && game.state().last_look.awaiting().is_none() {
                    final_turns += 1;
                    assert!(decision.turn.propose.is_none(), "{name}, seed {seed}: {decision:?}");
                }
                agents::play_decision(&mut game, mover, &decision);
            }
        }
    }
    println!("{final_turns} games ran to their last turn");
    assert!(final_turns >= 20, "only {final_turns} games ran to their last turn");
}

/// Roosevelt, asked with nothing new on the table, has nothing new to say: once he has seen no
/// compromise to propose, the delegate does not appeal to him again while the table stands as
/// he saw it (both standing offers and the agreed terms). Against a Komura who did not move,
/// Witte used to appeal every other session and be declined each time (163 declined appeals
/// in 40 games against `historical`, 40 now).
#[test]
fn the_delegate_does_not_appeal_again_to_a_mediator_who_saw_nothing_to_propose() {
    use portsmouth::engine::play::moves::SideAction;
    use portsmouth::engine::play::view::SideView;
    use portsmouth::engine::records::transcript::What;
    let scenario = load("portsmouth-1905.ron");
    let mut declined = 0;
    for (japan, russia) in [
        ("historical", "delegate"),
        ("delegate", "historical"),
        ("delegate", "delegate"),
    ] {
        let mut declined_here = 0;
        for seed in 1..=20 {
            let mut game = Game::new(scenario.clone(), seed);
            let mut j = crate::common::agent(japan, Side::Japan, seed, &scenario);
            let mut r = crate::common::agent(russia, Side::Russia, seed, &scenario);
            // Per side, the table when the mediator last declined its appeal.
            let mut declined_on: [Option<[Terms; 3]>; 2] = [None, None];
            while let Some(side) = game.to_move() {
                let agent: &mut dyn Agent = if side == Side::Japan { j.as_mut() } else { r.as_mut() };
                let decision = agent.decide(&SideView::new(&game, side));
                let state = game.state();
                let table = [
                    decision
                        .turn
                        .propose
                        .map_or(state.proposals[side.index()].terms, |p| p.terms),
                    state.proposals[side.other().index()].terms,
                    state.agreed_terms(),
                ];
                let asks = decision.turn.action == Some(SideAction::AskMediator);
                assert!(
                    !asks || declined_on[side.index()] != Some(table),
                    "{japan} v {russia}, seed {seed}: {side:?} appeals again in session {} to a mediator who saw the same table",
                    state.session + 1
                );
                let before = game.transcript().entries.len();
                agents::play_decision(&mut game, side, &decision);
                for entry in &game.transcript().entries[before..] {
                    if let What::MediatorDeclined { asked_by } = entry.what {
                        assert_eq!(asked_by, side);
                        declined_on[side.index()] = Some(table);
                        declined_here += 1;
                    }
                }
            }
        }
        // At most two declined appeals a game, where there were four against `historical`.
        assert!(
            declined_here <= 40,
            "{japan} v {russia}: {declined_here} declined appeals in 20 games"
        );
        declined += declined_here;
    }
    assert!(
        declined >= 10,
        "only {declined} declined appeals: the test checks nothing"
    );
}

/// It speaks to the press as a campaign, not a stammer: never the same statement at two
/// turns of its own running. Witte used to say "Russia is not defeated" at both his turns of
/// one sitting in every game.
#[test]
fn the_delegate_does_not_give_the_press_the_same_statement_twice_running() {
    use portsmouth::engine::play::moves::SideAction;
    let scenario = load("portsmouth-1905.ron");
    let mut statements = 0;
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("historical", "delegate"),
        ("delegate", "hardheaded"),
    ] {
        for seed in 0..20 {
            let game = play(&scenario, japan, russia, seed);
            let mut last = [None, None];
            for (side, turn, _) in game.transcript().moves() {
                if let Some(SideAction::Press(line)) = turn.action {
                    statements += 1;
                    assert_ne!(
                        last[side.index()],
                        Some(SideAction::Press(line)),
                        "{japan} v {russia}, seed {seed}: {side} says the same to the press twice running"
                    );
                }
                last[side.index()] = turn.action;
            }
        }
    }
    assert!(statements >= 100, "only {statements} statements to the press");
}

/// The delegate's turn whose answers complete the treaty takes no other step: no appeal to the
/// mediator, no cable home, no pressure, no ultimatum. Witte used to accept the terms that
/// closed the talks and, in the same turn, ask Roosevelt for help because nothing had been
/// agreed for two sessions.
#[test]
fn the_turn_that_completes_the_treaty_asks_for_nothing_more() {
    let mut completed_by_the_delegate = 0;
    for name in SCENARIOS {
        let scenario = load(name);
        let every_article = ArticleSet::all(scenario.articles.len());
        for (japan, russia) in [
            ("delegate", "delegate"),
            ("delegate", "hardheaded"),
            ("boulware", "delegate"),
        ] {
            for seed in 0..60 {
                let game = play(&scenario, japan, russia, seed);
                let transcript = game.transcript();
                let mut agreed = ArticleSet::EMPTY;
                let mut last_move = None;
                for entry in &transcript.entries {
                    match &entry.what {
                        What::Moved { side, turn, .. } => last_move = Some((*side, *turn, entry.session)),
                        What::Agreed { article, .. } => {
                            let before = agreed;
                            agreed.insert(*article as usize);
                            let (side, turn, session) = last_move.expect("an agreement follows a move");
                            let by_delegate = [japan, russia][side.index()] == "delegate";
                            if before != every_article && agreed == every_article && by_delegate {
                                completed_by_the_delegate += 1;
                                assert_eq!(
                                    turn.action,
                                    None,
                                    "{name}, {japan} v {russia}, seed {seed}, session {}: the turn that completes the treaty also acts",
                                    session + 1
                                );
                            }
                        }
                        _ => {}
                    }
                }
            }
        }
    }
    assert!(
        completed_by_the_delegate >= 100,
        "only {completed_by_the_delegate} treaties completed by the delegate's own turn"
    );
}

/// A concession as large as the island is never tabled on its own, where the other side could
/// bank it without the rest: it comes only with the whole offer, and the delegate says so. In
/// the credit what-if Tokyo lets Komura give up Sakhalin from 16 August; he used to table "All
/// Sakhalin returned to Russia" as a package apart, `hardheaded` took it at once, and Japan
/// ended at 0.427 on average (200 games, seed 1; 0.491 now, and `boulware` in his seat 0.494).
#[test]
fn a_large_concession_is_never_tabled_on_its_own() {
    let scenario = load("japan-credit-runs-out.ron");
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    let given_up = scenario.option_index(sakhalin, "none").unwrap();
    let (mut japan, mut said_linked) = (0.0, 0);
    for seed in 0..30 {
        let game = play(&scenario, "delegate", "hardheaded", seed);
        for (side, turn, note) in game.transcript().moves() {
            if side != Side::Japan {
                continue;
            }
            if let Some(proposal) = &turn.propose {
                for package in proposal.packages() {
                    let terms = proposal.terms_of(package);
                    assert!(
                        package.len() > 1 || terms.get(sakhalin) != Some(given_up),
                        "seed {seed}: Komura tables the whole island on its own"
                    );
                }
            }
            if let Some(Note::Said(Remark::Delegate(said))) = note
                && let Some(a) = said.kept_linked
            {
                said_linked += 1;
                let words = Remark::Delegate(*said)
                    .describe_in(Lang::English, &scenario, Side::Japan)
                    .unwrap();
                assert!(words.contains(scenario.articles[a as usize].in_sentence()), "{words}");
                assert!(!words.contains('%'), "{words}");
            }
        }
        japan += Report::of(&game).unwrap().utility[0];
    }
    assert!(said_linked >= 10, "Komura said why only {said_linked} times");
    let japan = japan / 30.0;
    assert!(japan >= 0.47, "Japan's mean against hardheaded {japan:.3}");
}

/// In the credit what-if Tokyo lets Komura give up Sakhalin from 16 August "if nothing else
/// will bring peace". He used to go from the south and a price for the north straight to
/// the whole island, which the historical Witte, weighing every offer against the treaty of
/// 1905, took at once: the south alone was never offered. While a turn remains, a step that
/// large is not skipped.
#[test]
fn komura_offers_the_south_before_he_gives_the_whole_island() {
    let scenario = load("japan-credit-runs-out.ron");
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    let south = scenario.option_index(sakhalin, "south").unwrap();
    let given_up = scenario.option_index(sakhalin, "none").unwrap();
    let (mut japan, mut south_kept) = (0.0, 0);
    let games: u32 = 40;
    for seed in 0..u64::from(games) {
        let game = play(&scenario, "delegate", "historical", seed);
        let mut offered_south = false;
        let last_session = scenario.sessions.len() - 1;
        for entry in &game.transcript().entries {
            let What::Moved {
                side: Side::Japan,
                turn,
                ..
            } = &entry.what
            else {
                continue;
            };
            let Some(offered) = turn.propose.as_ref().and_then(|p| p.terms.get(sakhalin)) else {
                continue;
            };
            assert!(
                offered != given_up || offered_south || entry.session == last_session,
                "seed {seed}: Komura gives the whole island in session {} before he has offered the south",
                entry.session + 1
            );
            offered_south |= offered == south;
        }
        let report = Report::of(&game).unwrap();
        if report.treaty.and_then(|t| t.get(sakhalin)) == Some(south) {
            south_kept += 1;
        }
        japan += report.utility[0];
    }
    let japan = japan / f64::from(games);
    // Before the rule, Japan kept the south in 8 of 200 games and averaged 0.519 (boulware,
    // holding to the end: 0.588).
    assert!(
        south_kept >= games * 3 / 4,
        "the south kept in {south_kept} of {games} games"
    );
    assert!(japan >= 0.57, "Japan's mean against the historical Witte {japan:.3}");
}

/// The delegate does not refuse terms it tables itself in the same turn. Komura's separate
/// terms on China's rights, the open door and the lease were refused by Witte in session 3 of
/// every game, and the same terms stood in Witte's proposal beneath the refusal: Witte's aim
/// then was above anything his opening let him table, so every package fell short of it.
/// Now terms no worse for it, article by article, than its own plan it takes.
#[test]
fn the_delegate_does_not_refuse_what_it_tables_itself() {
    let scenario = load("portsmouth-1905.ron");
    let mut taken_early = 0;
    for seed in 0..40 {
        let game = play(&scenario, "delegate", "delegate", seed);
        let mut standing: [Option<Proposal>; 2] = [None, None];
        for entry in &game.transcript().entries {
            let What::Moved { side, turn, .. } = &entry.what else {
                continue;
            };
            if let (Some(reply), Some(own), Some(theirs)) = (turn.reply, turn.propose, standing[side.other().index()]) {
                // A term each side offered on its own, refused and tabled the same.
                let alone = |p: &Proposal, a: usize| p.packages().any(|k| k.iter().eq([a]));
                for a in reply.reject.iter() {
                    let same = own.terms.get(a).is_some() && own.terms.get(a) == theirs.terms.get(a);
                    assert!(
                        !(same && alone(&theirs, a) && alone(&own, a)),
                        "seed {seed}, session {}: {side} refuses and tables the same term on article {a}",
                        entry.session + 1
                    );
                }
            }
            if turn.propose.is_some() {
                standing[side.index()] = turn.propose;
            }
            if *side == Side::Russia && entry.session == 2 && turn.reply.is_some_and(|r| !r.accept.is_empty()) {
                taken_early += 1;
            }
        }
    }
    // Witte takes them as soon as they are offered, in session 3.
    assert!(
        taken_early >= 30,
        "Witte accepted something in session 3 in only {taken_early} turns of 40 games"
    );
}

/// A delegate whose capital has said no, cabling on the same instruction again, says it
/// asks again (issue 13: Komura asked Tokyo whether the same order "must still hold" four
/// sessions running, each worded as a first request), with news its delegation has
/// heard since it last asked; its first cable on an order is said as the first.
#[test]
fn a_second_cable_on_the_same_order_is_said_as_asked_again() {
    let scenario = load("portsmouth-1905.ron");
    let (mut first, mut again, mut with_news) = (0, 0, 0);
    for seed in 0..40 {
        let game = play(&scenario, "delegate", "delegate", seed);
        let transcript = game.transcript();
        // Per side, the events it has heard of, and what it had heard when it last asked
        // about each order.
        let mut heard = [0u128; 2];
        let mut asked: [Vec<(u8, u128)>; 2] = [Vec::new(), Vec::new()];
        for entry in &transcript.entries {
            match &entry.what {
                What::Event { event } => {
                    for side in Side::BOTH {
                        let reaches = scenario.public.events[*event as usize]
                            .dispatch
                            .as_ref()
                            .is_some_and(|d| d.to.includes(side));
                        let own = scenario
                            .mandate(side)
                            .dispatches
                            .iter()
                            .any(|d| d.event == *event as usize);
                        if reaches || own {
                            heard[side.index()] |= 1 << event;
                        }
                    }
                }
                What::Moved { side, turn, note } => {
                    let Some(SideAction::CableHome(r)) = turn.action else {
                        continue;
                    };
                    let Some(Note::Said(Remark::Delegate(said))) = note.map(|n| &transcript.notes[n]) else {
                        panic!("seed {seed}: a cable home without the delegate's words");
                    };
                    let s = side.index();
                    let before = asked[s].iter().find(|(line, _)| *line == r).map(|(_, h)| *h);
                    assert_eq!(
                        said.cables_again,
                        before.is_some(),
                        "seed {seed}: {side} cables on red line {r}"
                    );
                    let news = before.and_then(|h| (heard[s] & !h).checked_ilog2());
                    assert_eq!(said.cable_news.map(u32::from), news, "seed {seed}: {side}'s news");
                    let words = Remark::Delegate(*said)
                        .describe_in(Lang::English, &scenario, *side)
                        .expect("the delegate says something");
                    let order = &scenario.red_line(r as usize).text;
                    assert!(words.contains(order.as_str()), "seed {seed}: {words}");
                    let asks_again = [
                        "last answer",
                        "last asked",
                        "once more for leave",
                        "Another cable goes",
                        "another cable goes",
                    ]
                    .iter()
                    .any(|w| words.contains(w));
                    assert_eq!(asks_again, before.is_some(), "seed {seed}: {words}");
                    // The record says it too, to the teacher and to the delegation itself.
                    for viewer in [None, Some(*side)] {
                        let record = portsmouth::engine::records::narrate::entry_lines_in(
                            Lang::English,
                            &scenario,
                            transcript,
                            entry,
                            viewer,
                            false,
                        )
                        .join("\n");
                        let capital = &scenario.party(*side).capital;
                        assert_eq!(
                            record.contains(&format!("cables {capital} again asking")),
                            before.is_some(),
                            "seed {seed}: {record}"
                        );
                    }
                    if let Some(e) = news {
                        let title = scenario.event_title(e as usize);
                        assert!(!title.is_empty() && words.contains(title), "seed {seed}: {words}");
                        with_news += 1;
                    }
                    if before.is_some() {
                        again += 1;
                    } else {
                        first += 1;
                    }
                    asked[s].retain(|(line, _)| *line != r);
                    asked[s].push((r, heard[s]));
                }
                _ => {}
            }
        }
    }
    assert!(
        first >= 40 && again >= 20 && with_news >= 10,
        "first cables {first}, cables again {again}, with news {with_news}"
    );
}

/// A delegate refusing terms no worse for it than its own last offer on that article says
/// it offered as much itself, within its own package, and never calls them too dear: the
/// English review found Komura refusing Witte's terms on Korea as "too heavy a price for
/// the Empire of Japan" one turn after offering the same terms himself.
#[test]
fn terms_it_had_offered_itself_are_never_refused_as_too_dear() {
    let scenario = load("portsmouth-1905.ron");
    let (mut own, mut dear) = (0, 0);
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("delegate:shrewd", "delegate:shrewd"),
        ("delegate", "boulware"),
        ("hardheaded", "delegate"),
    ] {
        for seed in 0..15 {
            let game = play(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            // Per side and article, the option it last proposed (as the delegate remembers it).
            let mut last: [Vec<Option<u8>>; 2] = [vec![None; 16], vec![None; 16]];
            let mut standing: [Terms; 2] = [Terms::EMPTY; 2];
            for entry in &transcript.entries {
                let What::Moved { side, turn, note } = &entry.what else {
                    continue;
                };
                let s = side.index();
                if let (Some(Note::Said(Remark::Delegate(said))), Some(_), None) =
                    (note.map(|n| &transcript.notes[n]), &turn.reply, &turn.mediator_reply)
                    && let Some(a) = said.costly
                {
                    let a = a as usize;
                    let points = |o: u8| scenario.mandate(*side).valuation.points(a, o);
                    let theirs = standing[side.other().index()].get(a).expect("the refused term");
                    let no_worse = last[s][a].is_some_and(|mine| points(theirs) >= points(mine));
                    assert_eq!(
                        said.costly_own, no_worse,
                        "{japan} v {russia}, seed {seed}: {side} on {a}"
                    );
                    let words = Remark::Delegate(*said)
                        .describe_in(Lang::English, &scenario, *side)
                        .unwrap();
                    let too_dear = ["too heavy a price", "still asks more than", "cannot accept"]
                        .iter()
                        .any(|w| words.contains(w));
                    assert!(!(no_worse && too_dear), "{japan} v {russia}, seed {seed}: {words}");
                    if no_worse {
                        own += 1;
                    } else {
                        dear += 1;
                    }
                }
                if let Some(p) = &turn.propose {
                    standing[s] = p.terms;
                    for (a, o) in p.terms.iter() {
                        last[s][a] = Some(o);
                    }
                }
            }
        }
    }
    assert!(
        own > 5 && dear > 5,
        "too few refusals to test: {own} of its own terms, {dear} too dear"
    );
}
