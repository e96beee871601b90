//! What the window shows, made by the engine: the treaty's text, the brief, the timeline
//! of concessions, the worth of a draft and the meters by session.

use crate::common::{load, play};
use portsmouth::engine::analysis::timeline::{concessions, meters_by_session};
use portsmouth::engine::play::moves::Terms;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::state::Author;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::briefing::Brief;
use portsmouth::engine::records::treaty::TreatyText;

#[test]
fn the_1905_game_makes_the_treaty_of_portsmouth() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "historical", "historical", 1);
    let terms = game.treaty().expect("a treaty");
    let agreed = scenario.sessions[game.state().session].date;
    let text = TreatyText::new(&scenario, &terms, agreed);
    assert_eq!(text.title, "Treaty of Peace between Japan and Russia");
    // Agreed on 29 August, signed on the scenario's own date.
    assert_eq!(text.dated(), "5 September 1905 (23 August O.S.)");
    assert!(
        text.closing.contains("Done at Portsmouth (New Hampshire), this 5th day of the 9th month of the 38th year of Meiji, corresponding to the 23rd day of August of the Russian calendar (the 5th of September), 1905."),
        "{}",
        text.closing
    );
    // The parties are the two Emperors; the four plenipotentiaries sign, and no one else.
    assert!(
        text.preamble.starts_with("His Majesty the Emperor of Japan on the one part, and His Majesty the Emperor of all the Russias on the other part"),
        "{}",
        text.preamble
    );
    let signers: Vec<&str> = text
        .signatures
        .iter()
        .flat_map(|(_, names)| names.iter().map(String::as_str))
        .collect();
    assert_eq!(
        signers,
        [
            "Baron Komura Jutarō",
            "Takahira Kogorō",
            "Sergei Witte",
            "Baron Roman Rosen"
        ]
    );
    for absent in ["Denison", "Martens", "Korostovets"] {
        assert!(!text.preamble.contains(absent), "{absent} was no plenipotentiary");
    }
    // Fifteen articles and two additional articles, in the instrument's own order.
    let numerals: Vec<&str> = text.articles.iter().map(|a| a.numeral.as_str()).collect();
    assert_eq!(
        numerals,
        [
            "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"
        ]
    );
    let article = |n: usize| text.articles[n - 1].text.as_str();
    assert!(article(1).contains("peace and amity"));
    assert!(article(2).contains("paramount political, military and economic interests in Korea"));
    assert!(article(3).contains("mutually engage to evacuate Manchuria completely and simultaneously"));
    assert!(article(3).contains("Russia declares that it has in Manchuria no territorial advantages"));
    assert!(article(3).contains("Japan and Russia restore entirely and completely to China"));
    assert!(article(5).contains("lease of Port Arthur, Talien"));
    assert!(article(6).contains("Changchun"));
    assert!(article(7).contains("commercial and industrial purposes only"));
    assert!(article(8).contains("connecting railway services"));
    assert!(article(9).contains("southern part of Sakhalin"), "{}", article(9));
    assert!(article(9).contains("50th parallel"));
    assert!(article(10).contains("territory ceded to Japan"));
    assert!(article(11).contains("fishing rights"));
    assert!(article(12).contains("most favoured nation"));
    assert!(article(13).contains("prisoners of war are reciprocally restored"));
    assert!(article(13).contains("Russia repays Japan the difference"));
    assert!(article(14).contains("ratified"));
    assert!(article(15).contains("English and in French"));
    let all: String = text
        .articles
        .iter()
        .map(|a| a.text.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!all.contains("expenses of the war"), "no article concerns war costs");
    assert!(!all.contains("warships"), "the withdrawn demands give no article");
    let additional: Vec<String> = text.additional.iter().map(|a| a.heading()).collect();
    assert_eq!(
        additional,
        [
            "Additional Article I (to Article III)",
            "Additional Article II (to Article IX)"
        ]
    );
    assert!(text.additional[0].text.contains("fifteen per kilometre"));
    assert!(text.additional[1].text.contains("commission of delimitation"));
    assert!(text.additional_preamble.contains("Articles III and IX"));
}

