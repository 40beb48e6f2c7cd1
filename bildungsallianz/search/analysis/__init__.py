"""German text analysis for offer search, identical for SQLite FTS5 and PostgreSQL.

All linguistics happens here, in Python. Documents are turned into a list of
index tokens (:func:`index_tokens`) that a search index stores as plain text;
user input is turned into a list of :class:`QueryTerm` objects
(:func:`query_terms`), each holding the set of index tokens that may satisfy
that word. Both database engines then only have to match whole tokens.

Token alphabet: every token produced by this module matches ``[a-z0-9]+`` and
is at most :data:`MAX_TOKEN_LENGTH` characters long, so no token can ever carry
FTS5 or tsquery syntax.

Pipeline for one word::

    raw text -> gender forms collapsed (Erzieher*innen -> Erzieher)
             -> NFKC, casefold, accents stripped (ä -> a, ß -> ss)
             -> ae/oe/ue -> a/o/u (so "Baecker", "Bäcker", "Backer" agree)
             -> feminine suffix removed (Mechatronikerin -> mechatroniker)
             -> irregular plurals (praktika -> praktikum)
             -> compound split with a shipped lexicon (altenpflege -> alten|pflege)
             -> Snowball German stem of the word and of every compound part

One concept per module: :mod:`.folding`, :mod:`.stemming`, :mod:`.compounds`,
:mod:`.indexing` (document tokens), :mod:`.typos`, :mod:`.synonyms`, :mod:`.query`.
This package has no Django imports; its only third-party dependency is PyStemmer.
"""

from .compounds import Lexicon, default_lexicon, split_compound
from .folding import IRREGULAR_FORMS, fold, fold_word, folded_words, strip_accents
from .indexing import index_tokens
from .query import QueryTerm, query_terms
from .stemming import stem_word
from .stopwords import STOP_WORDS
from .synonyms import DEFAULT_SYNONYMS
from .tokens import DATA_DIR, MAX_TOKEN_LENGTH, TOKEN_RE, TYPO_MIN_LENGTH
from .typos import TypoIndex, expand_typos

__all__ = [
    "DATA_DIR",
    "DEFAULT_SYNONYMS",
    "IRREGULAR_FORMS",
    "Lexicon",
    "MAX_TOKEN_LENGTH",
    "STOP_WORDS",
    "TOKEN_RE",
    "TYPO_MIN_LENGTH",
    "QueryTerm",
    "TypoIndex",
    "default_lexicon",
    "expand_typos",
    "fold",
    "fold_word",
    "folded_words",
    "index_tokens",
    "query_terms",
    "split_compound",
    "stem_word",
    "strip_accents",
]
