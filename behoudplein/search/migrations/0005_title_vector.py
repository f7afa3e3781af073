"""PostgreSQL: a second tsvector over code, title and tags only, with its own GIN index.

With more matches than the ranker takes, the matches in title, tags or code go first. A
weight-restricted query on `search_vector` ('term':A) cannot answer that from the GIN index
alone (PostgreSQL rechecks every match's weights in its detoasted vector); this small vector
can. SQLite needs nothing: its FTS5 table already has the column `hi` to filter on.
"""

from django.db import migrations

PG_FORWARD = [
    """ALTER TABLE search_searchdocument ADD COLUMN search_hi_vector tsvector
       GENERATED ALWAYS AS (
         to_tsvector('simple'::regconfig,
                     code_terms || ' ' || title_terms || ' ' || tags_terms)
       ) STORED""",
    "CREATE INDEX search_doc_hi_vector ON search_searchdocument USING GIN (search_hi_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS search_doc_hi_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_hi_vector",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0004_kind_stats")]

    operations = [migrations.RunPython(_run(PG_FORWARD), _run(PG_BACKWARD))]
