//! Fitting lines into a small terminal: the first lines that fit, then "N more".

/// The terminal the home is drawn for: the smallest common one.
pub const WIDTH: usize = 80;
pub const HEIGHT: usize = 24;

/// Lines shown and how many were left out. When everything does not fit, the last
/// line of the budget goes to the "N more" line, so the result never exceeds `budget`.
pub fn fit<T: Clone>(items: &[T], budget: usize) -> (Vec<T>, usize) {
    if items.len() <= budget {
        return (items.to_vec(), 0);
    }
    let shown = budget.saturating_sub(1);
    (items[..shown].to_vec(), items.len() - shown)
}

/// `text` cut to `width` characters, with an ellipsis when it was longer. Counts
/// characters, not bytes, so æ, ø and å never split.
pub fn clip(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// `text` broken into lines of at most `width` characters at spaces, so words are
/// never split by the terminal (a word longer than the width gets a line of its own).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let needed = if line.is_empty() { 0 } else { 1 } + word.chars().count();
        if !line.is_empty() && line.chars().count() + needed > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everything_fits_without_a_more_line() {
        assert_eq!(fit(&[1, 2, 3], 3), (vec![1, 2, 3], 0));
        assert_eq!(fit::<u8>(&[], 3), (vec![], 0));
    }

    #[test]
    fn overflow_keeps_the_first_and_counts_the_rest() {
        let (shown, more) = fit(&[1, 2, 3, 4, 5, 6], 4);
        assert_eq!(shown, vec![1, 2, 3]);
        assert_eq!(more, 3);
        assert!(shown.len() + usize::from(more > 0) <= 4);
    }

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        let text = "Dette er ditt eget sted mellom samlingene. Alt blir på denne datamaskinen.";
        let lines = wrap(text, 30);
        assert!(lines.iter().all(|l| l.chars().count() <= 30), "{lines:?}");
        assert_eq!(lines.join(" "), text);
        assert_eq!(wrap("", 10), Vec::<String>::new());
    }

    #[test]
    fn clip_counts_characters() {
        assert_eq!(clip("Søvn", 10), "Søvn");
        assert_eq!(clip("Søvnløshet", 5), "Søvn…");
        assert_eq!(clip("ææææææ", 3).chars().count(), 3);
    }
}
