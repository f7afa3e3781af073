import io
import threading
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone

from behoudplein.core.uploads.tests.builders import mp4_bytes, pdf_bytes
from behoudplein.shares.constants import Method, Status
from behoudplein.shares.models import Reminder, Share
from behoudplein.shares.tests.factories import GrantFactory, ShareFactory

pytestmark = pytest.mark.django_db


def text(response) -> str:
    return response.content.decode()


class TestOrganisationPages:
    def test_dashboard_lists_rounds_with_a_behoud_grant(self, login_as, grant_a):
        response = login_as("member").get("/delen")
        assert "Begin met delen voor T4" in text(response)

    def test_start_twice_goes_to_the_existing_share_with_a_reason(self, login_as, share_a):
        client = login_as("member")
        response = client.post(f"/delen/starten/{share_a.round_id}", follow=True)
        assert response.redirect_chain[-1][0] == f"/delen/{share_a.pk}"
        assert "al een deelbijdrage voor ronde T4" in text(response)
        assert Share.objects.count() == 1

    def test_bad_numbers_keep_what_was_typed(self, login_as, share_a):
        response = login_as("member").post(
            f"/delen/{share_a.pk}/bewerken/inhoud",
            {
                "summary": "Onze eigen samenvatting",
                "people_reached": "veel",
                "people_retained": "3",
            },
        )
        assert response.status_code == 200
        body = text(response)
        assert "Onze eigen samenvatting" in body
        assert 'value="veel"' in body
        assert "Voer een geheel getal in." in body
        share_a.refresh_from_db()
        assert share_a.summary == ""

    def test_retained_above_reached_is_a_field_error(self, login_as, share_a):
        response = login_as("member").post(
            f"/delen/{share_a.pk}/bewerken/inhoud",
            {"summary": "Tekst", "people_reached": "4", "people_retained": "9"},
        )
        assert "niet groter zijn dan het aantal bereikte mensen" in text(response)
        assert 'aria-invalid="true"' in text(response)

    def test_draft_with_empty_fields_is_saved_and_moves_on(self, login_as, share_a):
        response = login_as("member").post(
            f"/delen/{share_a.pk}/bewerken/methode",
            {"method": "website", "region": share_a.region_id, "verder": "1"},
        )
        assert response.status_code == 302
        assert response["Location"] == f"/delen/{share_a.pk}/bewerken/inhoud"
        share_a.refresh_from_db()
        assert share_a.method == Method.WEBSITE

    def test_questionnaire_warning_for_a_large_organisation(self, login_as, share_a):
        share_a.method = Method.QUESTIONNAIRE
        share_a.save()
        body = text(login_as("member").get(f"/delen/{share_a.pk}/bewerken/inhoud"))
        assert "alleen bedoeld voor kleine organisaties" in body

    def test_upload_is_kept_when_another_field_is_wrong(self, login_as, share_a):
        share_a.method = Method.VIDEO
        share_a.save()
        response = login_as("member").post(
            f"/delen/{share_a.pk}/bewerken/media",
            {"video_url": "geen adres", "upload": SimpleUploadedFile("film.mp4", mp4_bytes())},
        )
        assert response.status_code == 200
        assert 'value="geen adres"' in text(response)
        assert "film.mp4" in text(response)
        assert share_a.files.get().kind == "video"

    def test_refused_upload_shows_the_error_and_stores_nothing(self, login_as, share_a):
        share_a.method = Method.PUBLICATION
        share_a.save()
        response = login_as("member").post(
            f"/delen/{share_a.pk}/bewerken/media",
            {"upload": SimpleUploadedFile("stuk.pdf", pdf_bytes(5))},
        )
        assert response.status_code == 200
        assert "form-error" in text(response)
        assert not share_a.files.exists()

    def test_preview_lists_what_is_missing_and_submit_refuses(self, login_as, share_a):
        client = login_as("member")
        assert "Kies eerst hoe u uw aanpak deelt." in text(
            client.get(f"/delen/{share_a.pk}/voorbeeld")
        )
        response = client.post(f"/delen/{share_a.pk}/indienen", follow=True)
        assert "nog niet compleet" in text(response)
        share_a.refresh_from_db()
        assert share_a.status == Status.DRAFT

    def test_user_text_is_escaped(self, login_as, share_a):
        share_a.summary = "<script>alert(1)</script>"
        share_a.save()
        body = text(login_as("member").get(f"/delen/{share_a.pk}"))
        assert "<script>alert(1)" not in body
        assert "&lt;script&gt;" in body


