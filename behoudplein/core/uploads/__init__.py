"""Upload checking: what a file really is, whether it is safe, and a name to store it under.

Pure Python, no models. The entry points are in ``checks``; ``kinds`` sniffs content,
``archives`` guards zip containers, ``documents`` reads PDF and docx, ``scanning`` talks to
the virus scanner.
"""
