"""Admin and control (family core). Owner: sayan."""

from uuid import UUID

from fastapi import APIRouter, Depends

from app.deps import current_org, not_implemented
from app.schemas import Page, RolesIn, UserInvite

router = APIRouter(prefix="/core", tags=["core"])


@router.get("/me")
def me(org: UUID = Depends(current_org)):
    """The signed-in user, organisation and roles."""
    not_implemented("me")


@router.get("/users", response_model=Page)
def list_users(org: UUID = Depends(current_org)):
    return Page()


@router.post("/users", status_code=201)
def invite_user(body: UserInvite, org: UUID = Depends(current_org)):
    not_implemented("invite user")


@router.put("/users/{user_id}/roles")
def replace_roles(user_id: UUID, body: RolesIn, org: UUID = Depends(current_org)):
    """Replaces core_user_role rows and writes a core_audit_event."""
    not_implemented("replace roles")


@router.get("/audit-events", response_model=Page)
def list_audit_events(actor_id: UUID | None = None, action: str | None = None):
    return Page()


@router.get("/settings")
def get_settings(org: UUID = Depends(current_org)):
    """Settings and feature flags (core_setting; feature_flags is retired)."""
    not_implemented("get settings")


@router.patch("/settings")
def change_settings(changes: dict, org: UUID = Depends(current_org)):
    not_implemented("change settings")
