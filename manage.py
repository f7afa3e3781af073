#!/usr/bin/env python
"""Django's command-line utility; `behoudplein` is the installed equivalent."""

from behoudplein.__main__ import main

if __name__ == "__main__":
    main()
