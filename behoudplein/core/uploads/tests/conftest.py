"""Let these tests run on their own (``-p no:django``) as well as inside the project's suite."""

import django
from django.conf import settings

if not settings.configured:
    settings.configure(USE_I18N=False)
    django.setup()
