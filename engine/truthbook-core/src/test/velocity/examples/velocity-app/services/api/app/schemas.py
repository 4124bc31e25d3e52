"""Request and response models shared by the routers (trimmed for the sample)."""

from datetime import date, datetime
from typing import Any, Literal, Optional
from uuid import UUID

from pydantic import BaseModel, Field


class Page(BaseModel):
    items: list[Any] = Field(default_factory=list)
    next_cursor: Optional[str] = None


class ContactIn(BaseModel):
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    lifecycle_stage: Literal["lead", "prospect", "client", "past-client"] = "client"


class ContactOut(ContactIn):
    id: UUID
    created_at: datetime


class ContactPatch(BaseModel):
    given_name: Optional[str] = None
    family_name: Optional[str] = None
    email: Optional[str] = None
    phone: Optional[str] = None
    lifecycle_stage: Optional[str] = None


class MergeRequest(BaseModel):
    keep_id: UUID
    merge_id: UUID
    suggestion_id: Optional[UUID] = None


class ActivityIn(BaseModel):
    kind: Literal["note", "call", "email", "meeting"]
    body: Optional[str] = None
    occurred_at: Optional[datetime] = None


class AccountIn(BaseModel):
    kind: Literal["household", "company"]
    name: str
    website: Optional[str] = None


class OpportunityIn(BaseModel):
    title: str
    stage_id: UUID
    account_id: Optional[UUID] = None
    contact_id: Optional[UUID] = None
    value_amount: Optional[float] = None


class StageMove(BaseModel):
    stage_id: UUID


class TaskIn(BaseModel):
    title: str
    contact_id: Optional[UUID] = None
    assignee_id: Optional[UUID] = None
    due_on: Optional[date] = None


class ImportBatchOut(BaseModel):
    id: UUID
    filename: str
    status: str
    counts: dict[str, int] = Field(default_factory=dict)


class MappingIn(BaseModel):
    mapping_manifest_id: UUID


class SourceProfileIn(BaseModel):
    name: str
    detector: dict[str, Any] = Field(default_factory=dict)


class Accepted(BaseModel):
    job_id: UUID
    status: str = "queued"


class TemplateIn(BaseModel):
    name: str
    kind: Literal["brief", "valuation-note", "render-recipe"]


class TemplateVersionIn(BaseModel):
    body: str
    parameters: dict[str, Any] = Field(default_factory=dict)


class RunIn(BaseModel):
    template_id: UUID
    template_version: int
    crm_contact_id: UUID
    property_id: Optional[UUID] = None


class PipelineItemIn(BaseModel):
    stage_id: UUID
    crm_contact_id: Optional[UUID] = None
    crm_opportunity_id: Optional[UUID] = None


class PropertyIn(BaseModel):
    name: str
    address_line: Optional[str] = None
    city: Optional[str] = None
    latitude: Optional[float] = None
    longitude: Optional[float] = None


class EnrichmentRunIn(BaseModel):
    contact_ids: list[UUID]
    model: str = "velocity-enrich-v2"


class UserInvite(BaseModel):
    email: str
    roles: list[str] = Field(default_factory=lambda: ["agent"])


class RolesIn(BaseModel):
    roles: list[str]


class ComfyWorkflowIn(BaseModel):
    name: str
    graph: dict[str, Any]


class RenderRequestIn(BaseModel):
    workflow_id: UUID
    inputs: dict[str, Any] = Field(default_factory=dict)
