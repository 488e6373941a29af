//! The pairing code as a QR code, made once in the core so every shell draws the same
//! modules (the terminal with block characters, the phones on a canvas).

use qrcode::{EcLevel, QrCode as Qr};

use super::model::QrCode;
use crate::error::{Field, InvalidReason, StegvisError};

/// Medium error correction: a phone screen photographed at an angle still scans, and
/// the code (about 2,000 characters) stays a size cameras read.
pub(crate) fn matrix(text: &str) -> Result<QrCode, StegvisError> {
    let code = Qr::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| StegvisError::invalid(Field::PairingCode, InvalidReason::Malformed))?;
    let size = code.width();
    let modules = code
        .to_colors()
        .into_iter()
        .map(|c| c == qrcode::Color::Dark)
        .collect();
    Ok(QrCode {
        size: size as u32,
        modules,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matrix_is_square_and_has_the_finder_patterns() {
        let qr = matrix("STEGVIS1:ABCDEFGHIJKLMNOP234567").unwrap();
        let n = qr.size as usize;
        assert_eq!(qr.modules.len(), n * n);
        // The top-left finder pattern: a dark 7x7 ring with a light ring inside.
        let at = |r: usize, c: usize| qr.modules[r * n + c];
        assert!((0..7).all(|i| at(0, i) && at(6, i) && at(i, 0) && at(i, 6)));
        assert!((1..6).all(|i| !at(1, i) && !at(5, i)));
        assert!(at(3, 3));
    }
}
