"""Declarative base, naming convention, reusable column types and the mutable-row mixin."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from sqlalchemy import CHAR, Date, DateTime, Enum, Integer, MetaData, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """A moment stored as naive UTC (SQLite keeps no zone) and read back as aware UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetimes are ambiguous; pass an aware one")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, _dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)


def new_uuid() -> str:
    return str(uuid.uuid4())


int_pk = Annotated[int, mapped_column(Integer, primary_key=True)]
moment = Annotated[datetime, mapped_column(UTCDateTime)]
day = Annotated[date, mapped_column(Date)]
short_text = Annotated[str, mapped_column(String(200), default="", server_default="")]
long_text = Annotated[str, mapped_column(Text, default="", server_default="")]


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A string column limited to the enum's values (a CHECK constraint on SQLite)."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {datetime: UTCDateTime, date: Date}


class MutableRow:
    """Integer key, stable UUID, version counter (optimistic locking) and timestamps."""

    id: Mapped[int_pk]
    uuid: Mapped[str] = mapped_column(CHAR(36), unique=True, default=new_uuid)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    created_at: Mapped[moment] = mapped_column(default=utcnow)
    updated_at: Mapped[moment] = mapped_column(default=utcnow, onupdate=utcnow)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
