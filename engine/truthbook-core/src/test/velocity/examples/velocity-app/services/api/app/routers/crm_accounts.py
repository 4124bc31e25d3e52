"""CRM accounts - households and companies (family crm). Owner: sagnik."""

from uuid import UUID

from fastapi import APIRouter, Depends

from app.deps import current_org, not_implemented
from app.schemas import AccountIn, Page

# No prefix here: app/main.py mounts this router at settings.API_PREFIX + "/crm".
router = APIRouter(tags=["crm:accounts"])


@router.get("/accounts", response_model=Page)
def list_accounts(kind: str | None = None, org: UUID = Depends(current_org)):
    return Page()


@router.post("/accounts", status_code=201)
def create_account(body: AccountIn, org: UUID = Depends(current_org)):
    not_implemented("create account")


@router.get("/accounts/{account_id}")
def get_account(account_id: UUID):
    not_implemented("get account")


@router.patch("/accounts/{account_id}")
def update_account(account_id: UUID, body: AccountIn):
    not_implemented("update account")


@router.get("/accounts/{account_id}/contacts", response_model=Page)
def list_account_contacts(account_id: UUID):
    """Members of the account with their role (crm_account_contact)."""
    return Page()
