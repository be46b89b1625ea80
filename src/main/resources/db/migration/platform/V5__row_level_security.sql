-- Row-level security (see __root/V2): every table with a tenant_id sees only the transaction's tenant.
SELECT public.lagezentrum_isolate('platform.audit_entry');
SELECT public.lagezentrum_isolate('platform.accessibility_feedback');
SELECT public.lagezentrum_isolate('platform.notification');
