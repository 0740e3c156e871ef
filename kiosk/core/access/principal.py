"""Who is signed in at the kiosk, and what they may change."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Principal:
    """A signed-in member of booth staff (one owner: a city or an organisation) or an organizer (everything)."""

    staff_id: str
    role: str  # "staff" or "organizer"
    owner_type: str | None = None  # "city" or "organisation" for staff
    owner_id: str | None = None
    name: str = ""

    @property
    def is_organizer(self) -> bool:
        return self.role == "organizer"

    def may_edit_owner(self, owner_type: str, owner_id: str) -> bool:
        """Whether this person may change the entries of a city or an organisation (and its projects)."""
        return self.is_organizer or (self.owner_type == owner_type and self.owner_id == owner_id)

    @property
    def actor(self) -> str:
        """How the audit trail and `updated_by` name this person."""
        return f"{self.role}:{self.staff_id}"
