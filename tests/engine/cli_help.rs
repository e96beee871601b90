//! The command line's help and argument errors in the chosen language: the about and help
//! texts, clap's headings and flags, its errors for the common mistakes, and the scenario's
//! title in the tables of `simulate`, `tournament` and `redteam`. English stays exactly as it
//! was (tests/engine/golden/cli-help.txt was taken before the help could be translated).

use crate::common::{portsmouth, scenario_path};
use std::path::Path;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Each `$ portsmouth ARGS` of the golden file with the help it printed.
fn golden() -> Vec<(Vec<String>, String)> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/engine/golden/cli-help.txt");
    let golden = std::fs::read_to_string(path).expect("the golden help exists");
    golden
        .split("$ portsmouth ")
        .skip(1)
        .map(|section| {
            let (command, printed) = section.split_once('\n').unwrap();
            (command.split(' ').map(str::to_string).collect(), printed.to_string())
        })
        .collect()
}

/// The English help of `args`, from the golden file.
fn english_help(args: &str) -> String {
    let wanted: Vec<String> = args.split(' ').map(str::to_string).collect();
    golden()
        .into_iter()
        .find(|(command, _)| *command == wanted)
        .map(|(_, printed)| printed)
        .unwrap()
}

/// The descriptions of a help's command and option lines (after the column of names), and
/// its about: the English sentences a translated help must not show.
fn english_sentences(help: &str) -> Vec<String> {
    let mut sentences = Vec::new();
    for line in help.lines() {
        let description = line.trim().rsplit("  ").next().unwrap_or("").trim();
        let description = description.split(" [default:").next().unwrap_or("");
        if description.len() > 12 && !description.starts_with('-') && !description.starts_with("portsmouth") {
            sentences.push(description.to_string());
        }
    }
    sentences
}

fn assert_translated(printed: &str, english: &str) {
    let sentences = english_sentences(english);
    assert!(sentences.len() > 5, "{sentences:?}");
    for sentence in sentences {
        assert!(!printed.contains(&sentence), "English {sentence:?} left in\n{printed}");
    }
    for heading in [
        "Usage:",
        "Commands:",
        "Arguments:",
        "Options:",
        "[default:",
        "Print help",
    ] {
        assert!(!printed.contains(heading), "English {heading:?} left in\n{printed}");
    }
}

#[test]
fn english_help_is_as_it_was() {
    for (command, expected) in golden() {
        // A build with the game lists its window commands too.
        if cfg!(feature = "gui") && command.len() == 1 {
            continue;
        }
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        let out = portsmouth(&args);
        assert!(out.status.success(), "{command:?}: {}", text(&out.stderr));
        assert_eq!(text(&out.stdout), expected, "portsmouth {}", command.join(" "));
    }
}

