"""Function words that are neither indexed nor searched."""

from __future__ import annotations

#: Function words dropped from documents and queries (already folded).
STOP_WORDS: frozenset[str] = frozenset(
    [
        "ab",
        "aber",
        "alle",
        "allem",
        "allen",
        "aller",
        "alles",
        "als",
        "also",
        "am",
        "an",
        "auch",
        "auf",
        "aus",
        "bei",
        "beim",
        "bin",
        "bis",
        "bist",
        "da",
        "damit",
        "dann",
        "das",
        "dass",
        "dein",
        "deine",
        "dem",
        "den",
        "denn",
        "der",
        "des",
        "dich",
        "die",
        "dies",
        "diese",
        "diesem",
        "diesen",
        "dieser",
        "dieses",
        "dir",
        "doch",
        "dort",
        "du",
        "durch",
        "ein",
        "eine",
        "einem",
        "einen",
        "einer",
        "eines",
        "er",
        "es",
        "etwa",
        "euch",
        "euer",
        "eure",
        "fur",
        "gegen",
        "hat",
        "hatte",
        "hier",
        "ich",
        "ihm",
        "ihn",
        "ihr",
        "ihre",
        "im",
        "in",
        "ins",
        "ist",
        "ja",
        "jede",
        "jedem",
        "jeden",
        "jeder",
        "jedes",
        "kann",
        "kein",
        "keine",
        "man",
        "mein",
        "meine",
        "mich",
        "mir",
        "mit",
        "muss",
        "nach",
        "nein",
        "nicht",
        "noch",
        "nun",
        "nur",
        "ob",
        "oder",
        "ohne",
        "sehr",
        "sein",
        "seine",
        "sich",
        "sie",
        "sind",
        "so",
        "soll",
        "sowie",
        "uber",
        "um",
        "und",
        "uns",
        "unser",
        "unsere",
        "unter",
        "vom",
        "von",
        "vor",
        "war",
        "waren",
        "was",
        "weil",
        "wenn",
        "wer",
        "wie",
        "wir",
        "wird",
        "wo",
        "zu",
        "zum",
        "zur",
    ]
)


def _word_list(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Forms of modal and auxiliary verbs: never a compound part ("Willkommen" is not will|kommen).
FUNCTION_WORDS: frozenset[str] = _word_list(
    """
    will willst wollen wollt wollte soll sollst sollen sollte kann kannst konnen konnte muss musst mussen
    musste darf darfst durfen mag magst mogen mochte mochtest mochten habe hast haben hatte ware waren
    werde wirst werden wurde wurden bist seid sei
    """
)

#: Filler of spoken German and English function words: dropped from queries (never from
#: documents) as long as something else is left ("ich will was mit Autos machen" -> Autos).
FILLER_WORDS: frozenset[str] = FUNCTION_WORDS | _word_list(
    """
    was etwas irgendwas irgendwie irgendwo irgendein irgendeine irgendeinen gerne gern mal halt eben
    eigentlich vielleicht bitte hallo hi hey danke ganz echt so machen mache machst macht tun suche suchen
    sucht such gibt gibts geben finde finden findet brauche brauchen braucht hab mich interessiere
    interessiert moglich moglichkeit moglichkeiten welche welcher welches wann warum meinem meinen meiner
    meines deinem deinen deiner deines seinem seinen seiner ihrem ihren ihrer keinen keinem keiner jetzt
    sohn tochter kind helfe
    i im want wanna to do something with the an of and or my me looking look find is are how where can
    what which please some any
    """
)
