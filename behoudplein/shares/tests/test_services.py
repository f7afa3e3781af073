"""Every rule of issue 4, broken once, with the Dutch message the user reads."""

import datetime

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, transaction

from behoudplein.core.models import AuditLog
from behoudplein.core.uploads.tests.builders import (
    A3,
    docx_bytes,
    mp4_bytes,
    pdf_bytes,
    pptx_bytes,
    zip_bomb_bytes,
)
from behoudplein.shares import files, services
from behoudplein.shares.constants import Method, Status
from behoudplein.shares.models import Share, ShareTransition
from behoudplein.shares.tests.factories import GrantFactory, ShareFactory

pytestmark = pytest.mark.django_db


def messages_of(error: ValidationError) -> str:
    return " ".join(error.messages)


def submit_errors(share, by) -> dict[str, list[str]]:
    with pytest.raises(ValidationError) as info:
        services.share_submit(share=share, by=by)
    return info.value.message_dict


class TestStart:
    def test_start_creates_a_concept_in_the_establishment_region(
        self, member, org_a, round_t4, grant_a
    ):
        share, created = services.share_start(organisation=org_a, round=round_t4, by=member)
        assert created
        assert share.status == Status.DRAFT
        assert share.region == org_a.region
        assert AuditLog.objects.filter(action="share.start").exists()

    def test_second_start_returns_the_existing_share(self, member, org_a, round_t4, share_a):
        share, created = services.share_start(organisation=org_a, round=round_t4, by=member)
        assert (share, created) == (share_a, False)
        assert Share.objects.count() == 1

    def test_start_without_behoud_grant_is_refused(self, member, org_a, round_t4):
        GrantFactory(organisation=org_a, round=round_t4, without_behoud=True)
        with pytest.raises(ValidationError) as info:
            services.share_start(organisation=org_a, round=round_t4, by=member)
        assert "geen subsidie voor behoud" in messages_of(info.value)

    def test_member_of_other_organisation_cannot_start(
        self, other_member, org_a, round_t4, grant_a
    ):
        with pytest.raises(PermissionDenied):
            services.share_start(organisation=org_a, round=round_t4, by=other_member)

    def test_race_between_two_starts_ends_with_one_share(
        self, member, org_a, round_t4, share_a, monkeypatch
    ):
        # The second tab did its existence check before the first one's INSERT committed.
        monkeypatch.setattr(services, "existing_share", lambda **kwargs: None)
        share, created = services.share_start(organisation=org_a, round=round_t4, by=member)
        assert (share, created) == (share_a, False)
        assert Share.objects.filter(organisation=org_a, round=round_t4).count() == 1

    def test_database_refuses_a_second_share(self, org_a, round_t4, share_a):
        with pytest.raises(IntegrityError), transaction.atomic():
            Share.objects.create(organisation=org_a, round=round_t4, region=org_a.region)


class TestSaveDraft:
    def test_incomplete_draft_is_saved(self, member, share_a):
        services.share_save_draft(share=share_a, by=member, changes={"summary": "Half af"})
        share_a.refresh_from_db()
        assert share_a.summary == "Half af"

    def test_retained_above_reached_is_refused_even_in_a_draft(self, member, share_a):
        with pytest.raises(ValidationError) as info:
            services.share_save_draft(
                share=share_a, by=member, changes={"people_reached": 5, "people_retained": 9}
            )
        assert (
            "niet groter zijn dan het aantal bereikte"
            in info.value.message_dict["people_retained"][0]
        )

    def test_database_refuses_retained_above_reached(self, share_a):
        share_a.people_reached, share_a.people_retained = 5, 9
        with pytest.raises(IntegrityError), transaction.atomic():
            share_a.save()

    def test_other_organisation_cannot_edit(self, other_member, share_a):
        with pytest.raises(PermissionDenied):
            services.share_save_draft(share=share_a, by=other_member, changes={"summary": "x"})

    def test_submitted_share_cannot_be_edited(self, member, submitted_a):
        with pytest.raises(PermissionDenied):
            services.share_save_draft(share=submitted_a, by=member, changes={"summary": "x"})


