//! The deal table's estimate of how the counterpart receives a draft, and "what would it
//! take": that it reads the public record only (honesty), that its ratings bear out against
//! the computer delegate (usefulness), and that its counter-draft is one the player may
//! send and the delegate takes.

use crate::common::{self, load};
use portsmouth::engine::agents;
use portsmouth::engine::analysis::estimate::{self, ArticleReason, DraftReason, Estimate, Meter, Precision, Reception};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{Proposal, Terms, Turn};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::LastLook;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::scenario::{self, Scenario};
use std::sync::Arc;
use std::time::Instant;

const LEVELS: [&str; 3] = ["yielding", "steady", "shrewd"];
const PLAYERS: [&str; 5] = ["boulware", "linear", "conceder", "tit-for-tat", "random"];
const METERS: [Meter; 4] = [Meter::FarApart, Meter::Apart, Meter::Close, Meter::LikelySign];

/// The 1905 scenario with one side's private mandate changed and nothing public touched:
/// other valuations, another value of no treaty, a red line not in force (so every move
/// allowed before still is), another persona.
fn with_mandate_changed(side: Side) -> Arc<Scenario> {
    let text = std::fs::read_to_string(common::scenario_path("portsmouth-1905.ron")).unwrap();
    let (replacements, red_line) = match side {
        Side::Japan => (
            [
                ("\"korea\": [60, 55, 30, 0],", "\"korea\": [0, 30, 55, 60],"),
                ("\"fishing\": [12, 10, 0],", "\"fishing\": [0, 10, 12],"),
                ("points: 196,", "points: 90,"),
            ],
            "forbids: {\"evacuation\": [\"russia_keeps_north\"]},",
        ),
        Side::Russia => (
            [
                ("\"korea\": [0, 6, 12, 25],", "\"korea\": [25, 12, 6, 0],"),
                ("\"fishing\": [0, 5, 8],", "\"fishing\": [20, 5, 0],"),
                ("points: 175,", "points: 320,"),
            ],
            "forbids: {\"naval_limit\": [\"limited\"]},",
        ),
    };
    let mut changed = text.clone();
    let inactive = format!("{red_line}\n                    active: false,");
    for (from, to) in replacements.into_iter().chain([(red_line, inactive.as_str())]) {
        assert_eq!(changed.matches(from).count(), 1, "{from}");
        changed = changed.replace(from, to);
    }
    // Japan's persona is the first delegate block, Russia's the second.
    let firmness = "firmness: 3.0,";
    let persona = match side {
        Side::Japan => changed.find(firmness),
        Side::Russia => changed.rfind(firmness),
    }
    .unwrap();
    changed.replace_range(persona..persona + firmness.len(), "firmness: 1.2,");
    let path = std::env::temp_dir().join(format!("portsmouth-estimate-{side}-{}.ron", std::process::id()));
    std::fs::write(&path, changed).unwrap();
    let loaded = scenario::load(&path).unwrap_or_else(|e| panic!("{}", e[0]));
    let _ = std::fs::remove_file(&path);
    loaded.scenario
}

/// The drafts compared at each of the player's turns: its agent's proposal, and the 1905
/// treaty on what is still open.
fn drafts(game: &Game, player: Side, proposal: Option<&Proposal>) -> Vec<Terms> {
    let view = SideView::new(game, player);
    let open = view.negotiable();
    let mut history = Terms::EMPTY;
    if let Some(h) = &view.public().history {
        for (a, o) in h.treaty.iter().filter(|&(a, _)| open.contains(a)) {
            history.set(a, o);
        }
    }
    let mut out = vec![history];
    out.extend(proposal.map(|p| p.terms));
    out
}

type Readings = Vec<(Estimate, Option<Terms>)>;

