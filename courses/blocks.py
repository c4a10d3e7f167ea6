"""The blocks a methodologist builds a lesson from; each has its own template and preview."""

import re

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.snippets.blocks import SnippetChooserBlock

INLINE_FEATURES = ["bold", "italic", "link"]
TEXT_FEATURES = ["h3", "bold", "italic", "ol", "ul", "link", "document-link"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section")), ("h3", _("Subsection"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "courses/blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading; keep the lesson's headings in order.")
        help_text = _("Use sections to split the lesson into parts a learner can scan.")
        preview_value = {"text": _("Forms of abuse"), "level": "h2"}


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        max_length=250,
        help_text=_("Describe the image for someone who cannot see it. Required."),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "image"
        template = "courses/blocks/image_block.html"
        label = _("Image")
        description = _("A picture with the text a screen reader reads aloud.")
        help_text = _("Never use photos of real children in distress.")

    def clean(self, value):
        value = super().clean(value)
        if not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={"alt_text": ErrorList([ValidationError(_("Every image needs alternative text."))])}
            )
        return value


class VideoBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Video link"), required=False, help_text=_("A link to a video on a video service."))
    file = DocumentChooserBlock(label=_("Video file"), required=False, help_text=_("Or an uploaded MP4 or WebM file."))
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    transcript = blocks.RichTextBlock(
        label=_("Transcript"),
        required=False,
        features=INLINE_FEATURES,
        help_text=_("Helps learners on slow connections."),
    )

    class Meta:
        icon = "media"
        template = "courses/blocks/video_block.html"
        label = _("Video")
        description = _("A video from a link or an uploaded file, with an optional transcript.")
        help_text = _("Give either a link or a file.")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("embed") and not value.get("file"):
            raise StructBlockValidationError(
                block_errors={"file": ErrorList([ValidationError(_("Give a video link or choose a video file."))])}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(label=_("Link text"), max_length=200)
    description = blocks.CharBlock(label=_("What it is for"), required=False, max_length=300)

    class Meta:
        icon = "doc-full"
        template = "courses/blocks/document_block.html"
        label = _("Downloadable document")
        description = _("A file learners can download, such as a reporting form.")
        help_text = _("Say what the document is for.")


class CalloutBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[("info", _("Information")), ("warning", _("Warning")), ("action", _("What to do"))],
        default="info",
    )
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text"), features=TEXT_FEATURES)

    class Meta:
        icon = "warning"
        template = "courses/blocks/callout_block.html"
        label = _("Callout")
        description = _("A highlighted box: information, a warning or steps to take.")
        help_text = _("Keep it short: one idea per callout.")
        preview_value = {
            "kind": "action",
            "title": _("Report the same day"),
            "text": _("<p>Tell the designated person.</p>"),
        }


class WarningSignsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    signs = blocks.ListBlock(blocks.CharBlock(label=_("Sign"), max_length=300), label=_("Signs"), min_num=1)
    note = blocks.CharBlock(
        label=_("Note"),
        required=False,
        max_length=400,
        help_text=_("For example: signs are indicators, not proof."),
    )

    class Meta:
        icon = "list-ul"
        template = "courses/blocks/warning_signs_block.html"
        label = _("Warning signs")
        description = _("A list of signs that may indicate abuse.")
        help_text = _("Remind learners that signs are indicators, not proof.")
        preview_value = {
            "title": _("Changes in behaviour"),
            "signs": [_("Withdrawal from friends"), _("Fear of a particular adult")],
            "note": _("Signs are indicators, not proof."),
        }


class CaseScenarioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    situation = blocks.RichTextBlock(label=_("Situation"), features=TEXT_FEATURES)
    question = blocks.CharBlock(label=_("Question to reflect on"), max_length=400)
    model_answer = blocks.RichTextBlock(label=_("Model answer"), features=TEXT_FEATURES)

    class Meta:
        icon = "user"
        template = "courses/blocks/case_scenario_block.html"
        label = _("Case scenario")
        description = _("A situation, a question to think about and a model answer shown on request.")
        help_text = _("Use fictional first names only; keep details non-graphic.")


class KnowledgeCheckOptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer"), max_length=300)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(label=_("Feedback"), max_length=500, help_text=_("Why this answer is right or not."))

    class Meta:
        icon = "radio-full"
        label = _("Answer")


# A verdict an author may open the feedback with, in any of the three languages. The template
# shows its own verdict first, so one written into the feedback would say it twice
# ("Right. Correct. ..."). The longer phrases come first so that "Not correct." goes whole. A
# verdict the sentence goes on to qualify ("Correct, but only in part", "Дұрыс, бірақ ...") is
# the author's point, not a second verdict, and stays.
FEEDBACK_VERDICT = re.compile(
    r"^\s*(?:not\s+quite\s+right|not\s+quite|not\s+correct|not\s+right|incorrect|wrong|correct|right|"
    r"well\s+done|дұрыс\s+емес|толық\s+емес|қате|дұрыс|"
    r"не\s+совсем\s+верно|не\s+совсем|неверно|неправильно|верно|правильно)"
    r"\s*[.!:;,—–]+(?!\s*(?:but|yet|although|though|бірақ|алайда|дегенмен|но|однако|хотя)\b)\s*",
    re.IGNORECASE,
)


