//! Japanese lines break between phrases, and prose between words: real texts of the game
//! laid out by Bevy's own text engine (parley) at narrow widths, the line boundaries read
//! back from the laid-out block, and no boundary inside a katakana word or a kanji compound.

use crate::fit::layout_app;
use bevy::prelude::*;
use bevy::text::ComputedTextBlock;
use portsmouth::game::theme::Fonts;
use portsmouth::i18n::phrases::{PROSE_CHARS, WORD_JOINER, phrases, unjoined, words};

/// The lines a `Text` of `text` is broken into in a box `width` px wide at `size` px, as
/// they read (without joiners), and the widest line's advance.
pub fn lines_at(app: &mut App, text: &str, width: f32, size: f32) -> (Vec<String>, f32) {
    let (lines, advances) = lines_and_advances(app, text, width, size);
    (lines, advances.into_iter().fold(0.0, f32::max))
}

/// The lines as [`lines_at`] reads them, and each line's advance.
fn lines_and_advances(app: &mut App, text: &str, width: f32, size: f32) -> (Vec<String>, Vec<f32>) {
    let font = app.world().resource::<Fonts>().regular.clone();
    let entity = app
        .world_mut()
        .spawn((
            Node {
                width: Val::Px(width),
                position_type: PositionType::Absolute,
                ..default()
            },
            Text::new(text),
            TextFont {
                font: font.into(),
                font_size: FontSize::Px(size),
                ..default()
            },
        ))
        .id();
    for _ in 0..3 {
        app.update();
    }
    // The text as laid out: with the game's joiners in it.
    let laid_out = app.world().get::<Text>(entity).expect("a text").0.clone();
    let block = app.world().get::<ComputedTextBlock>(entity).expect("a laid-out text");
    let (lines, advances) = block
        .buffer()
        .lines()
        .map(|line| {
            (
                unjoined(&laid_out[line.text_range()]).into_owned(),
                line.metrics().advance - line.metrics().trailing_whitespace,
            )
        })
        .unzip();
    app.world_mut().despawn(entity);
    (lines, advances)
}

/// Texts of the game (scenario prose and catalogue) that name the words below.
const TEXTS: [&str; 5] = [
    "ポーツマス海軍工廠における12回の会議、1905年8月9日～29日。日本はすべての戦闘に勝利したが、金と兵は尽きかけている。ロシアは艦隊を失ったが陸軍は失っておらず、国内では革命に直面している。セオドア・ルーズベルトがオイスター・ベイから仲介する。韓国、満州、樺太（サハリン）、そして金が議題である。",
    "東京は、領土を侵されていない大国が賠償金を払うことはまずないと承知しているが、それを口外しない。",
    "わが代理人の報告によれば、ロンドンもニューヨークも次の戦役のための貸付に応じない。内閣は貴官に対し、ほかに講和をもたらす手段がなければ、樺太を放棄することを許可する。",
    "両国の訓令が許す妥協案を出すよう仲介者に求めます",
    "ルーズベルトに依頼",
];

/// Words a line must never split.
const WORDS: [&str; 10] = [
    "オイスター",
    "ポーツマス",
    "ルーズベルト",
    "ニューヨーク",
    "サハリン",
    "賠償金",
    "樺太",
    "仲介者",
    "海軍工廠",
    "妥協案",
];

/// Where, in characters, the lines of `lines` begin after the first.
fn break_points(lines: &[String]) -> Vec<usize> {
    lines
        .iter()
        .scan(0, |at, line| {
            *at += line.chars().count();
            Some(*at)
        })
        .collect::<Vec<_>>()
        .split_last()
        .map(|(_, rest)| rest.to_vec())
        .unwrap_or_default()
}