#[test]
fn another_outcome_keeps_the_form_with_its_terms_in_their_places() {
    let scenario = load("portsmouth-1905.ron");
    let history = scenario.history.as_ref().unwrap();
    let mut terms = history.treaty;
    let set = |terms: &mut Terms, article: &str, option: &str| {
        let a = scenario.article_index(article).unwrap();
        let o = scenario.articles[a]
            .options
            .iter()
            .position(|o| o.id == option)
            .unwrap();
        terms.set(a, o as u8);
    };
    // All Sakhalin, ¥600 million, the warships surrendered, no open door.
    set(&mut terms, "sakhalin", "whole_island");
    set(&mut terms, "reparations", "yen_600");
    set(&mut terms, "warships", "surrendered");
    set(&mut terms, "open_door", "no_undertaking");
    let agreed = scenario.sessions[7].date;
    let text = TreatyText::new(&scenario, &terms, agreed);
    assert_eq!(text.dated(), "5 September 1905 (23 August O.S.)");
    let topics: Vec<&str> = text.articles.iter().map(|a| a.topic.as_str()).collect();
    assert_eq!(
        topics,
        [
            "Peace and amity",
            "Korea",
            "Manchuria evacuated and restored to China",
            "The Liaodong lease: Port Arthur and Dalny",
            "The railway from Changchun to Port Arthur",
            "Railways for commerce only",
            "Connecting railway services",
            "Sakhalin",
            "The inhabitants of the ceded territory",
            "The interned warships",
            "Fishing rights",
            "Commerce until a new treaty",
            "Prisoners of war",
            "Ratification",
            "English and French texts",
        ]
    );
    let numbered = |topic: &str| text.articles.iter().find(|a| a.topic == topic).unwrap();
    // Without the open door the articles after it move up one.
    assert_eq!(numbered("Sakhalin").numeral, "VIII");
    assert!(numbered("Sakhalin").text.contains("the island of Sakhalin"));
    assert!(numbered("Prisoners of war").text.contains("¥600 million"));
    // The whole island leaves no boundary to draw: only the additional article on Manchuria.
    let additional: Vec<String> = text.additional.iter().map(|a| a.heading()).collect();
    assert_eq!(additional, ["Additional Article I (to Article III)"]);
    assert_eq!(text.signatures[1].1, ["Sergei Witte", "Baron Roman Rosen"]);
    // The counterfactuals extend the historical file, and its treaty form with it.
    for what_if in ["tsar-holds-firm.ron", "japan-credit-runs-out.ron"] {
        assert_eq!(load(what_if).treaty_form, scenario.treaty_form, "{what_if}");
    }
}

#[test]
fn a_scenario_without_a_form_gets_a_simple_one() {
    let scenario = load("../tests/data/minimal.ron");
    let mut terms = Terms::EMPTY;
    terms.set(0, 0); // Korea to Japan
    terms.set(1, 1); // Sakhalin divided: an option without a clause
    let agreed = scenario.sessions[1].date;
    let text = TreatyText::new(&scenario, &terms, agreed);
    let topics: Vec<&str> = text.articles.iter().map(|a| a.topic.as_str()).collect();
    assert_eq!(topics, ["Peace", "Korea"]);
    assert_eq!(text.articles[1].text, "Korea to Japan.");
    // No history and no form date: signed the day the talks ended.
    assert_eq!(text.signed, agreed);
    assert!(text.additional.is_empty() && text.additional_preamble.is_empty());
    assert_eq!(text.signatures[0].1, ["Komura"]);
}

#[test]
fn the_tutorial_keeps_a_short_form_of_the_treaty() {
    let scenario = load("tutorial.ron");
    let history = scenario.history.as_ref().unwrap();
    let text = TreatyText::new(&scenario, &history.treaty, scenario.sessions[3].date);
    let topics: Vec<&str> = text.articles.iter().map(|a| a.topic.as_str()).collect();
    assert_eq!(
        topics,
        [
            "Peace and amity",
            "Korea",
            "Sakhalin",
            "Prisoners of war",
            "Ratification"
        ]
    );
    assert_eq!(text.dated(), "5 September 1905 (23 August O.S.)");
    assert_eq!(text.signatures.iter().map(|(_, n)| n.len()).sum::<usize>(), 4);
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
    let game = portsmouth::engine::play::game::Game::new(scenario.clone(), 1);
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
