from pathlib import Path

from behoudplein.core.uploads import errors

TRANSLATIONS = Path(errors.__file__).with_name("TRANSLATIONS_nl.txt")


def test_every_message_has_a_dutch_translation_with_the_same_placeholders() -> None:
    lines = TRANSLATIONS.read_text(encoding="utf-8").splitlines()
    dutch = dict(line.split("\t") for line in lines if line.strip())
    msgids = {str(message) for message in errors.MESSAGES.values()}
    assert set(dutch) == msgids
    for msgid, text in dutch.items():
        placeholders = sorted(part.split(")")[0] for part in msgid.split("%(")[1:])
        assert sorted(part.split(")")[0] for part in text.split("%(")[1:]) == placeholders
        assert text != msgid
