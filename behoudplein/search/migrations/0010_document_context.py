"""A short line shown under a result's title (e.g. the project a lesson is from).

Added with plain ALTER TABLE on both databases: Django's SQLite schema editor would rebuild
the table for a NOT NULL column, which drops the triggers that keep FTS5 in step (0002, 0009).
"""

from django.db import migrations, models

TABLE = "search_searchdocument"


def _has_column(schema_editor) -> bool:
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = connection.introspection.get_table_description(cursor, TABLE)
    return any(column.name == "context" for column in columns)


def add_column(apps, schema_editor):
    if not _has_column(schema_editor):
        schema_editor.execute(
            f"ALTER TABLE {TABLE} ADD COLUMN context varchar(300) NOT NULL DEFAULT ''"
        )


def drop_column(apps, schema_editor):
    connection = schema_editor.connection
    if connection.vendor == "sqlite" and connection.Database.sqlite_version_info < (3, 35):
        return  # this SQLite cannot drop a column; left in place, its default keeps it harmless
    if _has_column(schema_editor):
        schema_editor.execute(f"ALTER TABLE {TABLE} DROP COLUMN context")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0009_sqlite_facets"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunPython(add_column, drop_column)],
            state_operations=[
                migrations.AddField(
                    model_name="searchdocument",
                    name="context",
                    field=models.CharField(
                        blank=True, default="", max_length=300, verbose_name="context"
                    ),
                ),
            ],
        ),
    ]
