"""Evaluate compound splitters on ``data/compounds_gold.tsv`` (dev tool).

Usage: python -m bildungsallianz.search.tools.eval_splitter

Compares the shipped lexicon splitter (with and without the domain word list,
for several lexicon sizes/penalties) and, if installed, CharSplit
(PyPI ``compound-split``, the n-gram model that charsplit-fst ports to Rust).
Precision = correct segmentations / words the splitter split;
recall = correct segmentations / gold compounds;
accuracy = exactly right (split or not) / all words.
"""

from __future__ import annotations

from collections.abc import Callable

from bildungsallianz.search.analysis import DATA_DIR, compounds, strip_accents
from bildungsallianz.search.analysis.folding import _UMLAUT_DIGRAPH_RE as _UML


def _fold(chunk: str) -> str:
    return _UML.sub(lambda m: m.group(0)[0], strip_accents(chunk))


def load_gold(
    name: str = "compounds_gold.tsv",
) -> list[tuple[str, list[tuple[int, ...]]]]:
    """Return (folded word, accepted cut-position tuples) pairs."""
    gold = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        accepted = []
        word = None
        for seg in line.split(" ; "):
            chunks = [_fold(c) for c in seg.strip().split("|")]
            word = "".join(chunks)
            cuts, pos = [], 0
            for c in chunks[:-1]:
                pos += len(c)
                cuts.append(pos)
            accepted.append(tuple(cuts))
        gold.append((word, accepted))
    return gold


def evaluate(
    name: str,
    cut_fn: Callable[[str], tuple[int, ...]],
    verbose: bool = False,
    gold_file: str = "compounds_gold.tsv",
) -> dict:
    """Print and return precision/recall/accuracy of ``cut_fn`` on a gold list."""
    gold = load_gold(gold_file)
    split = correct_split = compounds = correct = 0
    errors = []
    for word, accepted in gold:
        cuts = cut_fn(word)
        is_compound = accepted[0] != ()
        compounds += is_compound
        ok = cuts in accepted
        correct += ok
        if cuts:
            split += 1
            correct_split += ok
        if not ok:
            errors.append(_show(word, cuts))
    res = {
        "precision": correct_split / split if split else 1.0,
        "recall": sum(1 for w, a in gold if a[0] != () and cut_fn(w) in a) / compounds,
        "accuracy": correct / len(gold),
    }
    print(
        f"{name:40s} P={res['precision']:.3f} R={res['recall']:.3f} "
        f"acc={res['accuracy']:.3f} ({len(gold)} words, {compounds} compounds)"
    )
    if verbose:
        print("   errors:", ", ".join(errors))
    return res


def _show(word: str, cuts: tuple[int, ...]) -> str:
    out, prev = [], 0
    for c in (*cuts, len(word)):
        out.append(word[prev:c])
        prev = c
    return "|".join(out)


def lexicon_cuts(lexicon: compounds.Lexicon) -> Callable[[str], tuple[int, ...]]:
    """Cut function for the analyzer's splitter with a given lexicon."""

    def cuts(word: str) -> tuple[int, ...]:
        parts = compounds.split_compound(word, lexicon)
        return tuple(p[2] for p in parts[:-1])

    return cuts


def charsplit_cuts(threshold: float = 0.0) -> Callable[[str], tuple[int, ...]]:
    """Recursive binary CharSplit: split while the best score exceeds threshold."""
    from compound_split import char_split

    def rec(word: str, offset: int) -> list[int]:
        if len(word) < 8:
            return []
        best = char_split.split_compound(word)[0]
        score, left, right = best
        if score <= threshold or len(left) < 3 or len(right) < 3:
            return []
        cut = len(word) - len(right)
        return rec(word[:cut], offset) + [offset + cut] + rec(word[cut:], offset + cut)

    return lambda w: tuple(rec(w, 0))


def main() -> None:
    """Run the comparison."""
    from bildungsallianz.search.tools.build_lexicon import build

    domain = DATA_DIR / "domain_words.txt"
    for n in (10_000, 30_000, 50_000):
        words = build(n)
        for penalty in (0.0, 0.25, 0.5, 1.0):
            compounds._SPLIT_BONUS = penalty
            evaluate(
                f"lexicon top{n // 1000}k bonus={penalty}",
                lexicon_cuts(compounds.Lexicon(words)),
            )
    compounds._SPLIT_BONUS = 0.5
    shipped = compounds.Lexicon.from_files(DATA_DIR / "lexicon.tsv")
    evaluate("shipped lexicon, no domain list", lexicon_cuts(shipped), verbose=True)
    if domain.exists():
        full = lexicon_cuts(compounds.default_lexicon())
        evaluate("shipped lexicon + domain list", full, verbose=True)
        evaluate("  held-out list", full, verbose=True, gold_file="compounds_heldout.tsv")
    try:
        for t in (-0.5, 0.0, 0.5):
            evaluate(f"CharSplit (compound-split) t={t}", charsplit_cuts(t), verbose=t == 0.0)
        evaluate("  held-out list t=0.5", charsplit_cuts(0.5), True, "compounds_heldout.tsv")
    except ImportError:
        print("compound-split not installed; skipping CharSplit")


if __name__ == "__main__":
    main()
