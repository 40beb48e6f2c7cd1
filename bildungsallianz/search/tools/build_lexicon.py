"""Regenerate ``data/lexicon.tsv`` from wordfreq (build time only).

Usage: python -m bildungsallianz.search.tools.build_lexicon [N]

Takes the N most frequent German words of wordfreq (default 30,000), folds
them exactly like the analyzer does and writes ``word<TAB>zipf``. Re-run it
(and re-index) whenever the folding rules in analysis.py change.
wordfreq is needed only here, never at runtime.
"""

from __future__ import annotations

import sys

from bildungsallianz.search.analysis import (
    DATA_DIR,
    STOP_WORDS,
    fold_word,
    strip_accents,
)


def build(n: int = 30_000) -> dict[str, float]:
    """Return folded word -> Zipf frequency for the top ``n`` German words."""
    from wordfreq import top_n_list, zipf_frequency

    words: dict[str, float] = {}
    for raw in top_n_list("de", n):
        folded = fold_word(strip_accents(raw))
        if len(folded) < 3 or not folded.isascii() or not folded.isalpha():
            continue
        if folded in STOP_WORDS:
            continue
        zipf = zipf_frequency(raw, "de")
        if zipf > words.get(folded, -1.0):
            words[folded] = zipf
    return words


def main() -> None:
    """Write the lexicon file."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 30_000
    words = build(n)
    lines = [
        "# Derived from wordfreq (https://github.com/rspeer/wordfreq) German data,",
        "# CC BY-SA 4.0. Folded word<TAB>Zipf frequency. Regenerate with",
        "# python -m bildungsallianz.search.tools.build_lexicon",
    ]
    lines += [f"{w}\t{z:.1f}" for w, z in sorted(words.items())]
    (DATA_DIR / "lexicon.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(words)} words")


if __name__ == "__main__":
    main()
