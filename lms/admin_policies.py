"""Wagtail permission policies that follow lms.permissions instead of Django's model permissions."""

from wagtail.permission_policies.base import ModelPermissionPolicy


class RulePermissionPolicy(ModelPermissionPolicy):
    """Only `actions` are allowed, and only to those `rule(user)` lets through: an action that is
    not listed (add, delete...) is refused to everyone, superusers included."""

    def __init__(self, model, *, actions, rule, **kwargs):
        super().__init__(model, **kwargs)
        self.actions = frozenset(actions)
        self.rule = rule

    def user_has_permission(self, user, action):
        return action in self.actions and self.rule(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


class WithoutSpreadsheetExport:
    """For an admin list of people: `?export=csv` or `xlsx` shows the page as usual instead of handing
    out every row unpaginated (Wagtail's index views export whenever asked, list_export or not). A
    list of people is handed out only by the platform's exports, which the audit trail records."""

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.is_export = False
