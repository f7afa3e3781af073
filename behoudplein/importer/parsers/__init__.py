"""Document-type parsers; importing this package registers the built-in ones."""

from behoudplein.importer.parsers import evaluation_report, registry

__all__ = ["evaluation_report", "registry"]
