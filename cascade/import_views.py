"""Ministry analysts import the master trainers from a CSV file: every bad line named, all or nothing."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from cascade.imports import COLUMNS, MasterTrainerImportError, master_trainers_import, unconfirmed_message
from cascade.views import page_language
from courses.selectors import trainer_course_pages
from lms import permissions

MAX_UPLOAD = 2 * 1024 * 1024  # about 20,000 rows; the ministry's list is 300


class ImportForm(forms.Form):
    course = forms.ChoiceField(label=gettext_lazy("Trainer course"))
    file = forms.FileField(
        label=gettext_lazy("CSV file"),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def __init__(self, *args, language, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("UTF-8, with a header line: %(columns)s.") % {"columns": ", ".join(COLUMNS)}
        courses = trainer_course_pages(language)
        if not courses.exists():
            courses = trainer_course_pages(settings.LANGUAGE_CODE)
        self.courses = {str(course.translation_key): course for course in courses}
        self.fields["course"].choices = [(key, course.title) for key, course in self.courses.items()]

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(_("The file is larger than 2 MB: is it the right one?"))
        return upload


@login_required
def import_view(request):
    if not permissions.can_import_master_trainers(request.user):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None, language=page_language())
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            result = master_trainers_import(
                file=form.cleaned_data["file"], course=form.courses[form.cleaned_data["course"]]
            )
        except MasterTrainerImportError as error:
            errors = error.errors
        else:
            messages.success(
                request,
                ngettext(
                    "%(count)s master trainer imported: %(created)s new, %(found)s already registered; "
                    "%(invited)s invited.",
                    "%(count)s master trainers imported: %(created)s new, %(found)s already registered; "
                    "%(invited)s invited.",
                    result.created + result.found,
                )
                % {
                    "count": result.created + result.found,
                    "created": result.created,
                    "found": result.found,
                    "invited": len(result.invited),
                },
            )
            for unconfirmed in result.unconfirmed:
                messages.warning(request, unconfirmed_message(unconfirmed))
            return redirect("cascade:import")
    status = 400 if (errors or form.errors) else 200
    return render(request, "cascade/import.html", {"form": form, "errors": errors, "columns": COLUMNS}, status=status)
