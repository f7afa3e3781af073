"""SQLite: the facets (kind, year, regions, sectors) as tokens in a third FTS5 column.

As on PostgreSQL (0008), a facet filter is then answered by the full-text index together with
the words ('staat' AND facets : "s:ict") instead of by reading every document with 'staat' to
test its sector. The ascii tokenizer keeps ':' and '-' inside a token, so 'r:regio-4' is one
token; word terms are ``[a-z0-9]`` and live in the other columns.
"""

from django.db import migrations


def _facets(row: str) -> str:
    return (
        f"'k:' || {row}.kind || ' ' || "
        f"CASE WHEN {row}.year IS NULL THEN '' ELSE 'y:' || {row}.year END || ' ' || "
        f"CASE WHEN {row}.regions = '' THEN '' "
        f"ELSE 'r:' || replace({row}.regions, ' ', ' r:') END || ' ' || "
        f"CASE WHEN {row}.sectors = '' THEN '' "
        f"ELSE 's:' || replace({row}.sectors, ' ', ' s:') END"
    )


def _hi(row: str) -> str:
    return f"{row}.code_terms || ' ' || {row}.title_terms || ' ' || {row}.tags_terms"


DROP = [
    "DROP TRIGGER IF EXISTS search_fts_update",
    "DROP TRIGGER IF EXISTS search_fts_delete",
    "DROP TRIGGER IF EXISTS search_fts_insert",
    "DROP TABLE IF EXISTS search_fts",
]
FORWARD = [
    *DROP,
    "CREATE VIRTUAL TABLE search_fts USING fts5(hi, body, facets, content='', "
    "detail=column, tokenize=\"ascii tokenchars ':-'\")",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts (rowid, hi, body, facets)
        VALUES (new.id, {_hi("new")}, new.body_terms, {_facets("new")});
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body, facets)
        VALUES ('delete', old.id, {_hi("old")}, old.body_terms, {_facets("old")});
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body, facets)
        VALUES ('delete', old.id, {_hi("old")}, old.body_terms, {_facets("old")});
        INSERT INTO search_fts (rowid, hi, body, facets)
        VALUES (new.id, {_hi("new")}, new.body_terms, {_facets("new")});
    END""",
    f"""INSERT INTO search_fts (rowid, hi, body, facets)
        SELECT d.id, {_hi("d")}, d.body_terms, {_facets("d")} FROM search_searchdocument d""",
]
BACKWARD = [
    *DROP,
    "CREATE VIRTUAL TABLE search_fts USING fts5(hi, body, content='', detail=column, "
    "tokenize='ascii')",
    f"""CREATE TRIGGER search_fts_insert AFTER INSERT ON search_searchdocument BEGIN
        INSERT INTO search_fts (rowid, hi, body) VALUES (new.id, {_hi("new")}, new.body_terms);
    END""",
    f"""CREATE TRIGGER search_fts_delete AFTER DELETE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body)
        VALUES ('delete', old.id, {_hi("old")}, old.body_terms);
    END""",
    f"""CREATE TRIGGER search_fts_update AFTER UPDATE ON search_searchdocument BEGIN
        INSERT INTO search_fts (search_fts, rowid, hi, body)
        VALUES ('delete', old.id, {_hi("old")}, old.body_terms);
        INSERT INTO search_fts (rowid, hi, body) VALUES (new.id, {_hi("new")}, new.body_terms);
    END""",
    f"""INSERT INTO search_fts (rowid, hi, body)
        SELECT d.id, {_hi("d")}, d.body_terms FROM search_searchdocument d""",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "sqlite":
            for statement in statements:
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("search", "0008_facets_in_vectors")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
