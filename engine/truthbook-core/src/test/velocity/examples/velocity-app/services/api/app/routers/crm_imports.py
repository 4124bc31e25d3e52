"""CSV-first import with stewardship (family crm, surface imports). Owner: sagnik.

Two routers: batches under /imports and source profiles under /source-profiles;
both are mounted by app/main.py under f"{settings.API_PREFIX}/crm".
Nothing reaches canonical tables before a steward approves (see chapter
"Import and stewardship").
"""

from uuid import UUID

from fastapi import APIRouter, Depends, File, UploadFile, status

from app.deps import current_org, not_implemented
from app.schemas import Accepted, ImportBatchOut, MappingIn, Page, SourceProfileIn

router = APIRouter(prefix="/imports", tags=["crm:imports"])
profiles_router = APIRouter(prefix="/source-profiles", tags=["crm:imports"])


@router.get("", response_model=Page)
def list_batches(status_filter: str | None = None, org: UUID = Depends(current_org)):
    return Page()


@router.post(
    "",
    response_model=ImportBatchOut,
    status_code=status.HTTP_201_CREATED,
    summary="Upload a CSV file and open an import batch",
)
async def upload_csv(file: UploadFile = File(...), org: UUID = Depends(current_org)):
    """Stores the file under /srv/imports and every raw row in crm_import_row."""
    not_implemented("upload csv")


@router.get("/{batch_id}", response_model=ImportBatchOut)
def get_batch(batch_id: UUID):
    not_implemented("get batch")


@router.get("/{batch_id}/rows", response_model=Page)
def list_rows(batch_id: UUID, row_status: str | None = None, cursor: str | None = None):
    return Page()


@router.get("/{batch_id}/suggestions", response_model=Page)
def list_suggestions(batch_id: UUID):
    """AI-proposed mappings and merges (crm_import_suggestion), awaiting a human."""
    return Page()


@router.put("/{batch_id}/mapping", response_model=ImportBatchOut)
def set_mapping(batch_id: UUID, body: MappingIn):
    not_implemented("set mapping")


@router.post(
    "/{batch_id}/approve",
    response_model=ImportBatchOut,
)
def approve_batch(batch_id: UUID):
    """The steward's approval gate."""
    not_implemented("approve batch")


@router.post("/{batch_id}/commit",
             response_model=Accepted,
             status_code=status.HTTP_202_ACCEPTED)
def commit_batch(batch_id: UUID):
    """Queues a workflow_job that writes approved rows into crm_ tables."""
    not_implemented("commit batch")


@profiles_router.get("", response_model=Page)
def list_source_profiles(org: UUID = Depends(current_org)):
    return Page()


@profiles_router.post("", status_code=201)
def create_source_profile(body: SourceProfileIn, org: UUID = Depends(current_org)):
    not_implemented("create source profile")


@profiles_router.get("/{profile_id}/mappings", response_model=Page)
def list_mapping_versions(profile_id: UUID):
    return Page()
