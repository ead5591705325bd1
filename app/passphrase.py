"""When a passphrase is strong enough: a rule of the domain, in plain Dutch (no Qt, no storage).

Used by the passphrase widget as the parent types (ui/passphrase.py) and enforced by storage
when a key is wrapped (storage.keys.require_strong).
"""

from __future__ import annotations

import re
import unicodedata

#: Shown as examples on screen, so never a secret.
EXAMPLE_PASSPHRASES = ("paraplu fiets zomer lepel",)

_COMMON = (
    "wachtwoord", "password", "welkom", "welcome", "zorgmap", "qwerty", "azerty",
    "abcdef", "letmein", "geheim", "iloveyou", "admin",
    # counting and calendar words: "een twee drie vier" is four words, but no secret
    "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
    "one", "two", "three", "four", "five",
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december",
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)


def passphrase_problem(passphrase: str, avoid: tuple[str, ...] | list[str] = ()) -> str | None:
    """Why a passphrase is too weak (in plain Dutch), or None when it is strong enough.

    `avoid`: words an attacker tries first, such as the child's name.
    """
    text = passphrase.strip()
    words = [w for w in re.split(r"[\s\-_.,;]+", text) if len(w) >= 3]
    distinct_words = {w.lower() for w in words}
    if len(text) < 12 and len(distinct_words) < 4:
        return "Te kort. Gebruik minstens 12 tekens, of vier losse woorden."
    if len(set(text.lower())) < 6:
        return "Er zitten te veel dezelfde tekens in. Kies iets met meer afwisseling."
    if text.isdigit():
        return "Alleen cijfers is te makkelijk te raden. Gebruik ook woorden of letters."
    if " ".join(text.lower().split()) in EXAMPLE_PASSPHRASES:
        return ("Dit is het voorbeeld uit Zorgmap zelf: dat kent iedereen. Kies vier andere "
                "woorden.")
    # What is left after taking out names, well-known words, years and other digits must
    # still be a real secret.
    core = unicodedata.normalize("NFKD", text.lower())
    core = "".join(c for c in core if not unicodedata.combining(c))
    names = [a.lower() for part in avoid for a in re.split(r"[\s\-]+", part) if len(a) >= 3]
    for word in sorted((*_COMMON, *names), key=len, reverse=True):
        core = core.replace(word, "")
    core = re.sub(r"[^a-z]", "", core)
    if len(core) < 8 or len(set(core)) < 5:
        if names and any(n in text.lower() for n in names):
            return ("Er staat een naam in die iedereen kan raden. Kies woorden die niets met "
                    "uw kind of gezin te maken hebben.")
        return ("Dit wachtwoord is te makkelijk te raden (een bekend woord, een jaartal of "
                "getallen). Kies vier woorden die niemand verwacht.")
    return None
