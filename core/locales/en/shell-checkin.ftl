# The daily check-in on one screen.
shell-checkin-already-done = You have already checked in for this day. Your answers are below; saving again replaces them.
shell-checkin-no-signs = You have no signs to check yet. Once you have chosen some, the check-in asks about them here.
