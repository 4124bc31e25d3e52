"""CRM follow-up tasks (family crm, surface tasks). Owner: sagnik."""

from datetime import date
from uuid import UUID

from fastapi import APIRouter

from app.deps import not_implemented
from app.schemas import Page, TaskIn

# The full path is on the router itself; app/main.py includes it without a prefix.
router = APIRouter(prefix="/api/crm/tasks", tags=["crm:tasks"])


@router.get("", response_model=Page)
def list_tasks(mine: bool = False, overdue: bool = False, contact_id: UUID | None = None,
               today: date | None = None):
    return Page()


@router.post("", status_code=201)
def create_task(body: TaskIn):
    not_implemented("create task")


@router.patch("/{task_id}")
def update_task(task_id: UUID, body: TaskIn):
    not_implemented("update task")


@router.post("/{task_id}/complete", status_code=200)
def complete_task(task_id: UUID):
    not_implemented("complete task")
