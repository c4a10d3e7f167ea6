"""Whether a lesson waits for one of its H5P activities.

Editors choose per activity: "automatic" (the default) requires it when its content type reports
a result and leaves it optional when it cannot (a greeting card, an accordion); or always
required; or optional. Blocks saved before the choice existed hold True or False.
"""

AUTOMATIC = "auto"
REQUIRED = "required"
OPTIONAL = "optional"


def is_required(choice, reports_results):
    if choice is True or choice == REQUIRED:
        return True
    if choice is False or choice == OPTIONAL:
        return False
    return bool(reports_results)


def is_chosen_required(choice):
    """Required because the editor said so, whatever the content type."""
    return choice is True or choice == REQUIRED
