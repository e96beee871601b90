//! Work budgets against files made as an attacker would make them: each is refused with a clear message, within
//! a bounded time and memory, and is left byte for byte as it was. Large files are generated
//! here, just past each budget.

use crate::common::portsmouth;
use portsmouth::engine::classroom::results::ResultFile;
use portsmouth::engine::classroom::wall::{self, MAX_WALL_BYTES, MAX_WALL_FILES, Wall};
use portsmouth::engine::scenario;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-hostile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// A valid scenario of `articles` two-option articles whose outcomes are `conditions`,
/// followed by a catch-all.
fn scenario_with_outcomes(articles: usize, conditions: &[String]) -> String {
    let ids: Vec<String> = (0..articles).map(|i| format!("a{i}")).collect();
    let values = ids
        .iter()
        .map(|a| format!("\"{a}\": [1, 0]"))
        .collect::<Vec<_>>()
        .join(", ");
    let agenda = ids.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
    let article_list = ids
        .iter()
        .map(|a| {
            format!(
                "(id: \"{a}\", group: \"G\", title: \"{a}\", summary: \"{a}.\", unresolved: Becomes(\"o1\"), options: [(id: \"o0\", label: \"0\"), (id: \"o1\", label: \"1\")])"
            )
        })
        .collect::<Vec<_>>()
        .join(",\n        ");
    let aftermath = "aftermath: [(side: Japan, text: \"J.\"), (side: Russia, text: \"R.\")]";
    let outcomes = conditions
        .iter()
        .enumerate()
        .map(|(k, when)| format!("(id: \"o{k}\", title: \"O{k}\", when: {when}, epilogue: \"E.\", {aftermath})"))
        .chain(std::iter::once(format!(
            "(id: \"rest\", title: \"Rest\", when: Always, epilogue: \"E.\", {aftermath})"
        )))
        .collect::<Vec<_>>()
        .join(",\n        ");
    format!(
        r#"Scenario(
    format: 1, id: "hostile", title: "Hostile", description: "Costly outcomes.", author: "tests",
    sources: {{"T": "Tester, Test source, 1905"}},
    parties: (
        japan: (name: "Japan", capital: "Tokyo", player_title: "Komura", delegates: [(name: "Komura", role: "P")],
            briefing: "B.", public_position: "P.", values: {{{values}}}, no_treaty: (points: 0, text: "War.")),
        russia: (name: "Russia", capital: "St Petersburg", player_title: "Witte", delegates: [(name: "Witte", role: "P")],
            briefing: "B.", public_position: "P.", values: {{{values}}}, no_treaty: (points: 0, text: "War.")),
    ),
    mediator: (name: "Roosevelt", title: "President", country: "United States", seat: "Oyster Bay"),
    sessions: [(date: "1905-08-10", title: "One", agenda: [{agenda}], exchanges: 2, initiative: Japan)],
    articles: [
        {article_list}
    ],
    meters: [],
    events: [],
    outcomes: [
        {outcomes}
    ],
)
"#
    )
}

/// A condition that looks at every one of `articles` articles and, on half the treaties,
/// must evaluate all of its `terms` terms before it fails: the shape that kept the old
/// proof busy for minutes.
fn costly_condition(articles: usize, terms: usize) -> String {
    let mut chunks: Vec<String> = (0..terms)
        .collect::<Vec<_>>()
        .chunks(1000)
        .map(|chunk| format!("Any([{}])", vec!["Term(\"a0\", [\"o1\"])"; chunk.len()].join(", ")))
        .collect();
    let every = (1..articles)
        .map(|a| format!("Term(\"a{a}\", [\"o0\"])"))
        .collect::<Vec<_>>()
        .join(", ");
    chunks.push(format!("All([{every}, Term(\"a0\", [\"o1\"])])"));
    format!("Any([{}])", chunks.join(", "))
}

#[test]
fn an_outcome_proof_past_its_budget_is_refused_at_once_naming_the_file() {
    let dir = temp_dir("coverage");
    let path = dir.join("costly.ron");
    // 2^20 treaties, 4 outcomes of 1,200 terms: past the budget, and ~90 KB.
    let conditions = vec![costly_condition(20, 1_200); 4];
    let text = scenario_with_outcomes(20, &conditions);
    fs::write(&path, &text).unwrap();
    let start = Instant::now();
    let out = portsmouth(&["check", path.to_str().unwrap()]);
    let elapsed = start.elapsed();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(err.contains("costly.ron:"), "the message names the file: {err}");
    assert!(err.contains("error[coverage-too-costly]"), "{err}");
    assert!(err.contains("fewer outcomes"), "the message says what to do: {err}");
    assert!(elapsed < Duration::from_secs(20), "refused only after {elapsed:?}");
    assert_eq!(fs::read_to_string(&path).unwrap(), text, "the file is untouched");
}

