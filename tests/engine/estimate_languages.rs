//! The likely answer's reasons in Japanese, Russian and Danish: every kind of reason,
//! worded over the scenario as translated, reads in the language with no English sentence
//! left; Russian counts take their plural forms; `portsmouth estimate --lang` prints them.

use crate::common::{portsmouth, scenario_path};
use portsmouth::engine::analysis::estimate::{ArticleReason, AskSource, Breach, Demand, DraftReason, Phase, Weight};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::moves::ArticleSet;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::play::view::SideView;
use portsmouth::engine::records::narrate;
use portsmouth::engine::scenario::translation::load_translated;
use portsmouth::engine::scenario::{PublicScenario, Scenario};
use portsmouth::i18n::Lang;
use std::sync::Arc;

const LANGUAGES: [Lang; 3] = [Lang::Japanese, Lang::Russian, Lang::Danish];

fn scenario_in(lang: Lang) -> Arc<Scenario> {
    let translated = load_translated(&scenario_path("portsmouth-1905.ron"), lang).unwrap();
    assert!(translated.problems.is_empty(), "{:?}", translated.problems);
    translated.loaded.scenario
}

fn pair(a: usize, b: usize) -> ArticleSet {
    let mut set = ArticleSet::single(a);
    set.insert(b);
    set
}

/// One reason of every kind, with every value that changes its words.
fn article_reasons() -> Vec<ArticleReason> {
    let mut out = vec![
        ArticleReason::AlreadyAgreed { option: 0 },
        ArticleReason::BeyondHisOffers,
        ArticleReason::HeAcceptedThis,
        ArticleReason::HeProposedThis,
        ArticleReason::GaveGround,
        ArticleReason::KnownFavourite { option: 1 },
        ArticleReason::MediatorProposed { option: 1 },
        ArticleReason::Linked {
            with: ArticleSet::single(4),
        },
        ArticleReason::Linked { with: pair(4, 8) },
    ];
    for source in [AskSource::Standing, AskSource::Earlier, AskSource::Presumed] {
        out.push(ArticleReason::HisPosition { option: 2, source });
    }
    for times in [1, 2, 5] {
        out.push(ArticleReason::HeRefusedThis { times });
        out.push(ArticleReason::HeldFirm { times });
    }
    for weight in [Weight::Heavy, Weight::Moderate, Weight::Light] {
        out.push(ArticleReason::KnownPriority { weight });
        for demand in [Demand::Nothing, Demand::Little, Demand::Much] {
            out.push(ArticleReason::Estimated { weight, demand });
        }
    }
    out
}

fn draft_reasons(public: &PublicScenario) -> Vec<DraftReason> {
    let mut out = vec![
        DraftReason::PublicPosition,
        DraftReason::NothingProposedYet,
        DraftReason::WithinWhatHeGives,
        DraftReason::CoarseReading,
    ];
    out.extend([Phase::Early, Phase::Middle, Phase::Late, Phase::LastWord].map(DraftReason::Phase));
    let with_dispatch = public.events.iter().position(|e| e.dispatch.is_some()).unwrap();
    out.push(DraftReason::PublicStatement { event: with_dispatch });
    // An event the scenario lacks: his side "has spoken publicly".
    out.push(DraftReason::PublicStatement {
        event: public.events.len(),
    });
    for articles in [
        ArticleSet::single(0),
        pair(0, 4),
        pair(0, 4).union(ArticleSet::single(8)),
    ] {
        out.extend([
            DraftReason::HeInsistsOn { articles },
            DraftReason::NeverOffered { articles },
            DraftReason::NoCommonGround { articles },
            DraftReason::YouGiveMoreOn { articles },
        ]);
    }
    out
}

/// Every sentence, worded in `lang` over `scenario`, for both counterparts.
fn sentences(lang: Lang, scenario: &Arc<Scenario>) -> Vec<String> {
    let public = &scenario.public;
    let mut out = Vec::new();
    for counterpart in [Side::Japan, Side::Russia] {
        for reason in article_reasons() {
            out.push(reason.describe_in(lang, public, counterpart, 0));
        }
        for reason in draft_reasons(public) {
            out.push(reason.describe_in(lang, public, counterpart));
        }
    }
    let game = Game::new(Arc::clone(scenario), 1);
    for side in [Side::Japan, Side::Russia] {
        let view = SideView::new(&game, side);
        let mandate = scenario.mandate(side);
        for unless_linked in [false, true] {
            let breach = Breach {
                article: 0,
                option: 0,
                red_line: mandate.red_line_base,
                unless_linked,
            };
            out.push(breach.describe_in(lang, &view));
        }
    }
    out
}

