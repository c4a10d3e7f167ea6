import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lms.settings.production")

application = get_asgi_application()

# Import every app's wagtail_hooks.py now, at start-up, rather than inside the first request that
# asks for a hook (a learner's final quiz, in its transaction, holding its locks meanwhile).
from wagtail.hooks import search_for_hooks  # noqa: E402

search_for_hooks()
