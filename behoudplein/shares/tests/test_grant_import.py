import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from openpyxl import Workbook

from behoudplein.shares.grant_import import import_grants
from behoudplein.shares.models import Grant
from behoudplein.shares.tests.factories import GrantFactory

pytestmark = pytest.mark.django_db

CSV = """KvK-nummer;Organisatie;Ronde;Thema's;Maximale subsidie
11111111;Zorggroep Alfa;T4;behoud, instroom;€ 40.000
22222222;Welzijn Bravo;T4;behoud;12.500
33333333;Onbekend;T4;behoud;1000
11111111;Zorggroep Alfa;T9;behoud;1000
22222222;Zorggroep Alfa;T4;behoud;1000
1234;Kort;T4;behoud;1000
22222222;Welzijn Bravo;T4;vakantie;1000
22222222;Welzijn Bravo;T4;behoud;veel geld
"""


def run(data: bytes, **kwargs):
    return import_grants(fileobj=io.BytesIO(data), by=None, **kwargs)


def test_csv_report_names_every_row(org_a, org_b, round_t4):
    GrantFactory(organisation=org_b, round=round_t4, max_subsidy_eur=99_000)
    report = run(CSV.encode())
    assert (report.created, report.updated, report.refused) == (1, 1, 6)
    reasons = [row.reason for row in report.rows if row.outcome == "refused"]
    assert reasons == [
        "Geen organisatie met KvK-nummer 33333333.",
        "Onbekende ronde ‘T9’.",
        "De naam ‘Zorggroep Alfa’ hoort niet bij KvK-nummer 22222222 (Welzijn Bravo).",
        "KvK-nummer ‘1234’ heeft geen 8 cijfers.",
        "Onbekend thema: vakantie.",
        "Het bedrag ‘veel geld’ is geen geheel aantal euro's.",
    ]
    grant = Grant.objects.get(organisation=org_a)
    assert grant.theme_list == ["behoud", "instroom"] and grant.max_subsidy_eur == 40_000
    assert Grant.objects.get(organisation=org_b).max_subsidy_eur == 12_500


def test_dry_run_saves_nothing(org_a, round_t4):
    report = run(CSV.encode(), dry_run=True)
    assert report.created == 1
    assert not Grant.objects.exists()


def test_xlsx(org_a, round_t4):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["KvK", "Naam", "Ronde", "Thema's", "Maximale subsidie"])
    sheet.append([11111111, "Zorggroep Alfa", "T4", "behoud", 15000])
    out = io.BytesIO()
    workbook.save(out)
    report = run(out.getvalue())
    assert report.created == 1
    assert Grant.objects.get().is_small


def test_missing_columns_are_named(round_t4):
    with pytest.raises(ValidationError) as info:
        run(b"kvk;naam\n11111111;x\n")
    assert "niet gevonden: round, themes, amount" in info.value.messages[0]


def test_command(tmp_path, org_a, round_t4, capsys):
    path = tmp_path / "toekenningen.csv"
    path.write_text(CSV, encoding="utf-8")
    call_command("import_grants", str(path))
    out = capsys.readouterr().out
    assert "regel 2: 11111111 created" in out
    assert "Aangemaakt: 1, bijgewerkt: 0, geweigerd: 7" in out


def test_upload_screen(login_as, org_a, round_t4):
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = login_as("administrator").post(
        "/delen/subsidies/importeren", {"file": SimpleUploadedFile("t.csv", CSV.encode())}
    )
    assert "Aangemaakt: 1, bijgewerkt: 0, geweigerd: 7." in response.content.decode()


def test_project_lead_only_imports_for_own_region(project_lead, org_a, org_b, round_t4):
    data = "kvk;ronde;thema's;maximale subsidie\n11111111;T4;behoud;1000\n22222222;T4;behoud;1000\n"
    report = import_grants(fileobj=io.BytesIO(data.encode()), by=project_lead)
    assert [row.outcome for row in report.rows] == ["created", "refused"]
    assert report.rows[1].reason == (
        "Welzijn Bravo is niet gevestigd in een regio waarvan u projectleider bent."
    )


def test_grant_form_for_own_region(login_as, org_a, org_b, round_t4):
    client = login_as("project_lead")
    page = client.get("/delen/subsidies/toekenning").content.decode()
    assert "Zorggroep Alfa" in page and "Welzijn Bravo" not in page
    data = {
        "organisation": org_a.pk,
        "round": round_t4.pk,
        "themes": ["behoud"],
        "max_subsidy_eur": "9000",
    }
    assert client.post("/delen/subsidies/toekenning", data).status_code == 302
    assert Grant.objects.get(organisation=org_a).is_small
    data["organisation"] = org_b.pk
    response = client.post("/delen/subsidies/toekenning", data)
    assert "Selecteer een geldige keuze" in response.content.decode()


def test_grant_form_keeps_input_on_error(login_as, org_a, round_t4):
    response = login_as("administrator").post(
        "/delen/subsidies/toekenning",
        {"organisation": org_a.pk, "round": round_t4.pk, "max_subsidy_eur": "-5"},
    )
    body = response.content.decode()
    assert 'value="-5"' in body
    assert "Dit veld is verplicht." in body


def test_grant_save_checks_the_region(project_lead, org_b, round_t4):
    from django.core.exceptions import PermissionDenied

    from behoudplein.shares.grants import grant_save

    with pytest.raises(PermissionDenied):
        grant_save(
            organisation=org_b,
            round=round_t4,
            themes=["behoud"],
            max_subsidy_eur=1,
            by=project_lead,
        )
