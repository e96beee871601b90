//! The exported documents in the player's language: the treaty's text, the minutes, "behind
//! the table", the plain-words lead and the class wall, through the engine's functions and
//! through the command line's `--lang`. English stays as it was; a result file stays English
//! whatever the language, since scripts read it.

use crate::common::{load, play, portsmouth, scenario_path};
use portsmouth::engine::analysis::report::Report;
use portsmouth::engine::classroom::minutes;
use portsmouth::engine::classroom::wall::{self, Wall};
use portsmouth::engine::play::game::Game;
use portsmouth::engine::play::side::Side;
use portsmouth::engine::records::save::Seat;
use portsmouth::engine::records::treaty::TreatyText;
use portsmouth::engine::records::{behind, plain};
use portsmouth::engine::scenario::Scenario;
use portsmouth::engine::scenario::translation::load_translated;
use portsmouth::i18n::Lang;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// English headings and phrases of the documents' own, none of which may remain in another
/// language (the scenario's prose aside, which the tests below translate too).
const ENGLISH: &[&str] = &[
    "minutes of the conference",
    "**Seed**",
    "## Outcome",
    "## The historian's notes",
    "Where the sources differ:",
    "\nSources:\n",
    "### Additional articles",
    "| For ",
    "(L.S.)",
    "Beside the treaty of",
    "| Article |",
    "Utility of the result",
    "Breaking off would have given",
    "The 1905 treaty gave",
    "Behind the table",
    "What chance decided",
    "in this scenario)",
    "His Excellency",
    "on the one part",
    "In witness whereof",
    "**Article I ",
    "[resolve",
    "O.S.)",
    "## Session",
];

fn translated(lang: Lang) -> Arc<Scenario> {
    load_translated(&scenario_path("portsmouth-1905.ron"), lang)
        .unwrap_or_else(|e| panic!("{e:?}"))
        .loaded
        .scenario
}

fn computers() -> [Seat; 2] {
    [
        Seat::Computer("delegate".parse().unwrap()),
        Seat::Computer("delegate".parse().unwrap()),
    ]
}

fn no_english_left(text: &str) {
    for english in ENGLISH {
        assert!(!text.contains(english), "{english:?} is still English in:\n{text}");
    }
}

/// A game of the 1905 scenario in `lang` that ends in the treaty as signed.
fn game_in(lang: Lang) -> Game {
    play(&translated(lang), "delegate", "delegate", 7)
}

#[test]
fn the_treatys_frame_in_japanese_and_russian() {
    let english = load("portsmouth-1905.ron");
    let game = play(&english, "historical", "historical", 1);
    let terms = game.treaty().expect("a treaty");
    let agreed = english.sessions[game.state().session].date;
    assert_eq!(
        TreatyText::new_in(Lang::English, &english, &terms, agreed),
        TreatyText::new(&english, &terms, agreed)
    );

    let japanese = TreatyText::new_in(Lang::Japanese, &translated(Lang::Japanese), &terms, agreed);
    assert_eq!(japanese.dated_in(Lang::Japanese), "1905年9月5日（露暦8月23日）");
    assert_eq!(japanese.articles[0].heading_in(Lang::Japanese), "第I条");
    assert!(japanese.preamble.contains("を一方とし"), "{}", japanese.preamble);
    assert!(japanese.preamble.contains("小村寿太郎閣下"), "{}", japanese.preamble);
    assert!(
        japanese
            .closing
            .contains("明治38年9月5日、すなわち露暦1905年8月23日（西暦9月5日）"),
        "{}",
        japanese.closing
    );
    assert!(japanese.additional_preamble.starts_with("本日付の講和条約第"));
    let heading = japanese.additional[0].heading_in(Lang::Japanese);
    assert!(
        heading.starts_with("追加条項第I（第") && heading.ends_with("条関係）"),
        "{heading}"
    );

    let russian = TreatyText::new_in(Lang::Russian, &translated(Lang::Russian), &terms, agreed);
    assert_eq!(russian.dated_in(Lang::Russian), "23 августа (5 сентября) 1905 г.");
    assert_eq!(russian.articles[1].heading_in(Lang::Russian), "Статья II");
    assert!(russian.preamble.contains("с одной стороны"), "{}", russian.preamble);
    assert!(
        russian.closing.contains(
            "Учинено в городе Портсмут (Нью-Гэмпшир) 23 августа (5 сентября) 1905 года, что по японскому счёту есть 5-й день 9-го месяца 38-го года Мэйдзи."
        ),
        "{}",
        russian.closing
    );
    for text in [&japanese, &russian] {
        for english in [
            "His Excellency",
            "on the one part",
            "In witness whereof",
            "Treaty of Peace",
            "Meiji",
        ] {
            let whole = format!("{} {} {}", text.preamble, text.additional_preamble, text.closing);
            assert!(!whole.contains(english), "{english:?} in {whole}");
        }
    }
}

