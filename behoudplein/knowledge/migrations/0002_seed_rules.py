"""Seed the editable tag and lesson-theme rules once; editors change them in the admin."""

from django.db import migrations

TAG_RULES = [
    ("sector", "Woningcorporaties", ["woningcorporatie", "corporatiesector", "corporaties"]),
    ("sector", "ICT", ["ict", "it-", "software", "programmeur"]),
    ("sector", "Techniek", ["techniek", "technische", "technici", "metaal"]),
    ("sector", "Bouw en infra", ["bouw", "infra"]),
    ("sector", "Voedingsindustrie", ["levensmiddelen", "voedingsindustrie", "food"]),
    ("sector", "Transport en logistiek", ["transport", "logistiek", "logistieke"]),
    ("sector", "Recreatie en vrije tijd", ["recreatie", "leisure", "vrije tijd"]),
    ("sector", "Zorg en welzijn", ["zorg en welzijn", "zorgsector", "welzijn", "verpleging"]),
    ("sector", "Haven", ["haven"]),
    ("sector", "Detailhandel", ["retail", "boekhandel", "kantoorvakhandel", "winkel"]),
    ("sector", "Uitzendbranche", ["uitzend"]),
    ("region", "Groot-Amsterdam", ["groot-amsterdam", "amsterdam"]),
    ("region", "Zuid-Limburg", ["zuid-limburg", "heerlen"]),
    ("region", "Groningen", ["groningen"]),
    ("region", "Zuidoost-Brabant", ["zuidoost-brabant", "eindhoven"]),
    ("region", "Midden-Utrecht", ["midden-nederland", "utrecht"]),
    ("region", "Food Valley", ["food valley"]),
    ("region", "Rijk van Nijmegen", ["rijk van nijmegen", "nijmegen"]),
    ("region", "Rijnmond", ["rijnmond", "rotterdam"]),
    ("region", "Haaglanden", ["haaglanden"]),
    ("region", "Regio Zwolle", ["zwolle"]),
    ("region", "Drenthe", ["drenthe"]),
    ("region", "Flevoland", ["flevoland"]),
    ("region", "Twente", ["twente"]),
    ("region", "Noordwest-Veluwe", ["noordwest veluwe", "noordwest-veluwe"]),
    ("region", "Friesland", ["fryslân", "friesland"]),
    ("target_group", "Werkzoekenden", ["werkzoekende", "werklozen", "ww-uitkering", "werkloos"]),
    ("target_group", "Met ontslag bedreigde werknemers", ["met ontslag bedreigd", "boventallig", "van werk naar werk"]),
    ("target_group", "Werkenden", ["werkenden", "werknemers", "medewerkers"]),
    ("target_group", "Jongeren", ["jongeren", "jongere", "studenten", "scholieren"]),
    ("target_group", "Ouderen", ["ouderen", "oudere werknemers", "55-plus", "50-plussers"]),
]

THEMES = [
    ("Privacy en BSN-eis", ["bsn", "privacy", "avg", "persoonsgegevens"]),
    ("Bereik en werving van deelnemers", ["werving", "werven", "bereik", "deelnemers te vinden", "aanmeld", "doelgroep te bereiken"]),
    ("Commitment van werkgevers", ["werkgever", "commitment", "draagvlak"]),
    ("Samenwerking met UWV en gemeenten", ["uwv", "gemeente", "gemeenten", "samenwerking"]),
    ("Digitale middelen", ["digitaal", "digitale", "online", "app", "website", "platform", "tool"]),
    ("Tijd en doorlooptijd", ["doorlooptijd", "te kort", "meer tijd", "vertraging", "looptijd", "aanlooptijd"]),
    ("Financiering en administratie", ["cofinanciering", "administratie", "verantwoording", "financier", "subsidievoorwaarden", "declaratie"]),
    ("Maatwerk en persoonlijke begeleiding", ["maatwerk", "persoonlijk", "coach", "begeleiding", "individuele"]),
]


def seed(apps, schema_editor):
    TagRule = apps.get_model("knowledge", "TagRule")
    LessonTheme = apps.get_model("knowledge", "LessonTheme")
    LessonThemeRule = apps.get_model("knowledge", "LessonThemeRule")
    for kind, name, keywords in TAG_RULES:
        TagRule.objects.get_or_create(kind=kind, tag_name=name, defaults={"keywords": "\n".join(keywords)})
    for order, (name, keywords) in enumerate(THEMES, start=1):
        theme, _ = LessonTheme.objects.get_or_create(name=name, defaults={"order": order})
        if not theme.rules.exists():
            LessonThemeRule.objects.create(theme=theme, keywords="\n".join(keywords))


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
