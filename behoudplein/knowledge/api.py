"""/api/v1/projects and /api/v1/projects/{code}: the Kennisbank as JSON."""

from typing import Any

from django.http import Http404, HttpRequest
from ninja import Query, Router, Schema
from ninja.pagination import paginate

from . import selectors

router = Router(tags=["kennisbank"])


class ProjectFilters(Schema):
    q: str | None = None
    sector: str | None = None
    region: str | None = None
    target_group: str | None = None
    annex: str | None = None
    year: int | None = None
    subsidy: str | None = None
    sort: str | None = None


class ProjectOut(Schema):
    kind: str = "project"
    code: str
    title: str
    url: str
    annex: str
    szw_number: str
    submitter: str
    executor: str
    period_start: str | None
    period_end: str | None
    direct_costs_eur: int | None
    max_subsidy_eur: int | None
    requested_subsidy_eur: int | None
    requested_pct: int | None
    granted_subsidy_eur: int | None
    granted_pct: int | None
    tags: list[str]


class ActivityOut(Schema):
    title: str
    intended: str
    realised: str
    outcomes: list[dict[str, Any]]


class ProjectDetailOut(ProjectOut):
    cause: str
    goal: str
    continuation: str
    activities: list[ActivityOut]
    obstacles: list[str]
    success_factors: list[str]
    lessons: list[str]
    source: dict[str, Any] | None


def _project(project: Any) -> dict[str, Any]:
    computed = {"kind", "url", "tags"}
    data = {
        name: getattr(project, name) for name in ProjectOut.model_fields if name not in computed
    }
    data.update(
        kind="project",
        url=project.get_absolute_url(),
        period_start=project.period_start or None,
        period_end=project.period_end or None,
        tags=[tag.name for tag in project.tags.all()],
    )
    return data


@router.get("/projects", response=list[ProjectOut], summary="Projecten (gefilterd)")
@paginate
def project_list(request: HttpRequest, filters: Query[ProjectFilters]) -> Any:
    found = selectors.project_list(user=request.user, filters=filters.dict(exclude_none=True))
    return [_project(p) for p in found]


@router.get("/projects/{code}", response=ProjectDetailOut, summary="Eén project")
def project_detail(request: HttpRequest, code: str) -> dict[str, Any]:
    project = selectors.project_detail(user=request.user, code=code)
    if project is None:
        raise Http404
    lessons = selectors.project_lessons(project)
    source = project.source_document
    return {
        **_project(project),
        "cause": project.cause,
        "goal": project.goal,
        "continuation": project.continuation,
        "activities": [
            {
                "title": a.title,
                "intended": a.intended,
                "realised": a.realised,
                "outcomes": [
                    {"unit": o.unit, "intended": o.intended_value, "realised": o.realised_value}
                    for o in a.outcomes.all()
                ],
            }
            for a in project.activities.all()
        ],
        **lessons,
        "source": {
            "title": source.title,
            "client": source.client,
            "date": source.date,
            "line": project.source_line,
        }
        if source
        else None,
    }
