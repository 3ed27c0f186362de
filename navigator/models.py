"""What the site stores. Nothing about a person's health, and no free text."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, func
from sqlalchemy.orm import Mapped, mapped_column

from navigator.db import Base


class PageFeedback(Base):
    """An anonymous "was this clear?" vote on a glossary term page."""

    __tablename__ = "page_feedback"

    id: Mapped[int] = mapped_column(primary_key=True)
    page: Mapped[str] = mapped_column(String(120), index=True)
    helpful: Mapped[bool]
    locale: Mapped[str] = mapped_column(String(8))
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.now())