/// Plays `player` (a linear agent) against the other side: `counterpart`, or its moves
/// replayed. Returns the counterpart's turns as played and, at each of the player's turns,
/// the estimates and counter-drafts for `drafts` at both precisions.
fn play_reading(
    scenario: &Arc<Scenario>,
    player: Side,
    counterpart: &str,
    replay: Option<&[Turn]>,
) -> (Vec<Turn>, Readings) {
    let seed = 7;
    let mut game = Game::new(Arc::clone(scenario), seed);
    let mut me = common::agent("linear", player, seed, scenario);
    let mut other = common::agent(counterpart, player.other(), seed, scenario);
    let mut played = Vec::new();
    let mut readings = Vec::new();
    while let Some(side) = game.to_move() {
        if game.state().last_look != LastLook::NotYet {
            // The talks are over; the mediator's last look reads both mandates, which differ
            // between the two scenarios by design.
            break;
        }
        if side != player {
            let turn = match replay {
                Some(moves) => moves[played.len()],
                None => {
                    let decision = other.decide(&SideView::new(&game, side));
                    let without = Turn {
                        propose: None,
                        ..decision.turn
                    };
                    [decision.turn, without, Turn::PASS]
                        .into_iter()
                        .find(|t| game.check(side, t).is_ok())
                        .unwrap()
                }
            };
            game.play(side, turn)
                .expect("the same move is allowed in both scenarios");
            played.push(turn);
            continue;
        }
        let decision = me.decide(&SideView::new(&game, side));
        for draft in drafts(&game, player, decision.turn.propose.as_ref()) {
            let view = SideView::new(&game, side);
            for precision in [Precision::Fine, Precision::Coarse] {
                let reading = estimate::estimate_and_nearest(&view, &draft, precision);
                assert_eq!(reading.0, estimate::estimate(&view, &draft, precision));
                assert_eq!(reading.1, estimate::what_would_it_take(&view, &draft, precision));
                readings.push(reading);
            }
        }
        agents::play_decision(&mut game, side, &decision);
    }
    (played, readings)
}

/// The same game played in the 1905 scenario and in one where the counterpart's private
/// mandate is changed: every reading is the same.
fn same_readings_whatever_his_mandate(player: Side) -> Readings {
    let original = load("portsmouth-1905.ron");
    let counterpart = player.other();
    let changed = with_mandate_changed(counterpart);
    // The private data really differs, and the delegate would feel it.
    assert_ne!(
        original.mandate(counterpart).valuation,
        changed.mandate(counterpart).valuation
    );
    assert_ne!(
        Game::new(Arc::clone(&original), 7).reservation(counterpart),
        Game::new(Arc::clone(&changed), 7).reservation(counterpart)
    );
    let (moves, readings) = play_reading(&original, player, "delegate", None);
    let (replayed, same) = play_reading(&changed, player, "delegate", Some(&moves));
    assert_eq!(moves, replayed);
    assert_eq!(readings.len(), same.len());
    assert!(readings.len() > 20, "only {} readings", readings.len());
    for (i, (a, b)) in readings.iter().zip(&same).enumerate() {
        assert_eq!(a, b, "reading {i} differs with {counterpart}'s private mandate changed");
        // And as the table receives it.
        assert_eq!(ron::to_string(a).unwrap(), ron::to_string(b).unwrap());
    }
    readings
}

#[test]
fn witte_reads_komura_the_same_whatever_tokyo_instructed() {
    same_readings_whatever_his_mandate(Side::Russia);
}

#[test]
fn the_estimate_reads_the_public_record_not_the_counterparts_mandate() {
    let original = load("portsmouth-1905.ron");
    let readings = same_readings_whatever_his_mandate(Side::Japan);
    // His public statements during the talks are among the reasons once made.
    let lamsdorf = original
        .events
        .iter()
        .position(|e| e.id == "lamsdorf_statement")
        .unwrap();
    assert!(
        readings
            .iter()
            .any(|(e, _)| e.reasons.contains(&DraftReason::PublicStatement { event: lamsdorf })),
        "Lamsdorf's statement is never cited"
    );
    // Not vacuous: another record (Russia played otherwise) reads otherwise.
    let (_, other_record) = play_reading(&original, Side::Japan, "conceder", None);
    let differs = readings
        .iter()
        .zip(&other_record)
        .filter(|(a, b)| a.0.meter != b.0.meter || a.0.articles != b.0.articles || a.1 != b.1)
        .count();
    assert!(differs > 0, "the estimate ignores the record");
    // The readings use at least three levels of the meter, and the coarse ones only two.
    let mut seen: Vec<Meter> = readings.iter().chain(&other_record).map(|(e, _)| e.meter).collect();
    seen.sort();
    seen.dedup();
    assert!(seen.len() >= 3, "meters seen: {seen:?}");
    for (e, _) in readings.iter().filter(|(e, _)| e.is_coarse()) {
        assert!(matches!(e.meter, Meter::FarApart | Meter::Close));
        assert!(e.articles.iter().all(|a| a.reception != Reception::WouldAccept));
    }
}

