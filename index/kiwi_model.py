"""The Kiwi morphological analyzer: loaded lazily, once per process and user dictionary.

A ``Kiwi`` object holds a ~280 MB model and cannot be pickled once user words are added, so
analyzers never hold one; they ask :func:`get_kiwi` for the process's instance.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from kiwipiepy import Kiwi, Token

__all__ = [
    "Morpheme",
    "dictionary_version",
    "get_kiwi",
    "is_known_noun",
    "is_noun_word",
    "kiwi_versions",
    "morphemes",
    "prefetch",
    "release",
    "tokens",
    "without_particle",
]

log = logging.getLogger(__name__)

_lock = threading.Lock()
_instances: dict[str | None, Kiwi] = {}
# Kiwi numbers its morphemes; the lowest ids are placeholders for tags (unknown nouns, SL, SN...).
_FIRST_DICTIONARY_ID = 100
_NOUN_TAGS = frozenset({"NNG", "NNP"})
_WORKERS = 2
# Text with none of these scripts (Hangul, CJK, kana) needs no morphological analysis.
_KIWI_SCRIPTS_RE = re.compile(
    "[\u1100-\u11ff\u2e80-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\U00020000-\U0002ffff]"
)


def needs_analysis(text: str) -> bool:
    """Whether ``text`` has Hangul, CJK or kana; Latin-only text is split without the model.

    >>> needs_analysis("partnership 2024"), needs_analysis("바이오")
    (False, True)
    """
    return _KIWI_SCRIPTS_RE.search(text) is not None


# A morpheme as (form, tag, start, end), offsets in code points: a plain tuple, because the
# writer makes millions of them while Kiwi analyses on the other cores.
Morpheme = tuple[str, str, int, int]


def get_kiwi(user_dict: str | None = None) -> Kiwi:
    """The process-wide Kiwi for ``user_dict`` (a path to a Kiwi user dictionary file)."""
    kiwi = _instances.get(user_dict)
    if kiwi is not None:
        return kiwi
    with _lock:
        if user_dict not in _instances:
            _instances[user_dict] = _load(user_dict)
    return _instances[user_dict]


def _load(user_dict: str | None) -> Kiwi:
    from kiwipiepy import Kiwi  # 0.6 s import; only when analysis is really needed

    log.debug("loading Kiwi model (user dictionary: %s)", user_dict)
    # One model per process: its worker threads serve batch analysis, single calls ignore them.
    kiwi = Kiwi(num_workers=_WORKERS)
    if user_dict:
        added = kiwi.load_user_dictionary(user_dict)
        log.info("loaded %d user words from %s", added, user_dict)
    return kiwi


def dictionary_version(user_dict: str | None) -> str:
    """A short hash of the user dictionary's content ("none" without one)."""
    if not user_dict:
        return "none"
    return hashlib.sha256(Path(user_dict).read_bytes()).hexdigest()[:16]


def kiwi_versions() -> dict[str, str]:
    """kiwipiepy and model versions: a change means the index must be rebuilt."""
    from importlib.metadata import PackageNotFoundError, version

    found = {}
    for package in ("kiwipiepy", "kiwipiepy_model"):
        try:
            found[package] = version(package)
        except PackageNotFoundError:
            found[package] = "missing"
    return found


def morphemes(analysed: Iterable[Token]) -> list[Morpheme]:
    """Kiwi's tokens as ``(form, tag, start, end)`` tuples."""
    return [(t.form, t.tag, t.start, t.end) for t in analysed]


# Kiwi's tokens of texts analysed ahead of the writer, by (user dictionary, text), with how many
# prefetched chunks hold each: one text (a caption, a credit, a wire's headline) is often in two
# chunks at once, and the first chunk's release must not take it from the second.
_prefetched: dict[tuple[str | None, str], list[Token]] = {}
_holders: dict[tuple[str | None, str], int] = {}
_prefetch_lock = threading.Lock()


def tokens(text: str, user_dict: str | None = None) -> list[Token]:
    """Kiwi's tokens for ``text`` (offsets in code points): prefetched, or analysed now."""
    found = _prefetched.get((user_dict, text)) if _prefetched else None
    return found if found is not None else get_kiwi(user_dict).tokenize(text)


