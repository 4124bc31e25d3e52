"""Request-scoped dependencies (stubs in the sample)."""

from uuid import UUID

from fastapi import Header, HTTPException


def current_org(x_velocity_org: str | None = Header(default=None)) -> UUID:
    """The organisation of the signed-in user (from the session, here a header)."""
    if x_velocity_org is None:
        raise HTTPException(status_code=401, detail="no organisation in session")
    return UUID(x_velocity_org)


def not_implemented(what: str):
    """The sample serves routes, not data."""
    raise HTTPException(status_code=501, detail=f"{what}: not implemented in the sample app")