/// Counts per meter level: drafts rated so, and those the delegate accepted whole.
#[derive(Default)]
struct Tally {
    rated: [u32; 4],
    accepted: [u32; 4],
}

impl Tally {
    fn add(&mut self, meter: Meter, accepted: bool) {
        let i = METERS.iter().position(|m| *m == meter).unwrap();
        self.rated[i] += 1;
        self.accepted[i] += accepted as u32;
    }

    fn rate(&self, meter: Meter) -> f64 {
        let i = METERS.iter().position(|m| *m == meter).unwrap();
        self.accepted[i] as f64 / self.rated[i].max(1) as f64
    }

    fn row(&self) -> String {
        (0..4)
            .map(|i| {
                format!(
                    "{:>4}/{:<4} {:>3.0}%",
                    self.accepted[i],
                    self.rated[i],
                    100.0 * self.accepted[i] as f64 / self.rated[i].max(1) as f64
                )
            })
            .collect::<Vec<_>>()
            .join(" | ")
    }
}

/// Plays `player` on `side` against the delegate at `level`; for each proposal the player
/// leaves standing for the delegate to answer, tallies the estimate's meter (at fine
/// precision) against whether the delegate's next answer accepted the whole of it.
fn calibrate(scenario: &Arc<Scenario>, side: Side, player: &str, level: &str, seed: u64, tally: &mut Tally) {
    let mut game = Game::quiet(Arc::clone(scenario), seed);
    let mut me = common::agent(player, side, seed, scenario);
    let mut delegate = common::agent(&format!("delegate:{level}"), side.other(), seed, scenario);
    let mut pending: Option<(Meter, Terms)> = None;
    while let Some(mover) = game.to_move() {
        let view = SideView::new(&game, mover);
        let decision = if mover == side {
            me.decide(&view)
        } else {
            delegate.decide(&view)
        };
        if let Some((meter, draft)) = pending.take() {
            let accepted = decision
                .turn
                .reply
                .is_some_and(|r| draft.articles().minus(r.accept).is_empty());
            tally.add(meter, accepted);
        }
        agents::play_decision(&mut game, mover, &decision);
        if mover == side && game.to_move() == Some(side.other()) {
            let view = SideView::new(&game, side);
            let draft = view.own_proposal().terms;
            // After the last turn the other side only answers the mediator's amendment.
            if !draft.is_empty() && !view.is_final_turn() {
                pending = Some((estimate::estimate(&view, &draft, Precision::Fine).meter, draft));
            }
        }
    }
}

#[test]
fn likely_sign_is_mostly_signed_and_far_apart_rarely() {
    let scenario = load("portsmouth-1905.ron");
    let mut all = Tally::default();
    println!("delegate level | player side |   far apart    |     apart      |     close      |  likely sign");
    for level in LEVELS {
        for side in Side::BOTH {
            let mut tally = Tally::default();
            for player in PLAYERS {
                for seed in 0..6 {
                    calibrate(&scenario, side, player, level, seed, &mut tally);
                }
            }
            println!("{level:>14} | {side:>11} | {}", tally.row());
            for i in 0..4 {
                all.rated[i] += tally.rated[i];
                all.accepted[i] += tally.accepted[i];
            }
        }
    }
    println!("{:>14} | {:>11} | {}", "all", "", all.row());
    // Measured on the delegate of November 2026 (6 seeds, 5 players, both sides, 3 levels):
    // likely sign accepted 88% (57/65), close 35%, apart 12%, far apart 0% (0/1983). The
    // delegate is being rewritten, so the bounds are loose but keep the meter's sense.
    let likely = all.rated[3];
    assert!(likely >= 30, "too few drafts rated likely to be signed: {likely}");
    assert!(
        all.rate(Meter::LikelySign) >= 0.6,
        "drafts rated likely to be signed were accepted {:.0}% of the time",
        100.0 * all.rate(Meter::LikelySign)
    );
    assert!(all.rated[0] >= 100, "too few drafts rated far apart: {}", all.rated[0]);
    assert!(
        all.rate(Meter::FarApart) <= 0.1,
        "drafts rated far apart were accepted {:.0}% of the time",
        100.0 * all.rate(Meter::FarApart)
    );
    // The levels between keep their order.
    assert!(all.rate(Meter::LikelySign) > all.rate(Meter::Close));
    assert!(all.rate(Meter::Close) >= all.rate(Meter::Apart));
    assert!(all.rate(Meter::Apart) >= all.rate(Meter::FarApart));
}

