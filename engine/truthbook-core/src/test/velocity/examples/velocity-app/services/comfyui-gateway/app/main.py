"""The ComfyUI gateway (service comfyui-gateway, port 8090 on origin-1).

Serves the runtime family /api/gpu (owner: sourik). It queues prompts in
Redis and balances them across the ComfyUI instances on gpu-1 and gpu-2,
which it reaches on port 8188 (services comfyui and comfyui-2).
"""

import os
from typing import Any

from fastapi import APIRouter, FastAPI, HTTPException
from pydantic import BaseModel

COMFY_INSTANCES = {
    "gpu-1": os.environ.get("COMFYUI_GPU1_URL", "http://comfyui:8188"),
    "gpu-2": os.environ.get("COMFYUI_GPU2_URL", "http://comfyui-2:8188"),
}


class PromptIn(BaseModel):
    prompt: dict[str, Any]          # ComfyUI API-format graph
    client_id: str | None = None
    render_request_id: str | None = None


app = FastAPI(title="Velocity ComfyUI gateway", version="0.6.0", docs_url=None, redoc_url=None)

router = APIRouter(prefix="/api/gpu", tags=["runtime:gpu"])


@router.get("/nodes")
async def list_nodes():
    """GPU nodes and ComfyUI instances with health and free VRAM (ComfyUI /system_stats)."""
    return [{"node": node, "url": url} for node, url in COMFY_INSTANCES.items()]


@router.get("/queue")
async def get_queue():
    """The prompt queue across instances (ComfyUI /queue, merged)."""
    return {"running": [], "pending": []}


@router.post("/prompt", status_code=202)
async def submit_prompt(body: PromptIn):
    """Forwards to the least-loaded instance's /prompt and records the prompt id."""
    raise HTTPException(status_code=501, detail="not implemented in the sample app")


@router.get("/history/{prompt_id}")
async def get_history(prompt_id: str):
    raise HTTPException(status_code=501, detail="not implemented in the sample app")


# @router.post("/interrupt")   # operators use ComfyUI directly on gpu.velocity.internal
# async def interrupt(): ...

app.include_router(router)
