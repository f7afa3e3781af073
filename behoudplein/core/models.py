import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditLogQuerySet(models.QuerySet["AuditLog"]):
    def for_admin_list(self) -> "AuditLogQuerySet":
        return self.select_related("actor").order_by("-created_at", "-id")

    def with_ip_older_than(self, cutoff: datetime.datetime) -> "AuditLogQuerySet":
        return self.filter(created_at__lt=cutoff).exclude(ip_address=None)


class AuditLog(models.Model):
    """Who did what to which object, when and from where. Rows are never edited, only IP-erased."""

    created_at = models.DateTimeField(_("tijdstip"), auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("door"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("door (tekst)"), max_length=255, blank=True)
    action = models.CharField(_("actie"), max_length=100, db_index=True)
    object_type = models.CharField(_("objecttype"), max_length=100, blank=True)
    object_id = models.CharField(_("object-id"), max_length=64, blank=True)
    object_repr = models.CharField(_("object"), max_length=255, blank=True)
    ip_address = models.GenericIPAddressField(_("IP-adres"), null=True, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    objects = AuditLogQuerySet.as_manager()

    class Meta:
        verbose_name = _("auditlogregel")
        verbose_name_plural = _("auditlog")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["object_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_label} {self.action}"