/// Plays `player` on `side` against the delegate at `level`, sending in place of each of
/// the player's proposals what the estimate says it would take; checks each counter-draft
/// and counts (answered by the delegate, accepted whole by its answer, none found).
fn send_what_it_takes(scenario: &Arc<Scenario>, side: Side, player: &str, level: &str, seed: u64) -> (u32, u32, u32) {
    let mut game = Game::quiet(Arc::clone(scenario), seed);
    let mut me = common::agent(player, side, seed, scenario);
    let mut delegate = common::agent(&format!("delegate:{level}"), side.other(), seed, scenario);
    let (mut sent, mut accepted, mut none) = (0, 0, 0);
    let mut pending: Option<Terms> = None;
    // Counts only counter-drafts the delegate had a turn to answer.
    while let Some(mover) = game.to_move() {
        let mut decision = {
            let view = SideView::new(&game, mover);
            if mover == side {
                me.decide(&view)
            } else {
                delegate.decide(&view)
            }
        };
        if let Some(draft) = pending.take()
            && mover != side
        {
            let ok = decision
                .turn
                .reply
                .is_some_and(|r| draft.articles().minus(r.accept).is_empty());
            accepted += ok as u32;
            sent += 1;
        }
        let accepts_nothing = [decision.turn.reply, decision.turn.mediator_reply]
            .iter()
            .all(|r| r.is_none_or(|r| r.accept.is_empty()));
        if mover == side
            && accepts_nothing
            && let Some(proposal) = decision.turn.propose
        {
            // The table as the player previews it before sending (its answers accept
            // nothing, so nothing they do changes what may be proposed).
            let view = SideView::new(&game, side);
            match estimate::what_would_it_take(&view, &proposal.terms, Precision::Fine) {
                Some(nearest) => {
                    assert!(
                        view.may_agree(&nearest),
                        "seed {seed}: a counter-draft beyond the mandate"
                    );
                    let rated = estimate::estimate(&view, &nearest, Precision::Fine);
                    assert_eq!(rated.meter, Meter::LikelySign, "seed {seed}: {rated:?}");
                    assert!(rated.breaches.is_empty());
                    let coarse = estimate::estimate(&view, &nearest, Precision::Coarse);
                    assert_eq!(coarse.meter, Meter::Close);
                    decision.turn.propose = Some(Proposal::linked(nearest));
                    assert_eq!(game.check(side, &decision.turn), Ok(()), "seed {seed}");
                    pending = Some(nearest);
                }
                // Nothing the player's instructions allow reaches him now (in 1905, Sakhalin and
                // the money deadlock both delegations' instructions until a cable).
                None => none += 1,
            }
        }
        agents::play_decision(&mut game, mover, &decision);
    }
    (sent, accepted, none)
}

#[test]
fn what_it_would_take_is_allowed_rated_likely_and_mostly_accepted() {
    let scenario = load("portsmouth-1905.ron");
    let (mut sent, mut accepted, mut none) = (0, 0, 0);
    for level in LEVELS {
        for side in Side::BOTH {
            let (mut s, mut a, mut n) = (0, 0, 0);
            for player in PLAYERS {
                for seed in 0..4 {
                    let (x, y, z) = send_what_it_takes(&scenario, side, player, level, seed);
                    (s, a, n) = (s + x, a + y, n + z);
                }
            }
            println!(
                "what it would take, delegate {level:>8} as {}: accepted {a}/{s} ({:.0}%), none found {n}",
                side.other(),
                100.0 * a as f64 / s.max(1) as f64
            );
            (sent, accepted, none) = (sent + s, accepted + a, none + n);
        }
    }
    println!(
        "what it would take, all: accepted {accepted}/{sent} ({:.0}%), none found {none}",
        100.0 * accepted as f64 / sent.max(1) as f64
    );
    // Measured: 89% (76 of 85 answered); most of the player's turns have none (Sakhalin and
    // the money deadlock both sides' instructions for most of the talks).
    assert!(sent >= 40, "only {sent} counter-drafts answered");
    assert!(
        accepted as f64 > 0.6 * sent as f64,
        "the delegate accepted {accepted} of {sent} counter-drafts"
    );
}

