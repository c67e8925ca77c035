"""Built-in audit sink: every event becomes a row of `audit_log`."""

from .. import hookimpl, queries


@hookimpl(trylast=True)
async def anonchat_audit(event, app):
    await queries.insert_audit(app.pool, [event.as_dict()])
