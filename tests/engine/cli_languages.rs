//! The command line's own words in another language (`--lang`): translated sentences and
//! table headings, Russian plural forms, tables still in line with Japanese headings, and no
//! English sentence of the command line's own left. (English stays as tests/engine/cli.rs
//! reads it.) The scenario's prose is not the command line's words: it stays as it is here.
//! (The engine's diagnostics about files: tests/engine/diagnostic_languages.rs.)

use crate::common::{portsmouth, scenario_path};
use std::fs;
use std::path::PathBuf;
use unicode_width::UnicodeWidthStr;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-cli-lang-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// None of the command line's English sentences or headings is in `output`.
fn no_english(output: &str, english: &[&str]) {
    for phrase in english {
        assert!(!output.contains(phrase), "English {phrase:?} left in\n{output}");
    }
}

fn simulate(lang: &str, games: &str) -> String {
    let scenario = scenario_path("tutorial.ron");
    let out = portsmouth(&[
        "--lang",
        lang,
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--games",
        games,
        "--seed",
        "7",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

const SIMULATE_ENGLISH: &[&str] = &[
    " games, ",
    "(Japan) v",
    "Outcome",
    "Share",
    "Agreement (a treaty in force)",
    "zone of agreement",
    "Mean utility",
    "Mean sessions held",
    "Speed:",
    "games/s",
];

#[test]
fn simulate_speaks_japanese() {
    let printed = simulate("ja", "5");
    for expected in [
        "5 ゲーム、",
        "（日本）対",
        "結末",
        "ゲーム数",
        "合意（条約が発効）",
        "最後の手の時点で合意可能な範囲が残っていたゲームでの合意率：5 ゲーム中",
        "平均効用：日本",
        "速度：毎秒",
    ] {
        assert!(printed.contains(expected), "missing {expected:?} in\n{printed}");
    }
    no_english(&printed, SIMULATE_ENGLISH);
}

#[test]
fn simulate_counts_games_in_russian_plural_forms() {
    for (games, words) in [("1", "— 1 игра,"), ("3", "— 3 игры,"), ("5", "— 5 игр,")] {
        let printed = simulate("ru", games);
        assert!(printed.contains(words), "missing {words:?} in\n{printed}");
        assert!(printed.contains("(Япония) против"), "{printed}");
        assert!(printed.contains("Средняя полезность: Япония"), "{printed}");
        no_english(&printed, SIMULATE_ENGLISH);
    }
}

/// Danish and Russian write decimals with a comma, the figures in their tables and lines
/// included; Japanese, like English, with a point.
#[test]
fn simulate_writes_decimals_as_each_language_does() {
    let has_decimal = |line: &str, mark: char| {
        let chars: Vec<char> = line.chars().collect();
        chars
            .windows(3)
            .any(|w| w[0].is_ascii_digit() && w[1] == mark && w[2].is_ascii_digit())
    };
    for (lang, comma) in [("da", true), ("ru", true), ("ja", false), ("en", false)] {
        let printed = simulate(lang, "5");
        let (used, other) = if comma { (',', '.') } else { ('.', ',') };
        assert!(
            printed.lines().any(|l| has_decimal(l, used)),
            "{lang}: no decimal with {used:?} in\n{printed}"
        );
        // Five games write no thousands, so a digit, the other mark and a digit is a decimal
        // written the wrong way.
        let wrong: Vec<&str> = printed.lines().filter(|l| has_decimal(l, other)).collect();
        assert!(wrong.is_empty(), "{lang}: {wrong:?}");
    }
}

#[test]
fn the_tournament_table_lines_up_under_japanese_headings() {
    let scenario = scenario_path("tutorial.ron");
    let run = |lang: &str| {
        let out = portsmouth(&[
            "--lang",
            lang,
            "tournament",
            "--scenario",
            scenario.to_str().unwrap(),
            "--games",
            "2",
            "--seed",
            "3",
            "--agents",
            "boulware,conceder",
            "--threads",
            "1",
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        text(&out.stdout)
    };
    let japanese = run("ja");
    for expected in [
        "エージェント 2 体の総当たり",
        "4 組 × 2 ゲーム",
        "合意",
        "ナッシュ距離",
        "日本として",
        "所要時間：",
    ] {
        assert!(japanese.contains(expected), "missing {expected:?} in\n{japanese}");
    }
    no_english(
        &japanese,
        &[
            "tournament of",
            "pairings",
            "agree",
            "sessions",
            "Mean utility",
            "as Japan",
            "Time:",
        ],
    );
    // The heading and the four pairings of the first table, as wide on a terminal as each other.
    let lines: Vec<&str> = japanese.lines().collect();
    let heading = lines
        .iter()
        .position(|l| l.starts_with("日本"))
        .expect("the table's heading");
    let widths: Vec<usize> = lines[heading..heading + 5].iter().map(|l| l.width()).collect();
    assert!(widths.iter().all(|&w| w == widths[0]), "{widths:?} in\n{japanese}");
    // The figures right-aligned under their headings: each heading ends where its figures end.
    let ends = |line: &str| -> Vec<usize> {
        let mut ends = Vec::new();
        let mut column = 0;
        let mut previous = ' ';
        for c in line.chars() {
            if c == ' ' && previous != ' ' {
                ends.push(column);
            }
            column += c.to_string().width();
            previous = c;
        }
        ends.push(column);
        ends
    };
    let heading_ends = ends(lines[heading]);
    let row_ends = ends(lines[heading + 1]);
    assert_eq!(
        heading_ends[2..],
        row_ends[2..],
        "\n{}\n{}",
        lines[heading],
        lines[heading + 1]
    );

    let russian = run("ru");
    for expected in ["турнир 2 агентов, 4 пары × 2 игры", "1 поток", "Время:", "за Японию"]
    {
        assert!(russian.contains(expected), "missing {expected:?} in\n{russian}");
    }
    no_english(&russian, &["tournament of", "pairings", "Mean utility", "Time:"]);
}

#[test]
fn check_says_ok_and_counts_errors_in_the_language_asked_for() {
    let good = scenario_path("portsmouth-1905.ron");
    let out = portsmouth(&["--lang", "ja", "check", good.to_str().unwrap(), "--analysis"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    for expected in [
        "：OK — 「",
        "条項 12、会議 12 回",
        "ナッシュ点",
        "開始時の留保値：日本",
        "1905年の調印",
    ] {
        assert!(printed.contains(expected), "missing {expected:?} in\n{printed}");
    }
    no_english(
        &printed,
        &[
            ": ok",
            "articles",
            "possible treaties",
            "Reservation values",
            "Signed 1905",
            "Nash treaty",
        ],
    );

    let out = portsmouth(&["--lang", "ru", "check", good.to_str().unwrap()]);
    let printed = text(&out.stdout);
    assert!(printed.contains("в порядке — «"), "{printed}");
    assert!(printed.contains("12 статей, 12 заседаний, 27 событий"), "{printed}");

    let one = manifest_path("tests/data/broken/bad-id.ron");
    let two = manifest_path("tests/data/broken/unknown-article.ron");
    let out = portsmouth(&["--lang", "ru", "check", one.to_str().unwrap(), two.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("bad-id.ron: 1 ошибка"), "{err}");
    assert!(err.contains("unknown-article.ron: 2 ошибки"), "{err}");
    // The scenario checker's diagnostics are in Russian too; the rule's name stays as it is.
    assert!(err.contains("ошибка[unknown-article]"), "{err}");
    no_english(&err, &["error(s)"]);
}

fn manifest_path(relative: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(relative)
}

#[test]
fn an_output_that_would_overwrite_its_input_is_refused_in_the_language_asked_for() {
    let dir = temp_dir("overwrite");
    let scenario = dir.join("tutorial.ron");
    fs::copy(scenario_path("tutorial.ron"), &scenario).unwrap();
    let before = fs::read(&scenario).unwrap();
    let refuse = |lang: &str| {
        let out = portsmouth(&[
            "--lang",
            lang,
            "simulate",
            "--scenario",
            scenario.to_str().unwrap(),
            "--games",
            "1",
            "--out",
            scenario.to_str().unwrap(),
        ]);
        assert_eq!(out.status.code(), Some(1));
        text(&out.stderr)
    };
    let english = ["this is the scenario file", "writing there would destroy it", "help:"];
    let japanese = refuse("ja");
    assert!(
        japanese.contains("これはコマンドが読み込むシナリオファイルです"),
        "{japanese}"
    );
    assert!(
        japanese.contains("\n    ヒント：出力に別の名前を付けてください"),
        "{japanese}"
    );
    no_english(&japanese, &english);
    let russian = refuse("ru");
    assert!(
        russian.contains("это файл сценария, который читает команда"),
        "{russian}"
    );
    assert!(
        russian.contains("\n    подсказка: дайте выводу другое имя"),
        "{russian}"
    );
    no_english(&russian, &english);
    assert_eq!(fs::read(&scenario).unwrap(), before, "the scenario is untouched");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn english_asked_for_is_the_english_the_tests_read() {
    let scenario = scenario_path("tutorial.ron");
    let args = ["check", scenario.to_str().unwrap(), "--analysis"];
    let plain = portsmouth(&args);
    let english = portsmouth(&[&["--lang", "en"][..], &args[..]].concat());
    assert_eq!(text(&plain.stdout), text(&english.stdout));
    assert!(text(&english.stdout).contains(": ok — \""), "{}", text(&english.stdout));
}
