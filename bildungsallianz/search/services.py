"""Writes of the search app: the shipped synonym list."""

from __future__ import annotations

from django.db import transaction

from .analysis.synonyms import load_synonym_file
from .models import Synonym


@transaction.atomic
def synonyms_load_shipped() -> int:
    """Create the entries of ``data/synonyms.tsv`` that are missing; never overwrite staff edits.

    Returns the number of entries created.
    """
    existing = {term.casefold() for term in Synonym.objects.values_list("term", flat=True)}
    created = 0
    for term, expansions in load_synonym_file().items():
        if term.casefold() in existing:
            continue
        synonym = Synonym(term=term, expansions=", ".join(expansions))
        synonym.full_clean()
        synonym.save()
        existing.add(term.casefold())
        created += 1
    return created
