"""PostgreSQL: the facets (kind, year, regions, sectors) as lexemes in both tsvectors.

A search with a facet filter then asks the GIN index for, say, 'elkaar' and 'r:regio-4' at
once, instead of reading every document with 'elkaar' to test its region: three times faster
for filters on frequent words at 100,000 documents. Word terms are ``[a-z0-9]`` only, so a
facet lexeme ('k:project', 'y:2018', 'r:regio-4', 's:ict') can never equal one. SQLite needs
nothing: it filters through the document table, which FTS5 drives.
"""

from django.db import migrations

FACETS = r"""array_to_tsvector(array_remove(string_to_array(
         'k:' || kind || ' ' || coalesce('y:' || year::text, '') || ' '
         || regexp_replace(coalesce(regions, ''), '(\S+)', 'r:\1', 'g') || ' '
         || regexp_replace(coalesce(sectors, ''), '(\S+)', 's:\1', 'g'), ' '), ''))"""
HI_TERMS = "code_terms || ' ' || title_terms || ' ' || tags_terms"

PG_FORWARD = [
    "DROP INDEX IF EXISTS search_doc_vector",
    "DROP INDEX IF EXISTS search_doc_hi_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN search_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN search_hi_vector",
    f"""ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (
         setweight(to_tsvector('simple'::regconfig, {HI_TERMS}), 'A')
         || setweight(to_tsvector('simple'::regconfig, body_terms), 'D')
         || {FACETS}
       ) STORED""",
    f"""ALTER TABLE search_searchdocument ADD COLUMN search_hi_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {HI_TERMS}) || {FACETS}) STORED""",
    "CREATE INDEX search_doc_vector ON search_searchdocument USING GIN (search_vector)",
    "CREATE INDEX search_doc_hi_vector ON search_searchdocument USING GIN (search_hi_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS search_doc_vector",
    "DROP INDEX IF EXISTS search_doc_hi_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN search_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN search_hi_vector",
    f"""ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (
         setweight(to_tsvector('simple'::regconfig, {HI_TERMS}), 'A')
         || setweight(to_tsvector('simple'::regconfig, body_terms), 'D')
       ) STORED""",
    f"""ALTER TABLE search_searchdocument ADD COLUMN search_hi_vector tsvector
       GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, {HI_TERMS})) STORED""",
    "CREATE INDEX search_doc_vector ON search_searchdocument USING GIN (search_vector)",
    "CREATE INDEX search_doc_hi_vector ON search_searchdocument USING GIN (search_hi_vector)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0007_analyzer_fingerprint")]

    operations = [migrations.RunPython(_run(PG_FORWARD), _run(PG_BACKWARD))]
