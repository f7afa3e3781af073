"""One synonym entry per term whatever its case ('VVT' and 'vvt' are one term to search).

Entries that differ only in case, which the screen allowed before, are merged first: the
oldest keeps its term and gains the others' equivalents.
"""

from django.db import migrations, models
from django.db.models.functions import Lower


def merge_case_duplicates(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    kept = {}
    # Grouped by the database's own LOWER, which the constraint uses too.
    for synonym in Synonym.objects.annotate(lowered=Lower("term")).order_by("pk"):
        first = kept.setdefault(synonym.lowered, synonym)
        if first.pk == synonym.pk:
            continue
        lines = [*first.alternatives.splitlines(), *synonym.alternatives.splitlines()]
        first.alternatives = "\n".join(dict.fromkeys(line for line in lines if line.strip()))
        first.save(update_fields=["alternatives"])
        synonym.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0010_document_context"),
    ]

    operations = [
        migrations.RunPython(merge_case_duplicates, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="synonym",
            constraint=models.UniqueConstraint(Lower("term"), name="search_synonym_term_any_case"),
        ),
    ]
