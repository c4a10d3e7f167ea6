"""What the share component (lms/includes/share.html) needs from Python: an id for its field that
is the same for the same link, the WhatsApp link, which works without JavaScript, and the plain
text of a message made for HTML."""

import hashlib
from html import unescape
from urllib.parse import quote

from django import template
from django.utils.safestring import SafeData

register = template.Library()


@register.filter
def share_plain(value):
    """The text as a person reads it. A text made for HTML (`blocktranslate … asvar` escapes the
    names it puts in and marks the whole safe) is unescaped: the page escapes it once where it is
    written, and WhatsApp or the share sheet get “№12” & O'Neil, not &quot;, &amp; or &#x27;."""
    if value is None:
        return ""
    text = str.__str__(str(value))  # a plain str, escaped where it is written (str() keeps a SafeString)
    return unescape(text) if isinstance(value, SafeData) else text


@register.simple_tag
def share_field_id(url):
    """A stable id for the field holding this link, so several shares fit on one page."""
    return "share-" + hashlib.blake2s(str(url).encode(), digest_size=5).hexdigest()


@register.simple_tag
def whatsapp_url(text, url):
    """WhatsApp's own share link with the text and the link: teachers in Kazakhstan share there first."""
    text, url = share_plain(text), share_plain(url)
    message = f"{text} {url}" if text else url
    return "https://wa.me/?text=" + quote(message, safe="")
