"""A first list of abbreviations and synonyms; editors keep it from here on."""

from django.db import migrations

SYNONYMS = {
    "VVT": ["verpleging verzorging thuiszorg", "ouderenzorg"],
    "GGZ": ["geestelijke gezondheidszorg"],
    "ICT": ["IT", "informatietechnologie"],
    "UWV": ["Uitvoeringsinstituut Werknemersverzekeringen"],
    "WW": ["werkloosheidswet", "werkloosheidsuitkering"],
    "BSN": ["burgerservicenummer"],
    "AVG": ["privacywet", "GDPR"],
    "MBO": ["middelbaar beroepsonderwijs"],
    "HBO": ["hoger beroepsonderwijs"],
    "BBL": ["beroepsbegeleidende leerweg"],
    "zij-instromer": ["zijinstromer", "zij-instromers"],
}


def forward(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    for term, alternatives in SYNONYMS.items():
        Synonym.objects.get_or_create(term=term, defaults={"alternatives": "\n".join(alternatives)})


def backward(apps, schema_editor):
    apps.get_model("search", "Synonym").objects.filter(term__in=list(SYNONYMS)).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_fulltext")]

    operations = [migrations.RunPython(forward, backward)]
