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
/// UTF-8 (with or without BOM), UTF-16 and UTF-32 with a BOM are decoded exactly; UTF-16 and UTF-32
/// without a BOM are recognised from where their zero bytes fall; UTF-8 with a few broken bytes is
/// decoded with replacement characters; other bytes are handed to a detector (chardetng) and decoded
/// with the legacy encoding it picks. Every guess is stated in the note.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if bytes.is_empty() {
        return Err(DecodeError::Empty);
    }
    if let Some(big_endian) = utf32_bom(bytes) {
        let (text, _) = decode_utf32(&bytes[4..], big_endian);
        return check_text(text, Some(format!("read as {}", utf32_name(big_endian))));
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        if enc == encoding_rs::UTF_8 {
            return decode_utf8(&bytes[bom_len..]);
        }
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return check_text(text.into_owned(), Some(format!("read as {}", enc.name())));
    }
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Err(DecodeError::Binary { what: what.to_string() });
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if let Some(pos) = head.iter().position(|&b| b == 0) {
        let binary = DecodeError::Binary { what: format!("binary content at byte {pos}") };
        return match wide_without_bom(bytes) {
            Some(Ok(d)) => Ok(d),
            Some(Err(DecodeError::Empty)) => Err(DecodeError::Empty),
            _ => Err(binary),
        };
    }
    decode_utf8(bytes)
}

/// UTF-8, exact when valid; with replacement characters when the bytes are overwhelmingly UTF-8 but
/// a few are broken; otherwise a legacy encoding.
fn decode_utf8(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Ok(s) = std::str::from_utf8(bytes) {
        return check_text(s.to_owned(), None);
    }
    let scan = Utf8Scan::of(bytes);
    if scan.mostly_valid(bytes.len()) {
        let text = String::from_utf8_lossy(bytes).into_owned();
        let note = format!("{} invalid UTF-8 byte(s) replaced", scan.invalid_bytes);
        return check_text(text, Some(note));
    }
    decode_legacy(bytes)
}

/// Counts of valid multi-byte sequences and of invalid bytes in not-quite-UTF-8 input.
#[derive(Debug, Default, PartialEq, Eq)]
struct Utf8Scan {
    multibyte: usize,
    invalid_bytes: usize,
}

impl Utf8Scan {
    fn of(bytes: &[u8]) -> Self {
        let mut scan = Utf8Scan::default();
        for chunk in bytes.utf8_chunks() {
            scan.multibyte += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
            scan.invalid_bytes += chunk.invalid().len();
        }
        scan
    }

    /// Valid multi-byte characters present and outnumbering the broken bytes, which are a small
    /// share of the whole: UTF-8 damaged in a few places, not a legacy encoding (whose accented
    /// letters are almost never valid UTF-8 sequences).
    fn mostly_valid(&self, total: usize) -> bool {
        self.multibyte > 0 && self.invalid_bytes <= self.multibyte && self.invalid_bytes * 20 <= total
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

/// UTF-32 byte-order marks (checked before UTF-16's, whose little-endian mark starts UTF-32LE's).
fn utf32_bom(bytes: &[u8]) -> Option<bool> {
    if bytes.starts_with(&[0xff, 0xfe, 0, 0]) {
        Some(false)
    } else if bytes.starts_with(&[0, 0, 0xfe, 0xff]) {
        Some(true)
    } else {
        None
    }
}

fn utf32_name(big_endian: bool) -> &'static str {
    if big_endian { "UTF-32BE" } else { "UTF-32LE" }
}

/// Decode UTF-32 by hand (encoding_rs has no UTF-32): units that are not Unicode scalar values, and
/// a trailing partial unit, become U+FFFD. Returns the text and the number of replacements.
fn decode_utf32(bytes: &[u8], big_endian: bool) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len() / 4);
    let mut bad = 0;
    for unit in bytes.chunks(4) {
        let c = <[u8; 4]>::try_from(unit)
            .ok()
            .map(|u| if big_endian { u32::from_be_bytes(u) } else { u32::from_le_bytes(u) })
            .and_then(char::from_u32);
        bad += usize::from(c.is_none());
        text.push(c.unwrap_or(char::REPLACEMENT_CHARACTER));
    }
    (text, bad)
}

