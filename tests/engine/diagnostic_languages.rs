//! What the program says about a user's files in another language (`--lang`): a teacher's
//! broken scenario under `check`, a damaged save under `replay`. The place (file:line:column)
//! and the rule's name stay as they are, for editors and searches; the words are translated,
//! with no English sentence left. (English stays as tests/engine/broken.rs reads it.)

use crate::common::portsmouth;
use std::fs;
use std::path::{Path, PathBuf};

fn broken(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/broken")
        .join(name)
}

/// What `check` prints about `file` in `lang`; it must fail.
fn check(lang: &str, file: &Path) -> String {
    let out = portsmouth(&["--lang", lang, "check", file.to_str().unwrap()]);
    assert!(!out.status.success(), "a broken file passed");
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn no_english(output: &str, english: &[&str]) {
    for phrase in english {
        assert!(!output.contains(phrase), "English {phrase:?} left in\n{output}");
    }
}

/// The frame's English words, which every translation replaces.
const FRAME: &[&str] = &["error[", "warning[", "help:"];

#[test]
fn a_syntax_error_is_explained_in_japanese_at_its_place() {
    let printed = check("ja", &broken("syntax-missing-comma.ron"));
    assert!(
        printed.contains("syntax-missing-comma.ron:4:5: エラー[syntax]:"),
        "{printed}"
    );
    assert!(printed.contains("が必要です"), "{printed}");
    assert!(
        printed.contains("ヒント: 直前の項目の後のコンマが抜けている可能性があります"),
        "{printed}"
    );
    no_english(&printed, FRAME);
    no_english(&printed, &["expected", "comma is probably missing"]);
}

#[test]
fn a_value_of_the_wrong_kind_is_named_in_russian() {
    let printed = check("ru", &broken("schema-wrong-type.ron"));
    assert!(
        printed.contains("schema-wrong-type.ron:4:15: ошибка[schema]:"),
        "{printed}"
    );
    assert!(
        printed.contains("ожидалось: список `[...]`; найдено: строка"),
        "{printed}"
    );
    assert!(printed.contains("подсказка: что содержит это поле"), "{printed}");
    no_english(&printed, FRAME);
    no_english(&printed, &["expected", "found", "a string", "see docs"]);
}

#[test]
fn an_unknown_field_and_its_choices_in_danish() {
    let printed = check("da", &broken("schema-unknown-field.ron"));
    assert!(
        printed.contains("fejl[schema]: ukendt felt `sesions`, forventede en af `format`"),
        "{printed}"
    );
    assert!(printed.contains("hjælp: kontrollér stavemåden"), "{printed}");
    no_english(&printed, FRAME);
    no_english(&printed, &["unknown field", "one of", "check the spelling"]);
}

#[test]
fn a_misspelt_id_gets_its_suggestion_in_every_language() {
    let file = broken("duplicate-id.ron");
    let japanese = check("ja", &file);
    assert!(
        japanese.contains("エラー[duplicate-id]: id `korea_first` を持つ譲れない一線が 2 つあります"),
        "{japanese}"
    );
    let russian = check("ru", &file);
    assert!(russian.contains("ошибка[duplicate-id]:"), "{russian}");
    assert!(russian.contains("красные линии"), "{russian}");
    let danish = check("da", &file);
    assert!(
        danish.contains("fejl[duplicate-id]: to røde linjer har id'et `korea_first`"),
        "{danish}"
    );
    for printed in [&japanese, &russian, &danish] {
        no_english(printed, FRAME);
        no_english(printed, &["have the id", "give each one"]);
    }
    let suggested = check("ru", &broken("thin-source.ron"));
    assert!(suggested.contains("ошибка[thin-source]: источник"), "{suggested}");
}

#[test]
fn a_save_given_where_a_scenario_belongs_is_named_for_what_it_is() {
    let dir = std::env::temp_dir().join(format!("portsmouth-diag-lang-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let save = dir.join("a-save.ron");
    fs::write(&save, "Save(\n    format: 1,\n    seed: ").unwrap();
    let printed = check("ja", &save);
    assert!(
        printed.contains("エラー[wrong-kind-of-file]: これは保存したゲームで、シナリオファイルではありません"),
        "{printed}"
    );
    assert!(printed.contains("`portsmouth replay FILE`"), "{printed}");
    no_english(&printed, FRAME);
    no_english(&printed, &["this is", "To use this file"]);

    // The same file, damaged, opened as the save it is: Russian, with its line and column.
    let out = portsmouth(&["--lang", "ru", "replay", save.to_str().unwrap()]);
    assert!(!out.status.success());
    let printed = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(printed.contains("a-save.ron:3:11: ошибка[damaged-save]: файл сохранения повреждён: файл заканчивается там, где ожидалось значение"), "{printed}");
    assert!(
        printed.contains("подсказка: после сохранения файл изменили или он обрезан"),
        "{printed}"
    );
    no_english(&printed, FRAME);
    no_english(&printed, &["is damaged", "the file ends", "load an earlier save"]);

    // In English it reads as it always has.
    let out = portsmouth(&["replay", save.to_str().unwrap()]);
    let english = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        english.contains("error[damaged-save]: this save file is damaged: the file ends where a value was expected"),
        "{english}"
    );
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_missing_base_file_and_the_systems_reason_are_in_the_readers_words() {
    let file = broken("base-missing.ron");
    let japanese = check("ja", &file);
    assert!(
        japanese.contains("エラー[unreadable]: シナリオファイルを開けません: ファイルまたはフォルダーが見つかりません"),
        "{japanese}"
    );
    no_english(&japanese, FRAME);
    no_english(&japanese, &["cannot open", "No such file"]);
    let english = String::from_utf8_lossy(&portsmouth(&["check", file.to_str().unwrap()]).stderr).into_owned();
    assert!(
        english.contains("error[unreadable]: cannot open the scenario file: "),
        "{english}"
    );
}

#[test]
fn an_unreachable_outcome_and_a_gap_are_explained_in_russian() {
    let printed = check("ru", &broken("outcome-gap.ron"));
    assert!(printed.contains("ошибка[outcome-gap]: 3 возможные развязки не подходят ни под один исход, например: переговоры, закончившиеся без договора, когда время вышло; переговоры, прерванные Японией"), "{printed}");
    no_english(&printed, FRAME);
    no_english(&printed, &["possible ending", "talks broken off"]);
}

#[test]
fn a_teachers_translation_file_is_checked_in_japanese() {
    let dir = std::env::temp_dir().join(format!("portsmouth-diag-ftl-{}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    let scenario = dir.join("tutorial.ron");
    fs::copy(crate::common::scenario_path("tutorial.ron"), &scenario).unwrap();
    fs::write(dir.join("tutorial.ja.ftl"), "no-such-text = 余分\n").unwrap();
    let out = portsmouth(&["--lang", "ja", "check", scenario.to_str().unwrap()]);
    assert!(!out.status.success());
    let printed = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(
        printed.contains("tutorial.ja.ftl:1:1: エラー[translation]: `no-such-text` は"),
        "{printed}"
    );
    assert!(
        printed.contains("にありません。削除するか、先にそちらに加えてください"),
        "{printed}"
    );
    assert!(printed.contains("がありません。"), "{printed}");
    assert!(printed.contains("ヒント: 翻訳ファイルについては"), "{printed}");
    no_english(&printed, FRAME);
    no_english(&printed, &["is missing", "is not in", "translate it from"]);
    let _ = fs::remove_dir_all(&dir);
}