class TestSubmitRules:
    def test_complete_website_share_is_submitted_and_project_lead_mailed(
        self, member, project_lead, org_a, round_t4, grant_a, django_capture_on_commit_callbacks
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, complete=True)
        with django_capture_on_commit_callbacks(execute=True):
            services.share_submit(share=share, by=member)
        assert share.status == Status.SUBMITTED
        assert ShareTransition.objects.get(share=share).by == member
        assert [m.to for m in mail.outbox] == [[project_lead.email]]
        assert "Nieuwe deelbijdrage" in mail.outbox[0].subject

    def test_nothing_chosen(self, member, share_a):
        errors = submit_errors(share_a, member)
        assert errors["method"] == ["Kies eerst hoe u uw aanpak deelt."]
        assert "bereikt" in errors["people_reached"][0]

    def test_other_region_needs_a_reason(self, member, share_a, region_b):
        share_a.region = region_b
        share_a.method = Method.WEBSITE
        errors = submit_errors(share_a, member)
        assert "andere regio" in errors["region_reason"][0]

    def test_other_region_with_reason_is_fine(self, member, org_a, round_t4, grant_a, region_b):
        share = ShareFactory(
            organisation=org_a,
            round=round_t4,
            complete=True,
            region=region_b,
            region_reason="De aanpak is specifiek voor deze regio.",
        )
        services.share_submit(share=share, by=member)
        assert share.status == Status.SUBMITTED

    def test_questionnaire_refused_for_large_organisation_with_the_reason(
        self, member, org_a, round_t4, grant_a
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, questionnaire=True)
        errors = submit_errors(share, member)
        message = errors["method"][0]
        assert "alleen bedoeld voor kleine organisaties" in message
        assert "€ 15.000" in message and "€ 40.000" in message

    def test_questionnaire_allowed_for_small_organisation(
        self, other_member, org_b, round_t4, grant_b
    ):
        share = ShareFactory(organisation=org_b, round=round_t4, questionnaire=True)
        services.share_submit(share=share, by=other_member)
        assert share.status == Status.SUBMITTED

    def test_questionnaire_at_exactly_15000_is_small(self, other_member, org_b, round_t4, grant_b):
        grant_b.max_subsidy_eur = 15_000
        grant_b.save()
        share = ShareFactory(organisation=org_b, round=round_t4, questionnaire=True)
        services.share_submit(share=share, by=other_member)

    def test_questionnaire_needs_every_answer(self, other_member, org_b, round_t4, grant_b):
        share = ShareFactory(organisation=org_b, round=round_t4, questionnaire=True, answer_3="")
        assert submit_errors(share, other_member) == {"answer_3": ["Beantwoord vraag 3."]}

    def test_medium_needs_summary_and_markers(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(
            organisation=org_a, round=round_t4, complete=True, summary="", marker_2=""
        )
        errors = submit_errors(share, member)
        assert "samenvatting" in errors["summary"][0]
        assert "vraag 2 aan bod" in errors["marker_2"][0]

    @pytest.mark.parametrize("url", ["http://www.zorg.nl", "ftp://zorg.nl", "www", "https://"])
    def test_website_needs_https_url(self, member, org_a, round_t4, grant_a, url):
        share = ShareFactory(organisation=org_a, round=round_t4, complete=True, url=url)
        assert "https://" in submit_errors(share, member)["url"][0]

    def test_video_needs_link_or_file(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(organisation=org_a, round=round_t4, complete=True, method=Method.VIDEO)
        assert "link naar de video" in submit_errors(share, member)["video_url"][0]
        share.video_url = "https://vimeo.com/12345"
        services.share_submit(share=share, by=member)

    @pytest.mark.parametrize(
        ("method", "message"),
        [
            (Method.PRESENTATION, "Upload de presentatie."),
            (Method.PUBLICATION, "Upload de publicatie"),
        ],
    )
    def test_presentation_and_publication_need_a_file(
        self, member, org_a, round_t4, grant_a, method, message
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, complete=True, method=method)
        assert message in submit_errors(share, member)["files"][0]

    def test_publication_with_a_checked_pdf_is_submitted(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(
            organisation=org_a, round=round_t4, complete=True, method=Method.PUBLICATION
        )
        upload = SimpleUploadedFile("../../etc/publicatie.pdf", pdf_bytes(2))
        stored = files.share_attach_file(share=share, by=member, upload=upload, kind="publication")
        assert stored.original_name == "publicatie.pdf"
        assert stored.storage_name.startswith(f"private/shares/{share.pk}/")
        assert "etc" not in stored.storage_name
        assert stored.page_count == 2
        services.share_submit(share=share, by=member)

    def test_attachments_of_an_abandoned_method_are_not_submitted(
        self, member, org_a, round_t4, grant_a, django_capture_on_commit_callbacks
    ):
        share = ShareFactory(
            organisation=org_a, round=round_t4, complete=True, method=Method.PRESENTATION
        )
        slides = files.share_attach_file(
            share=share,
            by=member,
            upload=SimpleUploadedFile("dia.pptx", pptx_bytes()),
            kind="presentation",
        )
        share.method = Method.PUBLICATION  # changed their mind
        share.save()
        publication = files.share_attach_file(
            share=share,
            by=member,
            upload=SimpleUploadedFile("stuk.pdf", pdf_bytes(1)),
            kind="publication",
        )
        assert default_storage.exists(slides.storage_name)
        with django_capture_on_commit_callbacks(execute=True):
            services.share_submit(share=share, by=member)
        assert list(share.files.all()) == [publication]
        assert not default_storage.exists(slides.storage_name)
        assert default_storage.exists(publication.storage_name)
        entry = AuditLog.objects.get(action="share.discard_unused_files")
        assert entry.details == {"kinds": ["presentation"]}

    def test_a_rejected_submission_keeps_every_attachment(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(organisation=org_a, round=round_t4, method=Method.PRESENTATION)
        files.share_attach_file(
            share=share,
            by=member,
            upload=SimpleUploadedFile("dia.pptx", pptx_bytes()),
            kind="presentation",
        )
        share.method = Method.PUBLICATION
        share.save()
        with pytest.raises(ValidationError):
            services.share_submit(share=share, by=member)  # incomplete: nothing is discarded
        assert share.files.count() == 1

    def test_agreed_form_needs_recorded_agreement(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(
            organisation=org_a, round=round_t4, complete=True, method=Method.AGREED
        )
        assert "ingestemd" in submit_errors(share, member)["method"][0]

    def test_reach_retained_above_reached_on_submit(self, member, org_a, round_t4, grant_a):
        share = ShareFactory.build(organisation=org_a, round=round_t4, complete=True)
        share.people_reached, share.people_retained = 3, 4
        share.pk = 999  # never saved: the database would refuse it, the rule speaks first
        errors = submit_errors(share, member)
        assert "niet groter" in errors["people_retained"][0]


class TestUploads:
    @pytest.fixture
    def publication_share(self, org_a, round_t4, grant_a):
        return ShareFactory(organisation=org_a, round=round_t4, method=Method.PUBLICATION)

    def attach(self, share, by, data, name="bestand.pdf", kind="publication"):
        with pytest.raises(ValidationError) as info:
            files.share_attach_file(
                share=share, by=by, upload=SimpleUploadedFile(name, data), kind=kind
            )
        return info.value.message_dict["upload"]

    def test_four_pages_refused(self, member, publication_share):
        errors = self.attach(publication_share, member, pdf_bytes(4))
        assert errors == [
            "De pdf heeft een verkeerd aantal pagina's: 4. Toegestaan is 1 tot 3 pagina's."
        ]

    def test_a3_refused(self, member, publication_share):
        errors = self.attach(publication_share, member, pdf_bytes(1, size=A3))
        assert "geen A4" in errors[0]

    def test_renamed_executable_refused(self, member, publication_share):
        errors = self.attach(
            publication_share, member, b"MZ\x90\x00" + b"\x00" * 200, "publicatie.pdf"
        )
        assert errors == ["Dit bestand is een programma. Programma's kunnen niet worden geüpload."]

    def test_zip_bomb_refused(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(organisation=org_a, round=round_t4, method=Method.PRESENTATION)
        errors = self.attach(share, member, zip_bomb_bytes(), "dia.pptx", kind="presentation")
        assert "voor de veiligheid geweigerd" in errors[0]

    def test_eicar_refused(self, member, publication_share):
        eicar = rb"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
        errors = self.attach(publication_share, member, eicar)
        assert errors[0].startswith("Dit bestand bevat een virus")

    def test_long_docx_refused(self, member, publication_share, settings):
        settings.UPLOAD_DOCX_MAX_WORDS = 50
        errors = self.attach(publication_share, member, docx_bytes(80), "stuk.docx")
        assert errors == [
            "Dit document telt 80 woorden; toegestaan zijn maximaal 50 woorden. "
            "Kort de tekst in en upload het opnieuw."
        ]

    def test_presentation_is_not_a_video(self, member, org_a, round_t4, grant_a):
        share = ShareFactory(organisation=org_a, round=round_t4, method=Method.VIDEO)
        errors = self.attach(share, member, pdf_bytes(1), "film.mp4", kind="video")
        assert "Hier toegestaan" in errors[0]

    def test_video_too_large(self, member, org_a, round_t4, grant_a, settings):
        settings.UPLOAD_VIDEO_MAX_BYTES = 10
        share = ShareFactory(organisation=org_a, round=round_t4, method=Method.VIDEO)
        errors = self.attach(share, member, mp4_bytes(), "film.mp4", kind="video")
        assert "hier zijn bestanden van maximaal" in errors[0]

    def test_presentation_accepted_and_replaces_the_previous_one(
        self, member, org_a, round_t4, grant_a
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, method=Method.PRESENTATION)
        first = files.share_attach_file(
            share=share,
            by=member,
            upload=SimpleUploadedFile("a.pptx", pptx_bytes()),
            kind="presentation",
        )
        files.share_attach_file(
            share=share,
            by=member,
            upload=SimpleUploadedFile("b.pdf", pdf_bytes(7)),
            kind="presentation",
        )
        assert [f.original_name for f in share.files.all()] == ["b.pdf"]
        assert not share.files.filter(pk=first.pk).exists()

    def test_other_organisation_cannot_upload(self, other_member, publication_share):
        with pytest.raises(PermissionDenied):
            files.share_attach_file(
                share=publication_share,
                by=other_member,
                upload=SimpleUploadedFile("a.pdf", pdf_bytes(1)),
                kind="publication",
            )


class TestReview:
    def test_request_changes_needs_a_comment(self, project_lead, submitted_a):
        with pytest.raises(ValidationError) as info:
            services.share_request_changes(share=submitted_a, by=project_lead, comment=" ")
        assert "aanvullen" in info.value.message_dict["comment"][0]

    def test_request_changes_mails_the_members(
        self, project_lead, member, submitted_a, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.share_request_changes(
                share=submitted_a, by=project_lead, comment="Cijfers graag"
            )
        assert submitted_a.status == Status.CHANGES_REQUESTED
        assert mail.outbox[0].to == [member.email]
        assert "Cijfers graag" in mail.outbox[0].body

    def test_project_lead_of_other_region_cannot_review(self, other_project_lead, submitted_a):
        with pytest.raises(PermissionDenied):
            services.share_approve(share=submitted_a, by=other_project_lead)

    def test_project_lead_of_chosen_region_reviews(
        self, other_project_lead, org_a, round_t4, grant_a, region_b
    ):
        share = ShareFactory(
            organisation=org_a, round=round_t4, submitted=True, region=region_b, region_reason="x"
        )
        services.share_approve(share=share, by=other_project_lead)
        assert share.status == Status.APPROVED

    def test_approval_without_consent_stays_approved_and_mails(
        self, project_lead, member, submitted_a, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            services.share_approve(share=submitted_a, by=project_lead)
        assert submitted_a.status == Status.APPROVED
        assert "goedgekeurd" in mail.outbox[0].subject

    def test_approval_with_consent_publishes(self, project_lead, submitted_a):
        submitted_a.consent_to_publish = True
        services.share_approve(share=submitted_a, by=project_lead)
        assert submitted_a.status == Status.PUBLISHED
        assert submitted_a.published_at is not None

    def test_consent_after_approval_publishes_and_withdrawal_unpublishes(
        self, member, org_a, round_t4, grant_a
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, approved=True)
        services.share_set_consent(share=share, by=member, consent=True)
        assert share.status == Status.PUBLISHED
        services.share_set_consent(share=share, by=member, consent=False)
        assert share.status == Status.APPROVED
        assert list(share.transitions.values_list("action", flat=True)) == [
            "publish",
            "withdraw_consent",
        ]


class TestAgreement:
    @pytest.fixture
    def agreed_share(self, org_a, round_t4, grant_a):
        return ShareFactory(
            organisation=org_a, round=round_t4, complete=True, method=Method.AGREED, url=""
        )

    def test_request_then_agree_then_submit(self, member, project_lead, agreed_share):
        services.share_request_agreement(share=agreed_share, by=member, proposal="Een workshop")
        services.share_decide_agreement(
            share=agreed_share, by=project_lead, agree=True, note="Workshop van een uur"
        )
        assert agreed_share.agreed_by == project_lead
        services.share_submit(share=agreed_share, by=member)

    def test_decline_keeps_it_unsubmittable(self, member, project_lead, agreed_share):
        services.share_request_agreement(share=agreed_share, by=member, proposal="Een poster")
        services.share_decide_agreement(
            share=agreed_share, by=project_lead, agree=False, note="Te weinig"
        )
        assert "ingestemd" in submit_errors(agreed_share, member)["method"][0]

    def test_decision_needs_a_request_first(self, project_lead, agreed_share):
        with pytest.raises(ValidationError) as info:
            services.share_decide_agreement(
                share=agreed_share, by=project_lead, agree=True, note="ok"
            )
        assert "geen akkoord gevraagd" in messages_of(info.value)

    def test_only_for_method_6(self, member, share_a):
        share_a.method = Method.WEBSITE
        with pytest.raises(ValidationError) as info:
            services.share_request_agreement(share=share_a, by=member, proposal="x")
        assert "andere, afgesproken vorm" in messages_of(info.value)

    def test_other_region_lead_cannot_decide(self, member, other_project_lead, agreed_share):
        services.share_request_agreement(share=agreed_share, by=member, proposal="Een workshop")
        with pytest.raises(PermissionDenied):
            services.share_decide_agreement(
                share=agreed_share, by=other_project_lead, agree=True, note="ok"
            )


class TestActivities:
    def test_invite_only_after_approval(self, project_lead, submitted_a):
        with pytest.raises(ValidationError) as info:
            services.activity_invite(
                share=submitted_a, by=project_lead, what="Kennisdag", when=datetime.date(2027, 1, 1)
            )
        assert "nadat de deelbijdrage is goedgekeurd" in messages_of(info.value)

    def test_invite_and_respond(self, project_lead, member, org_a, round_t4, grant_a):
        share = ShareFactory(organisation=org_a, round=round_t4, approved=True)
        invitation = services.activity_invite(
            share=share, by=project_lead, what="Kennisdag", when=datetime.date(2027, 1, 1)
        )
        services.activity_respond(invitation=invitation, by=member, accept=False, note="Geen tijd")
        invitation.refresh_from_db()
        assert invitation.get_response_display() == "Afgeslagen"

    def test_other_organisation_cannot_respond(
        self, other_member, project_lead, org_a, round_t4, grant_a
    ):
        share = ShareFactory(organisation=org_a, round=round_t4, approved=True)
        invitation = services.activity_invite(
            share=share, by=project_lead, what="Kennisdag", when=datetime.date(2027, 1, 1)
        )
        with pytest.raises(PermissionDenied):
            services.activity_respond(invitation=invitation, by=other_member, accept=True)


class TestEditionAndReminders:
    def test_editor_selects_publication(self, editor, org_a, round_t4, grant_a):
        share = ShareFactory(
            organisation=org_a, round=round_t4, published=True, method=Method.PUBLICATION
        )
        services.share_select_for_edition(share=share, by=editor, selected=True)
        assert share.selected_for_edition

    def test_only_publications_can_be_selected(self, editor, published_b):
        with pytest.raises(PermissionDenied):
            services.share_select_for_edition(share=published_b, by=editor, selected=True)

    def test_reminders_only_in_own_region(
        self,
        project_lead,
        member,
        org_a,
        org_b,
        round_t4,
        other_member,
        django_capture_on_commit_callbacks,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            assert (
                services.send_reminders(round=round_t4, organisations=[org_a], by=project_lead) == 1
            )
        assert mail.outbox[0].to == [member.email]
        with pytest.raises(PermissionDenied):
            services.send_reminders(round=round_t4, organisations=[org_b], by=project_lead)
