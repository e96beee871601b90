//! The command line given what an attacker or a careless user would: named pipes, folders
//! and devices where files belong, outputs that name an input, output cut short. Each case
//! asserts the clear error and that every input is untouched, byte for byte, with its
//! permissions and links, and no temporary file left behind.

use crate::common::scenario_path;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Long enough for a debug build on a loaded machine; a hang (the regression these guard
/// against) is caught rather than stalling the suite.
const PATIENCE: Duration = Duration::from_secs(120);

fn command(args: &[&str], dir: &Path) -> Command {
    let mut command = crate::common::cli();
    command.args(args).current_dir(dir);
    command
}

/// Runs to completion, or kills the program and fails the test if it hangs.
fn finish(mut child: Child) -> Output {
    let start = Instant::now();
    loop {
        match child.try_wait().expect("the program can be waited for") {
            Some(_) => return child.wait_with_output().expect("its output is readable"),
            None if start.elapsed() > PATIENCE => {
                let _ = child.kill();
                panic!("the program hung for {PATIENCE:?}");
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

/// Runs `portsmouth` in `dir`, with a timeout guard.
fn portsmouth(dir: &Path, args: &[&str]) -> Output {
    let child = command(args, dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    finish_collecting(child)
}

/// `finish` for a child whose pipes are read while it runs (a full pipe would block it).
fn finish_collecting(mut child: Child) -> Output {
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());
    let status = finish(child).status;
    Output {
        status,
        stdout: stdout.join().unwrap_or_default(),
        stderr: stderr.join().unwrap_or_default(),
    }
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-hostile-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// What a file is, to compare before and after: its bytes, its permissions, whether the
/// path is a link.
#[derive(Debug, PartialEq)]
struct Snapshot {
    bytes: Vec<u8>,
    readonly: bool,
    #[cfg(unix)]
    mode: u32,
    link: bool,
}

fn snapshot(path: &Path) -> Snapshot {
    let meta = fs::metadata(path).unwrap();
    Snapshot {
        bytes: fs::read(path).unwrap(),
        readonly: meta.permissions().readonly(),
        #[cfg(unix)]
        mode: std::os::unix::fs::PermissionsExt::mode(&meta.permissions()),
        link: fs::symlink_metadata(path).unwrap().file_type().is_symlink(),
    }
}

fn temporaries(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    for entry in fs::read_dir(dir).unwrap().filter_map(|e| e.ok()) {
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type().is_ok_and(|t| t.is_dir()) {
            found.extend(temporaries(&entry.path()));
        } else if name.ends_with(".tmp") {
            found.push(name);
        }
    }
    found
}

fn assert_refused(out: &Output, expected: &str) {
    let err = text(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(1),
        "stdout:\n{}\nstderr:\n{err}",
        text(&out.stdout)
    );
    assert!(err.contains(expected), "missing {expected:?} in:\n{err}");
    assert!(err.contains("help: "), "no help line in:\n{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// A save of a short game, written by the program itself.
fn a_save(dir: &Path, name: &str) -> PathBuf {
    let scenario = scenario_path("portsmouth-1905.ron");
    let out = portsmouth(
        dir,
        &[
            "watch",
            "--scenario",
            scenario.to_str().unwrap(),
            "--seed",
            "1",
            "--save",
            name,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    dir.join(name)
}

#[test]
fn an_output_that_is_an_input_is_refused_by_any_path_or_link() {
    let dir = scratch("over-inputs");
    a_save(&dir, "game.ron");
    fs::copy(scenario_path("portsmouth-1905.ron"), dir.join("portsmouth-1905.ron")).unwrap();
    fs::copy(scenario_path("tsar-holds-firm.ron"), dir.join("tsar.ron")).unwrap();
    let inputs = ["game.ron", "portsmouth-1905.ron", "tsar.ron"];
    let before: Vec<Snapshot> = inputs.iter().map(|f| snapshot(&dir.join(f))).collect();

    // The save itself, by the same name and by another spelling.
    let out = portsmouth(&dir, &["export", "game.ron", "--minutes", "game.ron"]);
    assert_refused(
        &out,
        "--minutes game.ron: this is the save file the command reads (game.ron)",
    );
    let out = portsmouth(
        &dir,
        &["branch", "game.ron", "--turn", "1", "--out", "./sub/../game.ron"],
    );
    // `sub` does not exist: the path cannot be written, whatever it names.
    assert_refused(&out, "--out ./sub/../game.ron: cannot write there");
    fs::create_dir(dir.join("sub")).unwrap();
    let out = portsmouth(&dir, &["branch", "game.ron", "--turn", "1", "--out", "sub/../game.ron"]);
    assert_refused(&out, "this is the save file the command reads");
    // The scenario, and a base file the scenario extends.
    let out = portsmouth(&dir, &["watch", "--scenario", "tsar.ron", "--save", "tsar.ron"]);
    assert_refused(&out, "--save tsar.ron: this is the scenario file the command reads");
    let out = portsmouth(
        &dir,
        &["watch", "--scenario", "tsar.ron", "--save", "portsmouth-1905.ron"],
    );
    assert_refused(&out, "this is a base file of the scenario the command reads");
    let out = portsmouth(
        &dir,
        &[
            "simulate",
            "--scenario",
            "tsar.ron",
            "--games",
            "2",
            "--out",
            "portsmouth-1905.json",
        ],
    );
    assert!(out.status.success(), "another name is fine: {}", text(&out.stderr));
    // Two outputs that are one file.
    let out = portsmouth(
        &dir,
        &["export", "game.ron", "--minutes", "both.json", "--result", "both.json"],
    );
    assert_refused(&out, "--result both.json: this is the same file as --minutes both.json");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink("game.ron", dir.join("link.ron")).unwrap();
        fs::hard_link(dir.join("game.ron"), dir.join("hard.ron")).unwrap();
        let out = portsmouth(&dir, &["branch", "game.ron", "--turn", "1", "--out", "link.ron"]);
        assert_refused(
            &out,
            "--out link.ron: this is the save file the command reads (game.ron)",
        );
        let out = portsmouth(&dir, &["export", "game.ron", "--result", "hard.ron"]);
        assert_refused(&out, "this is the save file the command reads");
        // A result file in the results folder that is a link to the scenario.
        fs::create_dir(dir.join("class")).unwrap();
        std::os::unix::fs::symlink("../tsar.ron", dir.join("class/game-00001.ron")).unwrap();
        let out = portsmouth(
            &dir,
            &[
                "simulate",
                "--scenario",
                "tsar.ron",
                "--games",
                "2",
                "--results-dir",
                "class",
            ],
        );
        assert_refused(&out, "this is the scenario file the command reads");
        assert!(
            text(&out.stdout).is_empty(),
            "refused before the run: {}",
            text(&out.stdout)
        );
        // The wall's picture over one of its result files.
        fs::remove_file(dir.join("class/game-00001.ron")).unwrap();
        fs::copy(dir.join("game.ron"), dir.join("class/result.ron")).unwrap();
        std::os::unix::fs::symlink("result.ron", dir.join("class/wall.png")).unwrap();
        let out = portsmouth(&dir, &["wall", "class", "--out", "class/wall.png"]);
        assert_refused(&out, "--out class/wall.png: this is a result file the command reads");
    }
    let after: Vec<Snapshot> = inputs.iter().map(|f| snapshot(&dir.join(f))).collect();
    assert_eq!(before, after);
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn outputs_that_are_not_regular_files_are_refused_and_folders_must_exist() {
    let dir = scratch("not-files");
    let scenario = scenario_path("portsmouth-1905.ron");
    let scenario = scenario.to_str().unwrap();
    let before = snapshot(Path::new(scenario));
    fs::create_dir(dir.join("folder.ron")).unwrap();
    let out = portsmouth(&dir, &["watch", "--scenario", scenario, "--save", "folder.ron"]);
    assert_refused(
        &out,
        "--save folder.ron: cannot write there: it is a folder, not a regular file",
    );
    assert!(dir.join("folder.ron").is_dir());
    // A missing folder fails at once, before the run (nothing printed, no work done).
    let out = portsmouth(
        &dir,
        &[
            "tournament",
            "--scenario",
            scenario,
            "--games",
            "50",
            "--agents",
            "linear,random",
            "--out",
            "missing/x.csv",
        ],
    );
    assert_refused(
        &out,
        "--out missing/x.csv: cannot write there: the folder missing does not exist",
    );
    assert!(text(&out.stdout).is_empty(), "{}", text(&out.stdout));
    #[cfg(unix)]
    {
        let made = Command::new("mkfifo").arg(dir.join("pipe.csv")).status();
        if made.is_ok_and(|s| s.success()) {
            let out = portsmouth(
                &dir,
                &["simulate", "--scenario", scenario, "--games", "2", "--out", "pipe.csv"],
            );
            assert_refused(
                &out,
                "--out pipe.csv: cannot write there: it is a named pipe (FIFO), not a regular file",
            );
            use std::os::unix::fs::FileTypeExt;
            assert!(
                fs::symlink_metadata(dir.join("pipe.csv"))
                    .unwrap()
                    .file_type()
                    .is_fifo()
            );
        }
    }
    assert_eq!(before, snapshot(Path::new(scenario)));
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_named_pipe_as_input_is_refused_without_waiting() {
    let dir = scratch("fifo-input");
    let made = Command::new("mkfifo").arg(dir.join("pipe.ron")).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // no mkfifo on this system
    }
    // Reading it would wait for a writer forever; the guard in `portsmouth` fails the test instead.
    let out = portsmouth(&dir, &["check", "pipe.ron"]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.contains("pipe.ron:1:1: error[unreadable]: cannot open the scenario file: it is a named pipe (FIFO), not a regular file"),
        "{err}"
    );
    for args in [
        &["replay", "pipe.ron"][..],
        &["export", "pipe.ron", "--minutes", "m.md"],
    ] {
        let out = portsmouth(&dir, args);
        assert!(
            text(&out.stderr).contains("not a regular file"),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn a_replaced_save_keeps_its_permissions_and_its_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("permissions");
    let save = a_save(&dir, "private.ron");
    fs::set_permissions(&save, fs::Permissions::from_mode(0o600)).unwrap();
    std::os::unix::fs::symlink("private.ron", dir.join("link.ron")).unwrap();
    let first = fs::read(&save).unwrap();
    let scenario = scenario_path("portsmouth-1905.ron");
    let out = portsmouth(
        &dir,
        &[
            "watch",
            "--scenario",
            scenario.to_str().unwrap(),
            "--seed",
            "2",
            "--save",
            "link.ron",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        fs::symlink_metadata(dir.join("link.ron"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert_ne!(fs::read(&save).unwrap(), first, "the save behind the link was replaced");
    assert_eq!(fs::metadata(&save).unwrap().permissions().mode() & 0o777, 0o600);
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_reader_that_goes_away_costs_no_file_and_no_panic() {
    let dir = scratch("closed-pipe");
    let scenario = scenario_path("portsmouth-1905.ron");
    let scenario = scenario.to_str().unwrap();
    let runs: [&[&str]; 3] = [
        &[
            "tournament",
            "--scenario",
            scenario,
            "--games",
            "2",
            "--agents",
            "linear,random",
            "--seed",
            "1",
            "--out",
            "t.csv",
        ],
        &[
            "simulate",
            "--scenario",
            scenario,
            "--games",
            "3",
            "--seed",
            "1",
            "--out",
            "s.csv",
        ],
        &["watch", "--scenario", scenario, "--seed", "1", "--save", "w.ron"],
    ];
    for args in runs {
        let mut child = command(args, &dir)
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary runs");
        // The reader goes away before the first line, as `| head -0` would.
        drop(child.stdout.take());
        let out = finish_collecting(child);
        let err = text(&out.stderr);
        assert!(out.status.success(), "{args:?}: {:?}\n{err}", out.status);
        assert!(!err.contains("panicked"), "{err}");
    }
    assert!(fs::read_to_string(dir.join("t.csv")).unwrap().lines().count() == 5);
    assert!(fs::read_to_string(dir.join("s.csv")).unwrap().lines().count() == 4);
    assert!(dir.join("w.ron").is_file());
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(target_os = "linux")]
#[test]
fn a_full_output_is_reported_not_a_panic() {
    let dir = scratch("full");
    let save = a_save(&dir, "game.ron");
    let before = snapshot(&save);
    let Ok(full) = fs::OpenOptions::new().write(true).open("/dev/full") else {
        return;
    };
    let child = command(&["replay", "game.ron"], &dir)
        .stdin(Stdio::null())
        .stdout(Stdio::from(full))
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let out = finish_collecting(child);
    assert_refused(&out, "error: could not print the output: No space left on device");
    assert_eq!(before, snapshot(&save));
    fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn zero_threads_means_one_per_core() {
    let dir = scratch("threads");
    let scenario = scenario_path("tutorial.ron");
    let out = portsmouth(
        &dir,
        &[
            "tournament",
            "--scenario",
            scenario.to_str().unwrap(),
            "--games",
            "2",
            "--agents",
            "linear",
            "--seed",
            "1",
            "--threads",
            "0",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    assert!(
        text(&out.stdout).contains(&format!("seed 1, {cores} threads")),
        "{}",
        text(&out.stdout)
    );
    fs::remove_dir_all(&dir).unwrap();
}

#[cfg(unix)]
#[test]
fn ctrl_c_leaves_no_temporary_file() {
    let dir = scratch("interrupt");
    let scenario = scenario_path("portsmouth-1905.ron");
    let child = command(
        &[
            "simulate",
            "--scenario",
            scenario.to_str().unwrap(),
            "--games",
            "9000000",
            "--seed",
            "1",
            "--out",
            "big.csv",
        ],
        &dir,
    )
    .stdin(Stdio::null())
    .stdout(Stdio::null())
    .stderr(Stdio::piped())
    .spawn()
    .expect("the binary runs");
    let start = Instant::now();
    while temporaries(&dir).is_empty() {
        assert!(start.elapsed() < PATIENCE, "the output was never started");
        std::thread::sleep(Duration::from_millis(20));
    }
    let sent = Command::new("kill").args(["-INT", &child.id().to_string()]).status();
    assert!(sent.is_ok_and(|s| s.success()));
    let out = finish_collecting(child);
    assert_eq!(out.status.code(), Some(130), "{}", text(&out.stderr));
    assert!(temporaries(&dir).is_empty(), "{:?}", temporaries(&dir));
    assert!(!dir.join("big.csv").exists());
    fs::remove_dir_all(&dir).unwrap();
}