#[test]
fn the_estimate_is_quick_and_worded_without_numbers() {
    let scenario = load("portsmouth-1905.ron");
    // Every proposal of a game between a linear Japan and the delegate, estimated as the
    // proposer would preview it.
    let mut game = Game::new(Arc::clone(&scenario), 3);
    let mut agents_by_side = [
        common::agent("linear", Side::Japan, 3, &scenario),
        common::agent("delegate", Side::Russia, 3, &scenario),
    ];
    let mut times = Vec::new();
    let mut sentences = 0;
    while let Some(side) = game.to_move() {
        let decision = agents_by_side[side.index()].decide(&SideView::new(&game, side));
        if let Some(proposal) = decision.turn.propose {
            let view = SideView::new(&game, side);
            let start = Instant::now();
            let (estimate, nearest) = estimate::estimate_and_nearest(&view, &proposal.terms, Precision::Fine);
            times.push(start.elapsed().as_secs_f64() * 1e6);
            std::hint::black_box(nearest);
            let public = view.public();
            let mut words: Vec<String> = estimate
                .reasons
                .iter()
                .map(|r| r.describe(public, estimate.counterpart))
                .collect();
            for article in &estimate.articles {
                words.extend(
                    article
                        .reasons
                        .iter()
                        .map(|r| r.describe(public, estimate.counterpart, article.article)),
                );
            }
            words.extend(estimate.breaches.iter().map(|b| b.describe(&view)));
            for sentence in &words {
                assert!(
                    sentence.ends_with('.') || sentence.ends_with(".”"),
                    "not a sentence: {sentence}"
                );
                assert!(!sentence.contains('%'), "a percentage: {sentence}");
                assert!(!sentence.contains("point"), "points: {sentence}");
            }
            sentences += words.len();
        }
        agents::play_decision(&mut game, side, &decision);
    }
    times.sort_by(f64::total_cmp);
    let p = |q: f64| times[((times.len() - 1) as f64 * q) as usize];
    println!(
        "estimate + what would it take (debug build): p50 {:.0} µs, p99 {:.0} µs over {} drafts, {sentences} sentences",
        p(0.5),
        p(0.99),
        times.len()
    );
    assert!(sentences > 0);
}

#[test]
fn the_reading_is_coarse_at_the_hardest_level_only() {
    let scenario = load("portsmouth-1905.ron");
    let precisions: Vec<(&str, Precision)> = scenario
        .difficulties
        .iter()
        .map(|d| (d.id.as_str(), Precision::for_level(d)))
        .collect();
    assert_eq!(
        precisions,
        [
            ("yielding", Precision::Fine),
            ("steady", Precision::Fine),
            ("shrewd", Precision::Coarse)
        ]
    );
}

#[test]
fn the_reading_is_coarse_across_from_a_delegate_at_full_strength() {
    use portsmouth::engine::agents::AgentSpec;
    use portsmouth::engine::records::save::Seat;
    let scenario = load("portsmouth-1905.ron");
    let against = |seat: Seat| Precision::against(&seat, &scenario.difficulties);
    let at = |level: &str| Seat::Computer(AgentSpec::DelegateAt(level.into()));
    assert_eq!(against(at("yielding")), Precision::Fine);
    assert_eq!(against(at("steady")), Precision::Fine);
    assert_eq!(against(at("shrewd")), Precision::Coarse);
    // The delegate's default persona is the full-strength one.
    assert_eq!(against(Seat::Computer(AgentSpec::Delegate)), Precision::Coarse);
    // Nothing reads the player across from a second player or 1905's script.
    assert_eq!(against(Seat::Human), Precision::Fine);
    assert_eq!(against(Seat::Computer(AgentSpec::Historical)), Precision::Fine);
    assert_eq!(against(at("no-such-level")), Precision::Fine);
}

