"""ComfyUI workflow definitions and render requests (family workflow).
Owner: sagnik. Renders are queued here and run on the GPU pool by the
ComfyUI gateway (/api/gpu, services/comfyui-gateway).
"""

from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Accepted, ComfyWorkflowIn, Page, RenderRequestIn

router = APIRouter(prefix="/api/workflow", tags=["workflow"])


@router.get("/comfy-workflows", response_model=Page)
def list_comfy_workflows():
    return Page()


@router.post("/comfy-workflows", status_code=201)
def register_comfy_workflow(body: ComfyWorkflowIn):
    """Stores a new version in workflow_comfy_workflow."""
    not_implemented("register workflow")


@router.post(
    "/render-requests",
    response_model=Accepted,
    status_code=202,
)
def request_render(body: RenderRequestIn):
    not_implemented("request render")


@router.get("/render-requests/{request_id}")
def get_render_request(request_id: UUID):
    not_implemented("get render request")
