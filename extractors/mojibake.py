"""Korean text that a crawler decoded with the wrong codec, restored.

Many archived Korean pages were fetched as bytes in CP949 (EUC-KR) and decoded as Latin-1, or
as UTF-8 wherever two or three bytes happened to form a valid UTF-8 character, then stored as
UTF-8: "¹ÚÇö±â ±âÀÚ" for "박현기 기자". Each character of such text stands for one to three of
the original bytes; where it could stand for several, the reading that pairs the bytes into
Hangul syllables wins (a dynamic programme over "is a lead byte pending"). The soft hyphen, byte
0xAD, is often missing: a page renders it invisible and scrapers drop it.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass

from extractors import patterns as p

__all__ = ["repair_mojibake"]

_MIN_SUSPECT_CHARS = 12  # Latin-1 characters needed before the text is worth the attempt
_MIN_HANGUL_SHARE = 0.6  # of the repaired text's non-ASCII letters
_MAX_REPLACED_SHARE = 0.05  # characters no reading could pair, per Hangul syllable

# Scores: Korean text pairs its bytes into Hangul syllables and common symbols; the other
# readings are exceptions, taken only where they restore the pairing.
_INVALID = -4  # a byte that fits no CP949 character
_HANGUL_PAIR = 3
_SYMBOL_PAIR = 2  # rows 0xA1-0xAC: quotes, dots, brackets ("‘" is 0xA1 0xAE)
_OTHER_PAIR = 0  # Hanja and extended rows: as often a misalignment as a real character
_UTF8_READING = -3  # a Latin-1 character read as the two UTF-8 bytes it also encodes
_LOST_SOFT_HYPHEN = -2
_LITERAL = -3  # a character kept as it is


_LATIN1_RE = re.compile("[\u0080-\u00ff]")


@dataclass(frozen=True, slots=True)
class _Reading:
    data: bytes | str  # bytes to decode as CP949, or a character kept as it is
    cost: int


def repair_mojibake(text: str) -> str | None:
    """The Korean text a mis-decoded string stands for, or None when it is not such a string.

    >>> repair_mojibake("¹ÚÇö±â ±âÀÚ jcnews8090@naver.com <ÀúÀÛ±ÇÀÚ © °æ±âµ¿ºÎ½Å¹®>")
    '박현기 기자 jcnews8090@naver.com <저작권자 © 경기동부신문>'
    >>> repair_mojibake("Café crème brûlée, déjà vu") is None
    True
    """
    if _LATIN1_RE.search(text) is None:  # the common case, in C
        return None
    suspects = len(_LATIN1_RE.findall(text))
    if suspects < _MIN_SUSPECT_CHARS:  # a "·" or "©" in Korean text: not worth counting its Hangul
        return None
    if len(p.HANGUL_SYLLABLE_RE.findall(text)) * 4 > suspects:
        return None
    repaired = _decode(_best_readings(text))
    return repaired if _reads_as_korean(repaired) else None


def _readings(ch: str, isolated: bool) -> tuple[_Reading, ...]:
    code = ord(ch)
    if code < 0x80:  # "¿¡¼ " for "에서 ": the soft hyphen lost before a space too
        return _ASCII_READINGS[code]
    if isolated:
        return (_Reading(ch, 0),)  # "저작권자 © 경기동부신문": mis-decoded bytes come in pairs, a lone one is itself
    found = [_Reading(ch, _LITERAL)]
    if code <= 0xFF:
        found.append(_Reading(bytes([code]), 0))
    else:
        with suppress(UnicodeEncodeError):  # "‘" for 0x91 where a page was read as Windows-1252
            found.append(_Reading(ch.encode("cp1252"), 0))
    encoded = ch.encode("utf-8")
    if len(encoded) in (2, 3):
        found.append(_Reading(encoded, _UTF8_READING if code <= 0xFF else 0))
    found += [_Reading(b"\xad" + r.data, r.cost + _LOST_SOFT_HYPHEN) for r in found if isinstance(r.data, bytes)]
    return tuple(found)


_ASCII_READINGS = tuple(
    (_Reading(bytes([code]), 0), _Reading(bytes([0xAD, code]), _LOST_SOFT_HYPHEN))
    if chr(code) in " \n\t"
    else (_Reading(bytes([code]), 0),)
    for code in range(0x80)
)


def _step(pending: int | None, byte: int) -> tuple[int | None, int]:
    """CP949's pairing of bytes: the new pending lead byte and the score of what closed."""
    if pending is None:
        if byte < 0x80:
            return None, 0
        return (byte, 0) if 0x81 <= byte <= 0xFE else (None, _INVALID)
    if not (0x41 <= byte <= 0x5A or 0x61 <= byte <= 0x7A or 0x81 <= byte <= 0xFE):
        return _step(None, byte)[0], _INVALID
    if 0xA1 <= byte <= 0xFE and 0xB0 <= pending <= 0xC8:
        return None, _HANGUL_PAIR
    if 0xA1 <= byte <= 0xFE and 0xA1 <= pending <= 0xAC:
        return None, _SYMBOL_PAIR
    return None, _OTHER_PAIR


def _apply(pending: int | None, reading: _Reading) -> tuple[int | None, int] | None:
    if isinstance(reading.data, str):  # a literal character cannot split a byte pair
        return (None, reading.cost) if pending is None else None
    state, gained = pending, reading.cost
    for byte in reading.data:
        state, delta = _step(state, byte)
        gained += delta
    return state, gained


def _best_readings(text: str) -> list[_Reading]:
    """The readings of ``text``'s characters that pair into the most Hangul."""
    trail: list[tuple[int, _Reading]] = []  # (previous entry, reading chosen)
    states: dict[int | None, tuple[int, int]] = {None: (0, -1)}  # pending byte -> (score, trail entry)
    for index, ch in enumerate(text):
        isolated = _is_ascii(text, index - 1) and _is_ascii(text, index + 1)
        following: dict[int | None, tuple[int, int]] = {}
        for pending, (score, back) in states.items():
            for reading in _readings(ch, isolated):
                if (moved := _apply(pending, reading)) is None:
                    continue
                state, gained = moved
                if state not in following or score + gained > following[state][0]:
                    trail.append((back, reading))
                    following[state] = (score + gained, len(trail) - 1)
        states = following or states
    _, entry = max(states.values(), key=lambda kept: kept[0])
    chosen = []
    while entry >= 0:
        entry, reading = trail[entry]
        chosen.append(reading)
    return chosen[::-1]


def _is_ascii(text: str, index: int) -> bool:
    return not 0 <= index < len(text) or ord(text[index]) < 0x80


def _decode(readings: list[_Reading]) -> str:
    parts: list[str] = []
    run = bytearray()
    for reading in readings:
        if isinstance(reading.data, bytes):
            run += reading.data
            continue
        parts += [run.decode("cp949", errors="replace"), reading.data]
        run = bytearray()
    parts.append(run.decode("cp949", errors="replace"))
    return "".join(parts)


def _reads_as_korean(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7F and ch.isalpha()]
    if not wide:
        return False
    hangul = sum(1 for ch in wide if 0xAC00 <= ord(ch) <= 0xD7A3)
    return hangul >= _MIN_HANGUL_SHARE * len(wide) and text.count("\ufffd") <= _MAX_REPLACED_SHARE * max(hangul, 1)
