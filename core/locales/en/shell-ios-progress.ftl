# iOS only: the label of the calendar that picks the day a module was started or worked through.
shell-ios-progress-modules-other-day = Another day