#[test]
fn an_outcome_proof_within_its_budget_still_proves_coverage() {
    // The same shape, smaller: proved, and its gaps and shadowed outcomes found.
    let conditions = vec![costly_condition(20, 20); 2];
    let text = scenario_with_outcomes(20, &conditions);
    let files = [("small.ron".to_string(), text)];
    let errors = match scenario::load_from("small.ron", &scenario::InMemory(&files)) {
        Ok(_) => panic!("the second outcome is shadowed by the first, yet the scenario loaded"),
        Err(errors) => errors,
    };
    assert!(
        errors
            .iter()
            .any(|d| d.rule == "unreachable-outcome" && d.message.contains("`o1`") && d.message.contains("`o0`")),
        "{errors:?}"
    );
    assert!(!errors.iter().any(|d| d.rule == "coverage-too-costly"), "{errors:?}");
}

/// A result of the shipped scenario, for the wall.
fn sample_result() -> ResultFile {
    let scenario = crate::common::load("portsmouth-1905.ron");
    let game = crate::common::play(&scenario, "historical", "historical", 1);
    let seats = [
        portsmouth::engine::records::save::Seat::Computer(portsmouth::engine::agents::AgentSpec::Historical),
        portsmouth::engine::records::save::Seat::Computer(portsmouth::engine::agents::AgentSpec::Historical),
    ];
    ResultFile::of(&game, &seats, None).expect("the game is over")
}

