-- The embedded H2 database has no trigger on the audit log (as for the case history, postgresql/V2):
-- an edit made there is still caught, because the hash chain no longer verifies (GET /api/v1/audit/verify).
select 1;