#[test]
fn the_minutes_in_japanese_and_russian() {
    let english = play(&load("portsmouth-1905.ron"), "delegate", "delegate", 7);
    assert_eq!(
        minutes::markdown_in(Lang::English, &english, &computers(), None, None),
        minutes::markdown(&english, &computers(), None, None)
    );

    let japanese = minutes::markdown_in(Lang::Japanese, &game_in(Lang::Japanese), &computers(), None, None);
    for expected in [
        "# ポーツマスの講和、1905年 — 会議議事録",
        "- **シード** 7",
        "## 第1回会議 — ",
        "**第I条 — ",
        "### 追加条項",
        "明治38年9月5日",
        "| 日本 | ロシア |",
        "## 1905年9月5日（火曜日・露暦8月23日）の条約との比較",
        "## 結末",
        "## 交渉卓の裏側",
        "（コンピューター、delegate）は、",
        "（印）",
        "## 歴史家の注",
    ] {
        assert!(japanese.contains(expected), "missing {expected:?} in:\n{japanese}");
    }
    no_english_left(&japanese);

    let russian = minutes::markdown_in(Lang::Russian, &game_in(Lang::Russian), &computers(), None, None);
    for expected in [
        " — протокол конференции",
        "- **Зерно** 7",
        "**Статья I — ",
        "### Дополнительные статьи",
        "| Япония | Россия |",
        "## Сравнение с подписанным договором (вторник, 23 августа ст. ст. (5 сентября) 1905 г.)",
        "## Исход",
        "## За кулисами переговоров",
        "(М. П.) ",
        "## Заметки историка",
    ] {
        assert!(russian.contains(expected), "missing {expected:?} in:\n{russian}");
    }
    no_english_left(&russian);
}

