//! Bytes to text: BOMs, UTF-8, UTF-16 and legacy single-byte encodings, and binary detection.

use encoding_rs::Encoding;

/// Why a file's bytes are not usable text.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file has no bytes.
    #[error("the file is empty")]
    Empty,
    /// The bytes are an image, an archive, an executable or other binary data.
    #[error("not a text file ({what}) — give a .txt, .md or .html article")]
    Binary {
        /// What it looks like, e.g. "a PNG image" or "binary content at byte 12".
        what: String,
    },
    /// Neither UTF-8 nor a recognisable legacy encoding.
    #[error("not valid UTF-8 and no known encoding fits — re-save the file as UTF-8")]
    Undecodable,
}

/// Decoded text, with a note when the encoding had to be guessed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text, without any byte-order mark.
    pub text: String,
    /// Set when the input was not UTF-8 (e.g. "not valid UTF-8; read as windows-1252").
    pub note: Option<String>,
}

const MAGIC: &[(&[u8], &str)] = &[
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document — copy its text into a .txt file"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "a Windows executable"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"7z\xbc\xaf", "a 7z archive"),
    (b"RIFF", "a RIFF media file"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"SQLite format 3", "an SQLite database"),
    (b"{\\rtf", "an RTF document — save it as plain text"),
];

/// Decode a file's bytes to text.
///
/// UTF-8 (with or without BOM) and UTF-16 with BOM are decoded exactly; other bytes are handed to a
/// detector (chardetng) and decoded with the legacy encoding it picks, with a note saying so.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors && enc == encoding_rs::UTF_8 {
            return decode_legacy(&bytes[bom_len..]);
        }
        let note = (enc != encoding_rs::UTF_8).then(|| format!("read as {}", enc.name()));
        return check_text(text.into_owned(), note);
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(DecodeError::Binary { what: what.to_string() });
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        return Err(DecodeError::Binary { what: format!("binary content at byte {pos}") });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => check_text(s.to_owned(), None),
        Err(_) => decode_legacy(bytes),
    }
}

fn decode_legacy(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    det.feed(bytes, true);
    let enc = det.guess(None, chardetng::Utf8Detection::Deny);
    if enc == encoding_rs::UTF_8 {
        return Err(DecodeError::Undecodable);
    }
    let (text, _, had_errors) = enc.decode(bytes);
    if had_errors {
        return Err(DecodeError::Undecodable);
    }
    let note = format!("not valid UTF-8; read as {}", enc.name());
    check_text(text.into_owned(), Some(note))
}

/// Reject decoded text that is mostly control characters (binary data that happened to decode).
fn check_text(text: String, note: Option<String>) -> Result<Decoded, DecodeError> {
    let mut total = 0usize;
    let mut control = 0usize;
    let mut first_control = None;
    for (i, c) in text.char_indices().take(20_000) {
        total += 1;
        if c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}') {
            control += 1;
            first_control.get_or_insert(i);
        }
    }
    if total > 0 && control * 100 > total.max(50) {
        let at = first_control.unwrap_or(0);
        return Err(DecodeError::Binary { what: format!("binary content at byte {at}") });
    }
    if text.trim().is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Decoded { text, note })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("héllo".as_bytes()).unwrap().text, "héllo");
        let mut b = vec![0xef, 0xbb, 0xbf];
        b.extend_from_slice("héllo".as_bytes());
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "héllo");
        assert_eq!(d.note, None);
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xff, 0xfe];
        for u in "Tripoli – café".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode(&b).unwrap();
        assert_eq!(d.text, "Tripoli – café");
        assert!(d.note.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn windows_1252_is_detected() {
        let b = b"The caf\xe9 said \x93hello\x94 to the na\xefve visitors from Tripoli.";
        let d = decode(b).unwrap();
        assert!(d.text.contains("café"), "{}", d.text);
        assert!(d.text.contains('“'));
        assert!(d.note.unwrap().contains("windows-1252"));
    }

    #[test]
    fn binary_and_empty_are_rejected() {
        assert_eq!(decode(b""), Err(DecodeError::Empty));
        assert_eq!(decode(b"  \n\t "), Err(DecodeError::Empty));
        assert!(matches!(decode(b"\x89PNG\r\n\x1a\n...."), Err(DecodeError::Binary { .. })));
        let e = decode(b"abc\x00def").unwrap_err();
        assert_eq!(e.to_string(), "not a text file (binary content at byte 3) — give a .txt, .md or .html article");
    }
}
