"""A thumbnailer without sorl/easy-thumbnails: product images are generated at their display size."""

from types import SimpleNamespace

from django.conf import settings
from oscar.core.thumbnails import AbstractThumbnailer


class PassThroughThumbnailer(AbstractThumbnailer):
    def generate_thumbnail(self, source, **opts):
        url = getattr(source, "url", None)
        if not url:
            url = settings.MEDIA_URL + str(getattr(source, "name", source))
        width, _, height = str(opts.get("size", "")).partition("x")
        return SimpleNamespace(url=url, width=width or None, height=height or None)

    def delete_thumbnails(self, source):
        pass