#[test]
fn japanese_lines_break_between_phrases_never_inside_a_word() {
    let mut app = layout_app(1280, 800, 1.0);
    let mut breaks = 0;
    for text in TEXTS {
        // Prose breaks between words; a short text between phrases.
        let prose = text.chars().count() > PROSE_CHARS;
        let pieces = if prose { words(text) } else { phrases(text) };
        let phrase_ends: Vec<usize> = pieces
            .iter()
            .scan(0, |at, p| {
                *at += p.chars().count();
                Some(*at)
            })
            .collect();
        let chars: Vec<char> = text.chars().collect();
        for width in [100.0, 150.0, 230.0, 340.0] {
            let (lines, _) = lines_at(&mut app, text, width, 18.0);
            assert_eq!(lines.concat(), text, "the text laid out is the text");
            for at in break_points(&lines) {
                breaks += 1;
                assert!(
                    phrase_ends.contains(&at),
                    "at {width} px a line breaks inside a {}: {lines:?}",
                    if prose { "word" } else { "phrase" }
                );
                let around: String = chars[at.saturating_sub(6)..(at + 6).min(chars.len())].iter().collect();
                for word in WORDS {
                    for (start, _) in text.match_indices(word) {
                        let start = text[..start].chars().count();
                        assert!(
                            !(start < at && at < start + word.chars().count()),
                            "at {width} px {word} is split ({around}): {lines:?}"
                        );
                    }
                }
            }
        }
    }
    assert!(breaks > 40, "only {breaks} line breaks: the texts did not wrap");
}

/// Prose fills its lines as print does: every line but a paragraph's last is nearly full,
/// at the briefing's width and in a narrow column. (Broken only between phrases, these
/// paragraphs' lines were 91 % and 84 % full on average; by words, 98 % and 90 %.)
#[test]
fn japanese_prose_fills_its_lines() {
    let mut app = layout_app(1280, 800, 1.0);
    let prose: Vec<&str> = TEXTS.into_iter().filter(|t| t.chars().count() > PROSE_CHARS).collect();
    assert!(prose.len() >= 2, "the texts hold prose");
    for (width, least) in [(300.0, 0.88), (504.0, 0.95)] {
        let mut fills = Vec::new();
        for text in &prose {
            let (_, advances) = lines_and_advances(&mut app, text, width, 18.0);
            fills.extend(
                advances
                    .split_last()
                    .map_or(&[][..], |(_, full)| full)
                    .iter()
                    .map(|a| a / width),
            );
        }
        assert!(fills.len() >= 4, "at {width} px the prose did not wrap");
        let mean = fills.iter().sum::<f32>() / fills.len() as f32;
        assert!(
            mean >= least,
            "at {width} px the lines are {:.0} % full on average",
            mean * 100.0
        );
    }
}

#[test]
fn the_joiners_take_no_room_and_leave_other_languages_alone() {
    let mut app = layout_app(1280, 800, 1.0);
    // Seven full-width characters, each one em: joined (樺太を|話し合う), still seven em wide.
    let (lines, width) = lines_at(&mut app, "樺太を話し合う", 600.0, 24.0);
    assert_eq!(lines, ["樺太を話し合う"]);
    assert!((width - 7.0 * 24.0).abs() < 0.5, "{width} px for seven em");
    // A phrase longer than the line still breaks only at a phrase end.
    let (lines, _) = lines_at(&mut app, "樺太を話し合う", 80.0, 24.0);
    assert_eq!(lines, ["樺太を", "話し合う"]);
    // English and Russian texts are laid out as written.
    for text in [
        "Theodore Roosevelt mediates from Oyster Bay.",
        "Рузвельт посредничает из Ойстер-Бея.",
    ] {
        let entity = app.world_mut().spawn(Text::new(text)).id();
        app.update();
        let shown = &app.world().get::<Text>(entity).unwrap().0;
        assert!(!shown.contains(WORD_JOINER), "{shown}");
        assert_eq!(shown, text);
    }
}

#[test]
fn a_screen_reader_gets_the_words_without_joiners() {
    let mut app = layout_app(1280, 800, 1.0);
    let text = "樺太を話し合う";
    let button = app
        .world_mut()
        .spawn((Node::default(), bevy::ui::widget::Button, children![Text::new(text)]))
        .id();
    for _ in 0..3 {
        app.update();
    }
    let child = app.world().get::<Children>(button).unwrap()[0];
    assert!(
        app.world().get::<Text>(child).unwrap().0.contains(WORD_JOINER),
        "the drawn text is joined"
    );
    let node = app
        .world()
        .get::<bevy::a11y::AccessibilityNode>(button)
        .expect("Bevy names the button by its text");
    assert_eq!(node.label(), Some(text));
}
