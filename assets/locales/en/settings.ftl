# The settings screen.

settings-title = Settings
settings-language = Language
settings-language-tip = The language of the game's words and of the scenarios that have a translation
settings-where = Where the game is shown
settings-preset-desk = Desk
settings-preset-projector-720 = Projector 1280×720
settings-preset-projector-1080 = Projector 1920×1080
# What a screen reader says for a preset button; $preset is one of the three names above.
settings-preset-accessible = Preset: { $preset }
settings-preset-desk-tip = Normal size and the paper palette, in a window
settings-preset-projector-tip = Full screen, high contrast, and the table in the presenter view, sized for this projector
settings-scale = Interface scale — larger for a projector
settings-scale-accessible = Interface scale { $percent }
settings-scale-tip = Scales the whole interface
# $width and $height are in pixels.
settings-scale-needs = Needs a window at least { $width } wide and { $height } high
settings-scale-needs-now = Needs a window at least { $width } wide and { $height } high; shown at { $fitted } until then
settings-text-size = Text size
settings-text-size-accessible = Text size { $percent }
settings-text-size-tip = Scales the text only
settings-display = Display
settings-fullscreen = Full screen
settings-fullscreen-tip = Fill the screen (for a projector), or return to a window
settings-high-contrast = High contrast
settings-high-contrast-tip = Black on white with strong colours, for a projector in a lit room
settings-presenter = Presenter view
settings-presenter-tip = Open the table in the presenter view: the calendar, the articles and the latest reply in large type (F5 at the table)
settings-classroom = Classroom
settings-teacher-tools = Teacher's tools
settings-teacher-tools-tip = Offer the teacher's eye (both sides' hidden limits) and the demonstration controls at every table. Leave off on students' machines.
settings-saved-in = Saved in { $path }
settings-back = Back
    .tip = Back to the title screen
