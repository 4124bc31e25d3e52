"""The Velocity API (service velocity-api, port 8000 on origin-1).

Serves every route family of manifests/routes.yaml except /api/gpu, which the
ComfyUI gateway serves. Route families are mounted here; some routers carry
their own prefix (APIRouter(prefix=...)), others get it from include_router.
"""

from fastapi import FastAPI

from app import settings
from app.routers import (
    core,
    crm_accounts,
    crm_client360,
    crm_contacts,
    crm_imports,
    crm_opportunities,
    crm_tasks,
    intel,
    inventory,
    jobs,
    oracle,
    oracle_pipeline,
    workflow,
)

app = FastAPI(
    title="Velocity API",
    version="1.4.0",
    docs_url=None,        # the truth book documents the API; no Swagger UI in production
    redoc_url=None,
)

# ------------------------------------------------------------ family crm (sagnik)
app.include_router(crm_contacts.router, prefix=f"{settings.API_PREFIX}/crm")
app.include_router(crm_accounts.router, prefix=settings.API_PREFIX + "/crm")
app.include_router(crm_opportunities.router, prefix="/api/crm")
app.include_router(crm_tasks.router)                       # APIRouter(prefix="/api/crm/tasks")
app.include_router(crm_imports.router, prefix=f"{settings.API_PREFIX}/crm")
app.include_router(crm_imports.profiles_router, prefix=f"{settings.API_PREFIX}/crm")
app.include_router(crm_client360.router)                   # APIRouter(prefix="/api/crm/client-360")

# --------------------------------------------- families oracle, oracle-pipeline (sayan)
app.include_router(oracle.router)                          # APIRouter(prefix="/api/oracle")
app.include_router(
    oracle_pipeline.router,
    prefix=f"{settings.API_PREFIX}/oracle",
    tags=["oracle"],
)

# ------------------------------------------------ families intel, workflow (sagnik)
app.include_router(intel.router, prefix="/api/intel")
app.include_router(workflow.router)                        # APIRouter(prefix="/api/workflow")

# ---------------------------------------------- families inventory, core (sayan)
app.include_router(inventory.router, prefix=settings.API_PREFIX)
app.include_router(core.router, prefix=settings.API_PREFIX)

# ------------------------------------------------ runtime family jobs (sourik)
app.include_router(jobs.router, prefix=settings.API_PREFIX)

# /api/gpu is NOT mounted here: the edge sends it to comfyui-gateway.
# app.include_router(gpu.router, prefix="/api/gpu")
