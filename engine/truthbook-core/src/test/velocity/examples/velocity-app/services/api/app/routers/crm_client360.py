"""Client 360 (family crm, surface client-360). Owner: sagnik."""

from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Accepted, Page

router = APIRouter(
    prefix="/api/crm/client-360",
    tags=["crm:client-360"],
)


@router.get("/{contact_id}")
def get_snapshot(contact_id: UUID):
    """Latest crm_client_360_snapshot of the contact."""
    not_implemented("client 360")


@router.post("/{contact_id}/refresh", response_model=Accepted, status_code=202)
def refresh_snapshot(contact_id: UUID):
    not_implemented("refresh client 360")


@router.get("/{contact_id}/timeline", response_model=Page)
def get_timeline(contact_id: UUID, cursor: str | None = None):
    """Activities, tasks, deals and Oracle runs (read by id through oracle_run)."""
    return Page()
