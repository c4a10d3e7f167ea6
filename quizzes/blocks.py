"""The question bank of a quiz: one StreamField block per question type.

Block and list-item ids stay the same across translations, so a question (and each of its
options) is one thing in every language, for grading and for statistics.
"""

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

TOPICS = [
    ("forms", _("Forms of abuse")),
    ("signs", _("Signs of abuse")),
    ("disclosure", _("Responding to disclosure")),
    ("reporting", _("Reporting")),
    ("prevention", _("Prevention")),
]
TOPIC_LABELS = dict(TOPICS)
SCENARIO_FEATURES = ["bold", "italic"]


def _error(field_name, message):
    return StructBlockValidationError(block_errors={field_name: ErrorList([ValidationError(message)])})


class OptionBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Answer option"), max_length=500)
    correct = blocks.BooleanBlock(label=_("Correct"), required=False)
    feedback = blocks.CharBlock(
        label=_("Feedback on this option"),
        max_length=500,
        required=False,
        help_text=_("Shown to a learner who chose it, when the quiz lets learners see the answers."),
    )

    class Meta:
        icon = "radio-full"
        label = _("Option")


class PairBlock(blocks.StructBlock):
    item = blocks.CharBlock(label=_("Item"), max_length=300)
    match = blocks.CharBlock(label=_("Its match"), max_length=300)

    class Meta:
        icon = "link"
        label = _("Pair")


class QuestionBlock(blocks.StructBlock):
    """What every question has: the topic it tests, the question itself and its feedback."""

    topic = blocks.ChoiceBlock(label=_("Topic"), choices=TOPICS, default="signs")
    prompt = blocks.TextBlock(label=_("Question"), max_length=1000)
    feedback = blocks.TextBlock(
        label=_("Explanation"),
        max_length=1000,
        required=False,
        help_text=_("Why the right answer is right; shown when the quiz lets learners see the answers."),
    )

    class Meta:
        template = "quizzes/blocks/question_preview.html"


class SingleChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=8)

    class Meta:
        icon = "radio-empty"
        label = _("Single choice")
        description = _("Several options, exactly one of them correct.")

    def clean(self, value):
        value = super().clean(value)
        if sum(1 for option in value["options"] if option["correct"]) != 1:
            raise _error("options", _("Mark exactly one option as correct."))
        return value


class MultipleChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(OptionBlock(), label=_("Options"), min_num=2, max_num=8)
    scoring = blocks.ChoiceBlock(
        label=_("Scoring"),
        choices=[
            ("all_or_nothing", _("All or nothing: the point only for exactly the correct options")),
            ("partial", _("Partial credit: a share for each correct option, minus a share for each wrong one")),
        ],
        default="all_or_nothing",
    )

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")
        description = _("Several options, any number of them correct.")

    def clean(self, value):
        value = super().clean(value)
        if not any(option["correct"] for option in value["options"]):
            raise _error("options", _("Mark at least one option as correct."))
        return value


class TrueFalseQuestionBlock(QuestionBlock):
    answer = blocks.ChoiceBlock(
        label=_("The statement is"), choices=[("true", _("True")), ("false", _("False"))], default="true"
    )
    true_feedback = blocks.CharBlock(label=_("Feedback on “True”"), max_length=500, required=False)
    false_feedback = blocks.CharBlock(label=_("Feedback on “False”"), max_length=500, required=False)

    class Meta:
        icon = "help"
        label = _("True or false")
        description = _("A statement the learner judges true or false.")


class MatchingQuestionBlock(QuestionBlock):
    pairs = blocks.ListBlock(PairBlock(), label=_("Pairs"), min_num=2, max_num=8)

    class Meta:
        icon = "link"
        label = _("Matching")
        description = _("Pairs: the learner matches each item with its match, shown in a shuffled list.")

    def clean(self, value):
        value = super().clean(value)
        matches = [pair["match"].strip().casefold() for pair in value["pairs"]]
        items = [pair["item"].strip().casefold() for pair in value["pairs"]]
        if len(set(matches)) != len(matches) or len(set(items)) != len(items):
            raise _error("pairs", _("Each item and each match must be different from the others."))
        return value


class OrderingQuestionBlock(QuestionBlock):
    steps = blocks.ListBlock(
        blocks.CharBlock(label=_("Step"), max_length=300),
        label=_("Steps, in the right order"),
        min_num=2,
        max_num=10,
        help_text=_("Learners see the steps shuffled and put them back in this order."),
    )

    class Meta:
        icon = "list-ol"
        label = _("Ordering")
        description = _("Steps the learner puts in the right order.")


class InnerQuestionBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    matching = MatchingQuestionBlock()
    ordering = OrderingQuestionBlock()

    class Meta:
        min_num = 1
        max_num = 1


class CaseScenarioBlock(blocks.StructBlock):
    scenario = blocks.RichTextBlock(
        label=_("Situation"),
        features=SCENARIO_FEATURES,
        help_text=_("A short, realistic situation at school. Never use real names or cases."),
    )
    question = InnerQuestionBlock(label=_("Question about the situation"))

    class Meta:
        icon = "doc-full"
        label = _("Case scenario")
        description = _("A situation followed by one question of any other type.")
        template = "quizzes/blocks/question_preview.html"


class QuestionBankBlock(blocks.StreamBlock):
    single_choice = SingleChoiceQuestionBlock()
    multiple_choice = MultipleChoiceQuestionBlock()
    true_false = TrueFalseQuestionBlock()
    matching = MatchingQuestionBlock()
    ordering = OrderingQuestionBlock()
    case_scenario = CaseScenarioBlock()

    class Meta:
        min_num = 1
        max_num = 200
