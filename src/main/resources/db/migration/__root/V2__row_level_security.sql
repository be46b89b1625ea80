-- Row-level security, the second fence behind the tenant scoping of every query in Java.
--
-- The application sets the signed-in user's municipality at the start of every transaction
-- (set_config('lagezentrum.tenant', <uuid>, true)); a transaction without one sets the empty string.
-- 'lagezentrum.purpose' names the few tenant-less reads that their own explicit policies allow
-- ('sign-in': who is calling; 'operator': the list of municipalities; 'public': anonymous pages).
-- Neither value ever comes from a request: the application derives both from the authenticated user.

CREATE FUNCTION public.lagezentrum_tenant() RETURNS uuid
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT nullif(current_setting('lagezentrum.tenant', true), '')::uuid $$;

CREATE FUNCTION public.lagezentrum_purpose() RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE AS
$$ SELECT coalesce(current_setting('lagezentrum.purpose', true), '') $$;

-- Enables and forces row-level security on a table with a tenant_id column and gives it the one
-- policy every business table has: rows of the transaction's tenant only, for reading and writing.
-- Forced, so the table's owner is bound too. Every module migration calls it for each new table.
CREATE FUNCTION public.lagezentrum_isolate(target regclass) RETURNS void
    LANGUAGE plpgsql AS
$$
BEGIN
    EXECUTE format('ALTER TABLE %s ENABLE ROW LEVEL SECURITY', target);
    EXECUTE format('ALTER TABLE %s FORCE ROW LEVEL SECURITY', target);
    EXECUTE format('CREATE POLICY tenant_isolation ON %s USING (tenant_id = public.lagezentrum_tenant())'
                       || ' WITH CHECK (tenant_id = public.lagezentrum_tenant())', target);
END;
$$;
