"""What the share component (lms/includes/share.html) needs from Python: an id for its field that
is the same for the same link, and the WhatsApp link, which works without JavaScript."""

import hashlib
from urllib.parse import quote

from django import template

register = template.Library()


@register.simple_tag
def share_field_id(url):
    """A stable id for the field holding this link, so several shares fit on one page."""
    return "share-" + hashlib.blake2s(str(url).encode(), digest_size=5).hexdigest()


@register.simple_tag
def whatsapp_url(text, url):
    """WhatsApp's own share link with the text and the link: teachers in Kazakhstan share there first."""
    message = f"{text} {url}" if text else str(url)
    return "https://wa.me/?text=" + quote(message, safe="")
