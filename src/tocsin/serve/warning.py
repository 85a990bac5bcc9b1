"""REST API for early warning: /api/trends, /api/alerts, /api/forecast, /api/brief.

Each route calls one function of tocsin.warning with the CLI's filters; answers are memoised
like the other routes (api.answer).  Bad parameters are 422, an unknown area 404.
"""
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import Annotated, Any

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse, PlainTextResponse

from ..warning.series import Period
from .api import _unprocessable, answer

router = APIRouter(prefix="/api")
MAX_ROWS = 200_000


class Level(str, Enum):
    country = "country"
    admin1 = "admin1"
    cell = "cell"


class BriefFormat(str, Enum):
    json = "json"
    html = "html"
    md = "md"


Since = Annotated[date | None, Query(description="First day (YYYY-MM-DD), inclusive.")]
Until = Annotated[date | None, Query(description="Last day (YYYY-MM-DD), inclusive.")]
Country = Annotated[str | None, Query(max_length=100, description="ISO2/ISO3 code or name.")]
Admin1 = Annotated[str | None, Query(max_length=200)]


def _query(level, period, since, until, country, admin1, types=(), area=None):
    from ..warning.series import SeriesQuery

    if since and until and since > until:
        raise _unprocessable("until", "until is before since")
    return SeriesQuery(level=level.value, period=period.value, since=since, until=until, country=country,
                       admin1=admin1, types=tuple(types or ()), area=area)


def _checked(compute):
    """Turn the warning modules' input errors into 422s."""
    from ..warning.series import WarningInputError

    def run(con):
        try:
            return compute(con)
        except WarningInputError as exc:
            raise _unprocessable("query", str(exc)) from None
    return run


@router.get("/trends", summary="Factual events per area and period (zero periods present), by ACLED type, "
                               "with fatalities (best, low, high), injured, displaced and sources")
def trends(request: Request, level: Level = Level.admin1, period: Period = Period.week, since: Since = None,
           until: Until = None, country: Country = None, admin1: Admin1 = None,
           type: Annotated[list[str] | None, Query(max_length=100, description="ACLED event or sub-event type.")] = None,
           area: Annotated[str | None, Query(max_length=200, description="One area's key, e.g. SY/Idlib.")] = None
           ) -> Response:
    from ..warning.series import series_rows

    q = _query(level, period, since, until, country, admin1, type, area)

    def compute(con) -> dict[str, Any]:
        rows = series_rows(con, q)
        return {"level": q.level, "period": q.period, "total": len(rows), "truncated": len(rows) > MAX_ROWS,
                "rows": rows[:MAX_ROWS]}

    return answer(request, _checked(compute))


@router.get("/alerts", summary="Escalation, de-escalation, new-area and new-dyad alerts with their tests and "
                               "the fused events behind them")
def alerts(request: Request, level: Level = Level.admin1, period: Period = Period.week, since: Since = None,
           until: Until = None, country: Country = None, admin1: Admin1 = None,
           kind: Annotated[list[str] | None, Query(max_length=20, description="escalation, de-escalation, "
                                                   "new-area or new-dyad.")] = None) -> Response:
    from ..warning.alerts import compute_alerts

    kinds = tuple(kind or ())
    bad = [k for k in kinds if k not in ("escalation", "de-escalation", "new-area", "new-dyad")]
    if bad:
        raise _unprocessable("kind", f"unknown kind {bad[0]!r}")
    q = _query(level, period, since, until, country, admin1)
    return answer(request, _checked(lambda con: {"alerts": compute_alerts(con, q, kinds)}))


@router.get("/forecast", summary="Forecasts (a negative binomial mixed with no change) of violent events and fatalities per area, "
                                 "with MSLE and CRPS against the no-change and historical-mean baselines")
def forecast(request: Request, level: Level = Level.admin1, period: Period = Period.week,
             horizon: Annotated[int, Query(ge=1, le=52)] = 1, until: Until = None, country: Country = None,
             admin1: Admin1 = None) -> Response:
    from ..warning.forecast import compute_forecast

    q = _query(level, period, None, until, country, admin1)
    return answer(request, _checked(lambda con: compute_forecast(con, q, horizon)))


@router.get("/brief", summary="A situation brief for an area: every claim with the fused event ids behind it "
                              "(format=html: a self-contained page; md: Markdown)",
            responses={404: {"description": "No such area"}})
def brief(request: Request, area: Annotated[str, Query(min_length=1, max_length=200)], since: Since = None,
          until: Until = None, period: Period = Period.week, format: BriefFormat = BriefFormat.json) -> Response:
    from ..warning.brief import as_dict, build_brief
    from ..warning.series import WarningInputError

    if since and until and since > until:
        raise _unprocessable("until", "until is before since")

    def make(con):
        try:
            return build_brief(con, area, since, until, period.value)
        except WarningInputError as exc:
            raise HTTPException(404, str(exc)) from None

    if format is BriefFormat.json:
        return answer(request, lambda con: as_dict(make(con)))
    from ..warning.plot import render
    from ..warning.render import html, markdown

    with request.app.state.db.reader() as con:
        b = make(con)
    if format is BriefFormat.md:
        return PlainTextResponse(markdown(b), media_type="text/markdown; charset=utf-8")
    png = render(b.chart_rows, "png", f"{b.label}: factual events per {period.value}") if b.chart_rows else None
    return HTMLResponse(html(b, png))
