"""Runtime view of background jobs of every domain (family jobs).
Owner: sourik (runtime steward)."""

from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Accepted, Page

router = APIRouter(prefix="/jobs", tags=["runtime:jobs"])


@router.get("", response_model=Page)
def list_jobs(domain: str | None = None, status: str | None = None):
    return Page()


@router.get("/{job_id}")
def get_job(job_id: UUID):
    """The job with its workflow_job_attempt rows."""
    not_implemented("get job")


@router.post("/{job_id}/retry", response_model=Accepted, status_code=202)
def retry_job(job_id: UUID):
    not_implemented("retry job")


@router.post("/{job_id}/cancel", response_model=Accepted)
def cancel_job(job_id: UUID):
    not_implemented("cancel job")
