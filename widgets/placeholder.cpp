// Replaced by the canvas (issue 3).
