"""A short line shown under a result's title (e.g. the project a lesson is from).

Added with plain ALTER TABLE on both databases: Django's SQLite schema editor would rebuild
the table for a NOT NULL column, which drops the triggers that keep FTS5 in step (0002, 0009).
"""

from django.db import migrations, models

ADD = "ALTER TABLE search_searchdocument ADD COLUMN context varchar(300) NOT NULL DEFAULT ''"
DROP = "ALTER TABLE search_searchdocument DROP COLUMN context"


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0009_sqlite_facets"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[migrations.RunSQL(ADD, DROP)],
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
