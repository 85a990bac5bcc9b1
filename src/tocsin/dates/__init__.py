"""Dates stage: finds date expressions, resolves year-less ones, dates articles."""
from .event_dates import date_event, date_of_text, dateline_reference
from .parse import find_dates, resolve_yearless, to_date
from .published import assign_published, infer_published
from .story import date_events

__all__ = ["to_date", "date_event", "date_events", "dateline_reference", "date_of_text", "find_dates", "resolve_yearless", "assign_published", "infer_published"]
