# Relative days and time phrases people read.
