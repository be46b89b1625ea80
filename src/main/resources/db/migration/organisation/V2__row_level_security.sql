-- Row-level security (see __root/V2). Roles carry their tenant too, so that no table of the module
-- can be read across municipalities; a new role row gets the transaction's tenant, which the policy
-- then holds to be its account's.
ALTER TABLE account_role ADD COLUMN tenant_id UUID DEFAULT public.lagezentrum_tenant();
UPDATE account_role r SET tenant_id = a.tenant_id FROM account a WHERE a.id = r.account_id;
ALTER TABLE account_role ALTER COLUMN tenant_id SET NOT NULL;

SELECT public.lagezentrum_isolate('organisation.department');
SELECT public.lagezentrum_isolate('organisation.person');
SELECT public.lagezentrum_isolate('organisation.account');
SELECT public.lagezentrum_isolate('organisation.account_role');
SELECT public.lagezentrum_isolate('organisation.api_token');

-- Signing in reads the account, its person, roles and municipality, and a bearer token, before
-- anyone's tenant is known. Only reads, and only in a transaction marked for sign-in.
CREATE POLICY sign_in ON account FOR SELECT USING (public.lagezentrum_purpose() = 'sign-in');
CREATE POLICY sign_in ON account_role FOR SELECT USING (public.lagezentrum_purpose() = 'sign-in');
CREATE POLICY sign_in ON person FOR SELECT USING (public.lagezentrum_purpose() = 'sign-in');
CREATE POLICY sign_in ON api_token FOR SELECT USING (public.lagezentrum_purpose() = 'sign-in');

-- A municipality sees and changes its own row. Signing in, the operator's list of municipalities
-- and anonymous pages (which answer for the installation's first municipality) read the rows.
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
ALTER TABLE tenant FORCE ROW LEVEL SECURITY;
CREATE POLICY tenant_isolation ON tenant USING (id = public.lagezentrum_tenant())
    WITH CHECK (id = public.lagezentrum_tenant());
CREATE POLICY directory ON tenant FOR SELECT
    USING (public.lagezentrum_purpose() IN ('sign-in', 'operator', 'public'));
