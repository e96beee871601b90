//! Japanese lines break between phrases: real texts of the game laid out by Bevy's own
//! text engine (parley) at narrow widths, the line boundaries read back from the laid-out
//! block, and no boundary inside a katakana word or a kanji compound.

use crate::fit::layout_app;
use bevy::prelude::*;
use bevy::text::ComputedTextBlock;
use portsmouth::game::theme::Fonts;
use portsmouth::i18n::phrases::{WORD_JOINER, phrases, unjoined};

/// The lines a `Text` of `text` is broken into in a box `width` px wide at `size` px, as
/// they read (without joiners), and the widest line's advance.
pub fn lines_at(app: &mut App, text: &str, width: f32, size: f32) -> (Vec<String>, f32) {
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
    let mut widest: f32 = 0.0;
    let lines = block
        .buffer()
        .lines()
        .map(|line| {
            widest = widest.max(line.metrics().advance - line.metrics().trailing_whitespace);
            unjoined(&laid_out[line.text_range()]).into_owned()
        })
        .collect();
    app.world_mut().despawn(entity);
    (lines, widest)
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
        let phrase_ends: Vec<usize> = phrases(text)
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
                    "at {width} px a line breaks inside a phrase: {lines:?}"
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