def prefetch(texts: list[str], user_dict: str | None = None) -> list[tuple[str | None, str]]:
    """Analyse ``texts`` in one batch so that :func:`tokens` finds them ready.

    Whoosh analyses field by field on one thread; batching keeps both cores busy (Kiwi's C++
    core releases the GIL). Kiwi's token objects are kept as they are: the analyzer reads only
    the ones it keeps. Returns the cache keys to pass to :func:`release` once the texts are
    indexed; a text another batch holds is held once more, not analysed again. Thread-safe: a
    batch may be analysed in the background while another is indexed.
    """
    keys = [(user_dict, t) for t in dict.fromkeys(texts) if t and needs_analysis(t)]
    todo = []
    with _prefetch_lock:
        for key in keys:
            if key in _prefetched:
                _holders[key] += 1
            else:
                todo.append(key[1])
    if todo:
        kiwi = get_kiwi(user_dict)
        analysed = [kiwi.tokenize(todo[0])] if len(todo) == 1 else kiwi.tokenize(todo)
        found = dict(zip(todo, analysed, strict=True))
        with _prefetch_lock:
            for text, result in found.items():
                key = (user_dict, text)
                _prefetched.setdefault(key, result)
                _holders[key] = _holders.get(key, 0) + 1
    return keys


def release(keys: list[tuple[str | None, str]]) -> None:
    """Let go of the texts :func:`prefetch` analysed; each is dropped once no batch holds it."""
    with _prefetch_lock:
        for key in keys:
            held = _holders.pop(key, 0) - 1
            if held > 0:
                _holders[key] = held
            else:
                _prefetched.pop(key, None)


class _Alone(NamedTuple):
    form: str
    tag: str
    start: int
    in_dictionary: bool


@lru_cache(maxsize=200_000)
def _alone(form: str, user_dict: str | None) -> tuple[_Alone, ...]:
    """Kiwi's analysis of ``form`` on its own: what decompounding asks of every substring of an
    unknown compound, once per substring."""
    return tuple(
        _Alone(t.form, t.tag, t.start, t.id >= _FIRST_DICTIONARY_ID) for t in get_kiwi(user_dict).tokenize(form)
    )


def without_particle(word: str, user_dict: str | None = None) -> str:
    """``word`` without the particles Kiwi finds after its nouns (유희열의 -> 유희열).

    >>> without_particle("유희열의"), without_particle("스케치북"), without_particle("오어")
    ('유희열', '스케치북', '오어')
    """
    tokens = _alone(word, user_dict)
    nouns = 0
    while nouns < len(tokens) and tokens[nouns].tag in _NOUN_TAGS:
        nouns += 1
    if nouns and nouns < len(tokens) and all(t.tag.startswith("J") for t in tokens[nouns:]):
        return word[: tokens[nouns].start]
    return word


def is_noun_word(form: str, user_dict: str | None = None) -> bool:
    """Whether ``form`` is one dictionary noun, alone or with a one-syllable prefix or suffix
    Kiwi knows as such (반+부패, 명품+화, 입장+권, 신고+제): a part of a compound Kiwi cannot
    split as a whole (공주알밤명품화진흥센터).

    >>> is_noun_word("명품화"), is_noun_word("입장권"), is_noun_word("바이오콤")
    (True, True, False)
    """
    tokens = _alone(form, user_dict)
    if "".join(t.form for t in tokens) != form or not 1 <= len(tokens) <= 3:
        return False
    tags = [t.tag for t in tokens]
    nouns = [t for t in tokens if t.tag in _NOUN_TAGS and t.in_dictionary]
    affixes = tags[:1] == ["XPN"], tags[-1:] == ["XSN"]
    return len(nouns) == 1 and len(tokens) == 1 + sum(affixes)


def is_known_noun(form: str, user_dict: str | None = None) -> bool:
    """Whether Kiwi's dictionary has ``form`` as one common or proper noun.

    >>> is_known_noun("바이오"), is_known_noun("바이오콤")
    (True, False)
    """
    tokens = _alone(form, user_dict)
    return len(tokens) == 1 and tokens[0].form == form and tokens[0].tag in _NOUN_TAGS and tokens[0].in_dictionary
