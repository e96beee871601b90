//! The command line as a user meets it: exit codes, messages, files written.

use crate::common::{portsmouth, scenario_path};
use std::fs;
use std::path::PathBuf;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-cli-{name}-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn check_passes_the_shipped_scenarios() {
    let files: Vec<String> = [
        "portsmouth-1905.ron",
        "tutorial.ron",
        "tsar-holds-firm.ron",
        "japan-credit-runs-out.ron",
    ]
    .iter()
    .map(|f| scenario_path(f).display().to_string())
    .collect();
    let args: Vec<&str> = std::iter::once("check")
        .chain(files.iter().map(String::as_str))
        .collect();
    let out = portsmouth(&args);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout).matches(": ok — ").count(), 4, "{}", text(&out.stdout));
}

#[test]
fn check_reports_file_line_column_and_fails() {
    let broken = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken/unknown-article.ron");
    let out = portsmouth(&["check", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("unknown-article.ron:5:62: error[unknown-article]: there is no article `sakhalinn`"),
        "{err}"
    );
    assert!(err.contains("did you mean `sakhalin`?"), "{err}");
}

#[test]
fn check_reports_a_glossary_term_with_an_unknown_source_at_its_place() {
    let broken = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/broken/glossary-source.ron");
    let out = portsmouth(&["check", broken.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "glossary-source.ron:5:93: error[unknown-source]: source key `NOPE` is not listed under `sources`"
        ),
        "{err}"
    );
}

#[test]
fn simulate_reports_and_writes_csv_and_json() {
    let dir = temp_dir("simulate");
    let scenario = scenario_path("portsmouth-1905.ron");
    let csv = dir.join("results.csv");
    let out = portsmouth(&[
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--japan",
        "linear",
        "--russia",
        "random",
        "--games",
        "40",
        "--seed",
        "9",
        "--out",
        csv.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    for expected in [
        "40 games, linear (Japan) v random (Russia), seed 9",
        "Agreement",
        "Mean utility",
        "games/s",
    ] {
        assert!(stdout.contains(expected), "missing {expected:?} in\n{stdout}");
    }
    // Not a terminal: no progress bar drawn.
    assert!(!text(&out.stderr).contains("games  "), "{}", text(&out.stderr));
    let table = fs::read_to_string(&csv).unwrap();
    let mut lines = table.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("game,seed,agent_japan,agent_russia,outcome,ending,sessions,ratified,utility_japan"));
    assert!(header.ends_with("term_fishing"));
    assert_eq!(lines.count(), 40);

    let json = dir.join("results.json");
    let out = portsmouth(&[
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--games",
        "5",
        "--seed",
        "9",
        "--out",
        json.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let value: serde_json::Value = serde_json::from_str(&fs::read_to_string(&json).unwrap()).unwrap();
    assert_eq!(value["games"].as_array().unwrap().len(), 5);
    assert_eq!(value["summary"]["games"], 5);
    // The same seed gives the same results.
    let again = dir.join("again.json");
    portsmouth(&[
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--games",
        "5",
        "--seed",
        "9",
        "--out",
        again.to_str().unwrap(),
    ]);
    assert_eq!(fs::read_to_string(&json).unwrap(), fs::read_to_string(&again).unwrap());
}

/// The number of threads changes how long a run takes, never its results: the CSV and the
/// summary are the same on one thread and on three, and the speed line says which it was.
#[test]
fn simulate_gives_the_same_results_on_any_number_of_threads() {
    let dir = temp_dir("simulate-threads");
    let scenario = scenario_path("tutorial.ron");
    let run = |threads: &str| {
        let csv = dir.join(format!("threads-{threads}.csv"));
        let out = portsmouth(&[
            "simulate",
            "--scenario",
            scenario.to_str().unwrap(),
            "--japan",
            "delegate",
            "--russia",
            "tit-for-tat",
            "--games",
            "300",
            "--seed",
            "4",
            "--threads",
            threads,
            "--out",
            csv.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let stdout = text(&out.stdout);
        let summary: String = stdout
            .lines()
            .filter(|l| !l.starts_with("Speed") && !l.starts_with("Results written"))
            .collect();
        (fs::read_to_string(&csv).unwrap(), summary, stdout)
    };
    let (one_csv, one_summary, one_out) = run("1");
    let (three_csv, three_summary, three_out) = run("3");
    assert_eq!(one_csv.lines().count(), 301);
    assert!(one_csv == three_csv, "the CSV differs between one thread and three");
    assert_eq!(one_summary, three_summary);
    assert!(one_out.contains("on one thread"), "{one_out}");
    assert!(three_out.contains("on 3 threads"), "{three_out}");
}

#[test]
fn simulate_refuses_bad_flags_clearly() {
    let scenario = scenario_path("tutorial.ron");
    let out = portsmouth(&[
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--japan",
        "genius",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains(
            "choose one of: delegate, historical, boulware, linear, conceder, hardheaded, tit-for-tat, random"
        ),
        "{}",
        text(&out.stderr)
    );
    let out = portsmouth(&[
        "simulate",
        "--scenario",
        scenario.to_str().unwrap(),
        "--games",
        "1",
        "--out",
        "results.txt",
    ]);
    assert!(!out.status.success());
    assert!(
        text(&out.stderr).contains("must end in .csv or .json"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn watch_then_replay_the_saved_game() {
    let dir = temp_dir("watch");
    let save = dir.join("conference.ron");
    let scenario = scenario_path("portsmouth-1905.ron");
    let out = portsmouth(&[
        "watch",
        "--scenario",
        scenario.to_str().unwrap(),
        "--seed",
        "1905",
        "--save",
        save.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let watched = text(&out.stdout);
    assert!(
        watched.contains("OUTCOME: The Treaty of Portsmouth as signed"),
        "{watched}"
    );
    let out = portsmouth(&["replay", save.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let replayed = text(&out.stdout);
    assert!(replayed.contains("Session 12 — Tuesday 29 August 1905 (16 August O.S.) — The final sitting"));
    assert!(replayed.contains("AGREED — Sakhalin — South of 50°N ceded (as proposed by Witte)"));
    assert!(replayed.contains("OUTCOME: The Treaty of Portsmouth as signed"));

    // A viewer sees only their own side's private papers.
    let out = portsmouth(&[
        "watch",
        "--scenario",
        scenario.to_str().unwrap(),
        "--seed",
        "1905",
        "--viewer",
        "japan",
    ]);
    let japan_view = text(&out.stdout);
    assert!(
        !japan_view.contains("His Majesty directs you to break off"),
        "Japan read the Tsar's telegram"
    );
    assert!(japan_view.contains("Tokyo decides for peace"));
}

#[test]
fn replay_of_a_damaged_save_says_so() {
    let dir = temp_dir("replay-damaged");
    let save = dir.join("damaged.ron");
    fs::write(&save, "Save(format: 1, scenario_id: ").unwrap();
    let out = portsmouth(&["replay", save.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("damaged.ron:1:"), "{err}");
    assert!(err.contains("error[damaged-save]"), "{err}");
}

#[test]
fn help_lists_the_commands() {
    let out = portsmouth(&["--help"]);
    assert!(out.status.success());
    let help = text(&out.stdout);
    for command in ["check", "simulate", "watch", "replay"] {
        assert!(help.contains(command), "{help}");
    }
}

/// `open` reports a damaged save in the terminal, before any window opens, and leaves it.
#[cfg(feature = "gui")]
#[test]
fn open_refuses_a_damaged_save_with_its_position() {
    let dir = temp_dir("open");
    let save = dir.join("broken.ron");
    fs::write(&save, "Save(\n  format: 1,\n  seed: \"x\"").unwrap();
    let out = portsmouth(&["open", &save.display().to_string()]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("broken.ron:"), "{err}");
    assert!(err.contains("damaged"), "{err}");
    assert_eq!(fs::read_to_string(&save).unwrap(), "Save(\n  format: 1,\n  seed: \"x\"");
}

#[test]
fn a_class_of_simulated_games_reaches_the_wall_and_a_save_its_minutes_and_a_branch() {
    let dir = temp_dir("classroom");
    let scenario = scenario_path("portsmouth-1905.ron").display().to_string();
    let results = dir.join("results");
    let results_arg = results.display().to_string();
    let out = portsmouth(&[
        "simulate",
        "--scenario",
        &scenario,
        "--japan",
        "delegate",
        "--russia",
        "delegate",
        "--games",
        "3",
        "--seed",
        "5",
        "--results-dir",
        &results_arg,
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut files: Vec<String> = fs::read_dir(&results)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    files.sort();
    assert_eq!(files, ["game-00001.ron", "game-00002.ron", "game-00003.ron"]);
    let wall = portsmouth(&["wall", &results_arg]);
    assert!(wall.status.success(), "{}", text(&wall.stderr));
    let printed = text(&wall.stdout);
    assert!(
        printed.contains("CLASS RESULTS — The Peace of Portsmouth, 1905 — 3 games"),
        "{printed}"
    );
    // Each game draws its delegates' hidden limits and rolls the what-ifs: the seeds give
    // one as signed, one drawn differently, and one where the Tsar refused Meyer and Tokyo
    // let Komura give up Sakhalin.
    for line in [
        "The Treaty of Portsmouth as signed                  1   33.3%   <- 1905",
        "A Portsmouth peace, drawn differently               1   33.3%",
        "Peace without Sakhalin                              1   33.3%",
    ] {
        assert!(printed.contains(line), "{line:?} in {printed}");
    }
    // An empty folder says what to do.
    let empty = dir.join("empty");
    fs::create_dir_all(&empty).unwrap();
    let nothing = portsmouth(&["wall", &empty.display().to_string()]);
    assert!(!nothing.status.success());
    assert!(text(&nothing.stderr).contains("--results-dir"));

    // A saved game's minutes and result, then a what-if branch of it.
    let save = dir.join("game.ron").display().to_string();
    let watched = portsmouth(&["watch", "--scenario", &scenario, "--seed", "2", "--save", &save]);
    assert!(watched.status.success(), "{}", text(&watched.stderr));
    let minutes = dir.join("minutes.md").display().to_string();
    let result = dir.join("result.json").display().to_string();
    let exported = portsmouth(&["export", &save, "--minutes", &minutes, "--result", &result]);
    assert!(exported.status.success(), "{}", text(&exported.stderr));
    assert!(fs::read_to_string(&minutes).unwrap().contains("## Session 12"));
    assert!(
        fs::read_to_string(&result)
            .unwrap()
            .contains("\"outcome\": \"as_signed\"")
    );
    let listed = portsmouth(&["branch", &save]);
    assert!(
        text(&listed.stdout).contains("  3. session 2"),
        "{}",
        text(&listed.stdout)
    );
    let what_if = dir.join("what-if.ron").display().to_string();
    let branched = portsmouth(&["branch", &save, "--turn", "3", "--out", &what_if]);
    assert!(branched.status.success(), "{}", text(&branched.stderr));
    let replayed = portsmouth(&["replay", &what_if]);
    assert!(
        text(&replayed.stdout).contains("it is Japan's turn"),
        "{}",
        text(&replayed.stdout)
    );
    let beyond = portsmouth(&["branch", &save, "--turn", "999", "--out", &what_if]);
    assert!(text(&beyond.stderr).contains("--turn 999: the game has turns 1 to"));
}

#[test]
fn an_unknown_agent_is_refused_with_the_choices() {
    let scenario = scenario_path("tutorial.ron");
    let out = portsmouth(&["watch", "--scenario", scenario.to_str().unwrap(), "--japan", "nobody"]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains(
            "invalid value 'nobody' for '--japan <JAPAN>': unknown agent; choose one of: delegate, historical, \
             boulware, linear, conceder, hardheaded, tit-for-tat, random, or delegate:<level> for one of the \
             scenario's difficulty levels"
        ),
        "{err}"
    );
}

#[test]
fn a_delegate_level_is_checked_against_the_scenario() {
    let scenario = scenario_path("portsmouth-1905.ron");
    let scenario = scenario.to_str().unwrap();
    let out = portsmouth(&[
        "watch",
        "--scenario",
        scenario,
        "--russia",
        "delegate:nosuch",
        "--seed",
        "1",
    ]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("this scenario has no difficulty level `nosuch`; it has: "),
        "{err}"
    );
    let out = portsmouth(&[
        "watch",
        "--scenario",
        scenario,
        "--russia",
        "delegate:shrewd",
        "--seed",
        "1",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("(Japan) v delegate:shrewd (Russia)"));
}

/// On the last turn of the talks the estimate says he cannot answer, not how he would take
/// the draft, and finds nothing he "would sign".
#[test]
fn estimate_on_the_last_turn_says_he_cannot_answer() {
    let dir = temp_dir("estimate-last");
    let scenario = scenario_path("portsmouth-1905.ron").display().to_string();
    let save = dir.join("game.ron").display().to_string();
    // Two delegations that never move play to the last turn, which is Russia's.
    let watched = portsmouth(&[
        "watch",
        "--scenario",
        &scenario,
        "--japan",
        "hardheaded",
        "--russia",
        "hardheaded",
        "--seed",
        "4",
        "--save",
        &save,
    ]);
    assert!(watched.status.success(), "{}", text(&watched.stderr));
    let listing = text(&portsmouth(&["branch", &save]).stdout);
    let last = listing
        .lines()
        .filter_map(|l| l.trim_start().split_once(". session")?.0.parse::<usize>().ok())
        .max()
        .expect("the turns are listed");
    let at_last = dir.join("last.ron").display().to_string();
    let branched = portsmouth(&["branch", &save, "--turn", &last.to_string(), "--out", &at_last]);
    assert!(branched.status.success(), "{}", text(&branched.stderr));
    let out = portsmouth(&["estimate", &at_last, "--draft", "sakhalin=south"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let printed = text(&out.stdout);
    assert!(
        printed.starts_with("Witte's draft, as Komura is likely to receive it"),
        "{printed}"
    );
    assert!(
        printed.contains("The whole draft: no answer: the talks end with your turn"),
        "{printed}"
    );
    assert!(printed.contains("Komura has no turn left"), "{printed}");
    assert!(
        printed.contains("What would it take: nothing now — Komura has no turn left to answer a proposal."),
        "{printed}"
    );
}

#[test]
fn estimate_reads_a_draft_in_a_saved_game() {
    let dir = temp_dir("estimate");
    let scenario = scenario_path("portsmouth-1905.ron").display().to_string();
    let save = dir.join("game.ron").display().to_string();
    let watched = portsmouth(&["watch", "--scenario", &scenario, "--seed", "4", "--save", &save]);
    assert!(watched.status.success(), "{}", text(&watched.stderr));
    let mid = dir.join("mid.ron").display().to_string();
    let branched = portsmouth(&["branch", &save, "--turn", "9", "--out", &mid]);
    assert!(branched.status.success(), "{}", text(&branched.stderr));
    let out = portsmouth(&[
        "estimate",
        &mid,
        "--side",
        "japan",
        "--draft",
        "korea=free_hand,sakhalin=whole_island",
    ]);
    let printed = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        printed.starts_with("Komura's draft, as Witte is likely to receive it (a fine reading):"),
        "{printed}"
    );
    assert!(printed.contains("  Korea: Japan's free hand — he "), "{printed}");
    assert!(printed.contains("The whole draft: "), "{printed}");
    assert!(printed.contains("Russia's public position: "), "{printed}");
    assert!(printed.contains("What would it take"), "{printed}");
    let coarse = text(
        &portsmouth(&[
            "estimate",
            &mid,
            "--side",
            "japan",
            "--draft",
            "korea=free_hand",
            "--coarse",
        ])
        .stdout,
    );
    assert!(coarse.contains("this reading is coarse"), "{coarse}");
    let wrong = portsmouth(&["estimate", &mid, "--draft", "korea=everything"]);
    assert!(!wrong.status.success());
    assert!(
        text(&wrong.stderr).contains("--draft korea=everything: article `korea` has no option `everything`"),
        "{}",
        text(&wrong.stderr)
    );
}
