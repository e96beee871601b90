//! What a delegation's view holds: the public scenario and its own mandate, never the other
//! side's — the snapshot a server would send its machine.

use crate::common::{load, play};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{SideAction, Turn};
use portsmouth::engine::play::side::{Audience, Side};
use portsmouth::engine::play::view::{SeatView, SideView};
use portsmouth::engine::records::transcript::{Entry, Note, Transcript, What};
use portsmouth::engine::scenario::Scenario;
use std::sync::Arc;

/// Every private string of a side's mandate: briefing, no-treaty text, red lines and their
/// cable answers, press lines, the persona's compromise note and the dispatches sent to it.
pub fn private_strings(scenario: &Scenario, side: Side) -> Vec<String> {
    let mandate = scenario.mandate(side);
    let mut out = vec![mandate.briefing.clone(), mandate.no_treaty.text.clone()];
    for red_line in &mandate.red_lines {
        out.push(red_line.text.clone());
        if let Some(cable) = &red_line.cable {
            out.extend([cable.yes.clone(), cable.no.clone()]);
        }
    }
    for press in &mandate.press {
        out.extend([press.label.clone(), press.text.clone()]);
    }
    if let Some((_, note)) = &mandate.persona.compromise {
        out.push(note.clone());
    }
    for private in &mandate.dispatches {
        out.extend([private.title.clone(), private.dispatch.text.clone()]);
    }
    for (_, meter) in &mandate.meters {
        out.extend([meter.name.clone(), meter.description.clone()]);
    }
    out.retain(|s| s.len() > 12);
    out
}

fn seat_json(game: &Game, side: Side) -> String {
    serde_json::to_string(&SideView::new(game, side).snapshot()).expect("a view serialises")
}

fn assert_honest(scenario: &Arc<Scenario>, game: &Game) {
    for side in Side::BOTH {
        let json = seat_json(game, side);
        for own in private_strings(scenario, side) {
            let own = serde_json::to_string(&own).unwrap();
            assert!(json.contains(&own), "{side}'s view lacks its own {own}");
        }
        for theirs in private_strings(scenario, side.other()) {
            let theirs = serde_json::to_string(&theirs).unwrap();
            assert!(!json.contains(&theirs), "{side}'s view holds the other side's {theirs}");
        }
        let their_table = serde_json::to_string(scenario.mandate(side.other()).valuation.table()).unwrap();
        assert!(
            !json.contains(&their_table),
            "{side}'s view holds the other side's points"
        );
        let own_table = serde_json::to_string(scenario.mandate(side).valuation.table()).unwrap();
        assert!(json.contains(&own_table), "{side}'s view lacks its own points");
    }
}

#[test]
fn a_delegations_view_holds_none_of_the_other_sides_private_data() {
    for file in [
        "portsmouth-1905.ron",
        "tsar-holds-firm.ron",
        "japan-credit-runs-out.ron",
    ] {
        let scenario = load(file);
        assert!(!private_strings(&scenario, Side::Russia).is_empty());
        assert!(!scenario.mandate(Side::Russia).dispatches.is_empty() || file != "portsmouth-1905.ron");
        assert_honest(&scenario, &Game::new(Arc::clone(&scenario), 1905));
        assert_honest(&scenario, &play(&scenario, "delegate", "delegate", 7));
    }
}

#[test]
fn a_view_snapshot_reads_back_as_it_was_written() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1905);
    for side in Side::BOTH {
        let json = seat_json(&game, side);
        let back: SeatView = serde_json::from_str(&json).expect("a snapshot reads back");
        assert_eq!(serde_json::to_string(&back).unwrap(), json);
        assert_eq!(back.side, side);
    }
}