def feedback_without_verdict(text):
    """The feedback of a knowledge-check answer without a verdict its author opened it with."""
    rest = FEEDBACK_VERDICT.sub("", text or "", count=1)
    return rest[:1].upper() + rest[1:]


class KnowledgeCheckBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=400)
    options = blocks.ListBlock(KnowledgeCheckOptionBlock(), label=_("Answers"), min_num=2, max_num=6)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["options"] = [
            {**option, "feedback": feedback_without_verdict(option["feedback"])} for option in value["options"]
        ]
        return context

    class Meta:
        icon = "help"
        template = "courses/blocks/knowledge_check_block.html"
        label = _("Knowledge check")
        description = _("An ungraded question with feedback on each answer.")
        help_text = _("Mark exactly one answer as correct. It does not count towards a grade.")

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise StructBlockValidationError(
                block_errors={"options": ErrorList([ValidationError(_("Mark exactly one answer as correct."))])}
            )
        return value


class ReportingContactsBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200, default="")

    class Meta:
        icon = "mobile-alt"
        template = "courses/blocks/reporting_contacts_block.html"
        label = _("Reporting contacts")
        description = _("The national contacts and those of the learner's region, kept in Snippets.")
        help_text = _("Contacts are edited under Snippets › Reporting contacts, not here.")

    def get_context(self, value, parent_context=None):
        from courses.selectors import reporting_contacts_for

        context = super().get_context(value, parent_context=parent_context)
        request = (parent_context or {}).get("request")
        user = getattr(request, "user", None)
        context["contacts"] = reporting_contacts_for(user=user)
        return context


class RequirementBlock(blocks.ChoiceBlock):
    """Whether the lesson waits for the activity; blocks saved before the choice hold True or False."""

    def __init__(self, **kwargs):
        from courses.h5p.requirement import AUTOMATIC, OPTIONAL, REQUIRED

        super().__init__(
            choices=[
                (AUTOMATIC, _("Required if the activity sends a result (recommended)")),
                (REQUIRED, _("Required")),
                (OPTIONAL, _("Optional")),
            ],
            default=AUTOMATIC,
            label=_("Required to complete the lesson"),
            help_text=_(
                "Learners must finish a required activity before they can mark the lesson as complete. "
                "Activity types that send no score or completion (a greeting card, an accordion) cannot be "
                "finished: if you make one required, opening and looking through it is enough."
            ),
            **kwargs,
        )

    def to_python(self, value):
        from courses.h5p.requirement import OPTIONAL, REQUIRED

        if value is True:
            return REQUIRED
        if value is False:
            return OPTIONAL
        return super().to_python(value)

    def deconstruct(self):
        return ("courses.blocks.RequirementBlock", [], {})


class H5PActivityBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    instructions = blocks.CharBlock(label=_("Instructions"), required=False, max_length=400)
    package = SnippetChooserBlock(
        "courses.H5PPackage", label=_("H5P package"), help_text=_("Upload packages under Snippets › H5P packages.")
    )
    required = RequirementBlock()

    class Meta:
        icon = "pick"
        template = "courses/blocks/h5p_activity_block.html"
        label = _("Interactive activity (H5P)")
        description = _("An interactive H5P activity, played in a frame; its scores are practice, never a grade.")
        help_text = _("Use a package in the lesson's language. Scores never count toward a certificate.")

    def get_context(self, value, parent_context=None):
        from courses.h5p.origins import player_url
        from courses.h5p.requirement import is_required
        from courses.h5p.selectors import player_core_bytes

        context = super().get_context(value, parent_context=parent_context)
        package = value.get("package")
        context["player_url"] = player_url(package.content_hash) if package else None
        context["download_bytes"] = player_core_bytes() + package.player_bytes if package else 0
        context["required"] = is_required(value.get("required"), package.reports_results if package else True)
        return context


class LessonBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=TEXT_FEATURES,
        icon="pilcrow",
        template="courses/blocks/paragraph_block.html",
        description=_("Formatted text with lists and links."),
        help_text=_("Short paragraphs read better on a phone."),
        preview_value=_("<p>Stay calm, listen and believe the child.</p>"),
    )
    image = ImageBlock()
    video = VideoBlock()
    document = DocumentBlock()
    callout = CalloutBlock()
    warning_signs = WarningSignsBlock()
    case_scenario = CaseScenarioBlock()
    knowledge_check = KnowledgeCheckBlock()
    reporting_contacts = ReportingContactsBlock()
    h5p_activity = H5PActivityBlock()


class ObjectivesBlock(blocks.StreamBlock):
    objective = blocks.CharBlock(
        label=_("Objective"),
        max_length=300,
        icon="tick",
        help_text=_("What a learner can do after the course, starting with a verb."),
    )

    class Meta:
        template = "courses/blocks/objectives_block.html"
