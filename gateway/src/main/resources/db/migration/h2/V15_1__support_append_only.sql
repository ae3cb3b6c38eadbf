-- The embedded H2 database relies on the application's guards (entity listeners) for the support
-- request history and results; PostgreSQL also enforces them with triggers (postgresql/V15_1).
select 1;
