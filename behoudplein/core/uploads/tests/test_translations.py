import gettext
from pathlib import Path

from django.utils import translation

from behoudplein.core.uploads import errors

CATALOGUE = Path(errors.__file__).parents[2] / "locale" / "en" / "LC_MESSAGES" / "django.mo"


def placeholders(text: str) -> list[str]:
    return sorted(part.split(")")[0] for part in text.split("%(")[1:])


def test_every_message_is_dutch_with_an_english_translation_with_the_same_placeholders() -> None:
    """The msgids are Dutch (the site's language); English lives in locale/en like all UI text."""
    english = gettext.GNUTranslations(CATALOGUE.open("rb"))
    with translation.override("nl"):
        msgids = [str(message) for message in errors.MESSAGES.values()]
    assert len(set(msgids)) == len(errors.MESSAGES)
    for msgid in msgids:
        assert not any(word in msgid for word in ("This ", "The ", " the ", " file ")), msgid
        text = english.gettext(msgid)
        assert text != msgid, f"no English translation for {msgid!r}"
        assert placeholders(text) == placeholders(msgid)