#[test]
fn behind_the_table_and_the_plain_words_in_japanese_and_russian() {
    let scenario = load("portsmouth-1905.ron");
    let game = play(&scenario, "delegate", "delegate", 7);
    let report = Report::of(&game).expect("the game is over");
    assert_eq!(behind::title(Lang::English), behind::TITLE);
    assert_eq!(behind::note(Lang::English), behind::NOTE);
    assert_eq!(plain::for_the_teacher(Lang::English), plain::FOR_THE_TEACHER);
    assert_eq!(
        plain::lead_in(Lang::English, &scenario, &report, Some(Side::Japan)),
        plain::lead(&scenario, &report, Some(Side::Japan))
    );
    assert_eq!(
        behind::debrief_section_in(Lang::English, &scenario, 7, &computers()),
        behind::debrief_section(&scenario, 7, &computers())
    );

    let japanese = behind::debrief_section_in(Lang::Japanese, &translated(Lang::Japanese), 7, &computers());
    assert!(japanese.starts_with("交渉卓の裏側\n"), "{japanese}");
    assert!(japanese.contains("［決意 0."), "{japanese}");
    assert!(
        !japanese.contains("BEHIND THE TABLE") && !japanese.contains("It was"),
        "{japanese}"
    );
    let russian = behind::debrief_section_in(Lang::Russian, &translated(Lang::Russian), 7, &computers());
    assert!(russian.starts_with("ЗА КУЛИСАМИ ПЕРЕГОВОРОВ\n"), "{russian}");
    // With the decimal comma Russian writes.
    assert!(russian.contains("[твёрдость 0,"), "{russian}");

    let lead = plain::lead_in(Lang::Japanese, &translated(Lang::Japanese), &report, None).join("\n");
    assert!(lead.starts_with("日本の結果は1905年の"), "{lead}");
    assert!(lead.contains("最大の争点："), "{lead}");
    let lead = plain::lead_in(Lang::Russian, &translated(Lang::Russian), &report, Some(Side::Russia)).join("\n");
    assert!(lead.starts_with("Вы сыграли "), "{lead}");
    assert!(lead.contains("По главным вопросам: "), "{lead}");
    for english in ["You did", "did in 1905", "On the biggest questions"] {
        assert!(!lead.contains(english), "{english:?} in {lead}");
    }
    assert!(plain::for_the_teacher(Lang::Russian).contains("Граница Парето"));
}

fn wall_folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/wall")
}

