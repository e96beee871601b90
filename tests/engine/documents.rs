//! What the window shows, made by the engine: the treaty's text, the brief, the timeline
//! of concessions, the worth of a draft and the meters by session.

use crate::common::{load, play};
use portsmouth::engine::briefing::Brief;
use portsmouth::engine::moves::Terms;
use portsmouth::engine::side::Side;
use portsmouth::engine::state::Author;
use portsmouth::engine::timeline::{concessions, meters_by_session};
use portsmouth::engine::treaty::TreatyText;
use portsmouth::engine::view::SideView;

#[test]
fn the_1905_game_makes_the_treaty_of_portsmouth() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1);
    let terms = game.treaty().expect("a treaty");
    let signed = scenario.sessions[game.state().session].date;
    let text = TreatyText::new(&scenario, &terms, signed);
    assert_eq!(text.title, "Treaty of Peace between Japan and Russia");
    assert!(
        text.preamble.contains("Komura") && text.preamble.contains("Witte"),
        "{}",
        text.preamble
    );
    assert_eq!(text.articles[0].0, "I");
    let all: String = text
        .articles
        .iter()
        .map(|a| a.2.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(all.contains("southern part of Sakhalin, to the 50th parallel"), "{all}");
    assert!(all.contains("paramount political, military and economic interests in Korea"));
    assert!(!all.contains("reimburses Japan"), "no indemnity in the 1905 treaty");
    // Withdrawn demands (warships, naval limits) give no article.
    let with_clauses = terms
        .iter()
        .filter(|&(a, o)| scenario.articles[a].options[o as usize].clause.is_some())
        .count();
    assert_eq!(text.articles.len(), with_clauses + 1);
    assert!(text.closing.contains("Portsmouth, New Hampshire"));
    assert!(text.closing.contains("of the Russian calendar"));
    assert_eq!(text.signatures[0].0, "the Empire of Japan");
    assert!(text.signatures[1].1.iter().any(|n| n.contains("Witte")));
}

#[test]
fn the_brief_separates_red_lines_from_what_may_be_traded() {
    let scenario = load("portsmouth-1905.ron");
    let japan = Brief::of(&scenario, Side::Japan);
    let russia = Brief::of(&scenario, Side::Russia);
    assert!(!japan.necessary.is_empty() && !russia.necessary.is_empty());
    assert!(
        japan.necessary.iter().any(|(_, cable)| *cable),
        "Japan may cable about reimbursement"
    );
    let titles = |items: &[(String, u32)]| items.iter().map(|(t, _)| t.clone()).collect::<Vec<_>>();
    assert!(
        titles(&russia.guarded).contains(&"Sakhalin".to_string()),
        "{:?}",
        russia.guarded
    );
    // Shares are of the whole stake and ranked.
    for brief in [&japan, &russia] {
        let all: Vec<u32> = brief.tradeable.iter().chain(&brief.guarded).map(|(_, s)| *s).collect();
        let total: u32 = all.iter().sum();
        assert!((95..=105).contains(&total), "shares add up to about 100: {total}");
        assert!(brief.tradeable.windows(2).all(|w| w[0].1 >= w[1].1));
    }
}

#[test]
fn the_timeline_records_each_change_of_offer_and_the_agreements() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1);
    let lines = concessions(&scenario, game.transcript());
    assert_eq!(lines.len(), scenario.articles.len());
    let sakhalin = scenario.article_index("sakhalin").unwrap();
    let line = &lines[sakhalin];
    let japan_offers: Vec<u8> = line
        .offers
        .iter()
        .filter(|o| o.author == Author::Japan)
        .map(|o| o.option)
        .collect();
    assert!(japan_offers.len() >= 2, "Japan moved on Sakhalin: {japan_offers:?}");
    assert!(
        japan_offers.windows(2).all(|w| w[0] != w[1]),
        "only changes are recorded"
    );
    let (_, agreed) = line.agreed.expect("Sakhalin was agreed");
    assert_eq!(scenario.articles[sakhalin].options[agreed as usize].id, "south");
    assert!(
        lines
            .iter()
            .all(|l| l.offers.windows(2).all(|w| w[0].session <= w[1].session))
    );
}

#[test]
fn a_draft_is_worth_what_the_treaty_would_be() {
    let scenario = load("portsmouth-1905.ron");
    let game = portsmouth::engine::game::Game::new(scenario.clone(), 1);
    let view = SideView::new(&game, Side::Japan);
    let history = scenario.history.as_ref().unwrap().treaty;
    let whole = view.value_if_agreed(&history);
    assert!((whole - scenario.space.utility(Side::Japan, &history)).abs() < 1e-12);
    // Asking for more of what Japan values is worth more to Japan.
    let korea = scenario.article_index("korea").unwrap();
    let mut best = Terms::EMPTY;
    best.set(korea, 0);
    let mut worst = Terms::EMPTY;
    worst.set(korea, (scenario.articles[korea].options.len() - 1) as u8);
    assert!(view.value_if_agreed(&best) > view.value_if_agreed(&worst));
}

#[test]
fn meters_by_session_replay_the_game() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "boulware", "conceder", 3);
    let history = meters_by_session(&game);
    assert_eq!(history.len(), game.state().session + 1);
    assert_eq!(history[0][0], scenario.meters[0].start);
    assert_eq!(history, meters_by_session(&game), "deterministic");
}
