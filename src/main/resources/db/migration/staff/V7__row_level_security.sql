-- Row-level security (see __root/V2). Decision counters carry their tenant too (the transaction's).
ALTER TABLE decision_counter ADD COLUMN tenant_id UUID DEFAULT public.lagezentrum_tenant();
UPDATE decision_counter c SET tenant_id = s.tenant_id FROM staff s WHERE s.id = c.staff_id;
DELETE FROM decision_counter WHERE tenant_id IS NULL;
ALTER TABLE decision_counter ALTER COLUMN tenant_id SET NOT NULL;

SELECT public.lagezentrum_isolate(format('staff.%I', c.relname)::regclass)
  FROM pg_class c
  JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'staff' AND c.relkind = 'r'
   AND EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'tenant_id' AND NOT a.attisdropped)
 ORDER BY c.relname;

-- The personal calendar feed answers without login: its token is looked up before the tenant is known.
CREATE POLICY calendar_feed ON calendar_feed FOR SELECT USING (public.lagezentrum_purpose() = 'calendar-feed');
