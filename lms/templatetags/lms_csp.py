"""The request's CSP nonce for templates rendered without the request in their context (Wagtail's
form widgets and panels): {% csp_nonce %} writes it, and {% nonced %}…{% endnonced %} gives it to
each inline <script> of the markup between (a block of an admin template the project overrides,
never text a person wrote)."""

import re

from django import template
from django.utils.safestring import mark_safe

from lms.headers import current_nonce

register = template.Library()

INLINE_SCRIPT = re.compile(r"<script\b(?![^>]*\bsrc=)(?![^>]*\bnonce=)")


@register.simple_tag
def csp_nonce():
    return current_nonce()


class NoncedNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        markup = self.nodelist.render(context)
        nonce = current_nonce()
        if not nonce:
            return markup
        return mark_safe(INLINE_SCRIPT.sub(f'<script nonce="{nonce}"', markup))  # noqa: S308 - the nonce is base64


@register.tag
def nonced(parser, token):
    nodelist = parser.parse(("endnonced",))
    parser.delete_first_token()
    return NoncedNode(nodelist)
