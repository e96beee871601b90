//! An ultimatum ends in one of three ways, and the record tells them apart: met on its own
//! terms, overtaken by other terms its author accepted, or run out unmet.

use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::{Proposal, Response, SideAction, Terms, Turn, Ultimatum};
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::narrate;
use portsmouth::engine::records::transcript::What;
use portsmouth::engine::scenario;
use portsmouth::i18n::Lang;
use std::path::Path;

const SAKHALIN: usize = 1;
const ALL: u8 = 0;
const SOUTH: u8 = 1;

/// Japan tables all of Sakhalin and lays it down as an ultimatum; Russia answers with
/// `russia_offers`; Japan accepts that. The transcript's lines, and how the ultimatum ended.
fn ultimatum_answered_with(russia_offers: u8) -> (Vec<String>, Option<bool>) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/minimal.ron");
    let scenario = scenario::load(&path).map_err(|e| format!("{e:?}")).unwrap().scenario;
    let mut game = Game::new(scenario, 1);
    let sakhalin = |option: u8| {
        let mut terms = Terms::EMPTY;
        terms.set(SAKHALIN, option);
        terms
    };
    let demand = Turn {
        propose: Some(Proposal::linked(sakhalin(ALL))),
        action: Some(SideAction::Ultimatum(Ultimatum {
            terms: sakhalin(ALL),
            by_session: 1,
        })),
        ..Turn::PASS
    };
    game.play(Side::Japan, demand).unwrap();
    let offer = Proposal::linked(sakhalin(russia_offers));
    game.play(
        Side::Russia,
        Turn {
            propose: Some(offer),
            ..Turn::PASS
        },
    )
    .unwrap();
    game.play(
        Side::Japan,
        Turn {
            reply: Some(Response::accept_all(&offer)),
            ..Turn::PASS
        },
    )
    .unwrap();
    assert_eq!(game.state().agreed(SAKHALIN), Some(russia_offers));
    let ended = game.transcript().entries.iter().find_map(|e| match e.what {
        What::UltimatumMet {
            side: Side::Japan,
            as_demanded,
        } => Some(as_demanded),
        _ => None,
    });
    let text = narrate::render_in(Lang::English, game.scenario(), game.transcript(), None, false);
    (text.lines().map(str::to_string).collect(), ended)
}

#[test]
fn an_ultimatum_settled_on_other_terms_is_not_called_met() {
    // Russia gives Japan what it demanded: the ultimatum is met.
    let (lines, ended) = ultimatum_answered_with(ALL);
    assert_eq!(ended, Some(true));
    assert!(
        lines
            .iter()
            .any(|l| l.trim() == "The ultimatum from Komura (Japan) is met."),
        "{lines:#?}"
    );
    // Japan takes less than it demanded: the threat is over, but nobody met it.
    let (lines, ended) = ultimatum_answered_with(SOUTH);
    assert_eq!(ended, Some(false));
    assert!(!lines.iter().any(|l| l.contains("ultimatum is met")), "{lines:#?}");
    assert!(
        lines.iter().any(|l| l.trim()
            == "The ultimatum from Komura (Japan) falls away: its articles are now settled, though not all on the terms it demanded."),
        "{lines:#?}"
    );
}

/// A delegate whose own turn settles every article of the other side's ultimatum neither calls
/// it nor counters it: the ultimatum falls away. In 1905 self-play Komura used to accept Witte's
/// whole offer at the last sitting and say in the same breath that he let Witte's ultimatum stand.
#[test]
fn an_ultimatum_the_turn_itself_settles_is_neither_called_nor_countered() {
    use portsmouth::engine::agents::{Remark, UltimatumAnswer};
    use portsmouth::engine::records::transcript::Note;
    let scenario = crate::common::load("portsmouth-1905.ron");
    let mut settled_by_the_turn = 0;
    let mut answered = 0;
    for (japan, russia) in [
        ("delegate", "delegate"),
        ("delegate", "hardheaded"),
        ("boulware", "delegate"),
    ] {
        for seed in 0..40 {
            let game = crate::common::play(&scenario, japan, russia, seed);
            let transcript = game.transcript();
            let mut answer = None;
            for entry in &transcript.entries {
                match &entry.what {
                    What::Moved { note, .. } => {
                        answer = note.and_then(|n| match &transcript.notes[n] {
                            Note::Said(Remark::Delegate(said)) => said.ultimatum_answer,
                            _ => None,
                        });
                        if matches!(answer, Some(UltimatumAnswer::Call | UltimatumAnswer::Counter)) {
                            answered += 1;
                        }
                    }
                    What::UltimatumMet { .. } => {
                        settled_by_the_turn += 1;
                        assert!(
                            !matches!(answer, Some(UltimatumAnswer::Call | UltimatumAnswer::Counter)),
                            "{japan} v {russia}, seed {seed}, session {}: the turn that settles the ultimatum answers it with {answer:?}",
                            entry.session + 1
                        );
                    }
                    _ => {}
                }
            }
        }
    }
    assert!(
        settled_by_the_turn >= 10,
        "only {settled_by_the_turn} ultimatums settled by a turn"
    );
    assert!(answered >= 10, "only {answered} ultimatums called or countered");
}
