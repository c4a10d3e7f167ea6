"""The platform's core: people, the regions they work in, and the home page."""

from typing import ClassVar

from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from lms.audit import AccessRecord  # noqa: F401  (Django finds models through models.py)
from lms.pages import HomePage  # noqa: F401  (Wagtail finds page models through models.py)
from lms.validators import validate_person_name


class LocalizedNameMixin:
    """Pick the name in the active interface language, falling back to Kazakh."""

    @property
    def name(self):
        language = (get_language() or "kk")[:2]
        return getattr(self, f"name_{language}", None) or self.name_kk

    def __str__(self):
        return self.name


class Region(LocalizedNameMixin, models.Model):
    """A first-level administrative unit of Kazakhstan (ISO 3166-2:KZ)."""

    code = models.CharField(_("ISO 3166-2 code"), max_length=5, unique=True)
    name_kk = models.CharField(_("name in Kazakh"), max_length=100, unique=True)
    name_ru = models.CharField(_("name in Russian"), max_length=100, unique=True)
    name_en = models.CharField(_("name in English"), max_length=100, unique=True)
    teacher_target = models.PositiveIntegerField(
        _("teacher target"),
        default=0,
        help_text=_("How many teachers the region must train."),
    )

    class Meta:
        ordering = ["code"]
        verbose_name = _("region")
        verbose_name_plural = _("regions")


class District(LocalizedNameMixin, models.Model):
    """A district or city within a region, imported from a CSV file."""

    region = models.ForeignKey(Region, on_delete=models.PROTECT, related_name="districts", verbose_name=_("region"))
    name_kk = models.CharField(_("name in Kazakh"), max_length=150)
    name_ru = models.CharField(_("name in Russian"), max_length=150)
    name_en = models.CharField(_("name in English"), max_length=150)

    class Meta:
        ordering = ["region__code", "name_kk"]
        verbose_name = _("district")
        verbose_name_plural = _("districts")
        constraints = [
            models.UniqueConstraint(fields=["region", "name_kk"], name="district_unique_kk_name_in_region"),
        ]


class UserManager(DjangoUserManager):
    """Users are found and created by email; there is no username."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        return self.get(email__iexact=email)


class User(AbstractUser):
    """A person on the platform; the email address is the login."""

    class Language(models.TextChoices):
        KAZAKH = "kk", "Қазақша"
        RUSSIAN = "ru", "Русский"
        ENGLISH = "en", "English"

    # No username: the email address is the login. AbstractUser declares username a CharField;
    # Django documents None as the way to remove an inherited field.
    username = None  # type: ignore[assignment]
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=150,
        validators=[validate_person_name],
        help_text=_("Your name exactly as it must appear on a certificate."),
    )
    region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        related_name="users",
        verbose_name=_("region"),
    )  # nullable only for staff made from the command line; signup requires it
    # The region a regional coordinator answers for: assigned by the ministry (lms.services.
    # coordinator_region_assign), never on a form the person edits. `region` above is where the
    # person works, which they change themselves and which grants nothing.
    coordinated_region = models.ForeignKey(
        Region,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="coordinators",
        verbose_name=_("coordinated region"),
        editable=False,
    )
    district = models.ForeignKey(
        District,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="users",
        verbose_name=_("district"),
    )
    school = models.CharField(_("school"), max_length=255, blank=True)
    position = models.CharField(_("position"), max_length=150, blank=True)
    language = models.CharField(
        _("preferred language"), max_length=2, choices=Language.choices, default=Language.KAZAKH
    )

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS = ["full_name"]

    objects: ClassVar[UserManager] = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        constraints = [
            models.UniqueConstraint(Lower("email"), name="user_email_unique_case_insensitive"),
            models.CheckConstraint(condition=~models.Q(full_name=""), name="user_full_name_not_empty"),
        ]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email


class ScopeChange(models.Model):
    """One change of what a person may see, as it was made: append-only, never edited.

    Written in the transaction of the change by lms.services (a coordinator's assigned region, or
    the roles given in the user admin); the region fields keep what was assigned before and after,
    the role fields the role group names before and after.
    """

    person = models.ForeignKey(User, on_delete=models.PROTECT, related_name="scope_changes", verbose_name=_("person"))
    region_before = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("region before")
    )
    region_after = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("region after")
    )
    # Role group names, sorted; None when the change left the roles as they were.
    roles_before = models.JSONField(_("roles before"), null=True, blank=True)
    roles_after = models.JSONField(_("roles after"), null=True, blank=True)
    changed_by = models.ForeignKey(
        User, on_delete=models.PROTECT, null=True, related_name="+", verbose_name=_("changed by")
    )
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("scope change")
        verbose_name_plural = _("scope changes")

    def __str__(self):
        return f"{self.person_id} · {self.changed_at:%Y-%m-%d %H:%M}"
