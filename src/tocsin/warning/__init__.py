"""Early warning over the event store: series, alerts, forecasts and cited situation briefs.

series.py counts factual fused events per area and period (DuckDB); detect.py holds the alert
statistics on plain count matrices (so the backtest runs the same code); alerts.py, forecast.py
and brief.py read the store; plot.py and render.py draw charts and pages.  Parameters are data:
data/warning/*.yaml.  See docs/early-warning.md.

Entry points, imported from their modules (importing the package loads no numpy or scipy):
series.series_rows, alerts.compute_alerts, forecast.compute_forecast, brief.build_brief.
"""
