-- Row-level security (see __root/V2).
SELECT public.lagezentrum_isolate('journal.chain');
SELECT public.lagezentrum_isolate('journal.entry');