#[test]
fn the_wall_in_japanese_and_russian() {
    let folder = wall::read_folder(&wall_folder()).unwrap();
    let figures = Wall::of(&folder.results, None).unwrap();
    assert_eq!(
        wall::render_text_in(Lang::English, &figures),
        wall::render_text(&figures)
    );
    let japanese = wall::render_text_in(Lang::Japanese, &figures);
    assert!(
        japanese.starts_with("クラスの結果 — The Peace of Portsmouth, 1905 — 4局\n"),
        "{japanese}"
    );
    assert!(
        japanese.contains("\n結末\n") && japanese.contains("← 1905年"),
        "{japanese}"
    );
    assert!(japanese.contains("  日本：良い"), "{japanese}");
    let russian = wall::render_text_in(Lang::Russian, &figures);
    // Four games and one other: Russian plural forms.
    assert!(
        russian.starts_with("РЕЗУЛЬТАТЫ КЛАССА — The Peace of Portsmouth, 1905 — 4 игры\n"),
        "{russian}"
    );
    assert!(
        russian.contains("(1 результат других сценариев не показан)"),
        "{russian}"
    );
    assert!(russian.contains("  Россия: лучше — "), "{russian}");
    for text in [&japanese, &russian] {
        for english in [
            "CLASS RESULTS",
            "OUTCOMES",
            "FINAL TERMS",
            "AGAINST KOMURA",
            "better than 1905",
            "worse than 1905",
            "as well as 1905",
            "no treaty / left open",
        ] {
            assert!(!text.contains(english), "{english:?} in:\n{text}");
        }
    }
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-export-languages-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> String {
    let out = portsmouth(args);
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_command_line_exports_in_the_language_it_is_given() {
    let dir = scratch("cli");
    let scenario = scenario_path("portsmouth-1905.ron").display().to_string();
    let save = dir.join("game.ron").display().to_string();
    // Computer delegates, so the minutes have a "behind the table"; this seed signs a treaty.
    run(&[
        "watch",
        "--scenario",
        &scenario,
        "--seed",
        "7",
        "--japan",
        "delegate",
        "--russia",
        "delegate",
        "--save",
        &save,
    ]);
    let path = |name: &str| dir.join(name).display().to_string();
    let export = |lang: Option<&str>, minutes: &str, result: &str| {
        let mut args = vec!["export", &save, "--minutes", minutes, "--result", result];
        if let Some(lang) = lang {
            args.extend(["--lang", lang]);
        }
        run(&args);
        (
            fs::read_to_string(minutes).unwrap(),
            fs::read_to_string(result).unwrap(),
        )
    };
    let (english, english_result) = export(None, &path("en.md"), &path("en.json"));
    assert!(english.contains(" — minutes of the conference"));
    assert_eq!(
        export(Some("en"), &path("en2.md"), &path("en2.json")),
        (english.clone(), english_result.clone())
    );

    let (japanese, japanese_result) = export(Some("ja"), &path("ja.md"), &path("ja.json"));
    for expected in [
        "会議議事録",
        "第I条",
        "明治38年9月5日",
        "1905年9月5日（火曜日・露暦8月23日）の条約との比較",
        "## 交渉卓の裏側",
    ] {
        assert!(japanese.contains(expected), "missing {expected:?} in:\n{japanese}");
    }
    no_english_left(&japanese);
    // The result file is for scripts: the same in every language.
    assert_eq!(japanese_result, english_result);

    let (russian, _) = export(Some("ru"), &path("ru.md"), &path("ru.json"));
    for expected in [
        "протокол конференции",
        "Статья I",
        "23 августа (5 сентября) 1905 года",
        "## За кулисами переговоров",
    ] {
        assert!(russian.contains(expected), "missing {expected:?} in:\n{russian}");
    }
    no_english_left(&russian);

    let wall = run(&["wall", &wall_folder().display().to_string(), "--lang", "ru"]);
    assert!(wall.starts_with("РЕЗУЛЬТАТЫ КЛАССА — "), "{wall}");
    assert!(!wall.contains("CLASS RESULTS"), "{wall}");

    let replayed = run(&["replay", &save, "--lang", "ja"]);
    assert!(replayed.contains("わかりやすく言えば"), "{replayed}");
    assert!(replayed.contains("交渉卓の裏側"), "{replayed}");
    for english in [
        "IN PLAIN WORDS",
        "BEHIND THE TABLE",
        "WHAT CHANCE DECIDED",
        "FOR THE TEACHER",
        "Session 1 —",
    ] {
        assert!(!replayed.contains(english), "{english:?} in:\n{replayed}");
    }

    let listed = run(&["branch", &save, "--lang", "ja"]);
    assert!(listed.contains("（日本）の提案："), "{listed}");
    assert!(!listed.contains("(Japan) proposes:"), "{listed}");
    let _ = fs::remove_dir_all(dir);
}

/// Each sitting's note (what happened that day, with its sources; in the tutorial, what the
/// sitting teaches) opens it in the transcript and the minutes, in the reader's language. The
/// notes were written, translated and documented as shown, and shown nowhere.
#[test]
fn each_sitting_opens_with_its_note_in_the_transcript_and_the_minutes() {
    use portsmouth::engine::records::narrate;
    let tutorial = load("tutorial.ron");
    let game = play(&tutorial, "delegate", "delegate", 1);
    let transcript = narrate::render(&tutorial, game.transcript(), Some(Side::Japan), false);
    assert!(
        transcript.contains("— Korea\n  Only Korea is on the table. Propose, and answer the other side's proposal.\n"),
        "{transcript}"
    );
    let english = minutes::markdown(&game, &computers(), None, None);
    assert!(
        english.contains("— Korea\n\n*Only Korea is on the table. Propose, and answer the other side's proposal.*\n"),
        "{english}"
    );

    let japanese = game_in(Lang::Japanese);
    let scenario = japanese.scenario();
    let note = &scenario.sessions[1].note;
    assert!(note.contains("小村は12か条の条件書を手交する"), "{note}");
    let transcript = narrate::render_in(Lang::Japanese, scenario, japanese.transcript(), None, false);
    assert!(transcript.contains(&format!("\n  {note}\n")), "{transcript}");
    let minutes = minutes::markdown_in(Lang::Japanese, &japanese, &computers(), None, None);
    assert!(minutes.contains(&format!("\n*{note}*\n")), "{minutes}");
}
