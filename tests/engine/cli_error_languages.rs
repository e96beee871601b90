//! The command line's own errors in the chosen language (`--lang`): an agent or a level the
//! scenario does not have, a count of games past the cap, a bad option value, and what a
//! teacher typing `serve` or `loadtest` can get wrong (an address, a port in use, a class
//! database that cannot be read, a server that is not there). The value the user typed is
//! named, the exit code is the same as in English, and no English sentence is left. English
//! stays word for word as it was.

use crate::common::{portsmouth, scenario_path};
use std::path::{Path, PathBuf};
use std::process::Output;

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn scenario() -> String {
    scenario_path("portsmouth-1905.ron").to_str().unwrap().to_string()
}

fn tutorial() -> String {
    scenario_path("tutorial.ron").to_str().unwrap().to_string()
}

/// `portsmouth --lang LANG ARGS...`, which must fail with `code`; its error stream.
fn fails(lang: &str, args: &[&str], code: i32) -> String {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    let out: Output = portsmouth(&all);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "{all:?}\n{err}");
    err
}

fn has_japanese(printed: &str) -> bool {
    printed
        .chars()
        .any(|c| ('\u{3040}'..='\u{30ff}').contains(&c) || ('\u{4e00}'..='\u{9fff}').contains(&c))
}

fn has_cyrillic(printed: &str) -> bool {
    printed.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c))
}

