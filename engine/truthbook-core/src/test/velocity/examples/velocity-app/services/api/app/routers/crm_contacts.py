"""CRM contacts (family crm, surface contacts). Owner: sagnik.

Mounted by app/main.py under f"{settings.API_PREFIX}/crm", so the paths below
end up as /api/crm/contacts/...
"""

from uuid import UUID

from fastapi import APIRouter, Depends, Query, status

from app.deps import current_org, not_implemented
from app.schemas import ActivityIn, ContactIn, ContactOut, ContactPatch, MergeRequest, Page

router = APIRouter(prefix="/contacts", tags=["crm:contacts"])


@router.get("", response_model=Page)
def list_contacts(
    q: str | None = None,
    lifecycle_stage: str | None = None,
    cursor: str | None = None,
    limit: int = Query(50, le=200),
    org: UUID = Depends(current_org),
):
    """The contact list (still reads the legacy `contacts` table until cut-over)."""
    return Page()


@router.post("", response_model=ContactOut, status_code=status.HTTP_201_CREATED)
def create_contact(body: ContactIn, org: UUID = Depends(current_org)):
    not_implemented("create contact")


# Declared before /{contact_id} so that "merge" is never taken for an id.
@router.post(
    "/merge",
    response_model=ContactOut,
    summary="Merge two duplicate contacts after steward approval",
)
def merge_contacts(body: MergeRequest, org: UUID = Depends(current_org)):
    not_implemented("merge contacts")


@router.get("/{contact_id}", response_model=ContactOut)
def get_contact(contact_id: UUID, org: UUID = Depends(current_org)):
    not_implemented("get contact")


@router.patch("/{contact_id}", response_model=ContactOut)
def update_contact(contact_id: UUID, body: ContactPatch, org: UUID = Depends(current_org)):
    not_implemented("update contact")


@router.delete("/{contact_id}", status_code=status.HTTP_204_NO_CONTENT)
def archive_contact(contact_id: UUID, org: UUID = Depends(current_org)):
    """Soft delete: sets archived_at."""
    not_implemented("archive contact")


@router.get("/{contact_id}/activities", response_model=Page)
def list_activities(contact_id: UUID, cursor: str | None = None):
    return Page()


@router.post(
    "/{contact_id}/activities",
    status_code=201,
)
def log_activity(contact_id: UUID, body: ActivityIn):
    not_implemented("log activity")


@router.get("/{contact_id}/relationships", response_model=Page)
def list_relationships(contact_id: UUID):
    """Client-graph edges from crm_relationship."""
    return Page()


# Removed in 1.4 together with the `leads` screen; leads are contacts now.
# @router.get("/leads/{lead_id}")
# def get_lead(lead_id: int): ...