/// UTF-16 or UTF-32 without a byte-order mark, recognised from where the zero bytes of the first
/// 8 KB fall. In UTF-32 the top byte of every unit (and the next one nearly always) is zero. In
/// UTF-16 the high byte of every Latin letter, digit, space and newline is zero, so zeros pile up on
/// one side (odd offsets for little-endian, even for big-endian), and spaces and line breaks show as
/// whole units (`0A 00` little-endian, `00 0A` big-endian); ideographs such as U+3000 or U+4E00 put
/// a few zeros on the other side. Binary data has its zeros on both sides alike. `None` when neither
/// pattern fits; the decoded text must also pass the usual checks (few replacements, few controls).
fn wide_without_bom(bytes: &[u8]) -> Option<Result<Decoded, DecodeError>> {
    let head = &bytes[..bytes.len().min(8192)];
    let mut zeros = [0usize; 4];
    for (i, &b) in head.iter().enumerate() {
        zeros[i % 4] += usize::from(b == 0);
    }
    let units = head.len() / 4;
    for big_endian in [false, true] {
        let top = if big_endian { [0, 1] } else { [3, 2] };
        if units >= 2 && zeros[top[0]] == units && zeros[top[1]] * 10 >= units * 9 {
            let (text, bad) = decode_utf32(bytes, big_endian);
            let note = format!("no byte-order mark; read as {}", utf32_name(big_endian));
            return Some(check_wide(text, bad, note));
        }
    }
    let enc = utf16_endianness(head, zeros[1] + zeros[3], zeros[0] + zeros[2])?;
    let (text, _) = enc.decode_without_bom_handling(bytes);
    let bad = text.matches(char::REPLACEMENT_CHARACTER).count();
    let note = format!("no byte-order mark; read as {}", enc.name());
    Some(check_wide(text.into_owned(), bad, note))
}

