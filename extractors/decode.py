"""Bytes to text: encoding detection that does not guess wrong on short Korean texts.

Order matters: a BOM is certain, strict UTF-8 almost never decodes non-UTF-8 bytes by
accident, and CP949 (a superset of EUC-KR) covers nearly every legacy Korean archive.
Only what none of these decode is handed to charset-normalizer.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

from extractors.errors import ExtractionError

__all__ = ["decode_bytes", "normalize_text"]

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# charset-normalizer's "mess" ratio above which a decoding is noise, not text.
_MAX_CHAOS = 0.2

_BINARY_MAGIC = {
    b"%PDF": "PDF document",
    b"\x89PNG": "PNG image",
    b"PK\x03\x04": "zip archive",
    b"\xff\xd8\xff": "JPEG image",
    b"GIF8": "GIF image",
    b"\x1f\x8b": "gzip archive",
    b"\x7fELF": "ELF executable",
    b"\xd0\xcf\x11\xe0": "MS Office document",
    b"Rar!": "RAR archive",
    b"7z\xbc\xaf": "7z archive",
}

# Characters that are invisible or layout-only in news text.
# Regular expressions, not ``str.translate`` tables: a table is looked up for every character of
# every text (0.2 ms a 2,000-character article), a character class only finds the rare ones.
_INVISIBLE_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES_RE = re.compile("[\u00a0\u2002\u2003\u2009\u202f\u3000\t]")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode raw article bytes, returning ``(text, encoding)``.

    UTF-8 cut inside its last character is kept up to the cut (encoding ``"utf-8 (truncated)"``).

    >>> decode_bytes("수원=강대웅 기자".encode("cp949"))
    ('수원=강대웅 기자', 'cp949')
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_strict(data, encoding), encoding
    _reject_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            # A file cut inside its last character: keep everything before it.
            return data[: exc.start].decode("utf-8"), "utf-8 (truncated)"
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return _detect(data)
    if _reads_as_korean(text):
        return text, "cp949"
    return _detect(data)


def _reads_as_korean(text: str) -> bool:
    """CP949 decodes most byte soup without error; real Korean text is mostly Hangul."""
    wide = len(text) - len(text.encode("ascii", "ignore"))  # counted in C: a loop over characters was slow
    if not wide:
        return True
    hangul = sum(map(len, _HANGUL_RUN_RE.findall(text)))
    return hangul >= 0.5 * wide


_HANGUL_RUN_RE = re.compile("[\uac00-\ud7a3]+")


def _decode_strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise ExtractionError(f"bytes are not valid {encoding} despite its BOM: {exc.reason}") from None


def _reject_binary(data: bytes) -> None:
    for magic, kind in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise ExtractionError(f"binary file ({kind}), not article text")
    if b"\x00" in data[:4096]:
        raise ExtractionError("binary file (NUL bytes), not article text")


def _detect(data: bytes) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # slow import, rarely needed

    best = from_bytes(data).best()
    if best is None or best.encoding is None or best.chaos > _MAX_CHAOS:
        raise ExtractionError("undecodable bytes: not UTF-8, UTF-16, CP949 or a detectable encoding")
    text = str(best)
    if _control_ratio(text) > 0.05:
        raise ExtractionError(f"bytes decode as {best.encoding} only to control characters; binary file?")
    return text, best.encoding


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t")
    return controls / len(text)


_BREAK_TAG_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)


def normalize_text(text: str) -> str:
    """NFC, LF line ends, plain spaces, no invisible characters, no trailing blanks; a line
    break tag left in scraped text (``<br />``) is a line break.

    >>> normalize_text("a\\u00a0b \\r\\nc\\u200b<br /><br />(끝)")
    'a b\\nc\\n\\n(끝)'
    """
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SPACES_RE.sub(" ", _INVISIBLE_RE.sub("", text))
    if "<" in text:
        text = _BREAK_TAG_RE.sub("\n", text)
    if "@import" in text:
        text = _CSS_IMPORT_RE.sub("", text)  # "… kjh@seoulntn.com@import'http://…/worldcup.css';": a page's style
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


_CSS_IMPORT_RE = re.compile(r"@import\s*(?:url\()?['\"]?[^'\"\s;()]+['\"]?\)?;?")
