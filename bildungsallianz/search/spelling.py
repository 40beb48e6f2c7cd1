"""Help when a search finds nothing or little: "Meinten Sie …?" and broader searches.

Engine-independent; the owning app (offers) decides what to show and counts the results.
"""

from __future__ import annotations

from .analysis import fold, split_compound, stem_word
from .analysis.stopwords import FILLER_WORDS, STOP_WORDS
from .analysis.typos import TypoIndex, allowed_edits
from .backends import IndexSpec
from .engine import synonym_table, typo_index


def _content_words(text: str) -> list[str]:
    words = [p for w in fold(text[:200]).split() for p in w.split("-") if p and p not in STOP_WORDS]
    content = [w for w in words if w not in FILLER_WORDS]
    return content or words


def _synonym_keys() -> set[str]:
    return {fold(term) for term, _ in synonym_table()}


def _correction(word: str, index: TypoIndex) -> str | None:
    """The nearest known surface word (not a bare stem) for a word the index does not know."""
    if word.isdigit() or stem_word(word) in index or word in index:
        return None
    near = index.near(word, allowed_edits(word, known=False))
    # surface words are stored beside stems; prefer the closest, then the longest (the word, not its stem)
    ranked = sorted(near.items(), key=lambda item: (item[1], -len(item[0]), item[0]))
    return ranked[0][0] if ranked else None


def did_you_mean(text: str, spec: IndexSpec) -> str | None:
    """The input with every unknown word replaced by its nearest known word, or None if nothing
    would change ("frisör kurs" -> "friseur kurs")."""
    index = typo_index(spec)
    keys = _synonym_keys()
    words = _content_words(text)
    corrected = []
    for word in words:
        fix = None if word in keys else _correction(word, index)
        corrected.append(fix or word)
    if corrected == words:
        return None
    return " ".join(corrected)


def broader_queries(text: str) -> list[str]:
    """Smaller searches that may find something: each word alone (for several words) or the
    parts of a compound ("Pferdepflege" -> "pferde", "pflege"); at most four."""
    words = _content_words(text)
    out: list[str] = []
    if len(words) > 1:
        out.extend(words)
    elif words and words[0].isalpha():
        word = words[0]
        parts = split_compound(word)
        if len(parts) > 1:
            out.extend(word[start:root] for start, root, _ in parts)
    seen = {" ".join(words)}
    unique = []
    for query in out:
        if query not in seen and len(query) > 2:
            seen.add(query)
            unique.append(query)
    return unique[:4]