#[test]
fn a_cable_home_is_not_seen_across_the_table() {
    let scenario = load("portsmouth-1905.ron");
    let mut game = Game::new(Arc::clone(&scenario), 1905);
    let mut japan = crate::common::agent("historical", Side::Japan, 1905, &scenario);
    let mut russia = crate::common::agent("historical", Side::Russia, 1905, &scenario);
    let mut seen = 0;
    while let Some(side) = game.to_move() {
        let agent = if side == Side::Japan { &mut japan } else { &mut russia };
        let turn = agent.decide(&SideView::new(&game, side)).turn;
        game.play(side, turn).expect("the 1905 script is legal");
        if matches!(turn.action, Some(SideAction::CableHome(_))) {
            seen += 1;
            assert_eq!(SideView::new(&game, side).last_turn(side), Some(turn));
            let across = SideView::new(&game, side.other()).last_turn(side).unwrap();
            assert_eq!(across.action, None);
            let snapshot = SideView::new(&game, side.other()).snapshot();
            assert_eq!(snapshot.talks.last_turn[side.index()].unwrap().action, None);
        }
    }
    assert!(seen > 0, "the 1905 script cables home");
}

#[test]
fn dispatches_to_one_side_leave_the_public_events() {
    let scenario = load("portsmouth-1905.ron");
    for side in Side::BOTH {
        for private in &scenario.mandate(side).dispatches {
            let (e, dispatch) = (private.event, &private.dispatch);
            assert!(scenario.public.events[e].dispatch.is_none() && scenario.public.events[e].title.is_empty());
            assert!(dispatch.to.includes(side) && !dispatch.to.includes(side.other()));
            assert_eq!(scenario.dispatch(e).map(|d| &d.text), Some(&dispatch.text));
            assert_eq!(scenario.event_title(e), private.title);
        }
    }
    assert!(
        scenario
            .events
            .iter()
            .filter_map(|e| e.dispatch.as_ref())
            .all(|d| d.to == Audience::Both)
    );
}

#[test]
fn a_sides_valuation_gives_the_utilities_of_the_outcome_space_to_the_bit() {
    let scenario = load("portsmouth-1905.ron");
    for side in Side::BOTH {
        let valuation = &scenario.mandate(side).valuation;
        for terms in scenario.space.treaties().step_by(101) {
            let (own, both) = (valuation.utility(&terms), scenario.space.utility(side, &terms));
            assert_eq!(own.to_bits(), both.to_bits());
        }
        assert_eq!(valuation.table(), scenario.space.table(side));
    }
}

#[test]
fn a_seat_hears_of_the_events_sent_to_it_and_never_of_those_sent_to_the_other_side_alone() {
    let scenario = load("portsmouth-1905.ron");
    let (mut own_heard, mut public_heard) = (0, 0);
    for seed in 1..=20 {
        let game = play(&scenario, "delegate", "delegate", seed);
        for side in Side::BOTH {
            let heard = SideView::new(&game, side).talks().heard_events;
            for (e, event) in scenario.public.events.iter().enumerate() {
                let private_to = Side::BOTH
                    .into_iter()
                    .find(|s| scenario.mandate(*s).dispatches.iter().any(|d| d.event == e));
                let reaches = match private_to {
                    Some(addressee) => addressee == side,
                    None => event.dispatch.as_ref().is_some_and(|d| d.to.includes(side)),
                };
                let fired = game.state().event_fired(e);
                assert_eq!(
                    heard.contains(&(e as u16)),
                    fired && reaches,
                    "seed {seed}, {side}, event {}",
                    event.id
                );
                match (fired && reaches, private_to) {
                    (true, Some(_)) => own_heard += 1,
                    (true, None) => public_heard += 1,
                    _ => {}
                }
            }
        }
    }
    assert!(
        own_heard > 0 && public_heard > 0,
        "{own_heard} private, {public_heard} public: nothing was checked"
    );
}