/// The last turn of the talks (the second mover's last in the last session): nothing the
/// player proposes can be answered, so the table must not say how he would take it, nor
/// offer a counter-draft he "would sign" — only that he cannot answer, and why. The turn
/// before, his last answer is still to come, and the table says it is his last chance.
/// A term his side refused in public (`known_refusals`: Russia's "not a kopeck, direct or
/// indirect") is one he insists on, and the table says why; the whole draft is far apart;
/// "what would it take" never suggests one. The table used to rate ¥1,200 million as something Witte "may give" once
/// the player's terms were generous elsewhere, and could offer it back in a counter-draft.
#[test]
fn a_term_his_side_refused_in_public_is_one_he_insists_on_and_never_what_it_would_take() {
    let scenario = load("portsmouth-1905.ron");
    let public = &scenario.public;
    let money = public.article_index("reparations").unwrap();
    let refused = public.option_index(money, "yen_1200").unwrap();
    let mut game = Game::quiet(Arc::clone(&scenario), 5);
    let (mut rated, mut counter_drafts) = (0, 0);
    // Both sides pass: the money comes on the table with its session, every article open.
    while let Some(mover) = game.to_move() {
        let view = SideView::new(&game, mover);
        if mover == Side::Japan && view.negotiable().contains(money) && !view.is_final_turn() {
            let mut draft = drafts(&game, mover, None)[0];
            draft.set(money, refused);
            for precision in [Precision::Fine, Precision::Coarse] {
                let (estimate, nearest) = estimate::estimate_and_nearest(&view, &draft, precision);
                let on_money = estimate.articles.iter().find(|e| e.article == money).unwrap();
                assert_eq!(on_money.reception, Reception::Insists, "{on_money:?}");
                assert_eq!(estimate.meter, Meter::FarApart, "however generous the rest");
                assert!(
                    on_money.reasons.contains(&ArticleReason::RefusedInPublic),
                    "{on_money:?}"
                );
                if let Some(nearest) = nearest {
                    assert_ne!(
                        nearest.get(money),
                        Some(refused),
                        "a counter-draft asks the refused term"
                    );
                    counter_drafts += 1;
                }
                rated += 1;
            }
        }
        game.play(mover, Turn::PASS).unwrap();
    }
    assert!(rated >= 4, "the money was rated only {rated} times");
    let words = ArticleReason::RefusedInPublic.describe(public, Side::Russia, money);
    assert!(
        words.contains("never") && !words.chars().any(|c| c.is_ascii_digit()),
        "{words}"
    );
    println!("rated {rated}, counter-drafts {counter_drafts}");
}

#[test]
fn on_the_last_turn_it_says_he_cannot_answer_and_offers_no_counter_draft() {
    for name in ["portsmouth-1905.ron", "tutorial.ron"] {
        let scenario = load(name);
        let mut game = Game::quiet(Arc::clone(&scenario), 3);
        let (mut final_turns, mut his_last_chance) = (0, 0);
        // Both sides pass: the talks run to their last turn with every article open.
        while let Some(mover) = game.to_move() {
            let view = SideView::new(&game, mover);
            // The 1905 terms on what is open (nothing, before the first article is tabled).
            let draft = drafts(&game, mover, None)[0];
            for precision in [Precision::Fine, Precision::Coarse]
                .into_iter()
                .filter(|_| !draft.is_empty())
            {
                let (rated, nearest) = estimate::estimate_and_nearest(&view, &draft, precision);
                if view.is_final_turn() {
                    assert_eq!(rated.meter, Meter::NoAnswer, "{name}");
                    assert_eq!(rated.reasons, vec![DraftReason::NoTurnLeft], "{name}");
                    assert!(rated.articles.is_empty(), "{name}: no article is rated");
                    assert_eq!(nearest, None, "{name}: no counter-draft on the last turn");
                    final_turns += 1;
                } else {
                    assert_ne!(rated.meter, Meter::NoAnswer, "{name}");
                    assert!(!rated.reasons.contains(&DraftReason::NoTurnLeft), "{name}");
                    if view.turns_left(mover.other()) == 1
                        && rated.reasons.contains(&DraftReason::Phase(estimate::Phase::LastWord))
                    {
                        his_last_chance += 1;
                    }
                }
            }
            game.play(mover, Turn::PASS).unwrap();
        }
        assert_eq!(final_turns, 2, "{name}: one last turn, read at both precisions");
        assert_eq!(
            his_last_chance, 4,
            "{name}: the two turns before his last, each precision"
        );
        let he = &scenario.public.party(Side::Japan).player_title;
        let words = DraftReason::NoTurnLeft.describe(&scenario.public, Side::Japan);
        assert!(
            words.contains(he.as_str()) && !words.chars().any(|c| c.is_ascii_digit()),
            "{words}"
        );
    }
}