#[test]
fn english_errors_are_clap_s_own() {
    let out = portsmouth(&["simulat"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        text(&out.stderr),
        "error: unrecognized subcommand 'simulat'\n\n  tip: some similar subcommands exist: 'estimate', 'simulate'\n\nUsage: portsmouth [OPTIONS] [COMMAND]\n\nFor more information, try '--help'.\n"
    );
}

#[test]
fn the_help_speaks_japanese() {
    let out = portsmouth(&["--lang", "ja", "--help"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    for japanese in [
        "小村寿太郎かセルゲイ・ウィッテとして日露戦争の講和を交渉します",
        "使い方: portsmouth [OPTIONS] [COMMAND]",
        "コマンド:",
        "オプション:",
        "シナリオファイルを検証し",
        "コンピューターの全権団どうしで多数のゲームを行い",
        "ヘルプを表示します（要約は '-h'）",
        "バージョンを表示します",
    ] {
        assert!(printed.contains(japanese), "{japanese:?} not in\n{printed}");
    }
    assert_translated(&printed, &english_help("--help"));
    // The same sections as in English, in the same order.
    let order = ["使い方:", "コマンド:", "オプション:"].map(|heading| printed.find(heading).unwrap());
    assert!(order.is_sorted(), "{printed}");
}

#[test]
fn a_subcommand_s_help_speaks_russian() {
    let out = portsmouth(&["--lang", "ru", "simulate", "--help"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    for russian in [
        "Сыграть много игр между компьютерными делегациями",
        "Использование: portsmouth simulate [OPTIONS] --scenario <SCENARIO>",
        "Параметры:",
        "--scenario <SCENARIO>        Файл сценария",
        "Агент за Японию [по умолчанию: boulware]",
        "Число игр [по умолчанию: 1000]",
        "Вывести справку",
    ] {
        assert!(printed.contains(russian), "{russian:?} not in\n{printed}");
    }
    assert_translated(&printed, &english_help("simulate --help"));
    // Positional arguments have their own heading.
    let check = text(&portsmouth(&["--lang", "ru", "check", "--help"]).stdout);
    assert!(
        check.contains("Аргументы:\n  <FILES>...  Файлы сценариев (.ron)"),
        "{check}"
    );
}

#[test]
fn a_mistyped_subcommand_is_reported_in_russian() {
    let out = portsmouth(&["--lang", "ru", "simulat"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    let printed = text(&out.stderr);
    for russian in [
        "ошибка: неизвестная подкоманда «simulat»",
        "подсказка: есть похожие подкоманды: «estimate», «simulate»",
        "Использование: portsmouth [OPTIONS] [COMMAND]",
        "Подробнее: '--help'.",
    ] {
        assert!(printed.contains(russian), "{russian:?} not in\n{printed}");
    }
    for english in [
        "error:",
        "unrecognized",
        "tip:",
        "similar",
        "Usage:",
        "For more information",
    ] {
        assert!(!printed.contains(english), "English {english:?} left in\n{printed}");
    }
}

#[test]
fn the_common_mistakes_are_reported_in_japanese() {
    let scenario = scenario_path("tutorial.ron");
    let scenario = scenario.to_str().unwrap();
    let cases: [(&[&str], &[&str]); 7] = [
        (
            &["simulate"],
            &[
                "エラー：次の必須の引数（1 個）が指定されていません：",
                "  --scenario <SCENARIO>",
            ],
        ),
        (
            &["simulate", "--scenario", scenario, "--gmes", "3"],
            &[
                "想定外の引数「--gmes」があります",
                "ヒント：似た引数が 1 件あります：「--games」",
            ],
        ),
        (
            &["simulate", "--scenario", scenario, "--games", "many"],
            &["「--games <GAMES>」の値「many」は無効です：範囲内の整数ではありません"],
        ),
        (
            &["simulate", "--scenario", scenario, "--scenario", scenario],
            &["引数「--scenario <SCENARIO>」は 1 回しか指定できません"],
        ),
        (
            &["watch", "--scenario", scenario, "--viewer", "nobody"],
            &["「--viewer <VIEWER>」の値「nobody」は無効です：japan か russia を指定してください"],
        ),
        (
            &["simulate", "--scenario", scenario, "--japan", "nobody"],
            &["「--japan <JAPAN>」の値「nobody」は無効です：不明なエージェントです。delegate、historical"],
        ),
        (
            &["estimate", "--save", "x"],
            &[
                "ヒント：「--save」を値として渡すには、「-- --save」としてください",
                "使い方: portsmouth estimate [OPTIONS] <SAVE>",
            ],
        ),
    ];
    for (args, japanese) in cases {
        let out = portsmouth(&[&["--lang", "ja"], args].concat());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let printed = text(&out.stderr);
        for words in japanese {
            assert!(printed.contains(words), "{words:?} not in\n{printed}");
        }
        assert!(printed.contains("詳しくは '--help' をお試しください。"), "{printed}");
        assert!(!printed.contains("error:") && !printed.contains("tip:"), "{printed}");
    }
}

#[test]
fn the_game_path_is_unchanged_without_arguments() {
    let out = portsmouth(&[]);
    let printed = text(&out.stderr);
    if cfg!(feature = "gui") {
        return;
    }
    assert_eq!(out.status.code(), Some(1));
    assert!(printed.contains("This build has no window"), "{printed}");
}

#[test]
fn simulate_prints_the_scenario_s_title_in_japanese_and_its_files_as_in_english() {
    let scenario = scenario_path("tutorial.ron");
    let dir = std::env::temp_dir().join(format!("portsmouth-cli-help-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = |lang: &str| {
        let csv = dir.join(format!("{lang}.csv"));
        let out = portsmouth(&[
            "--lang",
            lang,
            "simulate",
            "--scenario",
            scenario.to_str().unwrap(),
            "--games",
            "10",
            "--seed",
            "3",
            "--out",
            csv.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        (text(&out.stdout), std::fs::read(csv).unwrap())
    };
    let (japanese, japanese_csv) = run("ja");
    let (english, english_csv) = run("en");
    assert!(
        japanese.starts_with("チュートリアル：樺太をめぐる取引 — 10 ゲーム"),
        "{japanese}"
    );
    assert!(
        english.starts_with("Tutorial: the Sakhalin bargain — 10 games"),
        "{english}"
    );
    assert!(!japanese.contains("Tutorial"), "{japanese}");
    assert_eq!(
        japanese_csv, english_csv,
        "the CSV is machine-read: the same in every language"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn tournament_and_redteam_print_the_scenario_s_title_in_russian() {
    let scenario = scenario_path("tutorial.ron");
    let scenario = scenario.to_str().unwrap();
    for args in [
        &[
            "tournament",
            "--scenario",
            scenario,
            "--games",
            "1",
            "--agents",
            "boulware,conceder",
        ][..],
        &[
            "redteam",
            "--scenario",
            scenario,
            "--small",
            "--games",
            "1",
            "--level",
            "steady",
        ][..],
    ] {
        let out = portsmouth(&[&["--lang", "ru"], args, &["--seed", "5"]].concat());
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        let printed = text(&out.stdout);
        assert!(printed.starts_with("Обучение: торг о Сахалине — "), "{printed}");
    }
}
