"""Privacy-friendly video embeds: YouTube through youtube-nocookie, Vimeo with dnt=1."""

from __future__ import annotations

import re
from urllib.parse import urlparse

_YOUTUBE = re.compile(
    r"^(?:https://)(?:www\.|m\.)?(?:youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)|youtu\.be/)"
    r"(?P<id>[A-Za-z0-9_-]{11})"
)
_VIMEO = re.compile(r"^https://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?P<id>\d+)")


def embed_url(url: str) -> str | None:
    """The embed address for a YouTube or Vimeo link, or None for any other link."""
    if not url or urlparse(url).scheme != "https":
        return None
    if match := _YOUTUBE.match(url):
        return f"https://www.youtube-nocookie.com/embed/{match['id']}"
    if match := _VIMEO.match(url):
        return f"https://player.vimeo.com/video/{match['id']}?dnt=1"
    return None
