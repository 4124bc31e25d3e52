"""Runtime settings of the Velocity API.

``API_PREFIX`` is the root of every route family served here (``/api/crm``,
``/api/oracle`` ...). ``/api/gpu`` is not served here: it belongs to the
ComfyUI gateway (services/comfyui-gateway).
"""

import os

API_PREFIX = "/api"

DATABASE_URL = os.environ.get("DATABASE_URL", "postgresql://velocity@postgres:5432/velocity")
REDIS_URL = os.environ.get("REDIS_URL", "redis://redis:6379/0")
IMPORT_DIR = os.environ.get("VELOCITY_IMPORT_DIR", "/srv/imports")
COMFY_GATEWAY_URL = os.environ.get("COMFY_GATEWAY_URL", "http://comfyui-gateway:8090")
