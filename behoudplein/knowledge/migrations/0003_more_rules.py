"""More lesson themes, and narrower tag keywords that matched almost every project.

Only rules still holding their seeded keywords are changed: an editor's edit stays.
"""

from django.db import migrations

NEW_THEMES = [
    ("Projectorganisatie en sturing", ["projectleider", "projectmanager", "projectorganisatie", "afspraken", "sturing", "bijgestuurd", "bijsturen", "rolverdeling", "verantwoordelijkheden", "continuïteit", "regie"]),
    ("Krapte en arbeidsmarkt", ["krapte", "krappe", "arbeidsmarkt", "vacatures", "economie", "conjunctuur"]),
    ("Communicatie en bekendheid", ["communicatie", "communiceren", "marketing", "voorlichting", "uitstraling", "publiciteit", "bekendheid", "informatievoorziening"]),
    ("Scholing en leren", ["scholing", "opleiding", "leren", "leeromgeving", "training", "cursus"]),
    ("Netwerken en partners", ["netwerk", "partijen", "partners", "alliantie", "vakbeweging", "sectorfonds"]),
]
EXTRA_THEME_KEYWORDS = {
    "Financiering en administratie": ["budget", "subsidieregeling", "kaders", "financiële"],
}
TAG_KEYWORDS = {
    # (kind, tag): (seeded keywords, narrower keywords)
    ("target_group", "Werkenden"): (
        ["werkenden", "werknemers", "medewerkers"],
        ["werkenden", "werkende werkzoekenden", "werknemers met een baan"],
    ),
    ("sector", "Bouw en infra"): (
        ["bouw", "infra"],
        ["bouwsector", "bouw &", "bouw en infra", "bouwbedrijven", "bouwmensen", "afbouw", "infra"],
    ),
}


def forwards(apps, schema_editor):
    LessonTheme = apps.get_model("knowledge", "LessonTheme")
    LessonThemeRule = apps.get_model("knowledge", "LessonThemeRule")
    TagRule = apps.get_model("knowledge", "TagRule")
    start = LessonTheme.objects.count()
    for offset, (name, keywords) in enumerate(NEW_THEMES, start=1):
        theme, created = LessonTheme.objects.get_or_create(name=name, defaults={"order": start + offset})
        if created:
            LessonThemeRule.objects.create(theme=theme, keywords="\n".join(keywords))
    for name, keywords in EXTRA_THEME_KEYWORDS.items():
        theme = LessonTheme.objects.filter(name=name).first()
        if theme is not None:
            LessonThemeRule.objects.get_or_create(theme=theme, keywords="\n".join(keywords))
    for (kind, tag), (seeded, narrower) in TAG_KEYWORDS.items():
        TagRule.objects.filter(kind=kind, tag_name=tag, keywords="\n".join(seeded)).update(
            keywords="\n".join(narrower)
        )


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0002_seed_rules")]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
