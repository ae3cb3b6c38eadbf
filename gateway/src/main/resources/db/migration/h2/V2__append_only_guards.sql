-- The embedded H2 database relies on the application's guards (entity listeners) for append-only
-- history; PostgreSQL, the production database, also enforces it with triggers (postgresql/V2).
select 1;
