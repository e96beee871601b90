//! Headless tests of the Bevy game: `MinimalPlugins` and states, no window, no GPU. One
//! test binary for all of them, since each binary links Bevy.

mod a11y;
mod class;
mod classroom;
mod clicks;
mod common;
mod deal;
mod debrief_notice;
mod fake_class;
mod fit;
mod i18n_game_strings;
mod i18n_screens;
mod i18n_table;
mod in_place;
mod jp_breaks;
mod keyboard;
mod languages;
mod last_look;
mod leaving;
mod likely;
mod map;
mod persistence;
mod play;
mod redraw;
mod saves;
mod scenario_watch;
mod scroll;
mod send_readback;
mod session_notes;
mod table_layout;
mod table_parts;
mod title;
mod untranslated;
mod words;
