"""What this app holds about a person, for "My data" (lms.hooks.PERSONAL_DATA): the API keys they
made (never the key: only its hash is kept, and that is not given out either) and their summary
row per course (LearnerFact), which the dashboards count. The tallies are sums over many people
and name no one, so they are not part of anyone's data. A fact's trainer and master-trainer keys
are other people's ids and are left out. Three queries."""

from django.utils.translation import gettext as _

from courses.personal_export import iso, page_titles
from coverage.models import ApiToken, LearnerFact
from lms.hooks import PersonalSection


def personal_data(*, user) -> list[PersonalSection]:
    """API keys and summary rows: three queries (the two and the course titles)."""
    tokens = list(ApiToken.objects.filter(user=user).order_by("created_at", "pk"))
    facts = list(LearnerFact.objects.filter(user=user).select_related("region").order_by("month", "pk"))
    titles = page_titles(fact.course_key for fact in facts)
    return [
        PersonalSection(
            key="learning_summaries",
            title=_("Your summary in the statistics"),
            columns=[
                ("course", _("Course")),
                ("region", _("Region")),
                ("month", _("Month enrolled")),
                ("generation", _("Generation of the cascade")),
                ("completed", _("Completed")),
                ("certified", _("Certified")),
                ("valid", _("Holds a valid certificate")),
                ("pre_percent", _("Pre-test score (%)")),
                ("final_percent", _("Final score (%)")),
                ("post_percent", _("Post-test score (%)")),
            ],
            rows=[
                {
                    "course": titles.get(fact.course_key, ""),
                    "region": fact.region.name if fact.region else "",
                    "month": iso(fact.month),
                    "generation": fact.generation_key if fact.generation_key >= 0 else None,
                    "completed": fact.completed,
                    "certified": fact.certified,
                    "valid": fact.valid,
                    "pre_percent": fact.pre_percent,
                    "final_percent": fact.final_percent,
                    "post_percent": fact.post_percent,
                }
                for fact in facts
            ],
        ),
        PersonalSection(
            key="api_keys",
            title=_("Your API keys"),
            columns=[
                ("name", _("Name of the key")),
                ("created_at", _("Created")),
                ("last_used_at", _("Last used")),
                ("revoked_at", _("Revoked")),
            ],
            rows=[
                {
                    "name": token.name,
                    "created_at": iso(token.created_at),
                    "last_used_at": iso(token.last_used_at),
                    "revoked_at": iso(token.revoked_at),
                }
                for token in tokens
            ],
        ),
    ]