/// Everything the scenario itself says (already translated with it), longest first, so that
/// what is left of a sentence without them is the catalogue's own words.
fn scenario_words(lang: Lang, scenario: &Scenario) -> Vec<String> {
    let public = &scenario.public;
    let mut words: Vec<String> = Vec::new();
    for article in &public.articles {
        words.push(article.title.clone());
        words.extend(article.options.iter().map(|o| o.label.clone()));
    }
    for side in [Side::Japan, Side::Russia] {
        let party = public.party(side);
        words.extend([
            party.player_title.clone(),
            party.capital.clone(),
            party.public_position.clone(),
            narrate::side_name(lang, side),
        ]);
        words.extend(scenario.mandate(side).red_lines.iter().map(|r| r.text.clone()));
    }
    words.push(public.mediator.name.clone());
    for dispatch in public.events.iter().filter_map(|e| e.dispatch.as_ref()) {
        words.extend([dispatch.from.clone(), dispatch.text.clone()]);
    }
    words.retain(|w| !w.is_empty());
    words.sort_by_key(|w| std::cmp::Reverse(w.len()));
    words
}

fn without_names(sentence: &str, names: &[String]) -> String {
    names
        .iter()
        .fold(sentence.to_string(), |left, name| left.replace(name.as_str(), " "))
}

/// Words of the English sentences that no translation should still hold.
const ENGLISH: &[&str] = &[
    " he ",
    "he's",
    " his ",
    " has ",
    " the ",
    " is ",
    " and ",
    " your ",
    "proposal",
    "terms",
    "talks",
    "ground",
    "instructions",
    "publicly",
    "once",
    "twice",
    " times",
    "reading",
    "As far",
    "You ",
    "On ",
    "It is",
    "This is",
    "Taken together",
    "forbid",
    "this article",
    "another option",
];

fn reads_in(lang: Lang, words: &str) -> bool {
    match lang {
        Lang::Japanese => words.chars().any(|c| ('\u{3041}'..='\u{309F}').contains(&c)),
        Lang::Russian => words.chars().any(|c| ('а'..='я').contains(&c) || c == 'ё'),
        _ => words.to_lowercase().split(|c: char| !c.is_alphabetic()).any(|w| {
            [
                "har",
                "om",
                "er",
                "og",
                "ikke",
                "han",
                "ham",
                "dig",
                "dine",
                "du",
                "det",
                "af",
                "vilkår",
                "forslag",
                "aflæsning",
                "instrukser",
                "kendt",
                "forhandlingerne",
                "fra",
                "for",
                "senest",
                "offentlige",
                "holdning",
                "nyheder",
                "betyder",
                "forhandlingsbordet",
                "gang",
                "gange",
                "tilbudt",
                "aftalt",
                "foreslog",
                "dette",
                "sine",
                "hans",
                "foretrak",
                "vil",
                "sandsynligvis",
                "ved",
                "til",
                "med",
                "kun",
                "meget",
                "lidt",
                "mere",
                "end",
                "nogensinde",
                "aldrig",
                "allerede",
                "endnu",
                "at",
                "på",
                "dem",
            ]
            .contains(&w)
        }),
    }
}

#[test]
fn every_reason_reads_in_the_language_with_no_english_left() {
    let english = sentences(Lang::English, &scenario_in(Lang::English));
    for lang in LANGUAGES {
        let scenario = scenario_in(lang);
        let names = scenario_words(lang, &scenario);
        let said = sentences(lang, &scenario);
        assert_eq!(said.len(), english.len());
        if std::env::var_os("SHOW_REASONS").is_some() {
            eprintln!("{}", said.join("\n"));
        }
        for (sentence, english) in said.iter().zip(&english) {
            assert_ne!(sentence, english, "{lang:?}: still English");
            let own = without_names(sentence, &names);
            for word in ENGLISH {
                assert!(!own.contains(word), "{lang:?}: {word:?} left in {sentence}");
            }
            assert!(reads_in(lang, &own), "{lang:?}: no words of the language in {sentence}");
        }
    }
}

