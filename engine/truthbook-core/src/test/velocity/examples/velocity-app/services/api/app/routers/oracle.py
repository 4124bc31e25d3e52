"""Oracle template DB - templates, versions, runs and outputs (family oracle).
Owner: sayan.

Oracle sits beside CRM: it never serves a route under /api/crm and reads CRM
only through the crm-pipeline-read interface (by id).
"""

from uuid import UUID

from fastapi import APIRouter, Depends, status

from app.deps import current_org, not_implemented
from app.schemas import Accepted, Page, RunIn, TemplateIn, TemplateVersionIn

router = APIRouter(prefix="/api/oracle", tags=["oracle"])


@router.get("/templates", response_model=Page)
def list_templates(kind: str | None = None, org: UUID = Depends(current_org)):
    return Page()


@router.post("/templates", status_code=status.HTTP_201_CREATED)
def create_template(body: TemplateIn, org: UUID = Depends(current_org)):
    not_implemented("create template")


@router.get("/templates/{template_id}")
def get_template(template_id: UUID):
    not_implemented("get template")


@router.get("/templates/{template_id}/versions", response_model=Page)
def list_versions(template_id: UUID):
    return Page()


@router.post(
    "/templates/{template_id}/versions",
    status_code=status.HTTP_201_CREATED,
    summary="Publish a new template version",
)
def publish_version(template_id: UUID, body: TemplateVersionIn):
    """Versions are immutable once published (oracle_template_version)."""
    not_implemented("publish version")


@router.post("/runs", response_model=Accepted, status_code=202)
def start_run(body: RunIn):
    not_implemented("start run")


@router.get("/runs/{run_id}")
def get_run(run_id: UUID):
    """The Oracle detail view."""
    not_implemented("get run")


@router.get("/runs/{run_id}/outputs", response_model=Page)
def list_outputs(run_id: UUID):
    return Page()
