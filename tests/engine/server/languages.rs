//! The class server in the visitor's language: the teacher's and the students' pages by
//! `?lang=`, else `Accept-Language`, else the server's `--lang`; a protocol client's refusals
//! and notices in the language of its `Join` or `Connect` (English without one); hostile
//! language headers and fields read in bounded pieces.

use super::{Party, STUDENT, class_dir, config, create_table, http, start, start_with};
use portsmouth::engine::play::side::Side;
use portsmouth::i18n::Lang;
use portsmouth::net::protocol::{PartyMessage, ServerMessage};
use std::net::SocketAddr;
use tokio::io::{AsyncReadExt, AsyncWriteExt};

/// A GET with extra header lines; the status and the body.
async fn get(addr: SocketAddr, path: &str, headers: &str) -> (u16, String) {
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!("GET {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{headers}\r\n");
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or(0);
    let body = if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
        dechunk(body)
    } else {
        body.to_string()
    };
    (status, body)
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, after)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
        if size == 0 || after.len() < size {
            break;
        }
        out += &after[..size];
        rest = after[size..].trim_start_matches("\r\n");
    }
    out
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pages_speak_the_language_the_browser_or_the_address_asks_for() {
    let dir = class_dir("page-languages");
    let running = start(&dir).await;
    let addr = running.addr;

    // The browser's language: Japanese.
    let (status, page) = get(addr, "/teacher", "Accept-Language: ja-JP,ja;q=0.9,en;q=0.8\r\n").await;
    assert_eq!(status, 200);
    assert!(page.contains("<html lang=\"ja\">"), "{page}");
    assert!(
        page.contains("すべての交渉卓を一時停止"),
        "the pause button in Japanese"
    );
    assert!(
        !page.contains("Pause all tables"),
        "English left on the Japanese dashboard"
    );
    assert!(
        page.contains("/teacher/assets/strings.js?lang=ja"),
        "the script's words follow"
    );
    assert!(
        page.contains("hreflang=\"ja\" aria-current=\"page\""),
        "the switcher marks Japanese"
    );

    // The address wins over the browser: Russian.
    let (_, page) = get(addr, "/teacher?lang=ru", "Accept-Language: ja\r\n").await;
    assert!(page.contains("<html lang=\"ru\">"));
    assert!(page.contains("Приостановить все столы"), "{page}");
    let (_, presenter) = get(addr, "/teacher/table/1?lang=ru", "").await;
    assert!(presenter.contains("<html lang=\"ru\">"));
    assert!(presenter.contains("Последние ходы"), "{presenter}");

    // The script's words: Russian plural forms, English never mixed in.
    let (status, strings) = get(addr, "/teacher/assets/strings.js?lang=ru", "").await;
    assert_eq!(status, 200);
    assert!(strings.contains("\"lang\": \"ru\""));
    assert!(
        strings.contains("{count} стола") && strings.contains("{count} столов"),
        "{strings}"
    );
    assert!(!strings.contains("Pause all tables"));

    // The students' page, both ways.
    let (_, student) = get(addr, "/", "Accept-Language: ja\r\n").await;
    assert!(student.contains("<html lang=\"ja\">"));
    assert!(student.contains("<strong>クラスに参加</strong>"), "{student}");
    let (_, student) = get(addr, "/?lang=ru", "Accept-Language: ja\r\n").await;
    assert!(student.contains("<html lang=\"ru\">"));
    assert!(student.contains("<strong>Войти в класс</strong>"), "{student}");
    assert!(!student.contains("Join a class"));

    // No header and no address: the server's language (English here); a language the
    // server does not speak: English.
    let (_, page) = get(addr, "/teacher", "").await;
    assert!(page.contains("<html lang=\"en\">") && page.contains("Pause all tables"));
    let (_, page) = get(addr, "/", "Accept-Language: de-DE,fr;q=0.5\r\n").await;
    assert!(page.contains("<html lang=\"en\">") && page.contains("Join a class"));

    // The scenarios for a new table: titles and levels in the asker's language, the levels'
    // own names kept for the request.
    let key = Some(running.key.as_str());
    let list = http(addr, "GET", "/api/scenarios?lang=ja", key, None).await.json();
    let portsmouth = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == "portsmouth-1905")
        .expect("the scenario is offered");
    assert_eq!(portsmouth["title"], "ポーツマスの講和、1905年");
    assert!(
        portsmouth["levels"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| l.as_str().unwrap().is_ascii())
    );
    assert_eq!(
        portsmouth["level_names"].as_array().unwrap().len(),
        portsmouth["levels"].as_array().unwrap().len()
    );
    assert!(
        portsmouth["level_names"]
            .as_array()
            .unwrap()
            .iter()
            .all(|l| !l.as_str().unwrap().is_ascii()),
        "the standard levels in Japanese: {portsmouth}"
    );
    let english = http(addr, "GET", "/api/scenarios", key, None).await.json();
    assert!(english[0]["title"].as_str().unwrap().is_ascii());
    running.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_server_s_own_language_serves_a_browser_that_names_none() {
    let dir = class_dir("server-language");
    let mut config = config(&dir);
    config.lang = Lang::Danish;
    let running = start_with(config).await;
    let (_, page) = get(running.addr, "/teacher", "").await;
    assert!(
        page.contains("<html lang=\"da\">") && page.contains("Sæt alle borde på pause"),
        "{page}"
    );
    let (_, page) = get(running.addr, "/", "Accept-Language: *\r\n").await;
    assert!(page.contains("<html lang=\"da\">"), "{page}");
    running.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_language_headers_and_fields_change_nothing_but_the_language() {
    let dir = class_dir("hostile-languages");
    let running = start(&dir).await;
    let addr = running.addr;
    let long = format!("Accept-Language: {}ja\r\n", "xx-YY;q=0.001,".repeat(2_000));
    let nonsense = [
        long.as_str(),
        "Accept-Language: ;;;;q=,,,;q=1e9999,ja;q=-1,ru;q=NaN\r\n",
        "Accept-Language: \u{7f}\u{1}ja\r\n",
        "Accept-Language: ja;q=0.\u{e9}\r\n",
    ];
    for header in nonsense {
        let (status, page) = get(addr, "/teacher", header).await;
        assert!(
            status == 200 || status == 400 || status == 431,
            "{status} for a header of {} bytes",
            header.len()
        );
        if status == 200 {
            assert!(
                page.contains("<html lang=\"en\">"),
                "{}",
                &header[..header.len().min(80)]
            );
        }
    }
    for query in [
        format!("lang={}", "ja".repeat(10_000)),
        "lang=%00%ff&lang=ru".to_string(),
        "lang&lang=&=ru".to_string(),
        "lang=../../etc".to_string(),
    ] {
        let (status, page) = get(addr, &format!("/?{query}"), "").await;
        assert!(status == 200 || status == 414 || status == 400, "{status}");
        if status == 200 {
            assert!(page.contains("<html lang=\"en\">"), "{query:.60}");
        }
    }

    // A language field no one speaks, or far too long: English, and the join goes on.
    let (_, code, _) = create_table(&running, STUDENT, STUDENT, 3).await;
    let mut odd = Party::connect(addr).await;
    odd.send(&PartyMessage::Join {
        code: "NOPE".into(),
        name: "Odd".into(),
        side: None,
        lang: Some("ja".repeat(5_000)),
    })
    .await;
    let refusal = odd.expect_error("unknown_code").await;
    assert!(refusal.contains("no table has this code"), "{refusal}");
    odd.send_raw(r#"{"Join":{"code":"x","name":"y","lang":17}}"#).await;
    odd.expect_error("malformed").await;
    let mut fine = Party::connect(addr).await;
    fine.send(&PartyMessage::Join {
        code: code.clone(),
        name: "Fine".into(),
        side: None,
        lang: Some("tlh-Piqd".into()),
    })
    .await;
    assert!(matches!(fine.next().await, Some(ServerMessage::Settings(_))));
    running.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_client_hears_the_server_in_the_language_it_joined_with() {
    let dir = class_dir("client-languages");
    let running = start(&dir).await;
    let addr = running.addr;
    let key = Some(running.key.as_str());
    let (id, code, _) = create_table(&running, STUDENT, STUDENT, 11).await;

    // A wrong code: in Russian for a Russian client, in English for a client without the field.
    let mut russian = Party::connect(addr).await;
    russian
        .send(&PartyMessage::Join {
            code: "ZZZZZ".into(),
            name: "Вера".into(),
            side: None,
            lang: Some("ru-RU".into()),
        })
        .await;
    let refusal = russian.expect_error("unknown_code").await;
    assert_eq!(refusal, "стола с таким кодом нет; уточните код у учителя");
    let mut old = Party::connect(addr).await;
    old.send_raw(r#"{"Join":{"code":"ZZZZZ","name":"Old"}}"#).await;
    let refusal = old.expect_error("unknown_code").await;
    assert_eq!(refusal, "no table has this code; check it with your teacher");

    // Seated in Russian: a move out of turn, refused in Russian.
    russian
        .send(&PartyMessage::Join {
            code: code.clone(),
            name: "Вера".into(),
            side: Some(Side::Russia),
            lang: Some("ru".into()),
        })
        .await;
    // The transcript's lines come told in Russian (the scenario's names in Russian too).
    match russian.next().await {
        Some(ServerMessage::Settings(settings)) => {
            assert!(
                settings.lines.iter().any(|l| l.starts_with("Заседание 1")),
                "{:?}",
                settings.lines
            );
        }
        other => panic!("expected Settings, got {other:?}"),
    }
    let mut japanese = Party::connect(addr).await;
    japanese
        .send(&PartyMessage::Join {
            code: code.clone(),
            name: "Aiko".into(),
            side: Some(Side::Japan),
            lang: Some("ja".into()),
        })
        .await;
    assert!(matches!(japanese.next().await, Some(ServerMessage::Settings(_))));
    let pass = PartyMessage::Turn {
        turn: Default::default(),
        text: None,
    };
    russian.send(&pass).await;
    let refusal = loop {
        if let Some(ServerMessage::Error { kind, message }) = russian.next().await {
            assert_eq!(kind, "not_your_turn");
            break message;
        }
    };
    assert_eq!(refusal, "сейчас ход другой делегации");

    // The teacher opens Japan's seat again: the Japanese connection is told in Japanese, the
    // Russian one hears the news in Russian.
    let reply = http(addr, "POST", &format!("/api/tables/{id}/seats/japan/reopen"), key, None).await;
    assert_eq!(reply.status, 200, "{}", reply.body);
    let mut reason = None;
    while let Some(message) = japanese.next().await {
        if let ServerMessage::SeatTaken { reason: r } = message {
            reason = Some(r);
        }
    }
    assert_eq!(
        reason.expect("told"),
        "先生がこの席を再び開放しました。交渉卓のコードと名前で参加してください。"
    );
    let notice = loop {
        match russian.next().await.expect("open") {
            ServerMessage::Notice { text } => break text,
            _ => continue,
        }
    };
    assert_eq!(notice, "Место «Япония» ждёт, когда его ученик снова войдёт.");

    // A name too long, refused with a Russian plural form.
    let mut long = Party::connect(addr).await;
    long.send(&PartyMessage::Join {
        code,
        name: "я".repeat(41),
        side: None,
        lang: Some("ru".into()),
    })
    .await;
    let refusal = long.expect_error("malformed").await;
    assert_eq!(refusal, "имя не длиннее 40 символов");
    running.abort();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_teacher_s_api_explains_itself_in_the_teacher_s_language() {
    let dir = class_dir("api-languages");
    let running = start(&dir).await;
    let addr = running.addr;
    let (status, body) = get(
        addr,
        "/api/class",
        "Accept-Language: ru\r\nAuthorization: Bearer wrong\r\n",
    )
    .await;
    assert_eq!(status, 401);
    assert!(body.contains("неверный ключ учителя"), "{body}");
    let key = format!("Authorization: Bearer {}\r\n", running.key);
    let (status, body) = get(addr, "/api/tables/99/result?lang=ja", &key).await;
    assert_eq!(status, 404);
    assert!(body.contains("交渉卓 99 はありません"), "{body}");
    let (_, body) = get(addr, "/api/tables/99/result", &key).await;
    assert!(body.contains("no table 99"), "{body}");
    let create = r#"{"scenario":"nowhere","japan":{"kind":"student"},"russia":{"kind":"student"}}"#;
    let mut stream = tokio::net::TcpStream::connect(addr).await.unwrap();
    let request = format!(
        "POST /api/tables HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\n{key}Accept-Language: da\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{create}",
        create.len()
    );
    stream.write_all(request.as_bytes()).await.unwrap();
    let mut raw = Vec::new();
    stream.read_to_end(&mut raw).await.unwrap();
    let reply = String::from_utf8_lossy(&raw);
    assert!(reply.contains("intet scenarie `nowhere`"), "{reply}");
    // A table the teacher does not name is named in the teacher's language.
    let body = r#"{"scenario":"portsmouth-1905","japan":{"kind":"student"},"russia":{"kind":"student"}}"#;
    for (lang, name) in [("ru", "Стол 1"), ("en", "Table 2"), ("ja", "交渉卓 3")] {
        let path = format!("/api/tables?lang={lang}");
        let reply = http(addr, "POST", &path, Some(&running.key), Some(body)).await;
        assert_eq!(reply.status, 201, "{}", reply.body);
        let class = http(addr, "GET", "/api/class", Some(&running.key), None).await.json();
        let names: Vec<&str> = class["tables"]
            .as_array()
            .unwrap()
            .iter()
            .map(|t| t["name"].as_str().unwrap())
            .collect();
        assert!(names.contains(&name), "{lang}: {names:?}");
    }
    running.abort();
}

/// The computer's reason for its move reaches each student in the student's own language:
/// the server keeps what it said, not English words.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_computers_reasons_reach_each_student_in_their_language() {
    let dir = class_dir("computer-reasons");
    let running = start(&dir).await;
    for (lang, looks_right) in [
        (
            "ja",
            (|t: &str| t.chars().any(|c| ('\u{3040}'..='\u{30ff}').contains(&c))) as fn(&str) -> bool,
        ),
        ("ru", |t: &str| t.chars().any(|c| ('а'..='я').contains(&c))),
    ] {
        let (_, code, _) = create_table(&running, r#"{"kind":"computer"}"#, STUDENT, 5).await;
        let mut student = Party::connect(running.addr).await;
        student
            .send(&PartyMessage::Join {
                code,
                name: "Student".into(),
                side: Some(Side::Russia),
                lang: Some(lang.into()),
            })
            .await;
        let token = loop {
            if let ServerMessage::Settings(s) = student.next().await.expect("the connection stays open") {
                break s.token;
            }
        };
        // The student passes until Komura answers with his reason.
        let mut said = None;
        for _ in 0..200 {
            match student.next().await.expect("the connection stays open") {
                ServerMessage::ActionDone(done) if done.by == Side::Japan && done.text.is_some() => {
                    said = done.text;
                    break;
                }
                ServerMessage::YourTurn { .. } => {
                    let pass = PartyMessage::Turn {
                        turn: Default::default(),
                        text: None,
                    };
                    student.send(&pass).await;
                }
                _ => continue,
            }
        }
        let said = said.expect("the computer gives its reason");
        assert!(looks_right(&said), "{lang}: {said}");
        // The seat taken again (the game restarted): its papers say what Komura said with his
        // latest move, for the table to show beside it.
        let _ = student.ws.close(None).await;
        let (_, settings) = super::seat_languages::reconnect(running.addr, &token, lang).await;
        let latest = settings.last_said[0].as_deref().expect("what Komura said last");
        assert!(looks_right(latest), "{lang}: {latest}");
        assert_eq!(settings.last_said[1], None, "{lang}: the student said nothing");
    }
    running.abort();
}
