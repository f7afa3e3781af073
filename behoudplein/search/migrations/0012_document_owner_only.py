"""Records only their organisation finds (an organisation's own drafts), see IndexInput.

Added with plain ALTER TABLE on both databases, as 0010: Django's SQLite schema editor would
rebuild the table for a NOT NULL column, which drops the triggers that keep FTS5 in step.
The index is rebuilt by `migrate` afterwards (registry.DOCUMENT_FORMAT 4), which sets it.
"""

from django.db import migrations, models

TABLE = "search_searchdocument"
COLUMN = "owner_only"


def _has_column(schema_editor) -> bool:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, TABLE)
    return any(column.name == COLUMN for column in columns)


def add_column(apps, schema_editor):
    if not _has_column(schema_editor):
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN {COLUMN} boolean NOT NULL DEFAULT false"
        )


def drop_column(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite" and connection.Database.sqlite_version_info < (3, 35):
        return  # this SQLite cannot drop a column; left in place, its default keeps it harmless
    if _has_column(schema_editor):
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN {COLUMN}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0011_synonym_term_any_case"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(add_column, drop_column)],
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name=COLUMN,
                    field=models.BooleanField(default=False),
                ),
            ],
        ),
    ]
