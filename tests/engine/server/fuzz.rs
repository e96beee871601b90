//! Thousands of random and malformed frames on several connections — random bytes, cut
//! JSON, oversized frames, binary frames, well-formed messages with ids that do not exist —
//! while a legitimate game at another table plays to its end, move for move as it plays on
//! a quiet server.

use super::*;
use portsmouth::engine::records::save;
use portsmouth::net::protocol::MAX_PARTY_FRAME;
use portsmouth::net::server::MAX_TRANSPORT_FRAME;

/// A small deterministic generator (xorshift), so a failure can be replayed.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// Up to `most` random bytes.
    fn bytes(&mut self, most: u64) -> Vec<u8> {
        let n = self.below(most);
        (0..n).map(|_| self.next() as u8).collect()
    }

    fn word(&mut self) -> String {
        format!("{:x}", self.next())
    }
}

/// One frame of junk, and whether it is one that closes the connection (over the
/// transport's limit).
fn junk(noise: &mut Noise, code_b: &str) -> (Message, bool) {
    let valid = [
        r#"{"Offer":{"bid":{"korea":"free_hand"},"text":"x"}}"#.to_string(),
        format!(r#"{{"Join":{{"code":"{code_b}","name":"Mallory"}}}}"#),
        r#"{"Turn":{"turn":{"reply":{"accept":["korea"]}}}}"#.to_string(),
    ];
    let frame = match noise.below(12) {
        0 => Message::binary(noise.bytes(300)),
        1 => {
            let text = &valid[noise.below(3) as usize];
            let cut = noise.below(text.len() as u64) as usize;
            Message::text(text[..cut].to_string())
        }
        2 => Message::text("x".repeat(MAX_PARTY_FRAME + 1 + noise.below(1000) as usize)),
        3 => Message::text(format!(r#"{{"Connect":{{"token":"{}"}}}}"#, noise.word())),
        4 => Message::text(format!(
            r#"{{"Join":{{"code":"{}","name":"{}"}}}}"#,
            noise.word(),
            noise.word()
        )),
        5 => Message::text(format!(
            r#"{{"Offer":{{"bid":{{"{}":"{}"}}}}}}"#,
            noise.word(),
            noise.word()
        )),
        6 => Message::text(format!(
            r#"{{"Turn":{{"turn":{{"action":{{"Press":"{}"}},"reply":{{"accept":["{}"]}}}}}}}}"#,
            noise.word(),
            noise.word()
        )),
        7 => Message::text(String::from_utf8_lossy(&noise.bytes(200)).into_owned()),
        8 => Message::text(r#"{"Accept":{"text":null,"extra":1}}"#),
        9 => Message::text(format!(r#"{{"{}":{{}}}}"#, noise.word())),
        10 => Message::text(
            r#"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[["#,
        ),
        _ => {
            // Rarely, a frame beyond the transport's limit: the connection is closed.
            if noise.below(40) == 0 {
                return (Message::text("y".repeat(MAX_TRANSPORT_FRAME + 10)), true);
            }
            Message::text(r#"{"Ping":null}"#)
        }
    };
    (frame, false)
}

/// Sends `count` junk frames on fresh connections (reconnecting when one is closed); every
/// answer must be a protocol message. Returns (frames sent, answers read).
async fn flood(addr: SocketAddr, seed: u64, count: usize, code_b: String) -> (usize, usize) {
    let mut noise = Noise(seed);
    let mut sent = 0;
    let mut answers = 0;
    while sent < count {
        let mut party = Party::connect(addr).await;
        if noise.below(2) == 0 {
            // Half the connections hold Japan's seat at the junk table first, if it is free.
            party
                .send_raw(&format!(
                    r#"{{"Join":{{"code":"{code_b}","name":"Mallory","side":"Japan"}}}}"#
                ))
                .await;
        }
        let (mut sink, mut stream) = party.ws.split();
        let reader = tokio::spawn(async move {
            let mut read = 0;
            while let Some(Ok(frame)) = stream.next().await {
                if let Message::Text(text) = frame {
                    let _: ServerMessage = serde_json::from_str(&text).expect("every answer is a protocol message");
                    read += 1;
                }
            }
            read
        });
        while sent < count {
            let (frame, closes) = junk(&mut noise, &code_b);
            sent += 1;
            if sink.send(frame).await.is_err() || closes {
                break;
            }
        }
        let _ = sink.close().await;
        answers += reader.await.unwrap();
    }
    (sent, answers)
}

async fn play_pair(addr: SocketAddr, code: &str) -> String {
    let mut japan = Party::connect(addr).await;
    japan.join(code, "Aiko", Some(Side::Japan)).await;
    let mut russia = Party::connect(addr).await;
    russia.join(code, "Boris", Some(Side::Russia)).await;
    let (a, b) = tokio::join!(play_to_end(&mut japan, 4000), play_to_end(&mut russia, 4000));
    assert_eq!(a, b);
    a
}

async fn turns_of(running: &Running, id: i64) -> Vec<save::SavedTurn> {
    let text = http(
        running.addr,
        "GET",
        &format!("/api/tables/{id}/save"),
        Some(&running.key),
        None,
    )
    .await
    .body;
    let loaded = save::load_text("export.ron", text).unwrap();
    let seats = loaded.seats.clone();
    save::SaveFile::of(&loaded.game, &loaded.files, seats).turns
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_junk_leaves_every_other_table_as_it_would_be() {
    let dir = class_dir("fuzz");
    let mut config = config(&dir);
    // The rate limit is tested elsewhere; here every frame is to reach the parser.
    config.messages_per_second = 100_000;
    let running = start_with(config).await;
    let (a, code_a, _) = create_table(&running, STUDENT, STUDENT, 31).await;
    let (b, code_b, _) = create_table(&running, STUDENT, STUDENT, 32).await;

    let floods: Vec<_> = (0..4u64)
        .map(|i| {
            tokio::spawn(flood(
                running.addr,
                0x9E37_79B9_7F4A_7C15 ^ (i + 1),
                1000,
                code_b.clone(),
            ))
        })
        .collect();
    let outcome = play_pair(running.addr, &code_a).await;
    let mut sent = 0;
    let mut answers = 0;
    for f in floods {
        let (s, r) = f.await.unwrap();
        sent += s;
        answers += r;
    }
    assert_eq!(sent, 4000);
    assert!(answers > 3000, "the junk was read and answered: {answers} answers");

    // The junk table never moved: no frame of junk was a legal move.
    assert!(turns_of(&running, b).await.is_empty());
    // The game played under the flood is the game played in quiet.
    let (c, code_c, _) = create_table(&running, STUDENT, STUDENT, 31).await;
    assert_eq!(play_pair(running.addr, &code_c).await, outcome);
    assert_eq!(turns_of(&running, a).await, turns_of(&running, c).await);
    running.abort();
    let _ = std::fs::remove_dir_all(&dir);
}