class TestFiles:
    @pytest.fixture
    def publication(self, member, share_a):
        from behoudplein.shares import files

        share_a.method = Method.PUBLICATION
        share_a.save()
        upload = SimpleUploadedFile("Mijn publicatie.pdf", pdf_bytes(2))
        return files.share_attach_file(share=share_a, by=member, upload=upload, kind="publication")

    def test_member_downloads_with_original_name(self, login_as, publication):
        response = login_as("member").get(f"/delen/bijlagen/{publication.pk}")
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF")
        assert "Mijn publicatie.pdf" in response["Content-Disposition"]

    def test_other_organisation_and_public_cannot_download_a_concept(
        self, client, login_as, publication
    ):
        assert client.get(f"/delen/bijlagen/{publication.pk}").status_code == 404
        assert login_as("other_member").get(f"/delen/bijlagen/{publication.pk}").status_code == 403

    def test_an_attachment_of_another_method_is_announced_for_deletion(
        self, login_as, publication, share_a
    ):
        share_a.method = Method.PRESENTATION
        share_a.save()
        body = text(login_as("member").get(f"/delen/{share_a.pk}/bewerken/media"))
        assert "horen bij een andere vorm van delen" in body
        assert "Mijn publicatie.pdf" in body

    def test_files_are_not_under_a_public_url(self, publication, settings):
        assert publication.storage_name.startswith("private/")
        assert not settings.MEDIA_URL.startswith("/static")

    def test_dossier_zip(self, login_as, publication, share_a):
        share_a.status = "submitted"
        share_a.save(update_fields=["status"])
        response = login_as("project_lead").get(f"/delen/{share_a.pk}/dossier")
        archive = zipfile.ZipFile(io.BytesIO(response.content))
        names = archive.namelist()
        assert "deelbijdrage.pdf" in names and "tijdlijn.csv" in names
        assert any(n.startswith("bijlagen/") and n.endswith("Mijn publicatie.pdf") for n in names)
        assert archive.read("deelbijdrage.pdf").startswith(b"%PDF")

    def test_questionnaire_pdf(self, client):
        response = client.get("/delen/vragenlijst.pdf")
        assert response.content.startswith(b"%PDF")


