"""The admin form that uploads an H5P package: every problem of the file is shown in plain words.

The package is unpacked into storage while the form is validated, after every other check has
passed, so a failure to store it is a form error (nothing of it is kept, the title stays typed)
rather than a server error when the form is saved.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from courses.h5p.storage import PackageNotStored
from courses.h5p.validation import PackageRejected, package_inspect


class H5PPackageForm(WagtailAdminModelForm):
    upload = forms.FileField(
        label=_("H5P file"),
        required=False,
        widget=forms.FileInput(attrs={"accept": ".h5p"}),
        help_text=_(
            "A .h5p file exported with its libraries (from Lumi or an H5P site). It is checked before it is stored."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.package_info = None
        self.stored = False
        self.previous_hash = self.instance.content_hash
        creating = self.instance.pk is None
        self.fields["upload"].required = creating
        if not creating:
            self.fields["upload"].help_text = _("Choose a file only to replace the package; leave empty to keep it.")
        if "title" in self.fields:
            self.fields["title"].required = False
            self.fields["title"].help_text = _("Leave empty to use the title inside the package.")

    def clean_upload(self):
        upload = self.cleaned_data.get("upload")
        if upload:
            try:
                self.package_info = package_inspect(upload)
            except PackageRejected as rejected:
                raise ValidationError(rejected.problems) from None
        return upload

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("title") or "").strip():
            if self.package_info is not None:
                cleaned["title"] = self.package_info.title
                self.instance.title = self.package_info.title
            elif self.instance.pk is None and "upload" not in self.errors:
                self.add_error("title", _("Give the activity a title."))
        if not self.errors:
            self._store(cleaned.get("upload"))
        return cleaned

    def _store(self, upload):
        """Unpack the checked file into storage (once per content); a failure becomes an error of the field."""
        from courses.h5p.services import h5p_package_store

        if not upload or self.package_info is None or self.stored:
            return
        try:
            h5p_package_store(package=self.instance, upload=upload, info=self.package_info, user=self.for_user)
        except (PackageRejected, PackageNotStored) as failed:
            self.add_error("upload", ValidationError(failed.problems))
        else:
            self.stored = True

    def save(self, commit=True):
        from courses.h5p.services import h5p_package_files_keep

        instance = super().save(commit=False)
        if commit:
            instance.save()
            self.save_m2m()
        if self.stored:
            # Once the row commits: its files are checked again, and a replaced file's files released.
            h5p_package_files_keep(
                package=instance,
                upload=self.cleaned_data["upload"],
                info=self.package_info,
                previous_hash=self.previous_hash,
            )
        return instance
