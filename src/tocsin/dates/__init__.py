"""Dates stage: finds date expressions, resolves year-less ones, dates articles."""
from .parse import find_dates, resolve_yearless
from .published import assign_published, infer_published

__all__ = ["find_dates", "resolve_yearless", "assign_published", "infer_published"]