fn snapshot(dir: &Path) -> Vec<(PathBuf, u64)> {
    let mut files: Vec<(PathBuf, u64)> = fs::read_dir(dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            let len = fs::metadata(&p).unwrap().len();
            (p, len)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn a_wall_of_too_many_result_files_is_refused_before_reading_them() {
    let dir = temp_dir("wall-count");
    for i in 0..=MAX_WALL_FILES {
        fs::write(dir.join(format!("r{i:05}.json")), b"{}").unwrap();
    }
    let before = snapshot(&dir);
    let problem = wall::read_folder(&dir).err().expect("too many files are refused");
    assert_eq!(problem.rule, "too-many-results");
    assert!(problem.to_string().contains(&dir.display().to_string()), "{problem}");
    assert!(problem.help.contains("folder of its own"), "{problem}");
    assert_eq!(snapshot(&dir), before);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_wall_of_too_many_bytes_is_refused_before_reading_them() {
    let dir = temp_dir("wall-bytes");
    // Sparse files: their size counts, without writing it.
    for i in 0..20 {
        let file = fs::File::create(dir.join(format!("r{i:02}.json"))).unwrap();
        file.set_len(MAX_WALL_BYTES / 16).unwrap();
    }
    let start = Instant::now();
    let out = portsmouth(&["wall", dir.to_str().unwrap()]);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(err.contains("error[too-many-results]"), "{err}");
    assert!(err.contains("MiB"), "{err}");
    assert!(start.elapsed() < Duration::from_secs(10));
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn the_wall_matches_articles_by_id_in_any_order_and_in_linear_time() {
    let result = sample_result();
    let mut reordered = result.clone();
    reordered.terms.reverse();
    // A repeated id counts once, as the first of them.
    let mut repeated = result.clone();
    let mut copy = repeated.terms[0].clone();
    copy.chosen = Some((copy.chosen.unwrap() + 1) % copy.options.len());
    repeated.terms.push(copy);
    let results: Vec<(String, ResultFile)> = vec![
        ("a.ron".into(), result.clone()),
        ("b.ron".into(), reordered),
        ("c.ron".into(), repeated),
    ];
    let figures = Wall::of(&results, None).unwrap();
    for (spread, term) in figures.articles.iter().zip(&result.terms) {
        let mut expected = vec![0; term.options.len()];
        if let Some(c) = term.chosen {
            expected[c] = 3;
        }
        assert_eq!(spread.counts, expected, "{}", spread.article);
        assert_eq!(spread.open, if term.chosen.is_some() { 0 } else { 3 });
    }

    // Many articles in many results: quadratic matching took minutes on this.
    let mut wide = result.clone();
    let template = wide.terms[0].clone();
    wide.terms = (0..5_000)
        .map(|i| {
            let mut t = template.clone();
            t.article = format!("article-{i}");
            t
        })
        .collect();
    let mut backwards = wide.clone();
    backwards.terms.reverse();
    let many: Vec<(String, ResultFile)> = (0..200)
        .map(|i| {
            (
                format!("r{i}.ron"),
                if i % 2 == 0 { wide.clone() } else { backwards.clone() },
            )
        })
        .collect();
    let start = Instant::now();
    let figures = Wall::of(&many, None).unwrap();
    assert!(start.elapsed() < Duration::from_secs(10), "{:?}", start.elapsed());
    assert!(
        figures
            .articles
            .iter()
            .all(|s| s.counts.iter().sum::<usize>() + s.open == 200)
    );
}

#[test]
fn a_count_of_games_past_the_cap_is_refused_before_any_game() {
    let scenario = crate::common::scenario_path("tutorial.ron");
    let scenario = scenario.to_str().unwrap();
    for args in [
        vec!["simulate", "--scenario", scenario, "--games", "1000000000000"],
        vec!["tournament", "--scenario", scenario, "--games", "1000000"],
    ] {
        let start = Instant::now();
        let out = portsmouth(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}");
        assert!(err.contains("more than the 10000000 one run plays"), "{err}");
        assert!(start.elapsed() < Duration::from_secs(10));
    }
}

#[test]
fn a_file_of_another_kind_is_named_for_what_it_is() {
    let dir = temp_dir("kinds");
    let save = dir.join("game.ron");
    let scenario = crate::common::scenario_path("tutorial.ron");
    let out = portsmouth(&[
        "watch",
        "--scenario",
        scenario.to_str().unwrap(),
        "--seed",
        "5",
        "--save",
        save.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let minutes = dir.join("minutes.md");
    fs::write(&minutes, "# Minutes of the Portsmouth conference\n").unwrap();
    let saved = fs::read(&save).unwrap();
    for (args, says) in [
        (
            vec!["check", save.to_str().unwrap()],
            "this is a saved game, not a scenario file",
        ),
        (vec!["replay", minutes.to_str().unwrap()], "this is Markdown text"),
        (
            vec!["replay", scenario.to_str().unwrap()],
            "this is a scenario file, not a saved game",
        ),
    ] {
        let out = portsmouth(&args);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success(), "{args:?}");
        assert!(
            err.contains("error[wrong-kind-of-file]") && err.contains(says),
            "{args:?}: {err}"
        );
    }
    assert_eq!(fs::read(&save).unwrap(), saved, "the save is untouched");
}

#[test]
fn text_from_files_reaches_the_terminal_without_control_sequences() {
    let dir = temp_dir("escapes");
    let original = fs::read_to_string(crate::common::scenario_path("tutorial.ron")).unwrap();
    let path = dir.join("escapes.ron");
    let text = original
        .replacen(
            "title: \"Tutorial: the Sakhalin bargain\"",
            "title: \"Tutorial\u{1b}]0;owned\u{7}\u{1b}[2J\u{9b}31m\"",
            1,
        )
        .replacen("id: \"korea\",", "id: \"korea\u{1b}[8m\",", 1);
    assert_ne!(text, original);
    fs::write(&path, &text).unwrap();
    // An error that quotes the id, and a summary that quotes the title.
    let out = portsmouth(&["check", path.to_str().unwrap()]);
    let printed = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(printed.contains("korea"), "{printed}");
    let fixed = text.replacen("id: \"korea\u{1b}[8m\",", "id: \"korea\",", 1);
    fs::write(&path, &fixed).unwrap();
    let save = dir.join("game.ron");
    let watched = portsmouth(&[
        "watch",
        "--scenario",
        path.to_str().unwrap(),
        "--seed",
        "1",
        "--save",
        save.to_str().unwrap(),
    ]);
    let checked = portsmouth(&["check", path.to_str().unwrap()]);
    let replayed = portsmouth(&["replay", save.to_str().unwrap()]);
    for out in [&out, &watched, &checked, &replayed] {
        let all = [&out.stdout[..], &out.stderr[..]].concat();
        let all = String::from_utf8_lossy(&all);
        assert!(
            !all.chars().any(|c| c.is_control() && c != '\n' && c != '\t'),
            "a control character was printed: {all:?}"
        );
    }
    assert!(String::from_utf8_lossy(&checked.stdout).contains("\"Tutorial\": "));
    assert!(String::from_utf8_lossy(&replayed.stdout).starts_with("Tutorial — seed 1"));
}

#[test]
fn a_save_carrying_a_costly_scenario_is_refused_at_once_as_the_stored_copy() {
    use portsmouth::engine::records::save::{SaveFile, Seat};
    let dir = temp_dir("coverage-save");
    let text = scenario_with_outcomes(20, &vec![costly_condition(20, 1_200); 4]);
    let save = SaveFile {
        format: 1,
        scenario_id: "hostile".into(),
        scenario_title: "Hostile".into(),
        digest: "0".into(),
        seed: 1,
        japan: Seat::Human,
        russia: Seat::Human,
        files: vec![("costly.ron".into(), text)],
        turns: Vec::new(),
        origin: None,
        players: None,
        limits: None,
        name: None,
        translations: Vec::new(),
        rules: Default::default(),
    };
    let path = dir.join("costly-save.ron");
    fs::write(&path, save.to_text()).unwrap();
    let before = fs::read(&path).unwrap();
    for command in ["replay", "branch"] {
        let start = Instant::now();
        let out = portsmouth(&[command, path.to_str().unwrap()]);
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(!out.status.success());
        assert!(err.contains("error[coverage-too-costly]"), "{err}");
        assert!(err.contains("stored inside this save"), "{err}");
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{command}: {:?}",
            start.elapsed()
        );
    }
    assert_eq!(fs::read(&path).unwrap(), before, "the save is untouched");
}