class TestReviewPages:
    def test_review_shows_answers_and_medium(self, login_as, submitted_a):
        body = text(login_as("project_lead").get(f"/delen/{submitted_a.pk}/beoordelen"))
        assert "vaste maatje" in body and submitted_a.url in body

    def test_ask_for_more_needs_a_comment(self, login_as, submitted_a):
        response = login_as("project_lead").post(
            f"/delen/{submitted_a.pk}/aanvulling", {"comment": ""}
        )
        assert response.status_code == 400
        assert "Dit veld is verplicht." in text(response)

    def test_compliance_overview(self, login_as, org_a, round_t4, grant_a, region_b):
        from behoudplein.organisations.tests.factories import OrganisationFactory

        elsewhere = OrganisationFactory(name="Thuiszorg Elders", region=region_b)
        GrantFactory(organisation=elsewhere, round=round_t4)
        ShareFactory(organisation=elsewhere, round=round_t4, region=org_a.region, submitted=True)
        ShareFactory(organisation=org_a, round=round_t4, region=region_b, submitted=True)
        body = text(login_as("project_lead").get("/delen/regio"))
        assert "Gedeeld in regio Regio Bravo" in body
        assert "Thuiszorg Elders" in body and "gevestigd in Regio Bravo" in body

    def test_compliance_csv_and_xlsx(self, login_as, grant_a):
        client = login_as("project_lead")
        csv_text = client.get("/delen/regio?export=csv").content.decode("utf-8-sig")
        assert "Zorggroep Alfa;11111111" in csv_text
        assert "Nog niet begonnen" in csv_text
        from openpyxl import load_workbook

        xlsx = client.get("/delen/regio?export=xlsx").content
        sheet = load_workbook(io.BytesIO(xlsx)).active
        assert sheet["A2"].value == "Zorggroep Alfa"

    def test_csv_export_defuses_formulas_and_leaves_empty_cells_empty(
        self, login_as, grant_a, org_a
    ):
        org_a.name = "=1+1"
        org_a.save()
        response = login_as("project_lead").get("/delen/regio?export=csv")
        line = response.content.decode("utf-8-sig").splitlines()[1]
        assert line.startswith("'=1+1;11111111;")
        assert ";;" in line  # 'gedeeld in regio' is empty, not a lone quote

    def test_reminder_goes_to_organisations_that_did_not_share(
        self, login_as, member, grant_a, mailoutbox, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = login_as("project_lead").post("/delen/regio/herinnering", follow=True)
        assert "Herinnering verstuurd aan 1 organisatie(s)." in text(response)
        assert mailoutbox[0].to == [member.email]

    def test_the_overview_shows_when_an_organisation_was_last_reminded(
        self, login_as, member, grant_a, round_t4
    ):
        client = login_as("project_lead")
        assert "Laatst herinnerd" in text(client.get("/delen/regio"))
        csv_before = client.get("/delen/regio?export=csv").content.decode("utf-8-sig")
        assert csv_before.splitlines()[1].endswith(";")  # no reminder yet
        client.post("/delen/regio/herinnering")
        reminder = Reminder.objects.get(round=round_t4, organisation=grant_a.organisation)
        sent = timezone.localtime(reminder.sent_at)
        body = text(client.get("/delen/regio"))
        assert f'datetime="{sent.isoformat()}"' in body
        csv_after = client.get("/delen/regio?export=csv").content.decode("utf-8-sig")
        assert csv_after.splitlines()[1].endswith(sent.strftime("%Y-%m-%d %H:%M"))

    def test_national_overview_filters(self, login_as, published_b, submitted_a):
        body = text(login_as("editor").get("/delen/landelijk?regio=regio-bravo"))
        assert "Welzijn Bravo" in body and "Zorggroep Alfa" not in body


class TestPublic:
    def test_gallery_shows_only_published(self, client, published_b, submitted_a):
        body = text(client.get("/deelbijdragen"))
        assert "Welzijn Bravo" in body and "Zorggroep Alfa" not in body

    @pytest.mark.parametrize(("size", "shown"), [("klein", True), ("regulier", False)])
    def test_gallery_size_filter(self, client, published_b, size, shown):
        assert ("Welzijn Bravo" in text(client.get(f"/deelbijdragen?omvang={size}"))) is shown

    def test_unpublished_public_page_is_not_found(self, client, submitted_a):
        assert client.get(f"/deelbijdragen/{submitted_a.pk}").status_code == 404

    def test_video_loads_only_after_a_click(self, client, published_b):
        published_b.video_url = "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
        published_b.save()
        page = text(client.get(f"/deelbijdragen/{published_b.pk}"))
        assert "<iframe" not in page and "Video laden" in page
        page = text(client.get(f"/deelbijdragen/{published_b.pk}?video=tonen"))
        assert 'src="https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"' in page

    def test_api_lists_only_published(self, client, published_b, submitted_a):
        data = client.get("/api/v1/shares").json()
        assert [item["id"] for item in data["items"]] == [published_b.pk]
        assert client.get(f"/api/v1/shares/{submitted_a.pk}").status_code == 404
        assert client.get(f"/api/v1/shares/{published_b.pk}").json()["answers"][0]["question"]

    def test_api_my_shares(self, login_as, published_b, submitted_a, region_b, round_t4):
        from behoudplein.organisations.tests.factories import OrganisationFactory

        ShareFactory(organisation=OrganisationFactory(region=region_b), round=round_t4)
        ids = {i["id"] for i in login_as("member").get("/api/v1/me/shares").json()["items"]}
        assert ids == {submitted_a.pk, published_b.pk}


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="threads need a server database")
def test_two_tabs_starting_at_once_end_with_one_share(member, org_a, round_t4, grant_a):
    from behoudplein.shares import services

    barrier = threading.Barrier(2)
    results = []

    def start():
        barrier.wait()
        try:
            results.append(services.share_start(organisation=org_a, round=round_t4, by=member))
        finally:
            connection.close()

    threads = [threading.Thread(target=start) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Share.objects.filter(organisation=org_a, round=round_t4).count() == 1
    assert len({share.pk for share, _created in results}) == 1
