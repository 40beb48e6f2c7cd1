"""Throwaway performance measurement (dev tool, not a test).

Usage: python -m bildungsallianz.search.tools.benchmark

* index_tokens throughput on 100,000 words of pseudo-German text sampled
  from the shipped lexicon with Zipf weights (plus compounds glued from two
  lexicon words, 15 %), cold cache and warm cache;
* TypoIndex build time and lookup time for 50,000 vocabulary terms.
"""

from __future__ import annotations

import random
import time

from bildungsallianz.search import analysis
from bildungsallianz.search.analysis import DATA_DIR, TypoIndex, index_tokens


def _lexicon() -> tuple[list[str], list[float]]:
    words, weights = [], []
    for line in (DATA_DIR / "lexicon.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        word, zipf = line.split("\t")
        words.append(word)
        weights.append(10 ** float(zipf))
    return words, weights


def make_text(n_words: int, rng: random.Random) -> str:
    """Pseudo-German text: Zipf-weighted lexicon words, some glued into compounds."""
    words, weights = _lexicon()
    out = []
    for w in rng.choices(words, weights, k=n_words):
        if rng.random() < 0.15:
            w = w.capitalize() + rng.choice(words)
        out.append(w)
    return " ".join(out)


def main() -> None:
    """Print the measurements."""
    rng = random.Random(42)
    text = make_text(100_000, rng)
    analysis._word_tokens.cache_clear()
    analysis.default_lexicon()  # load outside the timing
    t0 = time.perf_counter()
    tokens = index_tokens(text)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    index_tokens(text)
    warm = time.perf_counter() - t0
    print(f"index_tokens: 100,000 words -> {len(tokens)} tokens")
    print(f"  cold cache {cold:.2f} s = {100_000 / cold:,.0f} words/s")
    print(f"  warm cache {warm:.2f} s = {100_000 / warm:,.0f} words/s")
    t0 = time.perf_counter()
    analysis._word_tokens.cache_clear()
    analysis.Lexicon.from_files(DATA_DIR / "lexicon.tsv", DATA_DIR / "domain_words.txt")
    print(f"  lexicon load {time.perf_counter() - t0:.2f} s")

    words, _ = _lexicon()
    vocab = set(words)
    while len(vocab) < 50_000:
        vocab.add(rng.choice(words) + rng.choice(words))
    vocab_list = sorted(vocab)[:50_000]
    t0 = time.perf_counter()
    typo_index = TypoIndex(vocab_list)
    build = time.perf_counter() - t0
    print(f"TypoIndex: {len(typo_index):,} terms, {len(typo_index._index):,} keys, build {build:.2f} s")
    queries = []
    for term in rng.sample(vocab_list, 2000):
        i = rng.randrange(len(term))
        queries.append(term[:i] + term[i + 1 :] if rng.random() < 0.5 else term[:i] + "x" + term[i:])
    t0 = time.perf_counter()
    hits = sum(bool(typo_index.candidates(q)) for q in queries)
    lookup = time.perf_counter() - t0
    print(
        f"  {len(queries)} lookups {lookup * 1000:.0f} ms = {lookup / len(queries) * 1e6:.0f} µs/lookup,"
        f" {hits} with candidates"
    )


if __name__ == "__main__":
    main()
