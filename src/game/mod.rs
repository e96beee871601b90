//! The Bevy presentation.
