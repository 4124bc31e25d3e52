"""CRM opportunities and the opportunity pipeline stages (family crm). Owner: sagnik.

The CRM pipeline screen reuses the Oracle pipeline board *component* in the
web app, but its data stays here, under /api/crm.
"""

from uuid import UUID

from fastapi import APIRouter, Depends

from app.deps import current_org, not_implemented
from app.schemas import OpportunityIn, Page, StageMove

router = APIRouter(tags=["crm:opportunities"])


@router.get("/opportunities", response_model=Page)
def list_opportunities(
    stage_id: UUID | None = None,
    owner_id: UUID | None = None,
    account_id: UUID | None = None,
    org: UUID = Depends(current_org),
):
    return Page()


@router.post("/opportunities", status_code=201)
def create_opportunity(body: OpportunityIn, org: UUID = Depends(current_org)):
    not_implemented("create opportunity")


@router.get("/opportunities/{opportunity_id}")
def get_opportunity(opportunity_id: UUID):
    not_implemented("get opportunity")


@router.patch("/opportunities/{opportunity_id}")
def update_opportunity(opportunity_id: UUID, body: OpportunityIn):
    not_implemented("update opportunity")


@router.post("/opportunities/{opportunity_id}/stage")
def move_opportunity(opportunity_id: UUID, body: StageMove):
    """Writes a crm_activity row for the move as well."""
    not_implemented("move opportunity")


@router.get("/opportunity-stages", response_model=Page)
def list_opportunity_stages(org: UUID = Depends(current_org)):
    return Page()