/// A delegation reading the record hears what the other side said across the table: never
/// that it cabled home, never its confidential texts; its own delegation and the teacher read
/// every word, and the class on the projector what was said across the table.
#[test]
fn a_delegates_cable_home_and_confidential_words_are_not_heard_across_the_table() {
    use portsmouth::engine::agents::Hearer;
    use portsmouth::engine::records::confidential;
    use portsmouth::engine::records::narrate;
    use portsmouth::i18n::Lang;

    let scenario = load("portsmouth-1905.ron");
    let secrets = confidential::secrets(&scenario);
    let (mut cables, mut kept_back) = (0, 0);
    for seed in 0..24 {
        let game = play(&scenario, "delegate", "delegate", seed);
        let transcript = game.transcript();
        for viewer in Side::BOTH {
            let read = narrate::render_in(Lang::English, &scenario, transcript, Some(viewer), false);
            for secret in &secrets[viewer.other().index()] {
                assert!(!read.contains(secret.as_str()), "seed {seed}: {viewer} reads {secret}");
            }
        }
        for (entry, side, turn, note) in moves_with_notes(transcript) {
            let lines = |viewer| narrate::entry_lines_in(Lang::English, &scenario, transcript, entry, viewer, false);
            let own = note.text_to(Lang::English, &scenario, side, Hearer::Own);
            let across = note.text_to(Lang::English, &scenario, side, Hearer::Across);
            assert!(!across.is_empty());
            let quoted = |text: &str| format!("    “{text}”");
            assert!(lines(None).contains(&quoted(&own)), "the teacher reads every word");
            assert!(lines(Some(side)).contains(&quoted(&own)), "its own delegation too");
            assert!(lines(Some(side.other())).contains(&quoted(&across)));
            let public = narrate::public_entry_lines_in(Lang::English, &scenario, transcript, entry, false);
            assert!(public.contains(&quoted(&across)), "the class hears it: {public:?}");
            if across != own {
                kept_back += 1;
            }
            if matches!(turn.action, Some(SideAction::CableHome(_))) {
                cables += 1;
                let capital = &scenario.party(side).capital;
                assert!(own.contains(capital.as_str()), "{own}");
                for said in [&across, &public.join("\n")] {
                    assert!(
                        !said.contains("cable") && !said.contains(&format!("asks {capital} whether")),
                        "{said}"
                    );
                }
            }
        }
    }
    assert!(
        cables > 0 && kept_back > cables,
        "{cables} cables, {kept_back} notes kept something back"
    );
}

/// The 1905 script tells its cables home in its notes ("Komura cables that the talks must
/// fail"): its own side and the teacher read them, the other side and the class do not.
#[test]
fn a_scripted_cable_home_is_told_only_to_its_own_side() {
    use portsmouth::engine::records::narrate;
    use portsmouth::i18n::Lang;

    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1905);
    let transcript = game.transcript();
    let mut told = 0;
    for (entry, side, turn, note) in moves_with_notes(transcript) {
        if !matches!(turn.action, Some(SideAction::CableHome(_))) {
            continue;
        }
        let said = note.text_in(Lang::English, &scenario, side);
        assert!(!said.is_empty());
        let heard = |viewer| {
            narrate::entry_lines_in(Lang::English, &scenario, transcript, entry, viewer, false)
                .iter()
                .any(|line| line.contains(&said))
        };
        assert!(heard(None) && heard(Some(side)), "{said}");
        assert!(!heard(Some(side.other())), "{said}");
        let public = narrate::public_entry_lines_in(Lang::English, &scenario, transcript, entry, false);
        assert!(!public.iter().any(|line| line.contains(&said)), "{said}");
        told += 1;
    }
    assert!(told >= 2, "the 1905 script cables home with a note");
}

/// Every move of the record said with words: its entry, side, turn and note.
fn moves_with_notes(transcript: &Transcript) -> impl Iterator<Item = (&Entry, Side, &Turn, &Note)> {
    transcript.entries.iter().filter_map(|entry| match &entry.what {
        What::Moved {
            side,
            turn,
            note: Some(n),
        } => Some((entry, *side, turn, &transcript.notes[*n])),
        _ => None,
    })
}
