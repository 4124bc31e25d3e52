"""Client graph, enrichment runs and signals (family intel). Owner: sagnik.

Mounted by app/main.py with prefix="/api/intel". Reads CRM through the
crm-client-graph-read interface.
"""

from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Accepted, EnrichmentRunIn, Page

router = APIRouter(tags=["intel"])


@router.get("/graph/{contact_id}")
def get_neighbourhood(contact_id: UUID, depth: int = 2):
    not_implemented("client graph")


@router.get("/contacts/{contact_id}/signals", response_model=Page)
def list_signals(contact_id: UUID):
    """Rows of intel_entity_signal for the contact."""
    return Page()


@router.post("/enrichment-runs", response_model=Accepted, status_code=202)
def start_enrichment(body: EnrichmentRunIn):
    not_implemented("start enrichment")


@router.get("/enrichment-runs/{run_id}")
def get_enrichment(run_id: UUID):
    not_implemented("get enrichment run")
