"""The full-text structures over the analyzer's terms, per database.

SQLite: a contentless FTS5 table `search_fts` (rowid = document id; `hi` holds the code, title
and tags terms, `body` the body terms), kept in step by triggers.
PostgreSQL: a stored generated tsvector column ('simple': the terms are already analysed;
code/title/tags weighted A, body D) with a GIN index.
"""

from django.db import migrations

HI = "new.code_terms || ' ' || new.title_terms || ' ' || new.tags_terms"
OLD_HI = "old.code_terms || ' ' || old.title_terms || ' ' || old.tags_terms"

SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE search_fts USING fts5(hi, body, content='', detail=column, "
    "tokenize='ascii')",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts (rowid, hi, body) VALUES (new.id, {HI}, new.body_terms);
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body)
        VALUES ('delete', old.id, {OLD_HI}, old.body_terms);
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body)
        VALUES ('delete', old.id, {OLD_HI}, old.body_terms);
        INSERT INTO search_fts (rowid, hi, body) VALUES (new.id, {HI}, new.body_terms);
    END""",
]
SQLITE_BACKWARD = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
PG_FORWARD = [
    """ALTER TABLE search_searchdocument ADD COLUMN search_vector tsvector
       GENERATED ALWAYS AS (
         setweight(to_tsvector('simple'::regconfig,
                   code_terms || ' ' || title_terms || ' ' || tags_terms), 'A')
         || setweight(to_tsvector('simple'::regconfig, body_terms), 'D')
       ) STORED""",
    "CREATE INDEX search_doc_vector ON search_searchdocument USING GIN (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS search_doc_vector",
    "ALTER TABLE search_searchdocument DROP COLUMN IF EXISTS search_vector",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_FORWARD, "postgresql": PG_FORWARD}),
            _run({"sqlite": SQLITE_BACKWARD, "postgresql": PG_BACKWARD}),
        )
    ]