#[test]
fn the_counterpart_is_named_as_each_language_names_him() {
    let japanese = scenario_in(Lang::Japanese);
    let early = DraftReason::Phase(Phase::Early);
    assert_eq!(
        early.describe_in(Lang::Japanese, &japanese.public, Side::Russia),
        "交渉はまだ序盤です：ウィッテ全権にはまだ譲歩する理由がほとんどありません。"
    );
    // His side by its translated name.
    let russian = scenario_in(Lang::Russian);
    assert_eq!(
        DraftReason::PublicStatement { event: usize::MAX }.describe_in(Lang::Russian, &russian.public, Side::Japan),
        "Япония выступила с публичными заявлениями во время переговоров."
    );
    let danish = scenario_in(Lang::Danish);
    let position = DraftReason::PublicPosition.describe_in(Lang::Danish, &danish.public, Side::Russia);
    assert!(position.starts_with("Ruslands offentlige holdning: "), "{position}");
}

#[test]
fn russian_counts_take_their_plural_forms() {
    let scenario = scenario_in(Lang::Russian);
    let refused = |times: u8| {
        ArticleReason::HeRefusedThis { times }.describe_in(Lang::Russian, &scenario.public, Side::Russia, 0)
    };
    assert_eq!(refused(1), "Витте уже один раз отклонял эти условия по статье «Корея».");
    assert_eq!(refused(2), "Витте уже 2 раза отклонял эти условия по статье «Корея».");
    assert_eq!(refused(5), "Витте уже 5 раз отклонял эти условия по статье «Корея».");
    assert_eq!(refused(21), "Витте уже 21 раз отклонял эти условия по статье «Корея».");
    assert_eq!(refused(22), "Витте уже 22 раза отклонял эти условия по статье «Корея».");
    let held = ArticleReason::HeldFirm { times: 3 }.describe_in(Lang::Russian, &scenario.public, Side::Japan, 0);
    assert_eq!(held, "Комура уже 3 раза повторял свои условия по статье «Корея».");
    // One article or several: the noun's number follows, each title in «».
    let insists =
        |articles| DraftReason::HeInsistsOn { articles }.describe_in(Lang::Russian, &scenario.public, Side::Russia);
    assert_eq!(
        insists(ArticleSet::single(0)),
        "Витте, вероятно, будет стоять на своём по статье «Корея»."
    );
    assert_eq!(
        insists(pair(0, 4).union(ArticleSet::single(8))),
        format!(
            "Витте, вероятно, будет стоять на своём по статьям «Корея», «{}» и «{}».",
            scenario.public.articles[4].title, scenario.public.articles[8].title
        )
    );
    // Japanese counts need no plural; Danish has one and other.
    let japanese = scenario_in(Lang::Japanese);
    let danish = scenario_in(Lang::Danish);
    let times = |lang, scenario: &Scenario, times| {
        ArticleReason::HeRefusedThis { times }.describe_in(lang, &scenario.public, Side::Russia, 0)
    };
    assert!(times(Lang::Japanese, &japanese, 5).contains("5回拒否"));
    assert!(times(Lang::Danish, &danish, 1).ends_with(" én gang."));
    assert!(times(Lang::Danish, &danish, 2).ends_with(" to gange."));
    assert!(times(Lang::Danish, &danish, 5).ends_with(" 5 gange."));
}

#[test]
fn estimate_prints_its_reasons_in_the_language_asked_for() {
    let dir = std::env::temp_dir().join(format!("portsmouth-estimate-lang-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let scenario = scenario_path("portsmouth-1905.ron").display().to_string();
    let save = dir.join("game.ron").display().to_string();
    let watched = portsmouth(&["watch", "--scenario", &scenario, "--seed", "4", "--save", &save]);
    assert!(watched.status.success());
    let mid = dir.join("mid.ron").display().to_string();
    assert!(
        portsmouth(&["branch", &save, "--turn", "9", "--out", &mid])
            .status
            .success()
    );
    let estimate = |lang: &str| {
        let out = portsmouth(&[
            "--lang",
            lang,
            "estimate",
            &mid,
            "--side",
            "japan",
            "--draft",
            "korea=free_hand,sakhalin=whole_island",
        ]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    let english = estimate("en");
    assert!(english.contains("Russia's public position: "), "{english}");
    let japanese = estimate("ja");
    assert!(japanese.contains("ロシアの公式の立場："), "{japanese}");
    assert!(japanese.contains("ウィッテ全権"), "{japanese}");
    let russian = estimate("ru");
    assert!(russian.contains("Публичная позиция (Россия): "), "{russian}");
    for printed in [&japanese, &russian] {
        assert!(!printed.contains("public position"), "{printed}");
        assert!(!printed.contains(" he "), "{printed}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}
