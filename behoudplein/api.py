"""The JSON API at /api/v1/: one NinjaAPI; every module adds its routers here."""

from typing import Any

from django.http import HttpRequest
from ninja import NinjaAPI, Schema

from behoudplein.accounts.api import router as accounts_router
from behoudplein.organisations.api import router as organisations_router

api = NinjaAPI(
    title="Behoudplein API",
    version="1",
    description="Leesinterface van Behoudplein. Publieke gegevens zonder token; "
    "meer met sessie of persoonlijk API-token (Authorization: Bearer ...).",
    urls_namespace="api",
    openapi_url="/openapi.json",
    docs_url="/docs",
)


class ApiRoot(Schema):
    name: str
    version: str
    openapi: str
    docs: str
    endpoints: dict[str, str]


@api.get("/", response=ApiRoot, summary="API root", tags=["root"])
def root(request: HttpRequest) -> dict[str, Any]:
    return {
        "name": "Behoudplein",
        "version": "1",
        "openapi": "/api/v1/openapi.json",
        "docs": "/api/v1/docs",
        "endpoints": {
            "organisations": "/api/v1/organisations",
            "regions": "/api/v1/regions",
            "me": "/api/v1/me",
        },
    }


api.add_router("/", organisations_router)
api.add_router("/", accounts_router)
api.add_router("/", "behoudplein.shares.api.router")
api.add_router("/", "behoudplein.knowledge.api.router")
api.add_router("/", "behoudplein.search.api.router")