/// Which UTF-16 the zero pattern of `head` shows, if any: whitespace units (tab, newline, return,
/// space) of one byte order clearly outnumbering those of the other, or, failing that, zeros nearly
/// only on one side.
fn utf16_endianness(head: &[u8], odd_zeros: usize, even_zeros: usize) -> Option<&'static Encoding> {
    let is_space = |b: u8| matches!(b, b'\t' | b'\n' | b'\r' | b' ');
    let (mut le_spaces, mut be_spaces) = (0usize, 0usize);
    for unit in head.chunks_exact(2) {
        le_spaces += usize::from(unit[1] == 0 && is_space(unit[0]));
        be_spaces += usize::from(unit[0] == 0 && is_space(unit[1]));
    }
    let pairs = head.len() / 2;
    let fits = |zeros: usize, other_zeros: usize, spaces: usize, other_spaces: usize| {
        let spaced = spaces >= 2 && spaces >= other_spaces * 4;
        let lopsided = zeros >= 4 && zeros * 20 >= pairs && zeros >= other_zeros * 8;
        spaced || lopsided
    };
    if fits(odd_zeros, even_zeros, le_spaces, be_spaces) {
        Some(encoding_rs::UTF_16LE)
    } else if fits(even_zeros, odd_zeros, be_spaces, le_spaces) {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

/// A wide decoding is accepted only when replacements are rare (not more than 1 in 100 characters).
fn check_wide(text: String, bad: usize, note: String) -> Result<Decoded, DecodeError> {
    if bad * 100 > text.chars().count().max(1) {
        return Err(DecodeError::Undecodable);
    }
    check_text(text, Some(note))
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

    fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
        text.encode_utf16().flat_map(|u| if big_endian { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    fn utf32(text: &str, big_endian: bool) -> Vec<u8> {
        text.chars()
            .flat_map(|c| if big_endian { (c as u32).to_be_bytes() } else { (c as u32).to_le_bytes() })
            .collect()
    }

    /// Deterministic pseudo-random bytes (a linear congruential generator).
    fn noise(len: usize, seed: u64) -> Vec<u8> {
        let mut x = seed;
        (0..len)
            .map(|_| {
                x = x.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                (x >> 33) as u8
            })
            .collect()
    }

    const ENGLISH: &str =
        "The ferry left the harbour at dawn.\nIts captain, a calm woman of 60, waved — café owners waved back.\n";
    const JAPANESE: &str = "\u{3000}一番列車は午前六時に駅を出発した。\n乗客は三百人ほどで、一部は立ったままだった。\n\u{3000}駅員によると、遅れは一分もなかった。\n";

    #[test]
    fn utf16_without_bom_is_read_from_its_zero_bytes() {
        for (text, big_endian, name) in [
            (ENGLISH, false, "UTF-16LE"),
            (ENGLISH, true, "UTF-16BE"),
            (JAPANESE, false, "UTF-16LE"),
            (JAPANESE, true, "UTF-16BE"),
        ] {
            let d = decode(&utf16(text, big_endian)).unwrap();
            assert_eq!(d.text, text);
            assert_eq!(d.note.unwrap(), format!("no byte-order mark; read as {name}"));
        }
    }

    #[test]
    fn utf32_with_and_without_bom() {
        for (big_endian, bom, name) in [(false, [0xff, 0xfe, 0, 0], "UTF-32LE"), (true, [0, 0, 0xfe, 0xff], "UTF-32BE")]
        {
            for text in [ENGLISH, JAPANESE] {
                let plain = utf32(text, big_endian);
                let d = decode(&plain).unwrap();
                assert_eq!(d.text, text);
                assert_eq!(d.note.unwrap(), format!("no byte-order mark; read as {name}"));
                let mut marked = bom.to_vec();
                marked.extend_from_slice(&plain);
                let d = decode(&marked).unwrap();
                assert_eq!(d.text, text);
                assert_eq!(d.note.unwrap(), format!("read as {name}"));
            }
        }
    }

    #[test]
    fn binary_with_zero_bytes_is_still_refused() {
        let message = |b: &[u8]| decode(b).unwrap_err().to_string();
        for seed in 1..40 {
            let mut b = noise(4000, seed);
            b[7] = 0;
            let first_zero = b.iter().position(|&x| x == 0).unwrap();
            assert_eq!(
                message(&b),
                format!("not a text file (binary content at byte {first_zero}) — give a .txt, .md or .html article")
            );
        }
        assert!(message(&[0u8; 64]).contains("binary content at byte 0"));
        // A table of small 16-bit numbers: zeros on one side, but it decodes to control characters.
        let table: Vec<u8> = (1..600u16).flat_map(|i| (i % 40).to_le_bytes()).collect();
        assert!(message(&table).contains("binary content at byte 1"), "{}", message(&table));
        let elf: Vec<u8> = b"\x7fELF\x02\x01\x01\x00".iter().copied().chain(noise(500, 3)).collect();
        assert!(message(&elf).contains("an executable"));
    }

    #[test]
    fn utf8_with_a_few_bad_bytes_keeps_its_text() {
        let mut b = "Le café était fermé — « enfin », dit-elle. ".repeat(3).into_bytes();
        b.insert(2, 0xff);
        b.extend_from_slice(b"Then \xe9\x80 ended.");
        let d = decode(&b).unwrap();
        assert!(d.text.contains("café était fermé"), "{}", d.text);
        assert_eq!(d.text.matches('\u{fffd}').count(), 2);
        assert_eq!(d.note.unwrap(), "3 invalid UTF-8 byte(s) replaced");
    }

    #[test]
    fn legacy_multibyte_encodings_are_not_taken_for_damaged_utf8() {
        for (enc, text) in [
            (encoding_rs::SHIFT_JIS, JAPANESE.repeat(4)),
            (encoding_rs::EUC_JP, JAPANESE.repeat(4)),
            (encoding_rs::GB18030, "今天上午，市政府宣布新的公交线路将于下月开通，票价保持不变。".repeat(4)),
            (encoding_rs::BIG5, "今天上午，市政府宣佈新的公車路線將於下月開通，票價保持不變。".repeat(4)),
        ] {
            let (bytes, _, _) = enc.encode(&text);
            let d = decode(&bytes).unwrap();
            assert_eq!(d.text, text, "{}", enc.name());
            assert!(d.note.unwrap().starts_with("not valid UTF-8; read as"));
        }
    }
}
