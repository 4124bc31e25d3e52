"""The property pool (family inventory). Owner: sayan."""

from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Page, PropertyIn

router = APIRouter(prefix="/inventory", tags=["inventory"])


@router.get("/properties", response_model=Page)
def list_properties(near: str | None = None, radius_km: float | None = None,
                    feature: list[str] | None = None):
    return Page()


@router.post("/properties", status_code=201)
def create_property(body: PropertyIn):
    not_implemented("create property")


@router.get("/properties/{property_id}")
def get_property(property_id: UUID):
    """With units and features."""
    not_implemented("get property")


@router.patch("/properties/{property_id}")
def update_property(property_id: UUID, body: PropertyIn):
    not_implemented("update property")


@router.get("/properties/{property_id}/media", response_model=Page)
def list_media(property_id: UUID):
    return Page()


@router.get("/listings", response_model=Page)
def list_listings(surface: str | None = None):
    """Active listings across surfaces (web, crm, oracle)."""
    return Page()