/// In `lang`'s script, and without any of the English phrases.
fn in_language(lang: &str, printed: &str, english: &[&str]) {
    match lang {
        "ja" => assert!(has_japanese(printed), "not Japanese:\n{printed}"),
        "ru" => assert!(has_cyrillic(printed), "not Russian:\n{printed}"),
        _ => unreachable!(),
    }
    for phrase in english {
        assert!(!printed.contains(phrase), "English {phrase:?} left in\n{printed}");
    }
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("portsmouth-errlang-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

const LEVEL_ENGLISH: &[&str] = &["this scenario has no difficulty level", "it has:"];

#[test]
fn a_level_the_scenario_lacks_is_named_in_each_language_by_every_command() {
    let scenario = scenario();
    let commands: [Vec<&str>; 4] = [
        vec![
            "simulate",
            "--scenario",
            &scenario,
            "--games",
            "1",
            "--seed",
            "1",
            "--japan",
            "delegate:foo",
        ],
        vec![
            "tournament",
            "--scenario",
            &scenario,
            "--games",
            "1",
            "--seed",
            "1",
            "--agents",
            "boulware,delegate:foo",
        ],
        vec![
            "redteam",
            "--scenario",
            &scenario,
            "--games",
            "1",
            "--small",
            "--level",
            "foo",
        ],
        vec![
            "watch",
            "--scenario",
            &scenario,
            "--seed",
            "1",
            "--russia",
            "delegate:foo",
        ],
    ];
    for args in &commands {
        let english = fails("en", args, 1);
        assert!(
            english.contains("this scenario has no difficulty level `foo`; it has: yielding, steady, shrewd"),
            "{args:?}\n{english}"
        );
        let japanese = fails("ja", args, 1);
        assert!(
            japanese
                .contains("このシナリオには難易度の段階「foo」はありません。あるのは yielding、steady、shrewd です"),
            "{args:?}\n{japanese}"
        );
        in_language("ja", &japanese, LEVEL_ENGLISH);
        let russian = fails("ru", args, 1);
        assert!(
            russian.contains("в этом сценарии нет уровня сложности «foo»; есть уровни: yielding, steady, shrewd"),
            "{args:?}\n{russian}"
        );
        in_language("ru", &russian, LEVEL_ENGLISH);
    }
    // The red team names the option, as it did.
    let english = fails("en", &commands[2], 1);
    assert!(
        english.starts_with("--level: this scenario has no difficulty level `foo`"),
        "{english}"
    );
    let japanese = fails("ja", &commands[2], 1);
    assert!(japanese.starts_with("--level：このシナリオには"), "{japanese}");
}

#[test]
fn an_unknown_agent_is_refused_in_each_language_with_the_choices() {
    let scenario = scenario();
    for args in [
        vec![
            "simulate",
            "--scenario",
            &scenario,
            "--japan",
            "nosuchagent",
            "--russia",
            "delegate",
        ],
        vec![
            "tournament",
            "--scenario",
            &scenario,
            "--agents",
            "boulware,nosuchagent",
        ],
        vec!["watch", "--scenario", &scenario, "--japan", "nosuchagent"],
    ] {
        let japanese = fails("ja", &args, 2);
        assert!(japanese.contains("「nosuchagent」"), "{japanese}");
        assert!(japanese.contains("不明なエージェントです"), "{japanese}");
        assert!(japanese.contains("conceder、hardheaded、tit-for-tat"), "{japanese}");
        in_language(
            "ja",
            &japanese,
            &[
                "unknown agent",
                "choose one of",
                "invalid value",
                "For more information",
            ],
        );
        let russian = fails("ru", &args, 2);
        assert!(russian.contains("«nosuchagent»"), "{russian}");
        assert!(russian.contains("неизвестный агент"), "{russian}");
        in_language(
            "ru",
            &russian,
            &[
                "unknown agent",
                "choose one of",
                "invalid value",
                "For more information",
            ],
        );
    }
}

#[test]
fn a_bad_count_or_seed_is_refused_in_each_language() {
    let scenario = scenario();
    for (args, value) in [
        (vec!["simulate", "--scenario", &scenario, "--games", "many"], "many"),
        (vec!["simulate", "--scenario", &scenario, "--seed", "-1"], "-1"),
        (vec!["tournament", "--scenario", &scenario, "--threads", "x2"], "x2"),
        (vec!["redteam", "--scenario", &scenario, "--games", "1.5"], "1.5"),
        (vec!["watch", "--scenario", &scenario, "--seed", "seed"], "seed"),
        (vec!["loadtest", "--url", "127.0.0.1:1", "--tables", "ten"], "ten"),
        (vec!["serve", "--port", "70000"], "70000"),
    ] {
        let japanese = fails("ja", &args, 2);
        assert!(japanese.contains(&format!("「{value}」")), "{japanese}");
        in_language(
            "ja",
            &japanese,
            &["invalid value", "invalid digit", "not in", "For more information"],
        );
        let russian = fails("ru", &args, 2);
        assert!(russian.contains(&format!("«{value}»")), "{russian}");
        in_language(
            "ru",
            &russian,
            &["invalid value", "invalid digit", "not in", "For more information"],
        );
    }
}

#[test]
fn a_count_of_games_past_the_cap_is_refused_in_each_language() {
    let tutorial = tutorial();
    let simulate = ["simulate", "--scenario", &tutorial, "--games", "1000000000000"];
    let tournament = [
        "tournament",
        "--scenario",
        &tutorial,
        "--games",
        "3000000",
        "--agents",
        "boulware,conceder",
    ];
    let english = fails("en", &simulate, 1);
    assert!(
        english.contains(
            "--games 1000000000000: 1000000000000 games, more than the 10000000 one run plays; run several with \
             different seeds, or fewer agents"
        ),
        "{english}"
    );
    let english = fails("en", &tournament, 1);
    assert!(
        english.contains(
            "--games 3000000: 3000000 games for each of 4 pairings make 12000000 games, more than the 10000000 one \
             run plays; run several with different seeds, or fewer agents"
        ),
        "{english}"
    );
    let too_many = &["more than the", "one run plays", "games for each", "different seeds"];
    let japanese = fails("ja", &simulate, 1);
    assert!(
        japanese.contains("--games 1000000000000：1000000000000 ゲーム"),
        "{japanese}"
    );
    assert!(japanese.contains("10000000 ゲームを超えます"), "{japanese}");
    in_language("ja", &japanese, too_many);
    let japanese = fails("ja", &tournament, 1);
    assert!(
        japanese.contains("4 組それぞれに 3000000 ゲームで、合計 12000000 ゲーム"),
        "{japanese}"
    );
    in_language("ja", &japanese, too_many);
    let russian = fails("ru", &tournament, 1);
    assert!(
        russian.contains("по 3000000 на каждую из 4 пар, всего игр: 12000000"),
        "{russian}"
    );
    in_language("ru", &russian, too_many);
}

/// `portsmouth serve` on a port another program holds, in `lang`; its error stream.
fn serve_on_a_taken_port(lang: &str) -> (String, u16) {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let dir = scratch(&format!("port-{lang}"));
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let err = fails(
        lang,
        &[
            "serve",
            "--bind",
            "127.0.0.1",
            "--port",
            &port.to_string(),
            "--dir",
            dir.join("class").to_str().unwrap(),
            "--scenarios",
            scenarios.to_str().unwrap(),
        ],
        1,
    );
    drop(taken);
    let _ = std::fs::remove_dir_all(dir);
    (err, port)
}

#[test]
fn a_port_in_use_is_explained_to_the_teacher_in_each_language() {
    let (english, port) = serve_on_a_taken_port("en");
    assert!(
        english.contains(&format!("cannot listen on 127.0.0.1:{port}: ")),
        "{english}"
    );
    assert!(
        english.contains(
            "\n    help: another program (perhaps another class server) uses this port: stop it, or choose another \
             with --port"
        ),
        "{english}"
    );
    let serve_english = &[
        "cannot listen",
        "help:",
        "another program",
        "choose another",
        "already in use",
    ];
    let (japanese, port) = serve_on_a_taken_port("ja");
    assert!(
        japanese.contains(&format!("127.0.0.1:{port} で待ち受けられません：")),
        "{japanese}"
    );
    assert!(japanese.contains("\n    ヒント：別のプログラム"), "{japanese}");
    in_language("ja", &japanese, serve_english);
    let (russian, port) = serve_on_a_taken_port("ru");
    assert!(
        russian.contains(&format!("не удаётся слушать 127.0.0.1:{port}: ")),
        "{russian}"
    );
    assert!(russian.contains("\n    подсказка: этот порт занят"), "{russian}");
    in_language("ru", &russian, serve_english);
}

#[test]
fn a_class_database_or_scenarios_folder_that_cannot_be_read_is_named_in_each_language() {
    let dir = scratch("database");
    let class = dir.join("class");
    std::fs::create_dir_all(&class).unwrap();
    std::fs::write(class.join("class.sqlite"), vec![b'x'; 4096]).unwrap();
    let scenarios = Path::new(env!("CARGO_MANIFEST_DIR")).join("scenarios");
    let args = [
        "serve",
        "--port",
        "0",
        "--dir",
        class.to_str().unwrap(),
        "--scenarios",
        scenarios.to_str().unwrap(),
    ];
    let english = fails("en", &args, 1);
    assert!(english.contains("the class database"), "{english}");
    assert!(english.contains("class.sqlite"), "{english}");
    assert!(english.contains("\n    help: "), "{english}");
    let database_english = &[
        "cannot open",
        "cannot read",
        "the class database",
        "help:",
        "move the file aside",
    ];
    let japanese = fails("ja", &args, 1);
    assert!(japanese.contains("クラスのデータベース"), "{japanese}");
    assert!(japanese.contains("class.sqlite"), "{japanese}");
    in_language("ja", &japanese, database_english);
    let russian = fails("ru", &args, 1);
    assert!(russian.contains("базу данных класса"), "{russian}");
    in_language("ru", &russian, database_english);

    let missing = dir.join("no-such-scenarios");
    let args = [
        "serve",
        "--port",
        "0",
        "--dir",
        class.to_str().unwrap(),
        "--scenarios",
        missing.to_str().unwrap(),
    ];
    let english = fails("en", &args, 1);
    assert!(english.contains("cannot read the scenarios folder "), "{english}");
    assert!(
        english.contains("\n    help: name the folder of scenario files with --scenarios DIR, or set PORTSMOUTH_DATA to the folder that holds `assets` and `scenarios`"),
        "{english}"
    );
    let japanese = fails("ja", &args, 1);
    assert!(japanese.contains("シナリオフォルダー"), "{japanese}");
    assert!(japanese.contains("no-such-scenarios"), "{japanese}");
    in_language("ja", &japanese, &["cannot read", "scenarios folder", "help:"]);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_class_folder_that_cannot_be_made_is_named_in_each_language() {
    let dir = scratch("class-folder");
    let file = dir.join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let class = file.join("class");
    let args = ["serve", "--port", "0", "--dir", class.to_str().unwrap()];
    let english = fails("en", &args, 1);
    assert!(
        english.contains(&format!("cannot use the class folder {}: ", class.display())),
        "{english}"
    );
    assert!(
        english.contains("\n    help: name a folder you may write in with --dir DIR"),
        "{english}"
    );
    let japanese = fails("ja", &args, 1);
    assert!(
        japanese.contains(&format!(
            "クラスフォルダー {} を使えません：フォルダーではありません",
            class.display()
        )),
        "{japanese}"
    );
    in_language("ja", &japanese, &["cannot use", "Not a directory", "help:"]);
    let russian = fails("ru", &args, 1);
    assert!(russian.contains("не удаётся использовать папку класса"), "{russian}");
    in_language("ru", &russian, &["cannot use", "Not a directory", "help:"]);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_bad_bind_address_is_refused_in_each_language() {
    let args = ["serve", "--bind", "localhost"];
    let japanese = fails("ja", &args, 2);
    assert!(japanese.contains("「localhost」"), "{japanese}");
    assert!(japanese.contains("IP アドレスではありません"), "{japanese}");
    in_language("ja", &japanese, &["invalid IP address syntax", "invalid value"]);
    let russian = fails("ru", &args, 2);
    assert!(russian.contains("это не IP-адрес"), "{russian}");
    in_language("ru", &russian, &["invalid IP address syntax", "invalid value"]);
}

/// The arguments; the message in English, Japanese and Russian; the English phrases that
/// must not be left in a translation.
type Case<'a> = (Vec<&'a str>, &'a str, &'a str, &'a str, &'a [&'a str]);

#[test]
fn the_load_tests_mistakes_are_named_in_each_language() {
    let dir = scratch("loadtest");
    let missing = dir.join("no-class");
    let cases: [Case; 4] = [
        (
            vec!["loadtest", "--url", "nonsense", "--key", "k"],
            "nonsense: not an address of the class server (give http://HOST:PORT, or ws://HOST:PORT/ws)",
            "nonsense：クラスサーバーのアドレスではありません",
            "nonsense: это не адрес сервера класса",
            &["not an address", "give http"],
        ),
        (
            vec!["loadtest", "--url", "127.0.0.1:1", "--key", "k", "--tables", "0"],
            "--tables must be at least 1",
            "--tables は 1 以上にしてください",
            "--tables должно быть не меньше 1",
            &["must be at least"],
        ),
        (
            vec!["loadtest", "--url", "http://127.0.0.1:1", "--key", "k", "--tables", "1"],
            "cannot reach 127.0.0.1:1: ",
            "127.0.0.1:1 に接続できません：接続が拒否されました",
            "не удаётся связаться с 127.0.0.1:1: в соединении отказано",
            &["cannot reach", "refused"],
        ),
        (
            vec!["loadtest", "--url", "127.0.0.1:1", "--dir", missing.to_str().unwrap()],
            "class.sqlite does not exist: give the folder the server was started with (--dir)",
            "class.sqlite がありません。サーバーを起動したときのフォルダー（--dir）を指定してください",
            "class.sqlite не существует: укажите папку, с которой был запущен сервер (--dir)",
            &["does not exist", "give the folder"],
        ),
    ];
    for (args, english, japanese, russian, phrases) in cases {
        let printed = fails("en", &args, 1);
        assert!(printed.contains(english), "{args:?}\n{printed}");
        let printed = fails("ja", &args, 1);
        assert!(printed.contains(japanese), "{args:?}\n{printed}");
        in_language("ja", &printed, phrases);
        let printed = fails("ru", &args, 1);
        assert!(printed.contains(russian), "{args:?}\n{printed}");
        in_language("ru", &printed, phrases);
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn an_output_in_a_folder_that_is_not_there_or_that_is_a_folder_is_refused_in_each_language() {
    let scenario = scenario();
    let dir = scratch("outputs");
    let nowhere = dir.join("no-such-folder").join("games.csv");
    let nowhere = nowhere.to_str().unwrap();
    let folder = dir.to_str().unwrap();
    let missing = ["simulate", "--scenario", &scenario, "--games", "1", "--out", nowhere];
    let english = fails("en", &missing, 1);
    assert!(
        english.contains(&format!(
            "the folder {} does not exist",
            dir.join("no-such-folder").display()
        )),
        "{english}"
    );
    let japanese = fails("ja", &missing, 1);
    assert!(
        japanese.contains(&format!(
            "フォルダー {} がありません",
            dir.join("no-such-folder").display()
        )),
        "{japanese}"
    );
    in_language("ja", &japanese, &["does not exist", "cannot write", "help:"]);
    let russian = fails("ru", &missing, 1);
    assert!(russian.contains("не существует"), "{russian}");
    in_language("ru", &russian, &["does not exist", "cannot write", "help:"]);

    let a_folder = ["watch", "--scenario", &scenario, "--seed", "1", "--save", folder];
    let english = fails("en", &a_folder, 1);
    assert!(english.contains("it is a folder, not a regular file"), "{english}");
    let japanese = fails("ja", &a_folder, 1);
    assert!(
        japanese.contains("フォルダーであり、通常のファイルではありません"),
        "{japanese}"
    );
    in_language("ja", &japanese, &["a folder", "not a regular file"]);
    let russian = fails("ru", &a_folder, 1);
    assert!(russian.contains("это папка, а не обычный файл"), "{russian}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn a_draft_with_an_article_or_option_the_scenario_lacks_is_refused_in_each_language() {
    let scenario = scenario();
    let dir = scratch("draft");
    let save = dir.join("game.ron");
    let save = save.to_str().unwrap();
    let watched = portsmouth(&["watch", "--scenario", &scenario, "--seed", "1", "--save", save]);
    assert!(watched.status.success(), "{}", text(&watched.stderr));
    let option = ["estimate", save, "--side", "japan", "--draft", "korea=nosuch"];
    let english = fails("en", &option, 1);
    assert!(
        english.contains("--draft korea=nosuch: article `korea` has no option `nosuch`"),
        "{english}"
    );
    let japanese = fails("ja", &option, 1);
    assert!(
        japanese.contains("--draft korea=nosuch：条項 `korea` に選択肢 `nosuch` はありません"),
        "{japanese}"
    );
    in_language("ja", &japanese, &["has no option", "article"]);
    let article = ["estimate", save, "--side", "japan", "--draft", "nosuch=x"];
    let russian = fails("ru", &article, 1);
    assert!(russian.contains("--draft nosuch=x: в сценарии `"), "{russian}");
    assert!(russian.contains("нет статьи `nosuch`"), "{russian}");
    in_language("ru", &russian, &["no article", "in scenario"]);
    let _ = std::fs::remove_dir_all(dir);
}

/// The warnings `portsmouth --lang LANG serve` prints as it starts on `scenarios`: read
/// until the dashboard's line is printed (after the warnings), then the server is stopped.
fn serve_warnings(lang: &str, scenarios: &Path, class: &Path) -> String {
    use std::io::{BufRead, BufReader, Read};
    let mut child = crate::common::cli()
        .args(["--lang", lang, "serve", "--bind", "127.0.0.1", "--port", "0", "--dir"])
        .arg(class)
        .arg("--scenarios")
        .arg(scenarios)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    loop {
        line.clear();
        let read = stdout.read_line(&mut line).unwrap_or(0);
        assert!(read > 0, "the server ended before printing its dashboard link");
        if line.contains("/teacher?key=") {
            break;
        }
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let mut err = String::new();
    child.stderr.take().unwrap().read_to_string(&mut err).unwrap();
    err
}

#[test]
fn the_scenario_files_the_server_leaves_out_are_told_to_the_teacher_in_each_language() {
    let dir = scratch("scenarios");
    let scenarios = dir.join("scenarios");
    std::fs::create_dir_all(&scenarios).unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(
        root.join("tests/data/broken/syntax-missing-comma.ron"),
        scenarios.join("a-broken.ron"),
    )
    .unwrap();
    std::fs::copy(root.join("scenarios/tutorial.ron"), scenarios.join("b-tutorial.ron")).unwrap();
    std::fs::copy(root.join("scenarios/tutorial.ron"), scenarios.join("c-again.ron")).unwrap();
    let broken = scenarios.join("a-broken.ron").display().to_string();
    let again = scenarios.join("c-again.ron").display().to_string();
    let english = serve_warnings("en", &scenarios, &dir.join("class-en"));
    assert!(
        english.contains(&format!("warning: {broken}: left out, it does not load: ")),
        "{english}"
    );
    assert!(
        english.contains(&format!(
            "warning: {again}: a scenario with id `tutorial` was already read; this one is left out"
        )),
        "{english}"
    );
    let left_out = &["warning:", "left out", "does not load", "was already read", "error["];
    let japanese = serve_warnings("ja", &scenarios, &dir.join("class-ja"));
    assert!(
        japanese.contains(&format!("警告：{broken}：読み込めないため除外します：")),
        "{japanese}"
    );
    assert!(japanese.contains("エラー[syntax]"), "{japanese}");
    assert!(
        japanese.contains(&format!(
            "警告：{again}：ID が「tutorial」のシナリオはすでに読み込まれています"
        )),
        "{japanese}"
    );
    in_language("ja", &japanese, left_out);
    let russian = serve_warnings("ru", &scenarios, &dir.join("class-ru"));
    assert!(
        russian.contains(&format!("{broken}: пропущен, он не загружается: ")),
        "{russian}"
    );
    assert!(russian.contains("сценарий с id «tutorial» уже прочитан"), "{russian}");
    in_language("ru", &russian, left_out);
    let _ = std::fs::remove_dir_all(dir);
}

/// A stand-in for the class server whose WebSocket closes as soon as it opens: the teacher
/// API makes one table of two agent seats, and every player's connection is then lost.
/// Returns its address.
fn server_that_drops_every_player() -> std::net::SocketAddr {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut start = [0u8; 8];
            let _ = stream.peek(&mut start);
            if start.starts_with(b"GET /ws") {
                if let Ok(mut socket) = tokio_tungstenite::tungstenite::accept(stream) {
                    let _ = socket.close(None);
                    let _ = socket.flush();
                }
                continue;
            }
            // The teacher API: read the request whole, answer with one table.
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buf) {
                if n == 0 {
                    break;
                }
                request.extend_from_slice(&buf[..n]);
                let text = String::from_utf8_lossy(&request);
                if let Some((head, body)) = text.split_once("\r\n\r\n") {
                    let length = head
                        .lines()
                        .find_map(|l| {
                            l.to_ascii_lowercase()
                                .strip_prefix("content-length:")
                                .map(|v| v.trim().to_string())
                        })
                        .and_then(|v| v.parse::<usize>().ok())
                        .unwrap_or(0);
                    if body.len() >= length {
                        break;
                    }
                }
            }
            let body = r#"{"tables":[{"id":1,"code":"AB12","tokens":{"Japan":"tj","Russia":"tr"}}]}"#;
            let _ = write!(
                stream,
                "HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    addr
}

#[test]
fn a_load_test_player_s_lost_connection_is_told_in_each_language_and_stays_english_in_json() {
    let addr = server_that_drops_every_player();
    let url = format!("http://{addr}");
    let args = ["loadtest", "--url", url.as_str(), "--key", "k", "--tables", "1"];
    let report = |lang: &str, json: bool| {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(&args);
        if json {
            all.push("--json");
        }
        let out = portsmouth(&all);
        // The games did not finish: the command fails, after its report.
        assert_eq!(out.status.code(), Some(1), "{all:?}\n{}", text(&out.stderr));
        text(&out.stdout)
    };
    let english = report("en", false);
    assert!(
        english.contains("players stopped early: 2 (first: connection lost: closed by the server)"),
        "{english}"
    );
    let japanese = report("ja", false);
    assert!(
        japanese.contains("接続が切れました（サーバーが接続を閉じました）"),
        "{japanese}"
    );
    in_language("ja", &japanese, &["connection lost", "closed by the server"]);
    let russian = report("ru", false);
    assert!(
        russian.contains("соединение потеряно: сервер закрыл соединение"),
        "{russian}"
    );
    in_language("ru", &russian, &["connection lost", "closed by the server"]);
    // `--json` is for programs: the reason stays English in every language.
    let json: serde_json::Value = serde_json::from_str(report("ja", true).trim()).expect("one JSON object");
    assert_eq!(json["first_failure"], "connection lost: closed by the server");
    assert_eq!(json["failed_seats"], 2);
}

/// `portsmouth ARGS...` on a machine whose language is `locale`, which must fail; its error
/// stream. (The commands that open a window take no `--lang` for the game; what they print
/// in the terminal follows the system's language.)
#[cfg(feature = "gui")]
fn fails_on_a_machine_in(locale: &str, args: &[&str]) -> String {
    let mut command = crate::common::cli();
    for variable in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"] {
        command.env(variable, locale);
    }
    let out = command.args(args).output().expect("the binary runs");
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{args:?}\n{err}");
    err
}

#[cfg(feature = "gui")]
#[test]
fn a_damaged_save_given_to_open_is_told_in_the_system_s_language_before_any_window() {
    let dir = scratch("open-damaged");
    let save = dir.join("damaged.ron");
    std::fs::write(&save, "(scenario: \"portsmouth-1905\", moves: [").unwrap();
    let path = save.to_str().unwrap();
    let english = fails_on_a_machine_in("C", &["open", path]);
    assert!(english.contains("damaged.ron"), "{english}");
    let first_english_line = english.lines().next().unwrap().to_string();
    let japanese = fails_on_a_machine_in("ja_JP.UTF-8", &["open", path]);
    assert!(japanese.contains("damaged.ron"), "{japanese}");
    assert!(has_japanese(&japanese), "{japanese}");
    assert!(!japanese.contains(&first_english_line), "{japanese}");
    let russian = fails_on_a_machine_in("ru_RU.UTF-8", &["open", path]);
    assert!(has_cyrillic(&russian), "{russian}");
    let _ = std::fs::remove_dir_all(dir);
}

#[cfg(feature = "gui")]
#[test]
fn a_tour_folder_that_cannot_be_made_is_named_in_each_language() {
    let dir = scratch("tour-folder");
    let file = dir.join("a-file");
    std::fs::write(&file, "not a folder").unwrap();
    let pictures = file.join("pictures");
    let folder = pictures.to_str().unwrap();
    let english = fails("en", &["tour", folder], 1);
    assert!(
        english.contains(&format!("cannot create the folder {folder}: ")),
        "{english}"
    );
    // `--lang`, and without it the system's language, with the system's reason in it.
    let japanese = fails("ja", &["tour", folder], 1);
    assert!(
        japanese.contains(&format!(
            "フォルダー {folder} を作成できません：フォルダーではありません"
        )),
        "{japanese}"
    );
    in_language("ja", &japanese, &["cannot create", "Not a directory", "help:"]);
    let russian = fails_on_a_machine_in("ru_RU.UTF-8", &["tour", folder]);
    in_language("ru", &russian, &["cannot create", "Not a directory", "help:"]);
    let _ = std::fs::remove_dir_all(dir);
}
