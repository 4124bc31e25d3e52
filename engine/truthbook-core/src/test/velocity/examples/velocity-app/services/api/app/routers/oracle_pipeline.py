"""The Oracle pipeline board (family oracle-pipeline, nested in /api/oracle).
Owner: sayan.

Items point at CRM contacts or opportunities by id only.
"""

from uuid import UUID

from fastapi import APIRouter, Depends

from app.deps import current_org, not_implemented
from app.schemas import PipelineItemIn, StageMove

router = APIRouter(prefix="/pipeline", tags=["oracle:pipeline"])


@router.get("")
def get_board(org: UUID = Depends(current_org)):
    """Stages with their items."""
    not_implemented("pipeline board")


@router.get("/stages")
def list_stages(org: UUID = Depends(current_org)):
    not_implemented("pipeline stages")


@router.post("/items", status_code=201)
def add_item(body: PipelineItemIn):
    not_implemented("add pipeline item")


@router.get("/items/{item_id}")
def get_item(item_id: UUID):
    """The pipeline detail view: the item and its Oracle runs."""
    not_implemented("get pipeline item")


@router.patch("/items/{item_id}")
def update_item(item_id: UUID, body: PipelineItemIn):
    not_implemented("update pipeline item")


@router.post("/items/{item_id}/move")
def move_item(item_id: UUID, body: StageMove):
    not_implemented("move pipeline item")
